import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Services, createServices } from '../../../electron/services';
import { sourceJobWorker } from '../../../electron/services/backup/dev-worker';
import { workerJobRunner } from '../../../electron/services/backup/job-runner';
import { fixedClock } from '../../../electron/services/clock';
import type { Dialogs } from '../../../electron/services/dialogs';
import { generateDossiers } from '../../../electron/services/seed/generate';
import { exportFileSchema } from '../../../shared/dossier/export-format';
import { HarborError } from '../../../shared/ipc/errors';
import type { JobProgress } from '../../../shared/safety/backup';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const BACKUP_PASSPHRASE = 'harbour lighthouse anchor tide';

/** Answers the next dialog with whatever the test queued. */
class QueuedDialogs implements Dialogs {
  readonly answers: (string | null)[] = [];
  chooseSavePath(): Promise<string | null> {
    return Promise.resolve(this.answers.shift() ?? null);
  }
  chooseOpenPath(): Promise<string | null> {
    return Promise.resolve(this.answers.shift() ?? null);
  }
}

describe('backup service in a worker thread', () => {
  let dir: string;
  let root: string;
  let cleanup: () => void;
  let services: Services;
  let dialogs: QueuedDialogs;
  const progress: JobProgress[] = [];

  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    root = join(dir, '..');
    dialogs = new QueuedDialogs();
    services = createServices(dir, fixedClock('2026-11-25'), {
      dialogs,
      jobRunner: workerJobRunner(sourceJobWorker()),
    });
    await services.vault.create(PASSPHRASE);
    const parse = exportFileSchema.shape.dossiers.element;
    services.dossiers.insertDossiers(
      (function* () {
        for (const d of generateDossiers(300, 11, '2026-11-25')) yield parse.parse(d);
      })(),
      { audit: false },
    );
    progress.length = 0;
    services.backups.onProgress((p) => progress.push(p));
  });
  afterEach(() => {
    services.vault.lock('manual');
    cleanup();
  });

  it('backs up where the attorney chose, reporting progress, and records the time in the vault', async () => {
    expect(services.backups.status()).toMatchObject({ lastBackupAt: null, due: false, reminderDays: 7 });
    dialogs.answers.push(join(root, 'chosen.shbackup'));
    const created = await services.backups.create('vault-key');
    expect(created).toMatchObject({ cancelled: false, fileName: 'chosen.shbackup', mode: 'vault-key' });
    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(['snapshot', 'keys', 'encrypting', 'done']);
    const last = progress.filter((p) => p.phase === 'encrypting').at(-1);
    expect(last && last.done === last.total && last.total > 1_000_000).toBe(true);
    expect(new Set(progress.map((p) => p.jobId)).size).toBe(1);
    expect(services.backups.status()).toMatchObject({
      lastBackupAt: expect.any(String) as string,
      due: false,
      daysSince: 0,
    });
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);

    // Cancelled dialog: nothing happens.
    expect(await services.backups.create('vault-key')).toEqual({ cancelled: true });
  });

  it('verifies with the open vault’s key and restores into a chosen empty folder', async () => {
    const file = join(root, 'b.shbackup');
    await services.backups.backupTo(file, 'vault-key');
    dialogs.answers.push(file);
    const info = await services.backups.chooseFile();
    if (info.cancelled) throw new Error('cancelled');
    expect(info).toMatchObject({ kind: 'vault-backup', mode: 'vault-key', openedByThisVault: true });
    expect(await services.backups.verify(info.token)).toMatchObject({ dossiers: 300, mode: 'vault-key' });

    dialogs.answers.push(join(root, 'restored'));
    const folder = await services.backups.chooseRestoreFolder();
    if (folder.cancelled) throw new Error('cancelled');
    const report = await services.backups.restore(info.token, folder.token);
    expect(report).toMatchObject({ dossiers: 300, location: join(root, 'restored') });
    const other = createServices(join(root, 'restored'));
    await other.vault.unlock(PASSPHRASE);
    expect([...other.dossiers.exportDossiers()]).toEqual([...services.dossiers.exportDossiers()]);
    other.vault.lock('manual');

    // The live vault's own folder is refused.
    dialogs.answers.push(dir);
    await expect(services.backups.chooseRestoreFolder()).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
  });

  it('a backup passphrase is asked for, and a wrong one refused, before anything is written', async () => {
    const file = join(root, 'p.shbackup');
    await services.backups.backupTo(file, 'passphrase', BACKUP_PASSPHRASE);
    dialogs.answers.push(file);
    const info = await services.backups.chooseFile();
    if (info.cancelled) throw new Error('cancelled');
    expect(info.mode).toBe('passphrase');
    await expect(services.backups.verify(info.token)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(services.backups.verify(info.token, 'not the backup passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: 'That passphrase does not open this backup.',
    });
    expect(await services.backups.verify(info.token, BACKUP_PASSPHRASE)).toMatchObject({ dossiers: 300 });
  });

  it('a lock stops a running backup and leaves nothing behind', async () => {
    const file = join(root, 'stopped.shbackup');
    services.backups.onProgress((p) => {
      if (p.phase === 'keys') services.vault.lock('manual');
    });
    const error = await services.backups
      .backupTo(file, 'passphrase', BACKUP_PASSPHRASE)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HarborError);
    expect((error as HarborError).code).toBe('VAULT_LOCKED');
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(root).filter((n) => n.includes('partial'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['harbor.db', 'keys.json']);
  });
});
