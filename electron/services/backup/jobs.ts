import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { syncDirectory, writeFileAtomic } from '../../../db/atomic-write';
import { checkEncryptedCopy, isPlaintextSqlite, snapshotVault } from '../../../db/backup';
import { type KeyEnvelope, damagedParts, unwrapDataKey } from '../../../db/key-envelope';
import {
  CHUNK_BYTES,
  type OpenedSealedFile,
  type SealKeys,
  SealedWriter,
  chunkCount,
  fileDamaged,
  keysFor,
  newNoncePrefix,
  newProtection,
  readSealedChunks,
  readSealedHeader,
  sealKeys,
  keysMatch,
  unwrapDataKeyFromFile,
  wipeKeys,
  wrapDataKeyForFile,
} from '../../../db/sealed-file';
import { DB_FILE, KEYS_FILE } from '../../../db/vault';
import { HarborError } from '../../../shared/ipc/errors';
import type { BackupMode, BackupVerifyReport, JobPhase } from '../../../shared/safety/backup';
import type { BundleAudience } from '../../../shared/safety/bundle';
import { isWellFormedRecoveryCode, normalizeRecoveryCode } from '../../../shared/vault/passphrase';

/**
 * The long jobs of backups and bundles: plain synchronous Node over files, run in a worker thread by the app (so the
 * main process never stalls) and in-process by the CLI. Every temporary file is either inside the vault folder or a
 * private temp folder, and every one is SQLCipher- or container-encrypted: no plaintext ever reaches the disk.
 */

/** How to open a sealed file: the vault's data key, a vault passphrase or recovery code, or a file passphrase. */
export type JobSecret = { dataKey: Uint8Array } | { vaultSecret: string } | { passphrase: string };

export type JobInput =
  | {
      kind: 'backup';
      dbPath: string;
      dataKey: Uint8Array;
      keyEnvelope: KeyEnvelope;
      schemaVersion: number;
      outPath: string;
      /** Encrypted snapshot (inside the vault folder) and the output's partial file: the caller cleans up after abort. */
      snapshotPath: string;
      partialPath: string;
      mode: BackupMode;
      passphrase?: string;
    }
  /** `copyPath`: where the encrypted copy under check goes (inside the vault folder); removed whatever happens. */
  | { kind: 'verify'; file: string; secret: JobSecret; copyPath: string }
  | { kind: 'restore'; file: string; secret: JobSecret; targetDir: string }
  | {
      kind: 'seal';
      outPath: string;
      partialPath: string;
      payload: Uint8Array;
      passphrase: string;
      audience: BundleAudience;
    }
  | { kind: 'unseal'; file: string; passphrase: string };

export type JobResult =
  | { kind: 'backup'; bytes: number; chunks: number; at: string }
  | { kind: 'verify'; report: BackupVerifyReport }
  | { kind: 'restore'; report: BackupVerifyReport }
  | { kind: 'seal'; bytes: number }
  | { kind: 'unseal'; payload: Uint8Array; createdAt: string; audience: BundleAudience | null };

export type ProgressSink = (phase: JobPhase, done: number, total: number) => void;

/** The largest bundle body accepted (one client's dossier is far below it). */
const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

export async function runJob(input: JobInput, progress: ProgressSink): Promise<JobResult> {
  switch (input.kind) {
    case 'backup':
      return backup(input, progress);
    case 'verify':
      return { kind: 'verify', report: await verify(input.file, input.secret, input.copyPath, progress) };
    case 'restore':
      return { kind: 'restore', report: await restore(input.file, input.secret, input.targetDir, progress) };
    case 'seal':
      return seal(input, progress);
    case 'unseal':
      return unseal(input.file, input.passphrase, progress);
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function backup(
  input: Extract<JobInput, { kind: 'backup' }>,
  progress: ProgressSink,
): Promise<JobResult> {
  let keys: SealKeys | null = null;
  let writer: SealedWriter | null = null;
  try {
    progress('snapshot', 0, 0);
    snapshotVault(input.dbPath, input.dataKey, input.snapshotPath);
    const bytes = statSync(input.snapshotPath).size;

    progress('keys', 0, 0);
    const fresh = await newProtection(
      'vault-backup',
      input.mode === 'vault-key'
        ? { mode: 'vault-key', dataKey: input.dataKey }
        : { mode: 'passphrase', passphrase: input.passphrase ?? '' },
    );
    keys = fresh.keys;
    const protection =
      fresh.protection.mode === 'passphrase'
        ? { ...fresh.protection, wrappedDataKey: wrapDataKeyForFile(input.dataKey, keys) }
        : fresh.protection;
    const at = new Date().toISOString();
    writer = SealedWriter.create(
      input.partialPath,
      {
        format: 'safe-harbor-sealed',
        kind: 'vault-backup',
        createdAt: at,
        protection,
        keyEnvelope: input.keyEnvelope,
        content: {
          type: 'sqlcipher-v4',
          schemaVersion: input.schemaVersion,
          bytes,
          chunkBytes: CHUNK_BYTES,
          chunks: chunkCount(bytes),
        },
        noncePrefix: newNoncePrefix(),
      },
      keys.body,
    );

    const fd = openSync(input.snapshotPath, 'r');
    try {
      const buffer = Buffer.alloc(CHUNK_BYTES);
      let done = 0;
      for (let index = 0; index < writer.header.content.chunks; index++) {
        const length = Math.min(CHUNK_BYTES, bytes - done);
        let read = 0;
        while (read < length) read += readSync(fd, buffer, read, length - read, done + read);
        writer.push(buffer.subarray(0, length));
        done += length;
        progress('encrypting', done, bytes);
      }
      buffer.fill(0);
    } finally {
      closeSync(fd);
    }
    writer.finish();
    renameSync(input.partialPath, input.outPath);
    syncDirectory(dirname(input.outPath));
    progress('done', bytes, bytes);
    return { kind: 'backup', bytes: statSync(input.outPath).size, chunks: writer.header.content.chunks, at };
  } catch (error) {
    writer?.abort();
    rmSync(input.partialPath, { force: true });
    throw error;
  } finally {
    rmSync(input.snapshotPath, { force: true });
    wipeKeys(keys);
  }
}

/** The encrypted snapshot's name in the vault folder; a crash leaves it for the next opening to remove (db/leftovers). */
export function snapshotName(): string {
  return `.snapshot-${randomBytes(6).toString('hex')}.tmp`;
}

/** The encrypted copy a backup check decrypts into, in the vault folder (a leftover the next opening removes). */
export function verifyCopyName(): string {
  return `.verify-${randomBytes(6).toString('hex')}.tmp`;
}

// ---------------------------------------------------------------------------------------------------------------

interface OpenedBackup {
  file: OpenedSealedFile;
  keys: SealKeys;
  dataKey: Buffer;
}

/** The keys of a backup and the vault data key inside it, from whichever secret the caller holds. */
async function openBackup(path: string, secret: JobSecret): Promise<OpenedBackup> {
  const file = readSealedHeader(path, 'vault-backup');
  const { header } = file;
  if (header.content.type !== 'sqlcipher-v4' || !header.keyEnvelope) {
    throw fileDamaged('The backup’s header is damaged: it lacks the vault’s key file.');
  }
  // The header is authenticated only by the body's chunks, after the key is derived: the key file's checksums
  // tell a damaged header from a wrong passphrase first.
  if (damagedParts(header.keyEnvelope).length > 0) {
    throw fileDamaged(
      'The backup was altered or is damaged: the vault key file it carries fails its checksum.',
    );
  }
  if (header.protection.mode === 'passphrase') {
    if (!('passphrase' in secret)) {
      throw new HarborError('WRONG_PASSPHRASE', 'This backup has its own passphrase: enter it to continue.');
    }
    const keys = await keysFor(header, { passphrase: secret.passphrase });
    if (!keys) throw new HarborError('WRONG_PASSPHRASE', 'That passphrase does not open this backup.');
    return { file, keys, dataKey: unwrapDataKeyFromFile(header, keys) };
  }

  let dataKey: Buffer | null = null;
  let fromVaultSecret = false;
  if ('dataKey' in secret) {
    dataKey = Buffer.from(secret.dataKey);
  } else if ('vaultSecret' in secret) {
    fromVaultSecret = true;
    const envelope = header.keyEnvelope;
    dataKey = await unwrapDataKey(envelope.passphrase, secret.vaultSecret, 'passphrase');
    if (!dataKey && isWellFormedRecoveryCode(secret.vaultSecret)) {
      dataKey = await unwrapDataKey(envelope.recovery, normalizeRecoveryCode(secret.vaultSecret), 'recovery');
    }
  }
  if (!dataKey) {
    throw new HarborError(
      'WRONG_PASSPHRASE',
      'That is neither the passphrase nor the recovery code of the vault this backup was made from.',
    );
  }
  const keys = sealKeys(dataKey, header.protection.hkdfSalt, 'vault-backup');
  if (!keysMatch(header, keys)) {
    wipeKeys(keys);
    dataKey.fill(0);
    throw fromVaultSecret
      ? fileDamaged('The backup was altered: its key file does not match its contents.')
      : new HarborError(
          'WRONG_PASSPHRASE',
          'This backup was made from another vault: enter that vault’s passphrase or recovery code.',
        );
  }
  return { file, keys, dataKey };
}

/** Decrypts the body into `outPath` (created fresh, 0600), refusing a plaintext database before writing a byte. */
function decryptBackupBody(opened: OpenedBackup, outPath: string, progress: ProgressSink): number {
  const total = opened.file.header.content.bytes;
  const fd = openSync(outPath, 'wx', 0o600);
  let done = 0;
  try {
    for (const chunk of readSealedChunks(opened.file, opened.keys.body)) {
      if (done === 0 && isPlaintextSqlite(chunk)) {
        throw fileDamaged('The database inside this file is not encrypted, so Safe Harbor refuses it.');
      }
      let offset = 0;
      while (offset < chunk.length) offset += writeSync(fd, chunk, offset, chunk.length - offset);
      done += chunk.length;
      progress('decrypting', done, total);
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(outPath, { force: true });
    throw error;
  }
  closeSync(fd);
  return done;
}

function report(
  opened: OpenedBackup,
  check: { schemaVersion: number; dossiers: number },
): BackupVerifyReport {
  const { header, fileBytes } = opened.file;
  return {
    createdAt: header.createdAt,
    mode: header.protection.mode,
    schemaVersion: check.schemaVersion,
    dossiers: check.dossiers,
    bytes: fileBytes,
    chunks: header.content.chunks,
  };
}

/**
 * Verifies without restoring: every chunk is authenticated, and the database inside (still SQLCipher-encrypted, written
 * inside the vault folder, never to the system's temp folder) passes a full integrity check with the data key. The copy is deleted whatever happens.
 */
async function verify(
  path: string,
  secret: JobSecret,
  copy: string,
  progress: ProgressSink,
): Promise<BackupVerifyReport> {
  const opened = await openBackup(path, secret);
  try {
    decryptBackupBody(opened, copy, progress);
    progress('checking', 0, 0);
    const result = report(opened, checkEncryptedCopy(copy, opened.dataKey));
    progress('done', 0, 0);
    return result;
  } finally {
    rmSync(copy, { force: true });
    wipeKeys(opened.keys);
    opened.dataKey.fill(0);
  }
}

/**
 * Restores into a new vault folder: it must not exist yet or be empty, so a restore can never overwrite a vault.
 * The database is written and checked under a temporary name, then moved into place, and keys.json comes last (as
 * when a vault is created), so an interrupted restore never looks like a vault.
 */
async function restore(
  path: string,
  secret: JobSecret,
  targetDir: string,
  progress: ProgressSink,
): Promise<BackupVerifyReport> {
  const opened = await openBackup(path, secret);
  const created = prepareEmptyFolder(targetDir);
  const temp = join(targetDir, `.restore-${randomBytes(6).toString('hex')}.tmp`);
  try {
    decryptBackupBody(opened, temp, progress);
    progress('checking', 0, 0);
    const check = checkEncryptedCopy(temp, opened.dataKey);
    renameSync(temp, join(targetDir, DB_FILE));
    writeFileAtomic(
      join(targetDir, KEYS_FILE),
      JSON.stringify(opened.file.header.keyEnvelope, null, 2) + '\n',
    );
    progress('done', 0, 0);
    return report(opened, check);
  } catch (error) {
    rmSync(temp, { force: true });
    if (created) rmSync(targetDir, { recursive: true, force: true });
    else for (const name of [DB_FILE, KEYS_FILE]) rmSync(join(targetDir, name), { force: true });
    throw error;
  } finally {
    wipeKeys(opened.keys);
    opened.dataKey.fill(0);
  }
}

/** True when the folder was created here. Throws when it holds anything. */
function prepareEmptyFolder(dir: string): boolean {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) {
      throw new HarborError('VAULT_EXISTS', 'That path is a file, not a folder. Choose an empty folder.');
    }
    if (readdirSync(dir).length > 0) {
      throw new HarborError(
        'VAULT_EXISTS',
        'Choose an empty folder: a restore never writes over files that are already there.',
      );
    }
    return false;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return true;
}

// ---------------------------------------------------------------------------------------------------------------

async function seal(input: Extract<JobInput, { kind: 'seal' }>, progress: ProgressSink): Promise<JobResult> {
  progress('keys', 0, 0);
  const { protection, keys } = await newProtection('case-bundle', {
    mode: 'passphrase',
    passphrase: input.passphrase,
  });
  const payload = Buffer.from(input.payload);
  let writer: SealedWriter | null = null;
  try {
    writer = SealedWriter.create(
      input.partialPath,
      {
        format: 'safe-harbor-sealed',
        kind: 'case-bundle',
        createdAt: new Date().toISOString(),
        protection,
        content: {
          type: 'json',
          audience: input.audience,
          bytes: payload.length,
          chunkBytes: CHUNK_BYTES,
          chunks: chunkCount(payload.length),
        },
        noncePrefix: newNoncePrefix(),
      },
      keys.body,
    );
    for (let index = 0; index < writer.header.content.chunks; index++) {
      const end = Math.min(payload.length, (index + 1) * CHUNK_BYTES);
      writer.push(payload.subarray(index * CHUNK_BYTES, end));
      progress('encrypting', end, payload.length);
    }
    writer.finish();
    renameSync(input.partialPath, input.outPath);
    syncDirectory(dirname(input.outPath));
    return { kind: 'seal', bytes: statSync(input.outPath).size };
  } catch (error) {
    writer?.abort();
    throw error;
  } finally {
    payload.fill(0);
    wipeKeys(keys);
  }
}

async function unseal(path: string, passphrase: string, progress: ProgressSink): Promise<JobResult> {
  const file = readSealedHeader(path, 'case-bundle');
  if (file.header.content.type !== 'json' || file.header.protection.mode !== 'passphrase') {
    throw fileDamaged('The bundle’s header is damaged.');
  }
  if (file.header.content.bytes > MAX_BUNDLE_BYTES)
    throw fileDamaged('The bundle is too large to be one case.');
  progress('keys', 0, 0);
  const keys = await keysFor(file.header, { passphrase });
  if (!keys) throw new HarborError('WRONG_PASSPHRASE', 'That passphrase does not open this bundle.');
  try {
    const parts: Buffer[] = [];
    let done = 0;
    for (const chunk of readSealedChunks(file, keys.body)) {
      parts.push(chunk);
      done += chunk.length;
      progress('decrypting', done, file.header.content.bytes);
    }
    return {
      kind: 'unseal',
      payload: Buffer.concat(parts),
      createdAt: file.header.createdAt,
      audience: file.header.content.audience ?? null,
    };
  } finally {
    wipeKeys(keys);
  }
}
