import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../db/audit';
import { createVault, unlockVault, type Db } from '../../../db/vault';
import { migrate, schemaVersion } from '../../../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../db/migrations';
import type { Migration } from '../../../db/migrations/types';
import { HarborError } from '../../../shared/ipc/errors';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

/**
 * Per version: rows written at the version before it, and what must hold after it ran. Each new migration adds an
 * entry here, so every step is tested from its predecessor with data in it.
 */
const STEPS: Record<number, { seed(db: Db): void; check(db: Db): void }> = {
  1: {
    seed: () => undefined,
    check(db) {
      const tables = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(expect.arrayContaining(['audit_events', 'settings', 'vault_meta']));
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    },
  },
  2: {
    seed(db) {
      recordAudit(db, { action: 'vault.unlocked' });
      db.prepare(
        "INSERT INTO settings (key, value, updated_at) VALUES ('idleLockMinutes', '15', 'now')",
      ).run();
    },
    check(db) {
      // Earlier rows survive; the audit trail gains its dossier column; dossier tables exist and cascade.
      expect(db.prepare('SELECT action, client_id FROM audit_events').all()).toEqual([
        { action: 'vault.unlocked', client_id: null },
      ]);
      expect(db.prepare("SELECT value FROM settings WHERE key = 'idleLockMinutes'").pluck().get()).toBe('15');
      db.prepare(
        `INSERT INTO clients (id, data, scope, status, sort_name, search_text, created_at, updated_at)
         VALUES ('c1', '{}', 'counsel-team', 'active', 'a', 'a', 'now', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO records (id, client_id, kind, scope, data, created_at, updated_at)
         VALUES ('r1', 'c1', 'note', 'counsel-team', '{}', 'now', 'now')`,
      ).run();
      db.prepare('DELETE FROM clients').run();
      expect(db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(0);
    },
  },
  3: {
    seed(db) {
      db.prepare(
        `INSERT INTO clients (id, data, scope, status, sort_name, search_text, created_at, updated_at)
         VALUES ('c3', ?, 'counsel-team', 'active', 'volkov aleksei', 'volkov', 'now', 'now')`,
      ).run(
        JSON.stringify({
          familyName: 'Volkov',
          givenNames: 'Aleksei',
          aliases: [{ name: 'Волков Алексей', kind: 'transliteration' }],
        }),
      );
      db.prepare(
        `INSERT INTO records (id, client_id, kind, scope, data, created_at, updated_at)
         VALUES ('n3', 'c3', 'note', 'counsel-team', ?, 'now', 'now')`,
      ).run(JSON.stringify({ title: 'Raid', body: 'Officers seized the laptop in Yekaterinburg.' }));
    },
    check(db) {
      // Existing dossiers are indexed (names and record text), and the built-in template is there.
      const match = (q: string) =>
        db
          .prepare(
            'SELECT d.kind, d.ref_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?',
          )
          .all(q);
      expect(match('"волков"*')).toEqual([{ kind: 'client', ref_id: 'c3' }]);
      expect(match('"yekaterinburg"')).toEqual([{ kind: 'record', ref_id: 'n3' }]);
      expect(
        db.prepare("SELECT term FROM name_terms WHERE client_id = 'c3' ORDER BY term").pluck().all(),
      ).toEqual(['aleksei', 'volkov', 'алексеи', 'волков']);
      expect(db.prepare('SELECT name, version, built_in FROM checklist_templates').all()).toEqual([
        { name: 'Red Notice + asylum', version: 1, built_in: 1 },
      ]);
      // A staged intake, its chunks, custody and links cascade with the client; the index follows.
      db.prepare(
        `INSERT INTO evidence (id, client_id, state, title, file_name, media_type, chunk_bytes, scope, created_at,
           updated_at) VALUES ('e3', 'c3', 'receiving', 't', 'f.pdf', 'application/pdf', 1048576, 'court', 'now', 'now')`,
      ).run();
      db.prepare("INSERT INTO evidence_chunks (evidence_id, seq, data) VALUES ('e3', 0, x'00')").run();
      expect(() => db.prepare("UPDATE evidence SET state = 'complete' WHERE id = 'e3'").run()).toThrow(
        /CHECK/,
      );
      db.prepare('DELETE FROM clients').run();
      for (const table of [
        'evidence',
        'evidence_chunks',
        'search_docs',
        'search_fts',
        'name_terms',
        'name_vocab',
      ]) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    },
  },
  4: {
    seed(db) {
      db.prepare(
        `INSERT INTO clients (id, data, scope, status, sort_name, search_text, created_at, updated_at)
         VALUES ('c4', '{}', 'counsel-team', 'active', 'a', 'a', 'now', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO records (id, client_id, kind, scope, data, created_at, updated_at)
         VALUES ('p4', 'c4', 'party', 'counsel-team', '{"name":"Counsel","role":"ccf-counsel"}', 'now', 'now')`,
      ).run();
    },
    check(db) {
      // Earlier rows survive; cards hold their cell order, owner, blockers and links; deletes cascade or detach.
      expect(db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(1);
      const card = db.prepare(
        `INSERT INTO board_cards (id, client_id, lane, status, position, kind, title, owner_party_id, scope, data,
           created_at, updated_at) VALUES (?, 'c4', 'ccf', 'todo', ?, 'task', ?, 'p4', 'ccf', '{}', 'now', 'now')`,
      );
      card.run('k1', 0, 'Access request');
      card.run('k2', 1024, 'Deletion request');
      db.prepare("INSERT INTO board_card_blockers (card_id, blocker_id) VALUES ('k2', 'k1')").run();
      db.prepare(
        "INSERT INTO board_card_links (card_id, kind, target_id, ord) VALUES ('k2', 'evidence', 'e1', 0)",
      ).run();
      expect(() =>
        db.prepare("INSERT INTO board_card_blockers (card_id, blocker_id) VALUES ('k1', 'k1')").run(),
      ).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE board_cards SET lane = 'elsewhere' WHERE id = 'k1'").run()).toThrow(
        /CHECK/,
      );
      db.prepare(
        `INSERT INTO board_communications (id, client_id, party_id, date, scope, data, follow_up_card_id,
           created_at, updated_at) VALUES ('m1', 'c4', 'p4', '2026-11-01', 'counsel-team', '{}', 'k1', 'now', 'now')`,
      ).run();
      db.prepare("DELETE FROM records WHERE id = 'p4'").run();
      expect(db.prepare("SELECT owner_party_id FROM board_cards WHERE id = 'k1'").pluck().get()).toBeNull();
      db.prepare("DELETE FROM board_cards WHERE id = 'k1'").run();
      expect(db.prepare('SELECT count(*) FROM board_card_blockers').pluck().get()).toBe(0);
      expect(db.prepare('SELECT follow_up_card_id FROM board_communications').pluck().get()).toBeNull();
      db.prepare('DELETE FROM clients').run();
      for (const table of ['board_cards', 'board_card_links', 'board_communications', 'board_meetings']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
    },
  },
  5: {
    seed(db) {
      db.prepare(
        `INSERT INTO clients (id, data, scope, status, sort_name, search_text, created_at, updated_at)
         VALUES ('c5', '{}', 'counsel-team', 'active', 'a', 'a', 'now', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO records (id, client_id, kind, scope, data, created_at, updated_at)
         VALUES ('n5', 'c5', 'note', 'counsel-team', '{"title":"Visit"}', 'now', 'now')`,
      ).run();
    },
    check(db) {
      // Earlier rows survive; a visit hangs off its note record, statements off the visit; deletes cascade.
      expect(db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(1);
      db.prepare(
        `INSERT INTO visits (id, client_id, note_id, started_at, ended_at, elapsed_seconds, questions, created_at)
         VALUES ('v5', 'c5', 'n5', 'now', 'now', 60, '[]', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO visit_statements (id, visit_id, position, said_at, language, interpreter, text)
         VALUES ('s5', 'v5', 0, 'now', 'Russian', 'A. Interpreter', 'Said')`,
      ).run();
      db.prepare(
        "INSERT INTO visit_drafts (client_id, data, updated_at) VALUES ('c5', '{\"notes\":\"\"}', 'now')",
      ).run();
      expect(() =>
        db.prepare("INSERT INTO visit_drafts (client_id, data, updated_at) VALUES ('c5', 'x', 'now')").run(),
      ).toThrow();
      db.prepare("DELETE FROM records WHERE id = 'n5'").run();
      expect(db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM visit_statements').pluck().get()).toBe(0);
      db.prepare('DELETE FROM clients').run();
      expect(db.prepare('SELECT count(*) FROM visit_drafts').pluck().get()).toBe(0);
    },
  },
  6: {
    seed(db) {
      db.prepare(
        `INSERT INTO clients (id, data, scope, status, sort_name, search_text, created_at, updated_at)
         VALUES ('c6', '{"familyName":"Volkov","givenNames":"Aleksei"}', 'counsel-team', 'active', 'volkov',
           'volkov', 'now', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO deadlines (client_id, key, rule_id, front, due_date, status, record_id, overridden)
         VALUES ('c6', 'dhs-custody-appeal:r', 'dhs-custody-appeal', 'custody', '2026-01-20', 'open', 'r', 0)`,
      ).run();
      db.prepare(
        `INSERT INTO deadline_overrides (client_id, key, due_date, reason, created_at)
         VALUES ('c6', 'asylum-one-year:case', '2026-06-01', 'Earlier arrival', 'now')`,
      ).run();
      db.prepare(
        "INSERT INTO search_docs (client_id, kind, ref_id, label) VALUES ('c6', 'client', 'c6', 'Client')",
      ).run();
      db.prepare(
        "INSERT INTO search_fts (rowid, names, title, body) VALUES (last_insert_rowid(), 'Volkov', '', '')",
      ).run();
      db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES ('ruleParameters',
           '{"eoirNonDetainedFilingDaysBeforeHearing":15,"dhsCustodyAppealDays":10,"wgadReplyDays":45}', 'now')`,
      ).run();
      db.prepare("INSERT INTO vault_meta (key, value) VALUES ('derived.docket', '1')").run();
    },
    check(db) {
      // The stale derived rows are gone (rebuilt at unlock); the kept overrides and search documents stay.
      expect(db.prepare('SELECT count(*) FROM deadlines').pluck().get()).toBe(0);
      expect(db.prepare('SELECT key FROM deadline_overrides').pluck().all()).toEqual([
        'asylum-one-year:case',
      ]);
      expect(
        db.prepare("SELECT value FROM vault_meta WHERE key = 'derived.docket'").pluck().get(),
      ).toBeUndefined();
      const match = db
        .prepare(
          'SELECT d.ref_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?',
        )
        .pluck()
        .all('"volkov"*');
      expect(match).toEqual(['c6']);
      // The old 15-day default becomes the corrected 30; the parameter of the removed rule goes; the rest stays.
      expect(
        JSON.parse(
          db.prepare("SELECT value FROM settings WHERE key = 'ruleParameters'").pluck().get() as string,
        ),
      ).toEqual({ eoirNonDetainedFilingDaysBeforeHearing: 30, wgadReplyDays: 45 });
      // New tables: custom deadlines and tracking cascade with the client; a resolution needs its date.
      db.prepare(
        `INSERT INTO custom_deadlines (id, client_id, scope, data, created_at, updated_at)
         VALUES ('d6', 'c6', 'court', '{"title":"Call-up"}', 'now', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO deadline_tracking (client_id, key, owner, updated_at) VALUES ('c6', 'custom:d6', 'M. Okafor', 'now')`,
      ).run();
      expect(() =>
        db
          .prepare(
            `INSERT INTO deadline_tracking (client_id, key, resolution, updated_at)
             VALUES ('c6', 'k', 'done', 'now')`,
          )
          .run(),
      ).toThrow();
      db.prepare(
        "INSERT INTO search_docs (client_id, kind, ref_id, label) VALUES ('c6', 'deadline', 'd6', 'Deadline')",
      ).run();
      db.prepare('DELETE FROM clients').run();
      expect(db.prepare('SELECT count(*) FROM custom_deadlines').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM deadline_tracking').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM search_fts').pluck().get()).toBe(0);
    },
  },
  7: {
    seed(db) {
      db.prepare(
        `INSERT INTO clients (id, data, scope, status, sort_name, search_text, created_at, updated_at)
         VALUES ('c7', '{}', 'counsel-team', 'active', 'a', 'a', 'now', 'now')`,
      ).run();
      db.prepare(
        `INSERT INTO evidence (id, client_id, state, title, file_name, media_type, chunk_bytes, sha256, scope,
           created_at, updated_at)
         VALUES ('e7', 'c7', 'complete', 'Warrant', 'w.pdf', 'application/pdf', 1048576, ?, 'court', 'now', 'now')`,
      ).run('a'.repeat(64));
    },
    check(db) {
      // Existing evidence keeps its row and gains an empty document date; the profile is one row; a case's filing
      // details go with its client.
      expect(db.prepare("SELECT title, document_date FROM evidence WHERE id = 'e7'").get()).toEqual({
        title: 'Warrant',
        document_date: null,
      });
      db.prepare("INSERT INTO filing_profile (id, data, updated_at) VALUES (1, '{}', 'now')").run();
      expect(() =>
        db.prepare("INSERT INTO filing_profile (id, data, updated_at) VALUES (2, '{}', 'now')").run(),
      ).toThrow();
      db.prepare("INSERT INTO case_filings (client_id, data, updated_at) VALUES ('c7', '{}', 'now')").run();
      expect(() =>
        db
          .prepare("INSERT INTO case_filings (client_id, data, updated_at) VALUES ('nobody', '{}', 'now')")
          .run(),
      ).toThrow();
      db.prepare('DELETE FROM clients').run();
      expect(db.prepare('SELECT count(*) FROM case_filings').pluck().get()).toBe(0);
    },
  },
};

describe('migrations', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempVaultDir()));
  afterEach(() => cleanup());

  it('are numbered 1..n, one per version, each with a test step', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(Object.keys(STEPS).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  for (const migration of MIGRATIONS) {
    it(`${String(migration.version).padStart(4, '0')}-${migration.name} runs on a vault at the version before it`, async () => {
      const step = STEPS[migration.version];
      if (!step) throw new Error(`no test step for migration ${migration.version}`);
      const { vault } = await createVault(dir, PASSPHRASE, {
        migrations: MIGRATIONS.slice(0, migration.version - 1),
      });
      try {
        expect(schemaVersion(vault.db)).toBe(migration.version - 1);
        if (migration.version > 1) step.seed(vault.db);
        migrate(vault.db, MIGRATIONS, migration.version);
        expect(schemaVersion(vault.db)).toBe(migration.version);
        step.check(vault.db);
        expect(vault.integrityCheck()).toEqual([]);
      } finally {
        vault.close();
      }
    });
  }
});

describe('migrate', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempVaultDir()));
  afterEach(() => cleanup());

  it('brings an older vault to the latest version when it is unlocked', async () => {
    (await createVault(dir, PASSPHRASE, { migrations: [] })).vault.close();
    const vault = await unlockVault(dir, PASSPHRASE);
    expect(schemaVersion(vault.db)).toBe(LATEST_SCHEMA_VERSION);
    vault.close();
  });

  it('rolls a failing migration back whole, leaving the previous version', async () => {
    const { vault } = await createVault(dir, PASSPHRASE);
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(vault.db, [...MIGRATIONS, broken])).toThrow('boom');
    expect(schemaVersion(vault.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(
      vault.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get(),
    ).toBe(0);
    vault.close();
  });

  it('refuses a vault written by a newer version of the app', async () => {
    const { vault } = await createVault(dir, PASSPHRASE);
    vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    vault.close();
    const error = await unlockVault(dir, PASSPHRASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarborError);
    expect((error as HarborError).message).toMatch(/newer version/);
  });
});
