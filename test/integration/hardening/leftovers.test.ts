import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotVault } from '../../../db/backup';
import { restrictToOwner } from '../../../db/file-modes';
import { wipeVault } from '../../../db/guard';
import { unlockVault } from '../../../db/vault';
import { type Services, createServices } from '../../../electron/services';
import { fixedClock } from '../../../electron/services/clock';
import { partialPathFor, vaultJournal } from '../../../electron/services/partial-output';
import { isVaultDamage } from '../../../shared/vault/damage';
import { cli } from '../../support/cli';
import { damageTable } from '../../support/damage';
import { VOLKOV, attachBytes, randomFile } from '../../support/evidence';
import { TODAY } from '../../support/services';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

describe('no partial plaintext, no leftovers', () => {
  let dir: string;
  let out: string;
  let cleanup: () => void;
  let services: Services;
  let savePath: string | null;

  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    out = join(dir, '..', 'out');
    mkdirSync(out);
    savePath = null;
    services = createServices(dir, fixedClock(TODAY), {
      dialogs: {
        chooseSavePath: () => Promise.resolve(savePath),
        chooseOpenPath: () => Promise.resolve(null),
      },
    });
    await services.vault.create(PASSPHRASE);
  });
  afterEach(() => {
    services.vault.lock('manual');
    cleanup();
  });

  it('a saved copy that meets a damaged chunk leaves nothing at or beside the chosen path; verify records it', async () => {
    const { id: clientId } = services.dossiers.create(VOLKOV);
    const item = await attachBytes(services, clientId, 'scan.pdf', randomFile(9 * 1024 * 1024));
    services.vault.lock('manual');
    await damageTable(dir, 'evidence_chunks');
    await services.vault.unlock(PASSPHRASE);

    savePath = join(out, 'scan.pdf');
    const failure = await services.evidence.saveCopy(item.id).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isVaultDamage(failure)).toBe(true);
    expect(readdirSync(out)).toEqual([]);

    const result = await services.evidence.verify(item.id);
    expect(result).toMatchObject({ ok: false, damaged: true, actual: '' });
    expect(services.evidence.get(item.id).custody.at(-1)?.detail).toMatch(/DAMAGED: part \d+ of \d+/);
  });

  it('a partial file a killed run left beside its target is removed by the next session, nothing else', async () => {
    const target = join(out, 'export.json');
    writeFileSync(target, 'the attorney’s own file');
    const partial = partialPathFor(target);
    writeFileSync(partial, 'half of a plaintext export');
    vaultJournal(() => services.vault.current().db).started(partial);
    // The run dies here: no `ended`. The vault is closed by whoever comes next.
    services.vault.lock('manual');

    await services.vault.unlock(PASSPHRASE);
    expect(existsSync(partial)).toBe(true);
    services.settings.get();
    services.vault.readSucceeded();
    expect(existsSync(partial)).toBe(false);
    expect(readdirSync(out)).toEqual(['export.json']);
  });

  it('the next opening removes leftovers of interrupted jobs; a wipe removes them whatever their age', async () => {
    services.vault.lock('manual');
    const old = (Date.now() - 10 * 60_000) / 1000;
    const names = [
      '.snapshot-0123456789ab.tmp',
      '.snapshot-0123456789ab.tmp-journal',
      '.restore-0123456789ab.tmp',
      '.verify-0123456789ab.tmp',
      '.keys.json.0123456789ab.tmp',
      '.guard.json.0123456789ab.tmp',
    ];
    for (const name of names) {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), old, old);
    }
    // One being written right now (a backup the command line runs beside the app) is left alone.
    writeFileSync(join(dir, '.snapshot-fedcba987654.tmp'), 'x');
    await services.vault.unlock(PASSPHRASE);
    const left = readdirSync(dir).filter((n) => n.startsWith('.'));
    expect(left).toEqual(['.snapshot-fedcba987654.tmp']);
    services.vault.lock('manual');
    wipeVault(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('verify-backup decrypts its copy inside the vault folder, never in the system temp folder', async () => {
    const backup = join(out, 'b.shb');
    await services.backups.backupTo(backup, 'vault-key');
    services.vault.lock('manual');
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = join(out, 'no-such-temp');
    try {
      const run = await cli(['verify-backup', '--vault', dir, '--file', backup], {
        HARBOR_PASSPHRASE: PASSPHRASE,
      });
      expect(run.code, run.stderr).toBe(0);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
    expect(readdirSync(dir).filter((n) => n.startsWith('.verify-'))).toEqual([]);
  });
});

describe('permissions', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempVaultDir()));
  afterEach(() => cleanup());

  it('a new vault, its WAL and shared memory, its keys and a backup snapshot are owner-only', async () => {
    expect((await cli(['init', '--vault', dir], { HARBOR_PASSPHRASE: PASSPHRASE })).code).toBe(0);
    const vault = await unlockVault(dir, PASSPHRASE);
    try {
      expect(modeOf(dir)).toBe(0o700);
      for (const name of ['harbor.db', 'harbor.db-wal', 'harbor.db-shm', 'keys.json']) {
        expect(modeOf(join(dir, name)), name).toBe(0o600);
      }
      const snapshot = join(dir, '.snapshot-0123456789ab.tmp');
      snapshotVault(vault.paths.db, vault.copyDataKey(), snapshot);
      expect(modeOf(snapshot)).toBe(0o600);
    } finally {
      vault.close();
    }
  });

  it('an existing vault readable by others is tightened when it opens, with a notice', async () => {
    expect((await cli(['init', '--vault', dir], { HARBOR_PASSPHRASE: PASSPHRASE })).code).toBe(0);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'harbor.db'), 0o644);
    chmodSync(join(dir, 'keys.json'), 0o644);
    const run = await cli(['stats', '--vault', dir], { HARBOR_PASSPHRASE: PASSPHRASE });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Notice: Only you can now read the vault folder.*harbor\.db/);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(dir, 'harbor.db'))).toBe(0o600);
    expect(modeOf(join(dir, 'keys.json'))).toBe(0o600);
    const again = await cli(['stats', '--vault', dir], { HARBOR_PASSPHRASE: PASSPHRASE });
    expect(again.stderr).not.toMatch(/Notice/);
  });

  it('on Windows the folder’s access list is limited to the user', () => {
    const calls: string[][] = [];
    restrictToOwner(
      dir.replace(/vault$/, ''),
      'win32',
      { USERNAME: 'alice', USERDOMAIN: 'FIRM' },
      (cmd, args) => {
        calls.push([cmd, ...args]);
        return { status: 0 };
      },
    );
    expect(calls).toEqual([
      ['icacls', dir.replace(/vault$/, ''), '/inheritance:r', '/grant:r', 'FIRM\\alice:(OI)(CI)F'],
    ]);
  });
});
