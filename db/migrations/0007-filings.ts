import type { Migration } from './types';

/**
 * Court-ready filings:
 * - the date a document bears, beside the date the firm obtained it (an exhibit list gives the document's own date);
 * - the firm's filing profile (the attorney's name, EOIR ID, bar number and address, the DHS office served), one row;
 * - per case, what differs from it (the OPLA office for this court, the service method and date, the packet's title)
 *   and the attorney's drafts of a CCF application (purpose, grounds, confidentiality request, annexes).
 */
export const migration: Migration = {
  version: 7,
  name: 'filings',
  up(db) {
    db.exec(`
      ALTER TABLE evidence ADD COLUMN document_date TEXT;

      CREATE TABLE filing_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE case_filings (
        client_id TEXT PRIMARY KEY NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
    `);
  },
};
