import { closeSync, openSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { HarborError } from '../shared/ipc/errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { assertEncryptedDatabaseFile, openEncrypted } from './vault';

/**
 * The database side of backups.
 *
 * A snapshot is taken with `VACUUM INTO` on a connection keyed with the data key. With SQLite3MultipleCiphers the
 * target of `VACUUM INTO` is written through the main database's codec: the copy is SQLCipher v4-encrypted under the
 * same key, page by page, and never exists in plaintext (test/integration/safety/snapshot.test.ts proves it on this
 * driver: the copy's first bytes are not the SQLite header, no distinctive string is found in it, and it opens only
 * with the key). It is also one consistent read transaction, WAL content included, while other connections write.
 * The SQLite backup API is not used: it refuses to copy between databases whose cipher settings differ.
 */
export function snapshotVault(dbPath: string, dataKey: Uint8Array, snapshotPath: string): void {
  // Created empty and owner-only first (VACUUM INTO accepts an empty file): SQLite would create it world-readable,
  // and gives its rollback journal the same mode.
  closeSync(openSync(snapshotPath, 'wx', 0o600));
  const db = openEncrypted(dbPath, Buffer.from(dataKey), { create: false });
  try {
    db.prepare('VACUUM INTO ?').run(snapshotPath);
  } finally {
    db.close();
  }
  try {
    // Belt and braces: should a future driver write the copy in plaintext, it is destroyed rather than used.
    assertEncryptedDatabaseFile(snapshotPath);
  } catch (error) {
    rmSync(snapshotPath, { force: true });
    throw error;
  }
}

const PLAINTEXT_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function isPlaintextSqlite(firstBytes: Uint8Array): boolean {
  return Buffer.from(firstBytes.subarray(0, PLAINTEXT_SQLITE_HEADER.length)).equals(PLAINTEXT_SQLITE_HEADER);
}

export interface DatabaseCheck {
  schemaVersion: number;
  dossiers: number;
}

/**
 * Opens an encrypted copy read-only with the data key and reads every page (integrity check). Read-only: no journal
 * or WAL is created beside it, and temporary structures stay in memory.
 */
export function checkEncryptedCopy(path: string, dataKey: Uint8Array): DatabaseCheck {
  assertEncryptedDatabaseFile(path);
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${Buffer.from(dataKey).toString('hex')}'"`);
    db.pragma('temp_store = MEMORY');
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((m) => m !== 'ok');
    if (problems.length > 0) throw new Error('integrity check failed');
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new HarborError(
        'FILE_DAMAGED',
        `This backup was made by a newer version of Safe Harbor (schema ${schemaVersion}). Update the app to restore it.`,
      );
    }
    const hasClients = db
      .prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'clients'`)
      .get();
    const dossiers = hasClients ? (db.prepare('SELECT count(*) FROM clients').pluck().get() as number) : 0;
    return { schemaVersion, dossiers };
  } catch (error) {
    if (error instanceof HarborError) throw error;
    throw new HarborError(
      'FILE_DAMAGED',
      'The database inside the backup failed its integrity check: the backup cannot be restored.',
    );
  } finally {
    db?.close();
  }
}
