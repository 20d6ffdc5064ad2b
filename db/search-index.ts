import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { foldForSearch } from '../shared/dossier/search-text';
import {
  type ClientLike,
  type CustomDeadlineLike,
  type EvidenceLike,
  type RecordLike,
  type SearchDocKind,
  type SearchDocument,
  dossierDocuments,
  evidenceDocument,
  nameTerms,
} from '../shared/search/documents';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../shared/search/search';

/**
 * The full-text index (schema in 0003-evidence): kept current by the services inside the same transaction as each
 * change, so a search never finds what was deleted nor misses what was saved. Rows in, rows out.
 */

const statements = new WeakMap<Database, Map<string, Statement>>();

/** Prepared once per connection: indexing runs on every dossier change and 10,000 times in a seed. */
function stmt(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

function insertDocument(db: Database, clientId: string, doc: SearchDocument): void {
  const { lastInsertRowid } = stmt(
    db,
    'INSERT INTO search_docs (client_id, kind, ref_id, label) VALUES (?, ?, ?, ?)',
  ).run(clientId, doc.kind, doc.refId, doc.label);
  stmt(db, 'INSERT INTO search_fts (rowid, names, title, body) VALUES (?, ?, ?, ?)').run(
    lastInsertRowid,
    doc.names,
    doc.title,
    doc.body,
  );
}

/**
 * Rewrites a dossier's documents (the client, its records and the deadlines the attorney entered) and its name
 * terms. Evidence is indexed apart.
 */
export function indexDossier(
  db: Database,
  clientId: string,
  client: ClientLike,
  records: readonly RecordLike[],
  customDeadlines: readonly CustomDeadlineLike[] = [],
): void {
  stmt(db, "DELETE FROM search_docs WHERE client_id = ? AND kind IN ('client', 'record', 'deadline')").run(
    clientId,
  );
  for (const doc of dossierDocuments(clientId, client, records, customDeadlines)) {
    // Names are also indexed folded (Łukasz → lukasz), which the tokenizer's diacritics folding does not cover.
    const folded = foldForSearch(doc.names);
    insertDocument(
      db,
      clientId,
      folded && folded !== doc.names.toLowerCase() ? { ...doc, names: `${doc.names}\n${folded}` } : doc,
    );
  }
  stmt(db, 'DELETE FROM name_terms WHERE client_id = ?').run(clientId);
  const addTerm = stmt(db, 'INSERT OR IGNORE INTO name_terms (term, client_id) VALUES (?, ?)');
  for (const term of nameTerms(client)) addTerm.run(term, clientId);
}

export function indexEvidence(db: Database, clientId: string, evidence: EvidenceLike): void {
  unindexEvidence(db, evidence.id);
  insertDocument(db, clientId, evidenceDocument(evidence));
}

export function unindexEvidence(db: Database, evidenceId: string): void {
  stmt(db, "DELETE FROM search_docs WHERE kind = 'evidence' AND ref_id = ?").run(evidenceId);
}

export interface FtsHit {
  clientId: string;
  kind: SearchDocKind;
  refId: string;
  label: string;
  /** bm25 with the column weights: lower is better. */
  rank: number;
  snippet: string;
}

/**
 * An FTS5 query matching documents that hold every term, each as a prefix. A term of several words (what was typed
 * without spaces, like "C-14" or "A-123-456") is a phrase: its words must be adjacent, in order.
 */
export function prefixQuery(terms: readonly (readonly string[])[]): string {
  return terms.map((words) => `"${words.join(' ').replaceAll('"', '""')}"*`).join(' ');
}

export function ftsSearch(db: Database, match: string, limit: number): FtsHit[] {
  return stmt(
    db,
    `SELECT d.client_id AS clientId, d.kind AS kind, d.ref_id AS refId, d.label AS label, f.rank AS rank,
       snippet(search_fts, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 12) AS snippet
     FROM search_fts f JOIN search_docs d ON d.id = f.rowid
     WHERE search_fts MATCH ? ORDER BY f.rank LIMIT ?`,
  ).all(match, limit) as FtsHit[];
}

/** Every distinct folded name term (a few thousand in a large practice). */
export function nameVocabulary(db: Database): string[] {
  return stmt(db, 'SELECT term FROM name_vocab').pluck().all() as string[];
}

export function clientsWithTerm(db: Database, term: string, limit: number): string[] {
  return stmt(db, 'SELECT client_id FROM name_terms WHERE term = ? LIMIT ?')
    .pluck()
    .all(term, limit) as string[];
}

export interface ClientNameRow {
  id: string;
  familyName: string;
  givenNames: string;
}

export function clientNamesById(db: Database, ids: readonly string[]): ClientNameRow[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT id, json_extract(data, '$.familyName') AS familyName, json_extract(data, '$.givenNames') AS givenNames
       FROM clients WHERE id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as ClientNameRow[];
}
