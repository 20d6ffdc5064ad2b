import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/ipc/dispatcher';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createServices } from '../../../electron/services';
import { cli } from '../../support/cli';
import { damageTable } from '../../support/damage';
import { OTHER_PASSPHRASE, PASSPHRASE, snapshotFolder, tempVaultDir } from '../../support/temp-vault';

const env = { HARBOR_PASSPHRASE: PASSPHRASE };

describe('a damaged vault', () => {
  let dir: string;
  let cleanup: () => void;
  let out: string;

  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    out = join(dir, '..');
    expect((await cli(['init', '--vault', dir], env)).code).toBe(0);
    expect((await cli(['seed', '--vault', dir, '--clients', '60'], env)).code).toBe(0);
    await damageTable(dir, 'clients');
  });
  afterEach(() => cleanup());

  it('is refused by every command that meets the damage with exit 4 and one message, writing nothing', async () => {
    const before = snapshotFolder(dir);
    for (const args of [
      ['export', '--out', join(out, 'out.json')],
      ['backup', '--out', join(out, 'out.shb')],
    ]) {
      const run = await cli([...args, '--vault', dir], env);
      expect(run.code, args[0]).toBe(4);
      expect(run.stderr).toMatch(/The vault is damaged: part of its database \(harbor\.db\) failed/);
      expect(run.stderr).toMatch(/restore the most recent one into a new folder/);
      expect(run.stderr).toMatch(/safe-harbor restore --file BACKUP --vault NEWDIR/);
      expect(run.stderr).not.toMatch(/SqliteError|Tree \d+ page/);
      // Opening wrote nothing: the unlock is audited only after a read has succeeded.
      expect(snapshotFolder(dir), args[0]).toEqual(before);
    }
  });

  it('verify says what is wrong in plain words; SQLite’s own lines only with --verbose', async () => {
    const plain = await cli(['verify', '--vault', dir], env);
    expect(plain.code).toBe(4);
    expect(plain.stderr).toMatch(/failed their authentication check/);
    expect(plain.stderr).not.toMatch(/Tree \d+|error code=|page \d+/);
    expect(plain.stderr).toMatch(/verify --verbose/);
    const verbose = await cli(['verify', '--vault', dir, '--verbose'], env);
    expect(verbose.code).toBe(4);
    expect(verbose.stderr).toMatch(/page \d+|error code=|stopped:/);
  });

  it('in the app: the call gets VAULT_DAMAGED, the vault closes without a write and stays refused', async () => {
    const services = createServices(dir);
    const locks: string[] = [];
    services.vault.onLocked((reason) => locks.push(reason));
    const dispatch = createDispatcher(createHandlers(services), { vaultHealth: services.vault });
    const before = snapshotFolder(dir);
    expect(await dispatch('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    const result = await dispatch('dossier.list', { limit: 100 });
    const damaged = result.ok ? null : result.error;
    expect(damaged).toMatchObject({ code: 'VAULT_DAMAGED' });
    expect(damaged?.message).toMatch(/failed its authentication check/);
    expect(services.vault.isUnlocked).toBe(false);
    expect(locks).toEqual(['manual']);
    expect(await dispatch('vault.status', {})).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
    expect(await dispatch('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_DAMAGED' },
    });
    // No read had succeeded, so the unlock was never audited: not a byte changed.
    expect(snapshotFolder(dir)).toEqual(before);
  });
});

describe('opening writes nothing until a read succeeded', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempVaultDir()));
  afterEach(() => cleanup());

  it('an unlock followed by a lock without a read leaves every byte; a read then a lock audits both', async () => {
    expect((await cli(['init', '--vault', dir], env)).code).toBe(0);
    const services = createServices(dir);
    const before = snapshotFolder(dir);
    await services.vault.unlock(PASSPHRASE);
    services.vault.lock('manual');
    expect(snapshotFolder(dir)).toEqual(before);

    await services.vault.unlock(PASSPHRASE);
    services.settings.get();
    services.vault.readSucceeded();
    services.vault.lock('idle');
    await services.vault.unlock(PASSPHRASE);
    const actions = services.vault
      .current()
      .db.prepare('SELECT action, detail FROM audit_events ORDER BY id')
      .all() as { action: string; detail: string | null }[];
    services.vault.lock('manual');
    expect(actions.map((a) => a.action)).toEqual(['vault.created', 'vault.unlocked', 'vault.locked']);
    expect(actions[2]?.detail).toBe('idle');
  });
});

describe('keys.json', () => {
  let dir: string;
  let cleanup: () => void;
  let recoveryCode: string;
  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    const run = await cli(['init', '--vault', dir, '--json'], env);
    recoveryCode = (JSON.parse(run.stdout) as { recoveryCode: string }).recoveryCode;
  });
  afterEach(() => cleanup());

  function alterSlot(slot: 'passphrase' | 'recovery'): void {
    const path = join(dir, 'keys.json');
    const envelope = JSON.parse(readFileSync(path, 'utf8')) as Record<typeof slot, { ciphertext: string }>;
    const text = envelope[slot].ciphertext;
    // One base64 character changed, the length kept: the slot still has the right shape.
    const swapped = text[3] === 'A' ? 'B' : 'A';
    envelope[slot].ciphertext = text.slice(0, 3) + swapped + text.slice(4);
    writeFileSync(path, JSON.stringify(envelope, null, 2) + '\n');
  }

  it('a changed character in the passphrase slot is damage (exit 4), not a wrong passphrase', async () => {
    alterSlot('passphrase');
    const before = snapshotFolder(dir);
    const run = await cli(['stats', '--vault', dir], env);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/keys\.json\) is damaged: its passphrase slot/);
    expect(run.stderr).toMatch(/recovery code still opens it/);
    expect((await cli(['verify', '--vault', dir], { HARBOR_PASSPHRASE: 'not the passphrase' })).code).toBe(4);
    expect(snapshotFolder(dir)).toEqual(before);

    // The recovery code repairs it.
    const recovered = await cli(['recover', '--vault', dir], {
      HARBOR_RECOVERY_CODE: recoveryCode,
      HARBOR_NEW_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expect(recovered.code).toBe(0);
    expect((await cli(['verify', '--vault', dir], { HARBOR_PASSPHRASE: OTHER_PASSPHRASE })).code).toBe(0);
  });

  it('a wrong passphrase on an intact keys.json stays exit 3', async () => {
    expect((await cli(['stats', '--vault', dir], { HARBOR_PASSPHRASE: 'not the passphrase' })).code).toBe(3);
  });

  it('verify notices a damaged recovery slot; the passphrase still opens the vault, with a notice', async () => {
    alterSlot('recovery');
    const verify = await cli(['verify', '--vault', dir], env);
    expect(verify.code).toBe(4);
    expect(verify.stderr).toMatch(/recovery-code slot was altered/);
    const stats = await cli(['stats', '--vault', dir], env);
    expect(stats.code).toBe(0);
    expect(stats.stderr).toMatch(/Notice: .*recovery-code slot/);
    const recover = await cli(['recover', '--vault', dir], {
      HARBOR_RECOVERY_CODE: recoveryCode,
      HARBOR_NEW_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expect(recover.code).toBe(4);
  });

  it('a change of passphrase keeps a damaged part flagged instead of blessing it', async () => {
    alterSlot('recovery');
    const change = await cli(['change-passphrase', '--vault', dir], {
      HARBOR_PASSPHRASE: PASSPHRASE,
      HARBOR_NEW_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expect(change.code).toBe(0);
    expect((await cli(['verify', '--vault', dir], { HARBOR_PASSPHRASE: OTHER_PASSPHRASE })).code).toBe(4);
  });
});
