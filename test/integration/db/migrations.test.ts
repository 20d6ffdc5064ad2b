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
