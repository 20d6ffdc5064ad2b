import type { Migration } from './types';

/**
 * The coordination board: cards per client in lanes (counsel roles) and columns (status) with their order in each
 * cell, "blocked by" links between cards, links from cards to material kept elsewhere (kind + id, so a card outlives
 * the feature it points into), the communication log per party and the advocacy meeting records.
 */
export const migration: Migration = {
  version: 4,
  name: 'board',
  up(db) {
    db.exec(`
      CREATE TABLE board_cards (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        lane TEXT NOT NULL
          CHECK (lane IN ('us-immigration', 'us-criminal', 'home-country', 'ccf', 'advocacy')),
        status TEXT NOT NULL CHECK (status IN ('todo', 'in-progress', 'waiting', 'done')),
        -- Order within the cell (lane, status) across all clients: a move writes one number between its neighbours.
        position REAL NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        -- A party record of the same dossier; the card stays when the party is deleted.
        owner_party_id TEXT REFERENCES records (id) ON DELETE SET NULL,
        due_date TEXT,
        -- A computed deadline of the dossier (deadlines.key): the card's date follows it.
        deadline_key TEXT,
        scope TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        CHECK (due_date IS NULL OR deadline_key IS NULL)
      ) STRICT;
      CREATE INDEX board_cards_by_cell ON board_cards (lane, status, position);
      CREATE INDEX board_cards_by_client ON board_cards (client_id, lane, status, position);
      CREATE INDEX board_cards_by_owner ON board_cards (owner_party_id);

      CREATE TABLE board_card_blockers (
        card_id TEXT NOT NULL REFERENCES board_cards (id) ON DELETE CASCADE,
        blocker_id TEXT NOT NULL REFERENCES board_cards (id) ON DELETE CASCADE,
        PRIMARY KEY (card_id, blocker_id),
        CHECK (card_id != blocker_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX board_card_blockers_by_blocker ON board_card_blockers (blocker_id);

      CREATE TABLE board_card_links (
        card_id TEXT NOT NULL REFERENCES board_cards (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        target_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        PRIMARY KEY (card_id, kind, target_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX board_card_links_by_target ON board_card_links (kind, target_id);

      CREATE TABLE board_communications (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        party_id TEXT REFERENCES records (id) ON DELETE SET NULL,
        date TEXT NOT NULL,
        scope TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        follow_up_card_id TEXT REFERENCES board_cards (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX board_communications_by_client ON board_communications (client_id, date);
      CREATE INDEX board_communications_by_card ON board_communications (follow_up_card_id);

      CREATE TABLE board_meetings (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        scope TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX board_meetings_by_client ON board_meetings (client_id, date);
    `);
  },
};
