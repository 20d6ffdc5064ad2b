import type { Migration } from './types';

/**
 * The docket: deadlines the attorney enters (court-set dates and others, kept), how the team tracks every deadline
 * (owner, reminder lead time, done or not applicable — kept), and the derived deadline rows rebuilt in a new shape:
 * custom deadlines beside computed ones, the title, owner and reminder day the dashboard, the board and the
 * reminders read without recomputing, and `listed` (open, of a client not closed) so the dashboard counts every
 * deadline of the vault from one index.
 *
 * Search documents may now be custom deadlines too.
 *
 * The derived rows are dropped here and rebuilt by the services on the next unlock (the rules changed with this
 * version: the DHS custody-appeal rule is gone and filings before a non-detained individual hearing are due 30 days
 * before it, so every stored deadline row is stale anyway). `derived.docket` in vault_meta records which version of
 * the docket the rows were built with.
 */
export const migration: Migration = {
  version: 6,
  name: 'docket',
  up(db) {
    db.exec(`
      CREATE TABLE custom_deadlines (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        scope TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX custom_deadlines_by_client ON custom_deadlines (client_id);

      CREATE TABLE deadline_tracking (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        owner TEXT,
        reminder_days INTEGER CHECK (reminder_days BETWEEN 0 AND 365),
        resolution TEXT CHECK (resolution IN ('done', 'not-applicable')),
        resolved_on TEXT,
        resolved_by TEXT,
        resolution_note TEXT,
        resolved_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (client_id, key),
        CHECK ((resolution IS NULL) = (resolved_on IS NULL))
      ) STRICT, WITHOUT ROWID;

      DROP TABLE deadlines;
      CREATE TABLE deadlines (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('computed', 'custom')),
        rule_id TEXT,
        front TEXT NOT NULL,
        title TEXT NOT NULL,
        due_date TEXT NOT NULL,
        status TEXT NOT NULL,
        record_id TEXT,
        overridden INTEGER NOT NULL DEFAULT 0,
        watch INTEGER NOT NULL DEFAULT 0,
        owner TEXT,
        remind_on TEXT NOT NULL,
        expires_after TEXT,
        sort_name TEXT NOT NULL,
        -- 1 while the deadline is open and its client is not closed: the rows the dashboard and reminders read.
        listed INTEGER NOT NULL CHECK (listed IN (0, 1)),
        PRIMARY KEY (client_id, key)
      ) STRICT, WITHOUT ROWID;
      -- The dashboard: counts per group and pages in (date, client name) order read this index alone.
      CREATE INDEX deadlines_docket ON deadlines (listed, due_date, sort_name, front, expires_after);
      CREATE INDEX deadlines_reminders ON deadlines (listed, remind_on);

      -- Search learns a fourth kind of document, the deadlines the attorney entered: the kind's CHECK is rebuilt
      -- (ids kept, so every FTS row still belongs to its document).
      CREATE TABLE search_docs_next (
        id INTEGER PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('client', 'record', 'evidence', 'deadline')),
        ref_id TEXT NOT NULL,
        label TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;
      INSERT INTO search_docs_next (id, client_id, kind, ref_id, label)
        SELECT id, client_id, kind, ref_id, label FROM search_docs;
      DROP TABLE search_docs;
      ALTER TABLE search_docs_next RENAME TO search_docs;
      CREATE INDEX search_docs_by_client ON search_docs (client_id, kind);
      CREATE TRIGGER search_docs_deleted AFTER DELETE ON search_docs BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
      END;

      -- Corrected rules: the 15-day default for filings before a non-detained individual hearing was wrong (the
      -- EOIR Policy Manual says 30); the DHS custody-appeal parameter belongs to a rule that no longer exists.
      UPDATE settings
        SET value = json_remove(
          CASE WHEN json_extract(value, '$.eoirNonDetainedFilingDaysBeforeHearing') = 15
            THEN json_set(value, '$.eoirNonDetainedFilingDaysBeforeHearing', 30) ELSE value END,
          '$.dhsCustodyAppealDays')
        WHERE key = 'ruleParameters' AND json_valid(value);
      DELETE FROM vault_meta WHERE key = 'derived.docket';
    `);
  },
};
