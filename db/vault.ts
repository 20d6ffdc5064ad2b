import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { randomBytes, randomInt } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { HarborError } from '../shared/ipc/errors';
import {
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_LENGTH,
  formatRecoveryCode,
  isWellFormedRecoveryCode,
  normalizeRecoveryCode,
  passphraseProblem,
} from '../shared/vault/passphrase';
import { writeFileAtomic } from './atomic-write';
import {
  DATA_KEY_BYTES,
  type KeyEnvelope,
  parseKeyEnvelope,
  unwrapDataKey,
  wrapDataKey,
} from './key-envelope';
import { migrate } from './migrate';
import type { Migration } from './migrations/types';
import { MIGRATIONS } from './migrations';

export const DB_FILE = 'harbor.db';
export const KEYS_FILE = 'keys.json';

/** Decrypted pages kept in memory. SQLCipher decrypts on every cache miss, so the cache is sized on purpose. */
export const PAGE_CACHE_KIB = 128 * 1024;

const PLAINTEXT_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type Db = Database.Database;

export interface VaultPaths {
  dir: string;
  db: string;
  keys: string;
}

export function vaultPaths(dir: string): VaultPaths {
  return { dir, db: join(dir, DB_FILE), keys: join(dir, KEYS_FILE) };
}

export type VaultPresence = 'absent' | 'present';

/** A folder with neither file (or no folder) is absent; one with only one of the two is damaged, not absent. */
export function vaultPresence(dir: string): VaultPresence {
  const paths = vaultPaths(dir);
  const hasDb = existsSync(paths.db);
  const hasKeys = existsSync(paths.keys);
  if (!hasDb && !hasKeys) return 'absent';
  if (hasDb !== hasKeys) {
    throw new HarborError(
      'VAULT_DAMAGED',
      hasDb
        ? 'The vault’s key file (keys.json) is missing. Restore it from a backup, or the vault cannot be opened.'
        : 'The vault’s database (harbor.db) is missing. Restore it from a backup.',
    );
  }
  return 'present';
}

/** An unlocked vault: the open encrypted connection and the data key, both dropped by `close()`. */
export class Vault {
  #db: Db | null;
  #dataKey: Buffer;

  constructor(
    readonly paths: VaultPaths,
    db: Db,
    dataKey: Buffer,
  ) {
    this.#db = db;
    this.#dataKey = dataKey;
  }

  get isOpen(): boolean {
    return this.#db !== null;
  }

  get db(): Db {
    if (!this.#db) throw new HarborError('VAULT_LOCKED', 'The vault is locked.');
    return this.#db;
  }

  /**
   * A copy of the data key for work that opens its own connection (the backup worker). The caller overwrites it when
   * done; the vault's own copy is still wiped by `close()`.
   */
  copyDataKey(): Buffer {
    if (!this.#db) throw new HarborError('VAULT_LOCKED', 'The vault is locked.');
    return Buffer.from(this.#dataKey);
  }

  /** Full page-by-page check; every page is decrypted, so its HMAC is verified too. */
  integrityCheck(): string[] {
    try {
      const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
      const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
      const fk = this.db.pragma('foreign_key_check') as unknown[];
      if (fk.length > 0) problems.push(`${fk.length} broken reference(s) between records`);
      return problems;
    } catch {
      // SQLCipher refuses a page whose HMAC does not verify: the file was altered or damaged on disk.
      return ['A database page failed its authentication check: the file was altered or damaged.'];
    }
  }

  /** Locks: checkpoints the WAL into the encrypted file, closes the connection and overwrites the key in memory. */
  close(): void {
    const db = this.#db;
    this.#db = null;
    if (db) {
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
    }
    this.#dataKey.fill(0);
  }
}

export interface OpenOptions {
  /** For migration tests: stop at an older schema. */
  migrations?: readonly Migration[];
}

export async function createVault(
  dir: string,
  passphrase: string,
  options: OpenOptions = {},
): Promise<{ vault: Vault; recoveryCode: string }> {
  assertStrongEnough(passphrase);
  if (vaultPresence(dir) === 'present') {
    throw new HarborError('VAULT_EXISTS', 'A vault already exists in this folder.');
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const leftovers = readdirSync(dir).filter((name) => name.startsWith(DB_FILE));
  if (leftovers.length > 0) {
    throw new HarborError(
      'VAULT_EXISTS',
      `The folder holds database files (${leftovers.join(', ')}) but no vault.`,
    );
  }

  const paths = vaultPaths(dir);
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const recoveryCode = generateRecoveryCode();
  const now = new Date().toISOString();
  const envelope: KeyEnvelope = {
    format: 'safe-harbor-keys',
    version: 1,
    databaseCipher: 'sqlcipher-v4',
    createdAt: now,
    passphraseChangedAt: now,
    passphrase: await wrapDataKey(dataKey, passphrase, 'passphrase'),
    recovery: await wrapDataKey(dataKey, normalizeRecoveryCode(recoveryCode), 'recovery'),
  };

  // The database first, keys.json last: a crash in between leaves a folder that reads as damaged, never a
  // key file that points at nothing.
  const db = openEncrypted(paths.db, dataKey, { create: true });
  try {
    migrate(db, options.migrations ?? MIGRATIONS);
    writeFileAtomic(paths.keys, JSON.stringify(envelope, null, 2) + '\n');
  } catch (error) {
    db.close();
    throw error;
  }
  return { vault: new Vault(paths, db, dataKey), recoveryCode: formatRecoveryCode(recoveryCode) };
}

export async function unlockVault(
  dir: string,
  passphrase: string,
  options: OpenOptions = {},
): Promise<Vault> {
  const { paths, envelope } = readVault(dir);
  const dataKey = await unwrapDataKey(envelope.passphrase, passphrase, 'passphrase');
  if (!dataKey) throw new HarborError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
  return openUnwrapped(paths, dataKey, options);
}

/** Opens the vault with the recovery code and sets a new passphrase. The recovery code stays valid. */
export async function recoverVault(dir: string, recoveryCode: string, newPassphrase: string): Promise<Vault> {
  assertStrongEnough(newPassphrase);
  const { paths, envelope } = readVault(dir);
  const dataKey = isWellFormedRecoveryCode(recoveryCode)
    ? await unwrapDataKey(envelope.recovery, normalizeRecoveryCode(recoveryCode), 'recovery')
    : null;
  if (!dataKey) throw new HarborError('WRONG_RECOVERY_CODE', 'That recovery code does not open this vault.');
  const vault = openUnwrapped(paths, dataKey, {});
  try {
    await rewrapPassphrase(paths, envelope, dataKey, newPassphrase);
  } catch (error) {
    vault.close();
    throw error;
  }
  return vault;
}

/** Rewraps the data key under a new passphrase: keys.json changes, the database is not re-encrypted. */
export async function changePassphrase(
  dir: string,
  currentPassphrase: string,
  newPassphrase: string,
): Promise<string> {
  assertStrongEnough(newPassphrase);
  const { paths, envelope } = readVault(dir);
  const dataKey = await unwrapDataKey(envelope.passphrase, currentPassphrase, 'passphrase');
  if (!dataKey) throw new HarborError('WRONG_PASSPHRASE', 'The current passphrase is not correct.');
  try {
    return await rewrapPassphrase(paths, envelope, dataKey, newPassphrase);
  } finally {
    dataKey.fill(0);
  }
}

async function rewrapPassphrase(
  paths: VaultPaths,
  envelope: KeyEnvelope,
  dataKey: Buffer,
  newPassphrase: string,
): Promise<string> {
  const changedAt = new Date().toISOString();
  const next: KeyEnvelope = {
    ...envelope,
    passphraseChangedAt: changedAt,
    passphrase: await wrapDataKey(dataKey, newPassphrase, 'passphrase'),
  };
  writeFileAtomic(paths.keys, JSON.stringify(next, null, 2) + '\n');
  return changedAt;
}

function assertStrongEnough(passphrase: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new HarborError('WEAK_PASSPHRASE', problem, 'passphrase');
}

function readVault(dir: string): { paths: VaultPaths; envelope: KeyEnvelope } {
  if (vaultPresence(dir) === 'absent') {
    throw new HarborError('VAULT_MISSING', 'No vault was found in this folder.');
  }
  const paths = vaultPaths(dir);
  assertEncryptedDatabaseFile(paths.db);
  const envelope = parseKeyEnvelope(readFileSync(paths.keys, 'utf8'));
  if (!envelope) {
    throw new HarborError(
      'VAULT_DAMAGED',
      'The vault’s key file (keys.json) is damaged. Restore it from a backup.',
    );
  }
  return { paths, envelope };
}

/** Refuses a plaintext SQLite file: an unencrypted database must never be taken for a vault. */
export function assertEncryptedDatabaseFile(path: string): void {
  const size = statSync(path).size;
  if (size === 0) throw new HarborError('VAULT_DAMAGED', 'The vault’s database file is empty.');
  const head = Buffer.alloc(PLAINTEXT_SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.equals(PLAINTEXT_SQLITE_HEADER)) {
    throw new HarborError(
      'NOT_ENCRYPTED',
      'This database is not encrypted, so Safe Harbor refuses to open it.',
    );
  }
}

function openUnwrapped(paths: VaultPaths, dataKey: Buffer, options: OpenOptions): Vault {
  let db: Db;
  try {
    db = openEncrypted(paths.db, dataKey, { create: false });
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  try {
    migrate(db, options.migrations ?? MIGRATIONS);
  } catch (error) {
    db.close();
    dataKey.fill(0);
    throw error;
  }
  return new Vault(paths, db, dataKey);
}

/**
 * Opens harbor.db with the raw data key (SQLCipher v4 page encryption) and proves the key and the pages with a quick
 * check. Any failure after the key was known to be right means the file itself is damaged.
 */
export function openEncrypted(path: string, dataKey: Buffer, { create }: { create: boolean }): Db {
  let db: Db | null = null;
  try {
    db = new Database(path, { fileMustExist: !create });
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${dataKey.toString('hex')}'"`);
    assertIntactOnOpen(db, path, create);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Sorts and temporary indexes stay in memory: SQLite's temp files would be written outside the vault.
    db.pragma('temp_store = MEMORY');
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof HarborError) throw error;
    throw new HarborError(
      'VAULT_DAMAGED',
      'The vault’s database is damaged or was altered, so it cannot be opened safely. Restore it from a backup.',
    );
  }
}

/**
 * What opening checks, in milliseconds rather than a full read: the key decrypts and authenticates the first page
 * and the schema, and the file is as long as the database says it is (a truncated copy fails here). Every other page
 * is authenticated by its HMAC whenever it is read, and the full check (`integrityCheck`, `cli verify`) reads them all.
 */
function assertIntactOnOpen(db: Db, path: string, create: boolean): void {
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  if (create) return;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  // The WAL may hold pages not yet copied back, so only a file shorter than its committed pages is damage.
  if (!existsSync(`${path}-wal`) && statSync(path).size < pageSize * pageCount) {
    throw new Error('database file is shorter than its page count');
  }
}

export function generateRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++)
    code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
  return code;
}

export interface VerifyReport {
  encrypted: boolean;
  cipher: string;
  schemaVersion: number;
  problems: string[];
}

/** Unlocks, checks every page and reports; closes again. Damage is reported as problems, or thrown as VAULT_DAMAGED. */
export async function verifyVault(dir: string, passphrase: string): Promise<VerifyReport> {
  const vault = await unlockVault(dir, passphrase);
  try {
    return {
      encrypted: true,
      cipher: `${String(vault.db.pragma('cipher', { simple: true }))} v${String(vault.db.pragma('legacy', { simple: true }))}`,
      schemaVersion: vault.db.pragma('user_version', { simple: true }) as number,
      problems: vault.integrityCheck(),
    };
  } finally {
    vault.close();
  }
}
