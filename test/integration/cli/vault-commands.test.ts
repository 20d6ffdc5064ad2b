import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockVault } from '../../../db/vault';
import { cli } from '../../support/cli';
import { OTHER_PASSPHRASE, PASSPHRASE, snapshotFolder, tempVaultDir } from '../../support/temp-vault';

describe('cli vault commands', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempVaultDir()));
  afterEach(() => cleanup());

  async function init(): Promise<string> {
    const run = await cli(['init', '--vault', dir, '--json'], { HARBOR_PASSPHRASE: PASSPHRASE });
    expect(run.code).toBe(0);
    return (JSON.parse(run.stdout) as { recoveryCode: string }).recoveryCode;
  }

  it('init prints the recovery code, as JSON with --json', async () => {
    const code = await init();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    (await unlockVault(dir, PASSPHRASE)).close();
    const again = await cli(['init', '--vault', dir], { HARBOR_PASSPHRASE: PASSPHRASE });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('init asks twice at the prompt and refuses a mismatch', async () => {
    const mismatch = await cli(['init', '--vault', dir], {}, `${PASSPHRASE}\n${OTHER_PASSPHRASE}\n`);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(/do not match/);
    const ok = await cli(['init', '--vault', dir], {}, `${PASSPHRASE}\n${PASSPHRASE}\n`);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Recovery code: [0-9A-Z-]{39}/);
  });

  it('init refuses a short passphrase with a usage error', async () => {
    const run = await cli(['init', '--vault', dir], { HARBOR_PASSPHRASE: 'too short' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/at least 12 characters/);
  });

  it('verify: 0 on a sound vault, 4 when damaged, missing or not encrypted, 3 on a wrong passphrase', async () => {
    await init();
    const env = { HARBOR_PASSPHRASE: PASSPHRASE };
    const ok = await cli(['verify', '--vault', dir, '--json'], env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ok: true,
      encrypted: true,
      cipher: 'sqlcipher v4',
      problems: [],
    });

    const wrong = await cli(['verify', '--vault', dir], { HARBOR_PASSPHRASE: 'a wrong passphrase' });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);

    expect((await cli(['verify', '--vault', join(dir, 'none')], env)).code).toBe(4);

    const db = join(dir, 'harbor.db');
    const bytes = readFileSync(db);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(db, bytes);
    const damaged = await cli(['verify', '--vault', dir], env);
    expect(damaged.code).toBe(4);
    expect(damaged.stderr).toMatch(/damaged|altered/);

    writeFileSync(db, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]));
    const plain = await cli(['verify', '--vault', dir], env);
    expect(plain.code).toBe(4);
    expect(plain.stderr).toMatch(/not encrypted/);
  });

  it('stats prints row counts per table', async () => {
    await init();
    const run = await cli(['stats', '--vault', dir, '--json'], { HARBOR_PASSPHRASE: PASSPHRASE });
    expect(run.code).toBe(0);
    const { tables } = JSON.parse(run.stdout) as { tables: Record<string, number> };
    // vault_meta holds the version stamp of the derived deadline rows, written at the first unlock.
    expect(tables).toMatchObject({ settings: 0, vault_meta: 1 });
    // created, locked and unlocked (by stats itself: nothing), so at least the creation is in the audit trail
    expect(tables.audit_events).toBeGreaterThanOrEqual(1);
  });

  it('reads the passphrase from --passphrase-file', async () => {
    await init();
    const file = join(dir, '..', 'pass.txt');
    writeFileSync(file, `${PASSPHRASE}\n`);
    expect((await cli(['verify', '--vault', dir, '--passphrase-file', file])).code).toBe(0);
  });

  it('change-passphrase: exit 3 and nothing written on a wrong current passphrase; then changes it', async () => {
    await init();
    const before = snapshotFolder(dir);
    const wrong = await cli(['change-passphrase', '--vault', dir], {
      HARBOR_PASSPHRASE: 'not the current one',
      HARBOR_NEW_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expect(wrong.code).toBe(3);
    expect(snapshotFolder(dir)).toEqual(before);

    const ok = await cli(['change-passphrase', '--vault', dir], {
      HARBOR_PASSPHRASE: PASSPHRASE,
      HARBOR_NEW_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expect(ok.code).toBe(0);
    expect((await cli(['verify', '--vault', dir], { HARBOR_PASSPHRASE: OTHER_PASSPHRASE })).code).toBe(0);
    expect((await cli(['verify', '--vault', dir], { HARBOR_PASSPHRASE: PASSPHRASE })).code).toBe(3);
  });

  it('recover: exit 3 on a wrong code; sets the new passphrase with the right one (from env or prompt)', async () => {
    const code = await init();
    const wrong = await cli(['recover', '--vault', dir], {
      HARBOR_RECOVERY_CODE: '0000-0000-0000-0000-0000-0000-0000-0000',
      HARBOR_NEW_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/recovery code does not open/);

    const prompted = await cli(
      ['recover', '--vault', dir],
      {},
      `${code}\n${OTHER_PASSPHRASE}\n${OTHER_PASSPHRASE}\n`,
    );
    expect(prompted.code).toBe(0);
    expect((await cli(['verify', '--vault', dir], { HARBOR_PASSPHRASE: OTHER_PASSPHRASE })).code).toBe(0);
  });

  it('usage errors exit 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['stats', '--no-such-flag'])).code).toBe(2);
    expect((await cli(['help'])).code).toBe(0);
  });

  it('runs as `npm run -s cli` with clean JSON on stdout', () => {
    const stdout = execFileSync('npm', ['run', '-s', 'cli', '--', 'init', '--vault', dir, '--json'], {
      env: { ...process.env, HARBOR_PASSPHRASE: PASSPHRASE },
      encoding: 'utf8',
    });
    expect(Object.keys(JSON.parse(stdout) as object)).toEqual(['recoveryCode']);
  });
});
