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
import { DATABASE_DAMAGE, vaultDamaged } from '../shared/vault/damage';
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
  type EnvelopePart,
  type KeyEnvelope,
  damagedParts,
  parseKeyEnvelope,
  serializeKeyEnvelope,
  unwrapDataKey,
  withChecksums,
  wrapDataKey,
} from './key-envelope';
import { restrictToOwner, tightenVaultModes } from './file-modes';
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
    throw vaultDamaged(
      hasDb
        ? 'The vault is damaged: its key file (keys.json) is missing, so the database cannot be decrypted.'
        : 'The vault is damaged: its database (harbor.db) is missing.',
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
    /** What opening found worth telling the attorney: permissions it tightened, damage that did not stop it. */
    readonly notices: readonly string[] = [],
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

  /**
   * Full page-by-page check; every page is decrypted, so its HMAC is verified too. Returns SQLite's own lines (for
   * `verify --verbose`); `describeIntegrityProblems` says them in plain words.
   */
  integrityCheck(): string[] {
    try {
      const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
      const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
      const fk = this.db.pragma('foreign_key_check') as unknown[];
      if (fk.length > 0) problems.push(`foreign_key_check: ${fk.length} row(s)`);
      return problems;
    } catch (error) {
      // SQLCipher refuses a page whose HMAC does not verify before the check can list it.
      return [`integrity_check stopped: ${error instanceof Error ? error.message : String(error)}`];
    }
  }

  /**
   * Locks: checkpoints the WAL into the encrypted file, closes the connection and overwrites the key in memory.
   * After damage the checkpoint is left out: nothing is copied on purpose into a file that failed a read.
   */
  close({ checkpoint = true }: { checkpoint?: boolean } = {}): void {
    const db = this.#db;
    this.#db = null;
    if (db) {
      try {
        if (checkpoint) db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A checkpoint that fails leaves the WAL for the next opening; the connection still closes.
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
  restrictToOwner(dir);
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
  const envelope = withChecksums({
    format: 'safe-harbor-keys',
    version: 1,
    databaseCipher: 'sqlcipher-v4',
    createdAt: now,
    passphraseChangedAt: now,
    passphrase: await wrapDataKey(dataKey, passphrase, 'passphrase'),
    recovery: await wrapDataKey(dataKey, normalizeRecoveryCode(recoveryCode), 'recovery'),
  });

  // The database first, keys.json last: a crash in between leaves a folder that reads as damaged, never a
  // key file that points at nothing.
  const db = openEncrypted(paths.db, dataKey, { create: true });
  try {
    migrate(db, options.migrations ?? MIGRATIONS);
    writeFileAtomic(paths.keys, serializeKeyEnvelope(envelope));
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
  const { paths, envelope, damaged } = readVault(dir);
  if (damaged.includes('passphrase')) throw keysDamaged('passphrase');
  const dataKey = await unwrapDataKey(envelope.passphrase, passphrase, 'passphrase');
  if (!dataKey) throw new HarborError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
  return openUnwrapped(paths, dataKey, options, damaged);
}

/** Checks a recovery code without opening anything: WRONG_RECOVERY_CODE, or nothing. */
export async function checkRecoveryCode(dir: string, recoveryCode: string): Promise<void> {
  (await unwrapRecovery(readVault(dir), recoveryCode)).fill(0);
}

async function unwrapRecovery(
  { envelope, damaged }: { envelope: KeyEnvelope; damaged: EnvelopePart[] },
  recoveryCode: string,
): Promise<Buffer> {
  if (damaged.includes('recovery')) throw keysDamaged('recovery');
  const dataKey = isWellFormedRecoveryCode(recoveryCode)
    ? await unwrapDataKey(envelope.recovery, normalizeRecoveryCode(recoveryCode), 'recovery')
    : null;
  if (!dataKey) throw new HarborError('WRONG_RECOVERY_CODE', 'That recovery code does not open this vault.');
  return dataKey;
}

/**
 * keys.json with a damaged part: it is damage (exit 4), not a wrong secret (exit 3), and the message says which of
 * the two secrets still opens the vault.
 */
function keysDamaged(part: EnvelopePart): HarborError {
  return new HarborError(
    'VAULT_DAMAGED',
    part === 'passphrase'
      ? 'The vault’s key file (keys.json) is damaged: its passphrase slot was altered, so no passphrase can open ' +
          'the vault. Nothing was written. The recovery code still opens it: recover with the code to set a new ' +
          'passphrase, which repairs keys.json.'
      : part === 'recovery'
        ? 'The vault’s key file (keys.json) is damaged: its recovery-code slot was altered, so the recovery code ' +
          'cannot open the vault. Nothing was written. The passphrase still opens it: make a backup now.'
        : 'The vault’s key file (keys.json) is damaged: its header was altered. Nothing was written.',
  );
}

/** What an opening with the passphrase tells beside opening: a damaged part the passphrase did not need. */
function keyNotices(damaged: readonly EnvelopePart[]): string[] {
  return damaged
    .filter((part) => part !== 'passphrase')
    .map(
      (part) => `${keysDamaged(part).message.replace(' Nothing was written.', '')} Run verify for details.`,
    );
}

/** Opens the vault with the recovery code and sets a new passphrase. The recovery code stays valid. */
export async function recoverVault(dir: string, recoveryCode: string, newPassphrase: string): Promise<Vault> {
  assertStrongEnough(newPassphrase);
  const read = readVault(dir);
  const { paths, envelope } = read;
  const dataKey = await unwrapRecovery(read, recoveryCode);
  const vault = openUnwrapped(
    paths,
    dataKey,
    {},
    read.damaged.filter((part) => part !== 'passphrase'),
  );
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
  const { paths, envelope, damaged } = readVault(dir);
  if (damaged.includes('passphrase')) throw keysDamaged('passphrase');
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
  // The other parts keep their stored checksums: a rewrite must not make a damaged part look sound.
  const next = withChecksums(
    {
      ...envelope,
      passphraseChangedAt: changedAt,
      passphrase: await wrapDataKey(dataKey, newPassphrase, 'passphrase'),
    },
    ['envelope', 'recovery'],
  );
  writeFileAtomic(paths.keys, serializeKeyEnvelope(next));
  return changedAt;
}

function assertStrongEnough(passphrase: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new HarborError('WEAK_PASSPHRASE', problem, 'passphrase');
}

interface ReadVault {
  paths: VaultPaths;
  envelope: KeyEnvelope;
  /** Parts of keys.json that fail their checksum or shape; each caller refuses only if it needs that part. */
  damaged: EnvelopePart[];
}

function readVault(dir: string): ReadVault {
  if (vaultPresence(dir) === 'absent') {
    throw new HarborError('VAULT_MISSING', 'No vault was found in this folder.');
  }
  const paths = vaultPaths(dir);
  assertEncryptedDatabaseFile(paths.db);
  const envelope = parseKeyEnvelope(readFileSync(paths.keys, 'utf8'));
  if (!envelope) {
    throw vaultDamaged(
      'The vault is damaged: its key file (keys.json) cannot be read, so the database cannot be decrypted.',
    );
  }
  return { paths, envelope, damaged: damagedParts(envelope) };
}

/**
 * What can be told about a locked vault without its passphrase, in a few milliseconds: both files there, the
 * database not plaintext, keys.json readable with an intact passphrase slot. Throws VAULT_DAMAGED or NOT_ENCRYPTED.
 */
export function assertVaultFilesIntact(dir: string): void {
  if (readVault(dir).damaged.includes('passphrase')) throw keysDamaged('passphrase');
}

/**
 * Identifies the vault's files as they are now (size, time, inode of each): damage found in them is remembered
 * until this changes, e.g. when the files are replaced from a backup.
 */
export function damageFingerprint(dir: string): string {
  const paths = vaultPaths(dir);
  return [paths.db, paths.keys]
    .map((path) => {
      try {
        const stat = statSync(path);
        return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
      } catch {
        return 'absent';
      }
    })
    .join('|');
}

/** Refuses a plaintext SQLite file: an unencrypted database must never be taken for a vault. */
export function assertEncryptedDatabaseFile(path: string): void {
  const size = statSync(path).size;
  if (size === 0) throw vaultDamaged('The vault is damaged: its database file (harbor.db) is empty.');
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

function openUnwrapped(
  paths: VaultPaths,
  dataKey: Buffer,
  options: OpenOptions,
  damagedKeyParts: readonly EnvelopePart[] = [],
): Vault {
  // Before the connection opens: SQLite gives the WAL and shared-memory files the database file's mode.
  const tightened = tightenVaultModes(paths.dir);
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
  const notices = [...keyNotices(damagedKeyParts)];
  if (tightened.length > 0) {
    notices.push(
      `Only you can now read the vault folder: Safe Harbor removed other users’ access to ${tightened.join(', ')}.`,
    );
  }
  return new Vault(paths, db, dataKey, notices);
}

/**
 * Opens harbor.db with the raw data key (SQLCipher v4 page encryption) and proves the key and the pages with a quick
 * check. Any failure after the key was known to be right means the file itself is damaged.
 */
export function openEncrypted(path: string, dataKey: Buffer, { create }: { create: boolean }): Db {
  let db: Db | null = null;
  try {
    db = new Database(path, { fileMustExist: !create });
    // At once, before any journal or WAL exists: SQLite creates those with the database file's mode.
    if (create) restrictToOwner(path);
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
    throw vaultDamaged(DATABASE_DAMAGE);
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
  /** keys.json: whether it carries checksums, and the parts that fail them or their shape. */
  keys: { checksums: boolean; damaged: EnvelopePart[] };
  /** Each problem in plain words; empty when the vault is sound. */
  problems: string[];
  /** SQLite's own lines behind the problems (`verify --verbose`). */
  details: string[];
}

/**
 * Unlocks, checks both slots of keys.json and every page of the database, and reports in plain words; closes again.
 * Writes nothing. Damage that stops the opening itself is thrown as VAULT_DAMAGED.
 */
export async function verifyVault(dir: string, passphrase: string): Promise<VerifyReport> {
  const { envelope, damaged } = readVault(dir);
  const vault = await unlockVault(dir, passphrase);
  try {
    const details = vault.integrityCheck();
    const problems = [
      ...damaged.map((part) => keysDamaged(part).message.replace(' Nothing was written.', '')),
      ...describeIntegrityProblems(details),
    ];
    return {
      encrypted: true,
      cipher: `${String(vault.db.pragma('cipher', { simple: true }))} v${String(vault.db.pragma('legacy', { simple: true }))}`,
      schemaVersion: vault.db.pragma('user_version', { simple: true }) as number,
      keys: { checksums: envelope.checksums !== undefined, damaged },
      problems,
      details,
    };
  } finally {
    vault.close();
  }
}

/** SQLite's integrity-check lines, grouped and said in plain words. */
export function describeIntegrityProblems(lines: readonly string[]): string[] {
  const unreadable = lines.filter((l) => /unable to get the page|error code=(11|26)|stopped:/.test(l)).length;
  const references = lines.filter((l) => l.startsWith('foreign_key_check')).length;
  const structure = lines.length - unreadable - references;
  const problems: string[] = [];
  if (unreadable > 0) {
    problems.push(
      'Parts of the database (harbor.db) failed their authentication check: the file was altered or corrupted on disk.',
    );
  }
  if (structure > 0) {
    problems.push(
      `The database’s internal structure is inconsistent in ${structure} place(s): its indexes or pages do not agree.`,
    );
  }
  if (references > 0) problems.push('Some records point at records that no longer exist.');
  return problems;
}
