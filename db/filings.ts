import type { Db } from './vault';

/** The filing profile (one row) and each case's filing details (schema: 0009-filings). JSON in, JSON out. */

export interface FilingRow {
  data: string;
  updated_at: string;
  revision: number;
}

export function filingProfileRow(db: Db): FilingRow | undefined {
  return db.prepare('SELECT data, updated_at, revision FROM filing_profile WHERE id = 1').get() as
    FilingRow | undefined;
}

export function saveFilingProfileRow(db: Db, data: string, at: string): void {
  db.prepare(
    `INSERT INTO filing_profile (id, data, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, revision = revision + 1`,
  ).run(data, at);
}

export function caseFilingRow(db: Db, clientId: string): FilingRow | undefined {
  return db
    .prepare('SELECT data, updated_at, revision FROM case_filings WHERE client_id = ?')
    .get(clientId) as FilingRow | undefined;
}

export function saveCaseFilingRow(db: Db, clientId: string, data: string, at: string): void {
  db.prepare(
    `INSERT INTO case_filings (client_id, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at,
       revision = revision + 1`,
  ).run(clientId, data, at);
}
