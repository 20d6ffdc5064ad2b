import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { recordAudit } from '../../db/audit';
import { parseKeyEnvelope } from '../../db/key-envelope';
import { readSealedHeader } from '../../db/sealed-file';
import { getMeta, setMeta } from '../../db/vault-meta';
import { vaultPaths, vaultPresence } from '../../db/vault';
import { HarborError } from '../../shared/ipc/errors';
import type { BundleAudience } from '../../shared/safety/bundle';
import {
  BACKUP_FILE_EXTENSION,
  type BackupMode,
  type BackupStatus,
  type BackupVerifyReport,
  type JobKind,
  type JobPhase,
  type JobProgress,
  type RestoreReport,
  type SealedFileInfo,
  backupReminder,
} from '../../shared/safety/backup';
import type { JobRunner } from './backup/job-runner';
import { type JobInput, type JobResult, type JobSecret, snapshotName, verifyCopyName } from './backup/jobs';
import { type OutputJournal, partialPathFor, vaultJournal } from './partial-output';
import type { Clock } from './clock';
import type { Dialogs } from './dialogs';
import type { SettingsService } from './settings-service';
import type { VaultService } from './vault-service';

const LAST_BACKUP_KEY = 'lastBackupAt';
const SNAPSHOT_POLL_MS = 250;

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
const BACKUP_FILTERS = [{ name: 'Safe Harbor backup', extensions: [BACKUP_FILE_EXTENSION] }];

type ProgressListener = (progress: JobProgress) => void;

/**
 * Backups of the whole vault to one encrypted file, their verification, and restores into a new folder. The heavy
 * work (snapshot, Argon2id, encryption, checks) runs through the job runner, in a worker thread in the app. Paths the
 * attorney picks in a native dialog stay in main: the renderer holds only opaque tokens for them.
 */
export class BackupService {
  #paths = new Map<string, { kind: 'file' | 'folder'; path: string }>();
  #running: AbortController | null = null;
  #listeners = new Set<ProgressListener>();

  constructor(
    private readonly vaults: VaultService,
    private readonly settings: SettingsService,
    private readonly dialogs: Dialogs,
    private readonly runner: JobRunner,
    private readonly clock: Clock,
  ) {
    // A lock stops any job (the worker holds a copy of the data key) and forgets the chosen paths.
    vaults.onLocked(() => {
      this.#running?.abort();
      this.#paths.clear();
    });
  }

  onProgress(listener: ProgressListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  status(): BackupStatus {
    const vault = this.vaults.current();
    const lastBackupAt = getMeta(vault.db, LAST_BACKUP_KEY);
    const reminderDays = this.settings.get().backupReminderDays;
    const createdAt = parseKeyEnvelope(readFileSync(vault.paths.keys, 'utf8'))?.createdAt ?? null;
    return {
      lastBackupAt,
      reminderDays,
      ...backupReminder(lastBackupAt, createdAt, reminderDays, this.#now()),
    };
  }

  /** Asks where to save, then backs up there. */
  async create(
    mode: BackupMode,
    passphrase?: string,
  ): Promise<
    { cancelled: true } | { cancelled: false; fileName: string; bytes: number; at: string; mode: BackupMode }
  > {
    this.vaults.current();
    const path = await this.dialogs.chooseSavePath(
      `Safe Harbor backup ${this.clock.today()}.${BACKUP_FILE_EXTENSION}`,
      {
        title: 'Save the encrypted backup',
        filters: BACKUP_FILTERS,
      },
    );
    if (!path) return { cancelled: true };
    const { bytes, at } = await this.backupTo(path, mode, passphrase);
    return { cancelled: false, fileName: basename(path), bytes, at, mode };
  }

  /** Backs the open vault up to `outPath`: a consistent snapshot, sealed in chunks. Records the time in the vault. */
  async backupTo(
    outPath: string,
    mode: BackupMode,
    passphrase?: string,
  ): Promise<{ bytes: number; at: string }> {
    const vault = this.vaults.current();
    if (mode === 'passphrase' && !passphrase) {
      throw new HarborError('BAD_INPUT', 'Choose the backup passphrase.', 'passphrase');
    }
    if (resolve(outPath).startsWith(resolve(vault.paths.dir) + sep)) {
      throw new HarborError(
        'BAD_INPUT',
        'Save the backup outside the vault folder, ideally on another disk.',
      );
    }
    const envelope = parseKeyEnvelope(readFileSync(vault.paths.keys, 'utf8'));
    if (!envelope) throw new HarborError('VAULT_DAMAGED', 'The vault’s key file is damaged.');
    const dataKey = vault.copyDataKey();
    const snapshotPath = join(vault.paths.dir, snapshotName());
    const partialPath = partialPathFor(outPath);
    const journal = this.#journal();
    // Recorded once the snapshot has read the whole vault: nothing is written to a vault before a read succeeded.
    let recorded = false;
    const recordPartial = (phase: JobPhase): void => {
      if (recorded || phase === 'snapshot') return;
      recorded = true;
      journal.started(partialPath);
    };
    try {
      const result = await this.#run(
        {
          kind: 'backup',
          dbPath: vault.paths.db,
          dataKey,
          keyEnvelope: envelope,
          schemaVersion: vault.db.pragma('user_version', { simple: true }) as number,
          outPath,
          snapshotPath,
          partialPath,
          mode,
          passphrase,
        },
        recordPartial,
      ).catch((error: unknown) => {
        // A worker stopped by a lock cannot clean up after itself.
        rmSync(snapshotPath, { force: true });
        rmSync(partialPath, { force: true });
        throw error;
      });
      if (result.kind !== 'backup') throw new Error('unexpected job result');
      const db = this.vaults.current().db;
      db.transaction(() => {
        setMeta(db, LAST_BACKUP_KEY, result.at);
        recordAudit(db, {
          action: 'vault.backed-up',
          entityType: 'vault',
          detail: `${mode === 'vault-key' ? 'vault key' : 'backup passphrase'}, ${result.bytes} bytes`,
        });
      })();
      return { bytes: result.bytes, at: result.at };
    } finally {
      if (recorded) journal.ended(partialPath);
      dataKey.fill(0);
    }
  }

  /** Asks for a backup file and reads its header; the renderer gets a token for it. */
  async chooseFile(): Promise<{ cancelled: true } | SealedFileInfo> {
    const path = await this.dialogs.chooseOpenPath({
      title: 'Choose a Safe Harbor backup',
      filters: BACKUP_FILTERS,
    });
    if (!path) return { cancelled: true };
    const info = this.inspect(path);
    const token = randomUUID();
    this.#paths.set(token, { kind: 'file', path });
    return { ...info, token };
  }

  inspect(path: string): Omit<SealedFileInfo, 'token'> {
    const { header, fileBytes } = readSealedHeader(path, 'vault-backup');
    let openedByThisVault = false;
    if (header.protection.mode === 'vault-key' && this.vaults.isUnlocked) {
      const envelope = parseKeyEnvelope(readFileSync(this.vaults.current().paths.keys, 'utf8'));
      // Same vault: the backup's key envelope wraps the same data key (its salts match the live keys.json's or an
      // earlier passphrase's); the key check in the job is what proves it, this only decides whether to ask.
      openedByThisVault = envelope?.recovery.kdf.salt === header.keyEnvelope?.recovery.kdf.salt;
    }
    return {
      cancelled: false,
      fileName: basename(path),
      kind: header.kind,
      mode: header.protection.mode,
      createdAt: header.createdAt,
      bytes: fileBytes,
      openedByThisVault,
    };
  }

  async verify(token: string, secret?: string): Promise<BackupVerifyReport> {
    return this.verifyFile(
      this.#path(token, 'file'),
      await this.#secretFor(this.#path(token, 'file'), secret),
    );
  }

  /** The decrypted-but-still-encrypted copy under check goes in the vault folder, never the system's temp folder. */
  async verifyFile(path: string, secret: JobSecret): Promise<BackupVerifyReport> {
    mkdirSync(this.vaults.dir, { recursive: true, mode: 0o700 });
    const copyPath = join(this.vaults.dir, verifyCopyName());
    try {
      const result = await this.#run({ kind: 'verify', file: path, secret, copyPath });
      if (result.kind !== 'verify') throw new Error('unexpected job result');
      return result.report;
    } finally {
      rmSync(copyPath, { force: true });
    }
  }

  /** Asks for the folder to restore into: a new or empty one. */
  async chooseRestoreFolder(): Promise<
    { cancelled: true } | { cancelled: false; token: string; path: string }
  > {
    const path = await this.dialogs.chooseOpenPath({
      title: 'Choose an empty folder for the restored vault',
      folder: true,
    });
    if (!path) return { cancelled: true };
    this.#assertNotLiveVault(path);
    const token = randomUUID();
    this.#paths.set(token, { kind: 'folder', path });
    return { cancelled: false, token, path };
  }

  async restore(fileToken: string, folderToken: string, secret?: string): Promise<RestoreReport> {
    const file = this.#path(fileToken, 'file');
    return this.restoreInto(file, this.#path(folderToken, 'folder'), await this.#secretFor(file, secret));
  }

  /** Restores where no vault is yet: this app's own folder after a lost disk (the first-run screen offers it). */
  async restoreHere(fileToken: string, secret: string): Promise<RestoreReport> {
    if (this.vaults.status().state !== 'absent') {
      throw new HarborError(
        'VAULT_EXISTS',
        'This computer already has a vault: restore into a new folder instead.',
      );
    }
    const file = this.#path(fileToken, 'file');
    return this.restoreInto(file, this.vaults.dir, await this.#secretFor(file, secret));
  }

  /** Restores a backup into `targetDir`, which must not exist or be empty: never over a live vault. */
  async restoreInto(path: string, targetDir: string, secret: JobSecret): Promise<RestoreReport> {
    this.#assertNotLiveVault(targetDir);
    const existed = existsSync(targetDir);
    const result = await this.#run({ kind: 'restore', file: path, secret, targetDir }).catch(
      (error: unknown) => {
        // After a worker stopped by a lock: its temporary copy (encrypted) and the folder it made go too.
        if (existsSync(targetDir)) {
          for (const name of readdirSync(targetDir)) {
            if (/^\.restore-[0-9a-f]+\.tmp$/.test(name)) rmSync(join(targetDir, name), { force: true });
          }
          if (!existed && readdirSync(targetDir).length === 0)
            rmSync(targetDir, { recursive: true, force: true });
        }
        throw error;
      },
    );
    if (result.kind !== 'restore') throw new Error('unexpected job result');
    if (this.vaults.isUnlocked) {
      recordAudit(this.vaults.current().db, {
        action: 'vault.restored-elsewhere',
        entityType: 'vault',
        detail: `backup of ${result.report.createdAt} restored into another folder`,
      });
    }
    return { ...result.report, location: targetDir };
  }

  /** Seals a payload (a case bundle) under a passphrase into `path`, off the main thread. */
  async seal(
    path: string,
    payload: Buffer,
    passphrase: string,
    audience: BundleAudience,
  ): Promise<{ bytes: number }> {
    const partialPath = partialPathFor(path);
    const journal = this.#journal();
    journal.started(partialPath);
    try {
      const result = await this.#run({
        kind: 'seal',
        outPath: path,
        partialPath,
        payload,
        passphrase,
        audience,
      });
      if (result.kind !== 'seal') throw new Error('unexpected job result');
      return { bytes: result.bytes };
    } catch (error) {
      rmSync(partialPath, { force: true });
      throw error;
    } finally {
      journal.ended(partialPath);
      payload.fill(0);
    }
  }

  /** Authenticates and decrypts a sealed payload (a case bundle). */
  async unseal(path: string, passphrase: string): Promise<Buffer> {
    const result = await this.#run({ kind: 'unseal', file: path, passphrase });
    if (result.kind !== 'unseal') throw new Error('unexpected job result');
    return Buffer.from(result.payload);
  }

  #assertNotLiveVault(dir: string): void {
    const live = resolve(dir) === resolve(this.vaults.dir);
    if (live && this.vaults.status().state !== 'absent') {
      throw new HarborError(
        'VAULT_EXISTS',
        'That is the vault in use: a restore never writes over a live vault.',
      );
    }
    if (existsSync(vaultPaths(dir).db) || (existsSync(dir) && vaultPresence(dir) === 'present')) {
      throw new HarborError('VAULT_EXISTS', 'That folder already holds a vault: choose an empty folder.');
    }
  }

  /**
   * The secret a job needs, from what the attorney typed: a backup passphrase, a vault passphrase or recovery code, or
   * nothing, when the open vault's own key opens a vault-key backup.
   */
  async #secretFor(path: string, typed: string | undefined): Promise<JobSecret> {
    const { header } = readSealedHeader(path, 'vault-backup');
    if (header.protection.mode === 'passphrase') {
      if (!typed) throw new HarborError('WRONG_PASSPHRASE', 'Enter the backup’s passphrase.', 'secret');
      return { passphrase: typed };
    }
    if (typed) return { vaultSecret: typed };
    if (this.vaults.isUnlocked) return { dataKey: this.vaults.current().copyDataKey() };
    throw new HarborError(
      'WRONG_PASSPHRASE',
      'Enter the passphrase or recovery code of the vault that made this backup.',
      'secret',
    );
  }

  #path(token: string, kind: 'file' | 'folder'): string {
    const entry = this.#paths.get(token);
    if (!entry || entry.kind !== kind) {
      throw new HarborError(
        'NOT_FOUND',
        kind === 'file' ? 'Choose the backup file again.' : 'Choose the folder again.',
      );
    }
    return entry.path;
  }

  async #run(input: JobInput, onPhase?: (phase: JobPhase) => void): Promise<JobResult> {
    if (this.#running)
      throw new HarborError('CONFLICT', 'A backup job is already running. Wait for it to finish.');
    const controller = new AbortController();
    this.#running = controller;
    const jobId = randomUUID();
    const kind: JobKind = input.kind;
    const emit = (phase: JobPhase, done: number, total: number): void => {
      for (const listener of this.#listeners) listener({ jobId, kind, phase, done, total });
    };
    // VACUUM INTO says nothing while it writes the snapshot: its size, against the database's, is the progress.
    let watching: ReturnType<typeof setInterval> | null = null;
    const stopWatching = (): void => {
      if (watching) clearInterval(watching);
      watching = null;
    };
    try {
      return await this.runner(
        input,
        (phase, done, total) => {
          onPhase?.(phase);
          stopWatching();
          if (phase === 'snapshot' && input.kind === 'backup') {
            const expected = fileSize(input.dbPath) + fileSize(`${input.dbPath}-wal`);
            emit(phase, 0, expected);
            watching = setInterval(
              () => emit(phase, Math.min(fileSize(input.snapshotPath), expected), expected),
              SNAPSHOT_POLL_MS,
            );
            return;
          }
          emit(phase, done, total);
        },
        controller.signal,
      );
    } finally {
      stopWatching();
      this.#running = null;
      if ('secret' in input && 'dataKey' in input.secret) input.secret.dataKey.fill(0);
    }
  }

  /** Partial files are recorded in the vault while written, so a crash's are removed by the next session. */
  #journal(): OutputJournal {
    return vaultJournal(
      () => this.vaults.current().db,
      () => this.clock.now(),
    );
  }

  #now(): Date {
    return new Date(this.clock.now());
  }
}
