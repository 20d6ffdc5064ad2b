import type { Db } from './vault';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  detail?: string;
  /** The dossier the change belongs to, for its history. */
  clientId?: string;
}

/** Appends to the audit trail, inside whatever transaction the caller has open. */
export function recordAudit(db: Db, entry: AuditEntry, at: Date = new Date()): void {
  if (entry.clientId !== undefined) {
    db.prepare(
      `INSERT INTO audit_events (at, action, entity_type, entity_id, before_json, after_json, detail, client_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...auditValues(entry, at), entry.clientId);
    return;
  }
  db.prepare(
    `INSERT INTO audit_events (at, action, entity_type, entity_id, before_json, after_json, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(...auditValues(entry, at));
}

function auditValues(entry: AuditEntry, at: Date): (string | null)[] {
  return [
    at.toISOString(),
    entry.action,
    entry.entityType ?? null,
    entry.entityId ?? null,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
    entry.detail ?? null,
  ];
}

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  detail: string | null;
}

export function auditRowsForClient(db: Db, clientId: string, limit: number): AuditRow[] {
  return db
    .prepare('SELECT * FROM audit_events WHERE client_id = ? ORDER BY id DESC LIMIT ?')
    .all(clientId, limit) as AuditRow[];
}
