import type { Db } from './vault';

/**
 * Row-level access to dossiers. Rows in, rows out: validation and derivation live in the services, so these
 * functions stay one statement each and are easy to read against the schema of 0002-dossiers.
 */

export interface ClientRow {
  id: string;
  data: string;
  scope: string;
  status: string;
  sort_name: string;
  search_text: string;
  detained: number;
  fronts_mask: number;
  next_deadline: string | null;
  next_deadline_rule: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface RecordRow {
  id: string;
  client_id: string;
  kind: string;
  scope: string;
  data: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface OverrideRow {
  client_id: string;
  key: string;
  due_date: string;
  reason: string;
  created_at: string;
}

export function getClientRow(db: Db, id: string): ClientRow | undefined {
  return db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
}

export function insertClientRow(db: Db, row: ClientRow): void {
  db.prepare(
    `INSERT INTO clients (id, data, scope, status, sort_name, search_text, detained, fronts_mask, next_deadline,
       next_deadline_rule, created_at, updated_at, revision)
     VALUES (@id, @data, @scope, @status, @sort_name, @search_text, @detained, @fronts_mask, @next_deadline,
       @next_deadline_rule, @created_at, @updated_at, @revision)`,
  ).run(row);
}

export function updateClientRow(db: Db, row: ClientRow): void {
  db.prepare(
    `UPDATE clients SET data = @data, scope = @scope, status = @status, sort_name = @sort_name,
       search_text = @search_text, detained = @detained, fronts_mask = @fronts_mask, next_deadline = @next_deadline,
       next_deadline_rule = @next_deadline_rule, updated_at = @updated_at, revision = @revision
     WHERE id = @id`,
  ).run(row);
}

export function deleteClientRow(db: Db, id: string): void {
  db.prepare('DELETE FROM clients WHERE id = ?').run(id);
}

export function allClientIds(db: Db): string[] {
  return db.prepare('SELECT id FROM clients ORDER BY sort_name, id').pluck().all() as string[];
}

export function recordRowsForClient(db: Db, clientId: string): RecordRow[] {
  return db
    .prepare('SELECT * FROM records WHERE client_id = ? ORDER BY created_at, id')
    .all(clientId) as RecordRow[];
}

export function getRecordRow(db: Db, id: string): RecordRow | undefined {
  return db.prepare('SELECT * FROM records WHERE id = ?').get(id) as RecordRow | undefined;
}

export function insertRecordRow(db: Db, row: RecordRow): void {
  db.prepare(
    `INSERT INTO records (id, client_id, kind, scope, data, created_at, updated_at, revision)
     VALUES (@id, @client_id, @kind, @scope, @data, @created_at, @updated_at, @revision)`,
  ).run(row);
}

export function updateRecordRow(db: Db, row: RecordRow): void {
  db.prepare(
    `UPDATE records SET scope = @scope, data = @data, updated_at = @updated_at, revision = @revision
     WHERE id = @id AND client_id = @client_id`,
  ).run(row);
}

export function deleteRecordRow(db: Db, id: string): void {
  db.prepare('DELETE FROM records WHERE id = ?').run(id);
}

export function overrideRowsForClient(db: Db, clientId: string): OverrideRow[] {
  return db
    .prepare('SELECT * FROM deadline_overrides WHERE client_id = ? ORDER BY key')
    .all(clientId) as OverrideRow[];
}

export function upsertOverrideRow(db: Db, row: OverrideRow): void {
  db.prepare(
    `INSERT INTO deadline_overrides (client_id, key, due_date, reason, created_at)
     VALUES (@client_id, @key, @due_date, @reason, @created_at)
     ON CONFLICT (client_id, key) DO UPDATE SET due_date = excluded.due_date, reason = excluded.reason,
       created_at = excluded.created_at`,
  ).run(row);
}

export function deleteOverrideRow(db: Db, clientId: string, key: string): number {
  return db.prepare('DELETE FROM deadline_overrides WHERE client_id = ? AND key = ?').run(clientId, key)
    .changes;
}

export interface ClientListFilter {
  /** Lower-cased, accent-folded words; each must occur in the client's names, aliases or A-number. */
  words: string[];
  frontsMask: number;
  statuses: string[];
  detained: boolean | null;
  /** Only clients whose next open deadline is on or before this date (overdue included). */
  deadlineUntil: string | null;
  sort: 'name' | 'next-deadline' | 'updated';
  offset: number;
  limit: number;
}

function whereClause(filter: ClientListFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const word of filter.words) {
    parts.push('instr(search_text, ?) > 0');
    params.push(word);
  }
  if (filter.frontsMask !== 0) {
    parts.push('(fronts_mask & ?) != 0');
    params.push(filter.frontsMask);
  }
  if (filter.statuses.length > 0) {
    parts.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  if (filter.detained !== null) {
    parts.push('detained = ?');
    params.push(filter.detained ? 1 : 0);
  }
  if (filter.deadlineUntil !== null) {
    parts.push('next_deadline IS NOT NULL AND next_deadline <= ?');
    params.push(filter.deadlineUntil);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const ORDER_BY: Record<ClientListFilter['sort'], string> = {
  name: 'sort_name, id',
  'next-deadline': 'next_deadline IS NULL, next_deadline, sort_name, id',
  updated: 'updated_at DESC, id',
};

export function listClientRows(db: Db, filter: ClientListFilter): { total: number; rows: ClientRow[] } {
  const { sql, params } = whereClause(filter);
  const total = db
    .prepare(`SELECT count(*) FROM clients ${sql}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(`SELECT * FROM clients ${sql} ORDER BY ${ORDER_BY[filter.sort]} LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset) as ClientRow[];
  return { total, rows };
}
