import type { Db } from './vault';

/** Row access for visits, their statements and the draft of a visit in progress (schema: 0005-field-safety). */

export interface VisitRow {
  id: string;
  client_id: string;
  note_id: string;
  started_at: string;
  ended_at: string;
  elapsed_seconds: number;
  place: string;
  questions: string;
  created_at: string;
}

export interface StatementRow {
  id: string;
  visit_id: string;
  position: number;
  said_at: string;
  language: string;
  interpreter: string;
  text: string;
}

export function insertVisitRow(db: Db, row: VisitRow): void {
  db.prepare(
    `INSERT INTO visits (id, client_id, note_id, started_at, ended_at, elapsed_seconds, place, questions, created_at)
     VALUES (@id, @client_id, @note_id, @started_at, @ended_at, @elapsed_seconds, @place, @questions, @created_at)`,
  ).run(row);
}

export function insertStatementRows(db: Db, rows: readonly StatementRow[]): void {
  const insert = db.prepare(
    `INSERT INTO visit_statements (id, visit_id, position, said_at, language, interpreter, text)
     VALUES (@id, @visit_id, @position, @said_at, @language, @interpreter, @text)`,
  );
  for (const row of rows) insert.run(row);
}

export function visitRowsForClient(db: Db, clientId: string): VisitRow[] {
  return db
    .prepare('SELECT * FROM visits WHERE client_id = ? ORDER BY started_at, id')
    .all(clientId) as VisitRow[];
}

export function getVisitRow(db: Db, id: string): VisitRow | undefined {
  return db.prepare('SELECT * FROM visits WHERE id = ?').get(id) as VisitRow | undefined;
}

export function deleteVisitRow(db: Db, id: string): void {
  db.prepare('DELETE FROM visits WHERE id = ?').run(id);
}

export function statementRowsForVisit(db: Db, visitId: string): StatementRow[] {
  return db
    .prepare('SELECT * FROM visit_statements WHERE visit_id = ? ORDER BY position')
    .all(visitId) as StatementRow[];
}

export function getDraftRow(db: Db, clientId: string): { data: string; updated_at: string } | undefined {
  return db.prepare('SELECT data, updated_at FROM visit_drafts WHERE client_id = ?').get(clientId) as
    { data: string; updated_at: string } | undefined;
}

export function upsertDraftRow(db: Db, clientId: string, data: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO visit_drafts (client_id, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run(clientId, data, updatedAt);
}

export function deleteDraftRow(db: Db, clientId: string): number {
  return db.prepare('DELETE FROM visit_drafts WHERE client_id = ?').run(clientId).changes;
}

export function draftClientIds(db: Db): string[] {
  return db.prepare('SELECT client_id FROM visit_drafts ORDER BY updated_at DESC').pluck().all() as string[];
}
