import type { Migration } from './types';

/**
 * Field safety: visits filed from the visit capture mode (each tied to the note record that tells it, so deleting the
 * note deletes the visit), their structured statements (what was said, in which language, through which
 * interpreter), and the draft of a visit in progress, saved as it is typed so that a lock loses nothing.
 * The last backup's time is a row of vault_meta; the wipe-after-failures guard lives outside the database.
 */
export const migration: Migration = {
  version: 5,
  name: 'field-safety',
  up(db) {
    db.exec(`
      CREATE TABLE visits (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        note_id TEXT NOT NULL UNIQUE REFERENCES records (id) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        elapsed_seconds INTEGER NOT NULL CHECK (elapsed_seconds >= 0),
        place TEXT NOT NULL DEFAULT '',
        questions TEXT NOT NULL CHECK (json_valid(questions)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX visits_by_client ON visits (client_id, started_at);

      CREATE TABLE visit_statements (
        id TEXT PRIMARY KEY NOT NULL,
        visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        said_at TEXT NOT NULL,
        language TEXT NOT NULL,
        interpreter TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        UNIQUE (visit_id, position)
      ) STRICT;

      CREATE TABLE visit_drafts (
        client_id TEXT PRIMARY KEY NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
