import type { Migration } from './types';

/**
 * Client dossiers: one row per client with the columns the list filters and sorts on (derived from the records and
 * rebuilt in the same transaction as every change), the records of every front as validated JSON, the computed
 * deadlines (derived, for the cross-client dashboard) and the attorney's overrides of them (kept).
 */
export const migration: Migration = {
  version: 2,
  name: 'dossiers',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id TEXT PRIMARY KEY NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        scope TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('intake', 'active', 'closed')),
        sort_name TEXT NOT NULL,
        search_text TEXT NOT NULL,
        detained INTEGER NOT NULL DEFAULT 0 CHECK (detained IN (0, 1)),
        fronts_mask INTEGER NOT NULL DEFAULT 0,
        next_deadline TEXT,
        next_deadline_rule TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      -- Covering indexes for the list: filtering, counting and ordering read the index alone, and only the
      -- page of rows shown is read from the table (whose JSON makes its rows wide).
      CREATE INDEX clients_by_name
        ON clients (sort_name, id, status, detained, fronts_mask, next_deadline, search_text);
      CREATE INDEX clients_by_deadline
        ON clients (next_deadline, sort_name, id, status, detained, fronts_mask, search_text);
      CREATE INDEX clients_by_updated
        ON clients (updated_at DESC, id, status, detained, fronts_mask, next_deadline, search_text);

      CREATE TABLE records (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        scope TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX records_by_client ON records (client_id, kind);

      CREATE TABLE deadlines (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        front TEXT NOT NULL,
        due_date TEXT NOT NULL,
        status TEXT NOT NULL,
        record_id TEXT,
        overridden INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (client_id, key)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX deadlines_by_due ON deadlines (status, due_date);

      CREATE TABLE deadline_overrides (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        due_date TEXT NOT NULL,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (client_id, key)
      ) STRICT, WITHOUT ROWID;

      -- The audit trail learns which dossier an entry belongs to, so a dossier's history is one indexed read.
      ALTER TABLE audit_events ADD COLUMN client_id TEXT;
      CREATE INDEX audit_events_client ON audit_events (client_id, id);
    `);
  },
};
