import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID } from '../../shared/evidence/default-template';
import type { ClientLike, RecordLike } from '../../shared/search/documents';
import { indexDossier } from '../search-index';
import type { Migration } from './types';

/**
 * Evidence and its checklists, and full-text search:
 * - checklist templates, versioned (an edit inserts a new version; instances keep the version they came from), with
 *   the built-in "Red Notice + asylum" template as version 1;
 * - checklists (one client's instance of a template) and their items, whose due date is typed in or follows a
 *   computed deadline by its key (resolved against `deadlines` when read, so it moves with the deadline);
 * - evidence items with their file in 1 MiB chunks inside the vault, staged in state 'receiving' until the final
 *   transaction marks them 'complete' with the SHA-256; the chain-of-custody log; links to checklist items;
 * - the FTS5 index (names, title, body) with a table of its documents per client, and the folded name terms with
 *   their vocabulary for the typo-tolerant name search. Existing dossiers are indexed here.
 */
export const migration: Migration = {
  version: 3,
  name: 'evidence',
  up(db) {
    db.exec(`
      CREATE TABLE checklist_templates (
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL CHECK (json_valid(content)),
        based_on_id TEXT,
        based_on_version INTEGER,
        built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        created_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE checklists (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        name TEXT NOT NULL,
        categories TEXT NOT NULL CHECK (json_valid(categories)),
        created_at TEXT NOT NULL,
        FOREIGN KEY (template_id, template_version) REFERENCES checklist_templates (id, version)
      ) STRICT;
      CREATE INDEX checklists_by_client ON checklists (client_id, created_at);
      CREATE INDEX checklists_by_template ON checklists (template_id, template_version);

      CREATE TABLE checklist_items (
        id TEXT PRIMARY KEY NOT NULL,
        checklist_id TEXT NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        item_key TEXT,
        category TEXT NOT NULL,
        title TEXT NOT NULL,
        guidance TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'needed'
          CHECK (status IN ('needed', 'requested', 'received', 'translated', 'filed', 'not-obtainable')),
        not_obtainable_reason TEXT,
        due_date TEXT,
        due_deadline_key TEXT,
        responsible_party_id TEXT REFERENCES records (id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        -- REAL ID Act: evidence that cannot be produced must be explained (INA 208(b)(1)(B)(ii)).
        CHECK (status != 'not-obtainable' OR length(trim(coalesce(not_obtainable_reason, ''))) > 0),
        CHECK (due_date IS NULL OR due_deadline_key IS NULL)
      ) STRICT;
      CREATE INDEX checklist_items_by_checklist ON checklist_items (checklist_id, position);
      CREATE INDEX checklist_items_by_client ON checklist_items (client_id);
      CREATE INDEX checklist_items_by_party ON checklist_items (responsible_party_id);

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('receiving', 'complete')),
        title TEXT NOT NULL,
        description TEXT,
        category TEXT,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        byte_size INTEGER NOT NULL DEFAULT 0,
        chunk_bytes INTEGER NOT NULL,
        chunk_count INTEGER NOT NULL DEFAULT 0,
        sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
        source TEXT,
        obtained_by TEXT,
        obtained_on TEXT,
        language TEXT,
        scope TEXT NOT NULL,
        exhibit_number TEXT,
        exhibit_tab TEXT,
        authentication TEXT,
        served_on TEXT,
        translation_of TEXT REFERENCES evidence (id) ON DELETE SET NULL,
        certificate_for TEXT REFERENCES evidence (id) ON DELETE SET NULL,
        verified_at TEXT,
        verified_ok INTEGER CHECK (verified_ok IS NULL OR verified_ok IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        CHECK (state = 'receiving' OR sha256 IS NOT NULL)
      ) STRICT;
      CREATE INDEX evidence_by_client ON evidence (client_id, state, created_at);
      CREATE INDEX evidence_by_state ON evidence (state);
      CREATE INDEX evidence_by_original ON evidence (translation_of);
      CREATE INDEX evidence_by_certified ON evidence (certificate_for);

      -- A rowid table: 1 MiB rows sit in overflow pages, which WITHOUT ROWID tables handle poorly.
      CREATE TABLE evidence_chunks (
        id INTEGER PRIMARY KEY,
        evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (evidence_id, seq)
      ) STRICT;

      CREATE TABLE checklist_item_evidence (
        item_id TEXT NOT NULL REFERENCES checklist_items (id) ON DELETE CASCADE,
        evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (item_id, evidence_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX checklist_item_evidence_by_evidence ON checklist_item_evidence (evidence_id);

      CREATE TABLE custody_events (
        id INTEGER PRIMARY KEY,
        evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('intake', 'view', 'export', 'change', 'verify', 'link', 'unlink')),
        actor TEXT NOT NULL,
        detail TEXT
      ) STRICT;
      CREATE INDEX custody_events_by_evidence ON custody_events (evidence_id, id);

      -- Full-text search. search_docs says what each FTS row is and whose; deleting a doc (directly or by the
      -- client's cascade) deletes its FTS row through the trigger, so the index never outlives what it describes.
      CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('client', 'record', 'evidence')),
        ref_id TEXT NOT NULL,
        label TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;
      CREATE INDEX search_docs_by_client ON search_docs (client_id, kind);
      CREATE VIRTUAL TABLE search_fts USING fts5(
        names, title, body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      -- Ranking: names weigh most, then titles and numbers, then long text.
      INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');
      CREATE TRIGGER search_docs_deleted AFTER DELETE ON search_docs BEGIN
        DELETE FROM search_fts WHERE rowid = old.id;
      END;

      CREATE TABLE name_terms (
        term TEXT NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        PRIMARY KEY (term, client_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX name_terms_by_client ON name_terms (client_id);
      -- Distinct terms with their use count: the typo-tolerant search scans this short list, not every client.
      CREATE TABLE name_vocab (term TEXT PRIMARY KEY NOT NULL, uses INTEGER NOT NULL) STRICT, WITHOUT ROWID;
      CREATE TRIGGER name_terms_added AFTER INSERT ON name_terms BEGIN
        INSERT INTO name_vocab (term, uses) VALUES (new.term, 1)
          ON CONFLICT (term) DO UPDATE SET uses = uses + 1;
      END;
      CREATE TRIGGER name_terms_removed AFTER DELETE ON name_terms BEGIN
        UPDATE name_vocab SET uses = uses - 1 WHERE term = old.term;
        DELETE FROM name_vocab WHERE term = old.term AND uses <= 0;
      END;
    `);

    db.prepare(
      `INSERT INTO checklist_templates (id, version, name, description, content, built_in, created_at)
       VALUES (?, 1, ?, ?, ?, 1, ?)`,
    ).run(
      DEFAULT_TEMPLATE_ID,
      DEFAULT_TEMPLATE.name,
      DEFAULT_TEMPLATE.description,
      JSON.stringify({ categories: DEFAULT_TEMPLATE.categories, items: DEFAULT_TEMPLATE.items }),
      new Date().toISOString(),
    );

    backfillSearch(db);
  },
};

/** Indexes the dossiers already in the vault, from their stored JSON. */
function backfillSearch(db: Database): void {
  const clients = db.prepare('SELECT id, data FROM clients').all() as { id: string; data: string }[];
  const records = db.prepare('SELECT id, kind, data FROM records WHERE client_id = ?');
  for (const client of clients) {
    const parsed = JSON.parse(client.data) as Partial<ClientLike>;
    const rows = records.all(client.id) as { id: string; kind: string; data: string }[];
    indexDossier(
      db,
      client.id,
      {
        familyName: typeof parsed.familyName === 'string' ? parsed.familyName : '',
        givenNames: typeof parsed.givenNames === 'string' ? parsed.givenNames : '',
        aliases: Array.isArray(parsed.aliases)
          ? parsed.aliases.filter((a) => typeof (a as { name?: unknown }).name === 'string')
          : [],
        placeOfBirth: typeof parsed.placeOfBirth === 'string' ? parsed.placeOfBirth : undefined,
      },
      rows.map((r): RecordLike => ({ id: r.id, kind: r.kind, data: JSON.parse(r.data) as unknown })),
    );
  }
}
