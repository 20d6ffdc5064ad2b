import type { Db } from './vault';

/**
 * Row-level access to the docket (schema in 0006-docket): custom deadlines and the tracking of every deadline (kept
 * data), and the derived deadline rows the dashboard, reminders, calendars and the board read across clients.
 */

export interface CustomDeadlineRow {
  id: string;
  client_id: string;
  scope: string;
  data: string;
  created_at: string;
  updated_at: string;
  revision: number;
}

export interface TrackingRow {
  client_id: string;
  key: string;
  owner: string | null;
  reminder_days: number | null;
  resolution: 'done' | 'not-applicable' | null;
  resolved_on: string | null;
  resolved_by: string | null;
  resolution_note: string | null;
  resolved_at: string | null;
  updated_at: string;
}

/** A derived row: one deadline of one dossier, as the cross-client views read it. */
export interface DeadlineRow {
  client_id: string;
  key: string;
  kind: 'computed' | 'custom';
  rule_id: string | null;
  front: string;
  title: string;
  due_date: string;
  status: string;
  record_id: string | null;
  overridden: number;
  watch: number;
  owner: string | null;
  remind_on: string;
  expires_after: string | null;
  sort_name: string;
  listed: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Custom deadlines
// ---------------------------------------------------------------------------------------------------------------

export function customDeadlineRowsForClient(db: Db, clientId: string): CustomDeadlineRow[] {
  return db
    .prepare('SELECT * FROM custom_deadlines WHERE client_id = ? ORDER BY created_at, id')
    .all(clientId) as CustomDeadlineRow[];
}

export function getCustomDeadlineRow(db: Db, id: string): CustomDeadlineRow | undefined {
  return db.prepare('SELECT * FROM custom_deadlines WHERE id = ?').get(id) as CustomDeadlineRow | undefined;
}

export function insertCustomDeadlineRow(db: Db, row: CustomDeadlineRow): void {
  db.prepare(
    `INSERT INTO custom_deadlines (id, client_id, scope, data, created_at, updated_at, revision)
     VALUES (@id, @client_id, @scope, @data, @created_at, @updated_at, @revision)`,
  ).run(row);
}

export function updateCustomDeadlineRow(db: Db, row: CustomDeadlineRow): void {
  db.prepare(
    `UPDATE custom_deadlines SET scope = @scope, data = @data, updated_at = @updated_at, revision = @revision
     WHERE id = @id AND client_id = @client_id`,
  ).run(row);
}

export function deleteCustomDeadlineRow(db: Db, id: string): void {
  db.prepare('DELETE FROM custom_deadlines WHERE id = ?').run(id);
}

// ---------------------------------------------------------------------------------------------------------------
// Tracking
// ---------------------------------------------------------------------------------------------------------------

export function trackingRowsForClient(db: Db, clientId: string): TrackingRow[] {
  return db
    .prepare('SELECT * FROM deadline_tracking WHERE client_id = ? ORDER BY key')
    .all(clientId) as TrackingRow[];
}

export function getTrackingRow(db: Db, clientId: string, key: string): TrackingRow | undefined {
  return db.prepare('SELECT * FROM deadline_tracking WHERE client_id = ? AND key = ?').get(clientId, key) as
    TrackingRow | undefined;
}

/** Writes the whole tracking of one deadline; a row that tracks nothing any more is removed. */
export function putTrackingRow(db: Db, row: TrackingRow): void {
  if (row.owner === null && row.reminder_days === null && row.resolution === null) {
    deleteTrackingRow(db, row.client_id, row.key);
    return;
  }
  db.prepare(
    `INSERT INTO deadline_tracking (client_id, key, owner, reminder_days, resolution, resolved_on, resolved_by,
       resolution_note, resolved_at, updated_at)
     VALUES (@client_id, @key, @owner, @reminder_days, @resolution, @resolved_on, @resolved_by, @resolution_note,
       @resolved_at, @updated_at)
     ON CONFLICT (client_id, key) DO UPDATE SET owner = excluded.owner, reminder_days = excluded.reminder_days,
       resolution = excluded.resolution, resolved_on = excluded.resolved_on, resolved_by = excluded.resolved_by,
       resolution_note = excluded.resolution_note, resolved_at = excluded.resolved_at,
       updated_at = excluded.updated_at`,
  ).run(row);
}

export function deleteTrackingRow(db: Db, clientId: string, key: string): void {
  db.prepare('DELETE FROM deadline_tracking WHERE client_id = ? AND key = ?').run(clientId, key);
}

// ---------------------------------------------------------------------------------------------------------------
// Derived rows
// ---------------------------------------------------------------------------------------------------------------

export function replaceDeadlineRows(db: Db, clientId: string, rows: readonly DeadlineRow[]): void {
  db.prepare('DELETE FROM deadlines WHERE client_id = ?').run(clientId);
  const insert = db.prepare(
    `INSERT INTO deadlines (client_id, key, kind, rule_id, front, title, due_date, status, record_id, overridden,
       watch, owner, remind_on, expires_after, sort_name, listed)
     VALUES (@client_id, @key, @kind, @rule_id, @front, @title, @due_date, @status, @record_id, @overridden,
       @watch, @owner, @remind_on, @expires_after, @sort_name, @listed)`,
  );
  for (const row of rows) insert.run(row);
}

/** What the cross-client views filter on. `today` hides open deadlines whose reason to act has passed. */
export interface DocketFilter {
  today: string;
  /** Only deadlines due on or before this day (overdue included); null for all. */
  until: string | null;
  clientId: string | null;
  front: string | null;
  owner: string | null;
  /** Folded words; each must occur in the client's names or the deadline's title. */
  words: readonly string[];
  /** Also the deadlines marked done, met, late or not applicable (of clients not closed). */
  includeResolved?: boolean;
}

function docketWhere(filter: DocketFilter): { sql: string; params: unknown[] } {
  const parts = [
    filter.includeResolved
      ? "(d.listed = 1 OR (d.status != 'open' AND d.client_id IN (SELECT id FROM clients WHERE status != 'closed')))"
      : 'd.listed = 1',
    '(d.expires_after IS NULL OR d.expires_after >= ?)',
  ];
  const params: unknown[] = [filter.today];
  if (filter.until !== null) {
    parts.push('d.due_date <= ?');
    params.push(filter.until);
  }
  if (filter.clientId !== null) {
    parts.push('d.client_id = ?');
    params.push(filter.clientId);
  }
  if (filter.front !== null) {
    parts.push('d.front = ?');
    params.push(filter.front);
  }
  if (filter.owner !== null) {
    parts.push('d.owner = ?');
    params.push(filter.owner);
  }
  for (const word of filter.words) {
    parts.push(
      `(instr(lower(d.title), ?) > 0 OR d.client_id IN (SELECT id FROM clients WHERE instr(search_text, ?) > 0))`,
    );
    params.push(word, word);
  }
  return { sql: parts.join(' AND '), params };
}

export interface DocketCounts {
  total: number;
  overdue: number;
  within7: number;
  within30: number;
  within90: number;
  later: number;
}

/**
 * Counts of the listed deadlines per group in one pass over the docket index: overdue (before today), then due
 * within 7, 30 and 90 days, and later. The bounds are the last day of each group.
 */
export function docketCounts(
  db: Db,
  filter: DocketFilter,
  bounds: { within7: string; within30: string; within90: string },
): DocketCounts {
  const { sql, params } = docketWhere(filter);
  const row = db
    .prepare(
      `SELECT count(*) AS total,
         coalesce(sum(d.due_date < ?), 0) AS overdue,
         coalesce(sum(d.due_date >= ? AND d.due_date <= ?), 0) AS within7,
         coalesce(sum(d.due_date > ? AND d.due_date <= ?), 0) AS within30,
         coalesce(sum(d.due_date > ? AND d.due_date <= ?), 0) AS within90,
         coalesce(sum(d.due_date > ?), 0) AS later
       FROM deadlines d WHERE ${sql}`,
    )
    .get(
      filter.today,
      filter.today,
      bounds.within7,
      bounds.within7,
      bounds.within30,
      bounds.within30,
      bounds.within90,
      bounds.within90,
      ...params,
    ) as DocketCounts;
  return row;
}

/** Listed deadlines per front (for the front filter's counts). */
export function docketFrontCounts(db: Db, filter: DocketFilter): { front: string; count: number }[] {
  const { sql, params } = docketWhere({ ...filter, front: null });
  return db
    .prepare(`SELECT d.front AS front, count(*) AS count FROM deadlines d WHERE ${sql} GROUP BY d.front`)
    .all(...params) as { front: string; count: number }[];
}

export interface DocketPageRow extends DeadlineRow {
  family_name: string;
  given_names: string;
}

const DOCKET_ORDER = 'due_date, sort_name, front, expires_after, client_id, key';

/**
 * One page of the listed deadlines in (due date, client name) order. The page's keys are found on the docket index
 * alone (covering, in its order, so an offset deep into the list skips index entries only); the rows and their
 * clients' names are read for those keys only.
 */
export function docketPage(db: Db, filter: DocketFilter, offset: number, limit: number): DocketPageRow[] {
  const { sql, params } = docketWhere(filter);
  return db
    .prepare(
      `SELECT d.*, json_extract(c.data, '$.familyName') AS family_name,
         json_extract(c.data, '$.givenNames') AS given_names
       FROM deadlines d JOIN clients c ON c.id = d.client_id
       WHERE (d.client_id, d.key) IN (
         SELECT d.client_id, d.key FROM deadlines d WHERE ${sql}
         ORDER BY ${DOCKET_ORDER.replace(/(\w+)/g, 'd.$1')} LIMIT ? OFFSET ?)
       ORDER BY ${DOCKET_ORDER.replace(/(\w+)/g, 'd.$1')}`,
    )
    .all(...params, limit, offset) as DocketPageRow[];
}

/** Listed deadlines whose reminder has started by `today` (overdue ones included), soonest first. */
export function remindersDue(db: Db, today: string, limit: number): DocketPageRow[] {
  return db
    .prepare(
      `SELECT d.*, json_extract(c.data, '$.familyName') AS family_name,
         json_extract(c.data, '$.givenNames') AS given_names
       FROM deadlines d JOIN clients c ON c.id = d.client_id
       WHERE d.listed = 1 AND d.remind_on <= ? AND (d.expires_after IS NULL OR d.expires_after >= ?)
       ORDER BY d.due_date, d.sort_name, d.key LIMIT ?`,
    )
    .all(today, today, limit) as DocketPageRow[];
}

export function countRemindersDue(db: Db, today: string): number {
  return db
    .prepare(
      `SELECT count(*) FROM deadlines d
       WHERE d.listed = 1 AND d.remind_on <= ? AND (d.expires_after IS NULL OR d.expires_after >= ?)`,
    )
    .pluck()
    .get(today, today) as number;
}
