import type { Db } from './vault';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  detail?: string;
}

/** Appends to the audit trail, inside whatever transaction the caller has open. */
export function recordAudit(db: Db, entry: AuditEntry, at: Date = new Date()): void {
  db.prepare(
    `INSERT INTO audit_events (at, action, entity_type, entity_id, before_json, after_json, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    entry.action,
    entry.entityType ?? null,
    entry.entityId ?? null,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
    entry.detail ?? null,
  );
}
