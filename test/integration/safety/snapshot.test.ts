/**
 * The proof behind the backup method (db/backup.ts): with better-sqlite3-multiple-ciphers, `VACUUM INTO` from a
 * connection keyed with the data key writes a copy that is itself SQLCipher-encrypted under that key, is a
 * consistent snapshot while another connection writes, and never holds the client data in plaintext.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEncryptedCopy, snapshotVault } from '../../../db/backup';
import { type Vault, createVault, openEncrypted } from '../../../db/vault';
import { HarborError } from '../../../shared/ipc/errors';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const MARKER = 'QUIXOTIC-MARKER-7731';

describe('VACUUM INTO from the encrypted connection', () => {
  let dir: string;
  let cleanup: () => void;
  let vault: Vault;
  let dataKey: Buffer;

  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    ({ vault } = await createVault(dir, PASSPHRASE));
    dataKey = vault.copyDataKey();
    const insert = vault.db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?)');
    vault.db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`k${i}`, `${MARKER} ${'filler '.repeat(20)} ${i}`);
    })();
  });
  afterEach(() => {
    vault.close();
    dataKey.fill(0);
    cleanup();
  });

  it('writes a copy that is SQLCipher-encrypted: no SQLite header, no plaintext, opens only with the key', () => {
    const copy = join(dir, '..', 'copy.db');
    snapshotVault(vault.paths.db, dataKey, copy);
    const bytes = readFileSync(copy);
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

    // Without a key, and with a wrong key, it is not a database.
    const plain = new Database(copy, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/not a database/);
    plain.close();
    expect(() => openEncrypted(copy, Buffer.alloc(32, 7), { create: false })).toThrow(HarborError);

    // With the key: every row, and a clean integrity check.
    expect(checkEncryptedCopy(copy, dataKey).schemaVersion).toBe(
      vault.db.pragma('user_version', { simple: true }),
    );
    const db = openEncrypted(copy, dataKey, { create: false });
    expect(db.prepare('SELECT count(*) FROM vault_meta').pluck().get()).toBe(3000);
    db.close();
  });

  it('is one consistent snapshot while another connection holds uncommitted writes', () => {
    vault.db.prepare('BEGIN IMMEDIATE').run();
    vault.db.prepare("INSERT INTO vault_meta (key, value) VALUES ('uncommitted', 'x')").run();
    const copy = join(dir, '..', 'snapshot.db');
    try {
      snapshotVault(vault.paths.db, dataKey, copy);
    } finally {
      vault.db.prepare('ROLLBACK').run();
    }
    const db = openEncrypted(copy, dataKey, { create: false });
    expect(db.prepare('SELECT count(*) FROM vault_meta').pluck().get()).toBe(3000);
    expect(db.prepare("SELECT count(*) FROM vault_meta WHERE key = 'uncommitted'").pluck().get()).toBe(0);
    db.close();
  });

  it('includes what is still only in the WAL, and leaves no journal beside the copy', () => {
    vault.db.prepare("INSERT INTO vault_meta (key, value) VALUES ('in-wal', 'y')").run();
    expect(statSync(`${vault.paths.db}-wal`).size).toBeGreaterThan(0);
    const copy = join(dir, '..', 'wal.db');
    snapshotVault(vault.paths.db, dataKey, copy);
    const db = openEncrypted(copy, dataKey, { create: false });
    expect(db.prepare("SELECT value FROM vault_meta WHERE key = 'in-wal'").pluck().get()).toBe('y');
    db.close();
    expect(readdirSync(join(dir, '..')).filter((n) => n.startsWith('wal.db-journal'))).toEqual([]);
  });
});
