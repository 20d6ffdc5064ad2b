import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFileSchema } from '../../../shared/dossier/export-format';
import { cli } from '../../support/cli';
import { OTHER_PASSPHRASE, PASSPHRASE, snapshotFolder, tempVaultDir } from '../../support/temp-vault';

const ENV = { HARBOR_PASSPHRASE: PASSPHRASE };
const BACKUP_PASSPHRASE = 'harbour lighthouse anchor tide';

/** Distinctive strings written into the vault: none may appear in a backup's bytes. */
const SECRETS = ['Zhivkova-Quellmalz', 'Transnistria safe house on Ulitsa Pushkina 14', '+373 555 0199'];

describe('cli backup, verify-backup and restore', () => {
  let root: string;
  let vault: string;
  let cleanup: () => void;

  beforeEach(async () => {
    ({ dir: vault, cleanup } = tempVaultDir());
    root = join(vault, '..');
    expect((await cli(['init', '--vault', vault], ENV)).code).toBe(0);
    const seeded = await cli(
      ['seed', '--vault', vault, '--clients', '150', '--seed', '5', '--anchor', '2026-11-25'],
      ENV,
    );
    expect(seeded.code, seeded.stderr).toBe(0);
    // One hand-made dossier with distinctive strings in the profile and in a note.
    const file = {
      format: 'safe-harbor-export',
      version: 1,
      exportedAt: '2026-11-25T12:00:00.000Z',
      dossiers: [
        {
          id: '11111111-2222-4333-8444-555555555555',
          client: {
            familyName: SECRETS[0],
            givenNames: 'Oksana',
            contacts: [{ channel: 'phone', value: SECRETS[2] }],
          },
          createdAt: '2026-11-01T10:00:00.000Z',
          updatedAt: '2026-11-01T10:00:00.000Z',
          records: [
            {
              id: '11111111-2222-4333-8444-666666666666',
              kind: 'note',
              scope: 'client-only',
              data: { title: 'Where she hid', body: SECRETS[1] },
              createdAt: '2026-11-01T10:00:00.000Z',
              updatedAt: '2026-11-01T10:00:00.000Z',
            },
          ],
          deadlineOverrides: [],
        },
      ],
    };
    writeFileSync(join(root, 'one.json'), JSON.stringify(file));
    expect((await cli(['import', '--vault', vault, '--file', join(root, 'one.json')], ENV)).code).toBe(0);
  });
  afterEach(() => cleanup());

  async function exportOf(dir: string, env = ENV): Promise<unknown> {
    const out = join(root, `export-${Math.random().toString(16).slice(2)}.json`);
    const run = await cli(['export', '--vault', dir, '--out', out], env);
    expect(run.code, run.stderr).toBe(0);
    return exportFileSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).dossiers;
  }

  it('backs up, verifies and restores into a new folder whose export equals the original’s', async () => {
    const out = join(root, 'vault.shbackup');
    const backup = await cli(['backup', '--vault', vault, '--out', out, '--json'], ENV);
    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ mode: 'vault-key', out });

    const bytes = readFileSync(out);
    for (const secret of SECRETS) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
    }
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

    const verified = await cli(['verify-backup', '--file', out, '--json'], ENV);
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, dossiers: 151, mode: 'vault-key' });

    const restored = join(root, 'restored');
    const run = await cli(['restore', '--file', out, '--vault', restored], ENV);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/151 dossier\(s\)/);
    expect(readdirSync(restored).sort()).toEqual(['harbor.db', 'keys.json']);
    expect(await exportOf(restored)).toEqual(await exportOf(vault));

    // Every table, attachments' chunks included, came across whole (the audit trail and the last-backup time
    // were written after the snapshot).
    const stats = async (dir: string) =>
      (
        JSON.parse((await cli(['stats', '--vault', dir, '--json'], ENV)).stdout) as {
          tables: Record<string, number>;
        }
      ).tables;
    const ignore = { audit_events: 0, vault_meta: 0 };
    expect({ ...(await stats(restored)), ...ignore }).toEqual({ ...(await stats(vault)), ...ignore });
    expect((await cli(['verify', '--vault', restored], ENV)).code).toBe(0);
  });

  it('restores a lost disk with the recovery code, and stores the last backup time in the vault', async () => {
    const recoveryCode = (await cli(['init', '--vault', join(root, 'fresh'), '--json'], ENV)).stdout;
    const code = (JSON.parse(recoveryCode) as { recoveryCode: string }).recoveryCode;
    const out = join(root, 'fresh.shbackup');
    expect((await cli(['backup', '--vault', join(root, 'fresh'), '--out', out], ENV)).code).toBe(0);
    const run = await cli(['restore', '--file', out, '--vault', join(root, 'from-code')], {
      HARBOR_RECOVERY_CODE: code,
    });
    expect(run.code, run.stderr).toBe(0);
    expect((await cli(['verify', '--vault', join(root, 'from-code')], ENV)).code).toBe(0);
    const stats = JSON.parse(
      (await cli(['stats', '--vault', join(root, 'fresh'), '--json'], ENV)).stdout,
    ) as {
      tables: Record<string, number>;
    };
    // The last backup's time, beside the version stamp of the derived deadline rows.
    expect(stats.tables.vault_meta).toBe(2);
  });

  it('with a separate backup passphrase: wrong passphrase exit 3; the restored vault keeps its own passphrase', async () => {
    const out = join(root, 'pass.shbackup');
    const env = { ...ENV, HARBOR_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE };
    const weak = await cli(['backup', '--vault', vault, '--out', out, '--mode', 'passphrase'], {
      ...ENV,
      HARBOR_BACKUP_PASSPHRASE: 'short',
    });
    expect(weak.code).toBe(2);
    const backup = await cli(['backup', '--vault', vault, '--out', out, '--mode', 'passphrase'], env);
    expect(backup.code, backup.stderr).toBe(0);
    const bytes = readFileSync(out);
    for (const secret of SECRETS) expect(bytes.includes(Buffer.from(secret))).toBe(false);

    // The vault's passphrase does not open it; the backup passphrase does.
    const wrong = await cli(['verify-backup', '--file', out], { HARBOR_BACKUP_PASSPHRASE: OTHER_PASSPHRASE });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toBe('That passphrase does not open this backup.\n');
    const restored = join(root, 'restored-pass');
    const run = await cli(['restore', '--file', out, '--vault', restored], {
      HARBOR_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(await exportOf(restored)).toEqual(await exportOf(vault));
  });

  it('refuses a truncated, flipped or extended backup with one clear line and exit 4', async () => {
    const out = join(root, 'vault.shbackup');
    expect((await cli(['backup', '--vault', vault, '--out', out], ENV)).code).toBe(0);
    const good = readFileSync(out);
    expect(good.length).toBeGreaterThan(2 * 1024 * 1024);

    const cases: [string, Buffer, RegExp][] = [
      [
        'truncated',
        good.subarray(0, Math.floor(good.length * 0.6)),
        /^The file is incomplete: it ends in part \d+ of \d+/,
      ],
      [
        'flipped',
        flip(good, Math.floor(good.length / 2)),
        /^The file was altered or is damaged: part \d+ of \d+ failed/,
      ],
      ['header', flip(good, 40), /^(The file’s header is damaged|The file was altered)/],
      ['extended', Buffer.concat([good, Buffer.from('tail')]), /^The file has data after its last part/],
      ['not ours', Buffer.from('hello'), /^This file is not a Safe Harbor backup/],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(root, `${name}.shbackup`);
      writeFileSync(path, bytes);
      for (const command of [
        ['verify-backup', '--file', path],
        ['restore', '--file', path, '--vault', join(root, `r-${name}`)],
      ]) {
        const run = await cli(command, ENV);
        expect(run.code, `${name} ${command[0]}: ${run.stderr}`).toBe(4);
        expect(run.stderr, name).toMatch(message);
        expect(run.stderr.trim().split('\n'), name).toHaveLength(1);
      }
      expect(existsSync(join(root, `r-${name}`)), name).toBe(false);
    }
  });

  it('never restores over a vault or into a folder that holds anything', async () => {
    const out = join(root, 'vault.shbackup');
    expect((await cli(['backup', '--vault', vault, '--out', out], ENV)).code).toBe(0);
    const before = snapshotFolder(vault);
    const overLive = await cli(['restore', '--file', out, '--vault', vault], ENV);
    expect(overLive.code).toBe(1);
    expect(overLive.stderr).toMatch(/already holds a vault|live vault/);
    expect(snapshotFolder(vault)).toEqual(before);

    const busy = join(root, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'notes.txt'), 'mine');
    const run = await cli(['restore', '--file', out, '--vault', busy], ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Choose an empty folder/);
    expect(readdirSync(busy)).toEqual(['notes.txt']);
  });

  it('wrong vault passphrase on verify: exit 3', async () => {
    const out = join(root, 'vault.shbackup');
    expect((await cli(['backup', '--vault', vault, '--out', out], ENV)).code).toBe(0);
    const run = await cli(['verify-backup', '--file', out], { HARBOR_PASSPHRASE: OTHER_PASSPHRASE });
    expect(run.code).toBe(3);
  });
});

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x20;
  return copy;
}
