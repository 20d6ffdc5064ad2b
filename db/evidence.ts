import type { Db } from './vault';

/**
 * Row-level access to evidence items, their file chunks and their chain-of-custody log (schema: 0003-evidence).
 * File content only ever moves one chunk at a time, so no caller holds a whole file in memory.
 */

export interface EvidenceRow {
  id: string;
  client_id: string;
  state: 'receiving' | 'complete';
  title: string;
  description: string | null;
  category: string | null;
  file_name: string;
  media_type: string;
  byte_size: number;
  chunk_bytes: number;
  chunk_count: number;
  sha256: string | null;
  source: string | null;
  obtained_by: string | null;
  obtained_on: string | null;
  language: string | null;
  scope: string;
  exhibit_number: string | null;
  exhibit_tab: string | null;
  authentication: string | null;
  served_on: string | null;
  document_date: string | null;
  translation_of: string | null;
  certificate_for: string | null;
  verified_at: string | null;
  verified_ok: number | null;
  created_at: string;
  updated_at: string;
  revision: number;
}

/** A complete item with the checklist items it is linked to (a JSON array of ids). */
export interface EvidenceListRow extends EvidenceRow {
  item_ids: string;
}

export interface CustodyRow {
  id: number;
  evidence_id: string;
  at: string;
  action: string;
  actor: string;
  detail: string | null;
}

export function insertEvidenceRow(db: Db, row: EvidenceRow): void {
  db.prepare(
    `INSERT INTO evidence (id, client_id, state, title, description, category, file_name, media_type, byte_size,
       chunk_bytes, chunk_count, sha256, source, obtained_by, obtained_on, language, scope, exhibit_number, exhibit_tab,
       authentication, served_on, document_date, translation_of, certificate_for, verified_at, verified_ok,
       created_at, updated_at, revision)
     VALUES (@id, @client_id, @state, @title, @description, @category, @file_name, @media_type, @byte_size,
       @chunk_bytes, @chunk_count, @sha256, @source, @obtained_by, @obtained_on, @language, @scope, @exhibit_number,
       @exhibit_tab, @authentication, @served_on, @document_date, @translation_of, @certificate_for, @verified_at,
       @verified_ok, @created_at, @updated_at, @revision)`,
  ).run(row);
}

export function getEvidenceRow(db: Db, id: string): EvidenceRow | undefined {
  return db.prepare('SELECT * FROM evidence WHERE id = ?').get(id) as EvidenceRow | undefined;
}

/** Complete items only: an intake still receiving is invisible until its final transaction. */
export function evidenceRowsForClient(db: Db, clientId: string): EvidenceListRow[] {
  return db
    .prepare(
      `SELECT e.*, (SELECT json_group_array(item_id) FROM checklist_item_evidence WHERE evidence_id = e.id)
         AS item_ids
       FROM evidence e WHERE e.client_id = ? AND e.state = 'complete' ORDER BY e.created_at, e.rowid`,
    )
    .all(clientId) as EvidenceListRow[];
}

export function updateEvidenceMetadataRow(db: Db, row: EvidenceRow): void {
  db.prepare(
    `UPDATE evidence SET title = @title, description = @description, category = @category, source = @source,
       obtained_by = @obtained_by, obtained_on = @obtained_on, language = @language, scope = @scope,
       exhibit_number = @exhibit_number, exhibit_tab = @exhibit_tab, authentication = @authentication,
       served_on = @served_on, document_date = @document_date, translation_of = @translation_of,
       certificate_for = @certificate_for,
       updated_at = @updated_at, revision = @revision
     WHERE id = @id`,
  ).run(row);
}

export function completeEvidenceRow(
  db: Db,
  id: string,
  { byteSize, chunkCount, sha256, at }: { byteSize: number; chunkCount: number; sha256: string; at: string },
): void {
  db.prepare(
    `UPDATE evidence SET state = 'complete', byte_size = ?, chunk_count = ?, sha256 = ?, updated_at = ?
     WHERE id = ? AND state = 'receiving'`,
  ).run(byteSize, chunkCount, sha256, at, id);
}

export function setVerificationRow(db: Db, id: string, at: string, ok: boolean): void {
  db.prepare('UPDATE evidence SET verified_at = ?, verified_ok = ? WHERE id = ?').run(at, ok ? 1 : 0, id);
}

export function deleteEvidenceRow(db: Db, id: string): void {
  db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
}

/** Intakes a crash or a lock left half-done: removed at unlock, with their chunks (by cascade). */
export function deleteReceivingRows(db: Db): number {
  return db.prepare("DELETE FROM evidence WHERE state = 'receiving'").run().changes;
}

export function insertChunkRow(db: Db, evidenceId: string, seq: number, data: Uint8Array): void {
  db.prepare('INSERT INTO evidence_chunks (evidence_id, seq, data) VALUES (?, ?, ?)').run(
    evidenceId,
    seq,
    data,
  );
}

/** The chunks from `first` to `last` (inclusive), in order, one at a time. */
export function* iterateChunks(
  db: Db,
  evidenceId: string,
  first = 0,
  last = Number.MAX_SAFE_INTEGER,
): Generator<Buffer> {
  const rows = db
    .prepare('SELECT data FROM evidence_chunks WHERE evidence_id = ? AND seq BETWEEN ? AND ? ORDER BY seq')
    .pluck()
    .iterate(evidenceId, first, last) as IterableIterator<Buffer>;
  for (const data of rows) yield data;
}

export function chunkAt(db: Db, evidenceId: string, seq: number): Buffer | undefined {
  return db
    .prepare('SELECT data FROM evidence_chunks WHERE evidence_id = ? AND seq = ?')
    .pluck()
    .get(evidenceId, seq) as Buffer | undefined;
}

export function chunkCount(db: Db, evidenceId: string): number {
  return db
    .prepare('SELECT count(*) FROM evidence_chunks WHERE evidence_id = ?')
    .pluck()
    .get(evidenceId) as number;
}

export function insertCustodyRow(db: Db, row: Omit<CustodyRow, 'id'>): void {
  db.prepare(
    'INSERT INTO custody_events (evidence_id, at, action, actor, detail) VALUES (@evidence_id, @at, @action, @actor, @detail)',
  ).run(row);
}

export function custodyRows(db: Db, evidenceId: string): CustodyRow[] {
  return db
    .prepare('SELECT * FROM custody_events WHERE evidence_id = ? ORDER BY id')
    .all(evidenceId) as CustodyRow[];
}

export function relatedRows(
  db: Db,
  column: 'translation_of' | 'certificate_for',
  id: string,
): { id: string; title: string; file_name: string }[] {
  return db
    .prepare(
      `SELECT id, title, file_name FROM evidence WHERE ${column} = ? AND state = 'complete' ORDER BY created_at, rowid`,
    )
    .all(id) as { id: string; title: string; file_name: string }[];
}

export function linkedItemRows(
  db: Db,
  evidenceId: string,
): { id: string; title: string; category: string }[] {
  return db
    .prepare(
      `SELECT i.id, i.title, i.category FROM checklist_item_evidence l JOIN checklist_items i ON i.id = l.item_id
       WHERE l.evidence_id = ? ORDER BY i.position`,
    )
    .all(evidenceId) as { id: string; title: string; category: string }[];
}
