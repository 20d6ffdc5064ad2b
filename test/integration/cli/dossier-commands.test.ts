import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFileSchema } from '../../../shared/dossier/export-format';
import { cli } from '../../support/cli';
import { PASSPHRASE, snapshotFolder, tempVaultDir } from '../../support/temp-vault';

const ENV = { HARBOR_PASSPHRASE: PASSPHRASE };
const ANCHOR = '2026-11-25';

describe('cli dossier commands', () => {
  let dir: string;
  let other: string;
  let cleanups: (() => void)[];
  beforeEach(async () => {
    const a = tempVaultDir();
    const b = tempVaultDir();
    dir = a.dir;
    other = b.dir;
    cleanups = [a.cleanup, b.cleanup];
    expect((await cli(['init', '--vault', dir], ENV)).code).toBe(0);
    expect((await cli(['init', '--vault', other], ENV)).code).toBe(0);
  });
  afterEach(() => cleanups.forEach((c) => c()));

  async function exportTo(
    vault: string,
    name: string,
    extra: string[] = [],
  ): Promise<Record<string, unknown>> {
    const out = join(vault, '..', name);
    const run = await cli(['export', '--vault', vault, '--out', out, ...extra], ENV);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  }

  it('seed is deterministic for a seed and spans every front and several scripts', async () => {
    expect(
      (await cli(['seed', '--vault', dir, '--clients', '40', '--seed', '9', '--anchor', ANCHOR], ENV)).code,
    ).toBe(0);
    expect(
      (await cli(['seed', '--vault', other, '--clients', '40', '--seed', '9', '--anchor', ANCHOR], ENV)).code,
    ).toBe(0);
    const a = exportFileSchema.parse(await exportTo(dir, 'a.json'));
    const b = exportFileSchema.parse(await exportTo(other, 'b.json'));
    expect(a.dossiers).toEqual(b.dossiers);
    const kinds = new Set(a.dossiers.flatMap((d) => d.records.map((r) => r.kind)));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'custody',
        'home-case',
        'immigration',
        'incident',
        'interpol',
        'note',
        'party',
      ]),
    );
    const scripts = new Set(a.dossiers.flatMap((d) => d.client.aliases.map((al) => al.script)));
    expect(scripts.size).toBeGreaterThanOrEqual(3);
  });

  it('export → import → export round-trips equal', async () => {
    await cli(['seed', '--vault', dir, '--clients', '25', '--seed', '3', '--anchor', ANCHOR], ENV);
    const first = await exportTo(dir, 'first.json');
    const imported = await cli(
      ['import', '--vault', other, '--file', join(dir, '..', 'first.json'), '--json'],
      ENV,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ imported: 25 });
    const second = await exportTo(other, 'second.json');
    expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null });
  });

  it('export --client writes one dossier', async () => {
    await cli(['seed', '--vault', dir, '--clients', '5', '--seed', '3', '--anchor', ANCHOR], ENV);
    const all = exportFileSchema.parse(await exportTo(dir, 'all.json'));
    const id = all.dossiers[2]?.id as string;
    const one = exportFileSchema.parse(await exportTo(dir, 'one.json', ['--client', id]));
    expect(one.dossiers.map((d) => d.id)).toEqual([id]);
  });

  it('a bad import names the field and leaves the vault byte for byte unchanged', async () => {
    await cli(['seed', '--vault', dir, '--clients', '5', '--seed', '3', '--anchor', ANCHOR], ENV);
    const file = exportFileSchema.parse(await exportTo(dir, 'good.json'));
    const broken = structuredClone(file) as unknown as {
      dossiers: { records: { data: Record<string, unknown> }[] }[];
    };
    const target = broken.dossiers[3]?.records.find(
      (r) => 'arrestDate' in r.data || 'lastArrivalDate' in r.data,
    );
    if (!target) throw new Error('fixture lacks a dated record');
    target.data['arrestDate' in target.data ? 'arrestDate' : 'lastArrivalDate'] = '2026-02-30';
    const badPath = join(other, '..', 'bad.json');
    writeFileSync(badPath, JSON.stringify(broken));

    const before = snapshotFolder(other);
    const run = await cli(['import', '--vault', other, '--file', badPath], ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/dossiers\.3\.records\.\d+\.data\.(arrestDate|lastArrivalDate)/);
    expect(snapshotFolder(other)).toEqual(before);

    writeFileSync(badPath, '{ not json');
    const garbled = await cli(['import', '--vault', other, '--file', badPath], ENV);
    expect(garbled.code).toBe(2);
    expect(garbled.stderr).toMatch(/not valid JSON/);
  });

  it('an import that collides with an existing dossier writes none of the file', async () => {
    await cli(['seed', '--vault', dir, '--clients', '6', '--seed', '3', '--anchor', ANCHOR], ENV);
    const all = exportFileSchema.parse(await exportTo(dir, 'all.json'));
    const partial = { ...all, dossiers: all.dossiers.slice(4) };
    const partialPath = join(dir, '..', 'partial.json');
    writeFileSync(partialPath, JSON.stringify(partial));
    expect((await cli(['import', '--vault', other, '--file', partialPath], ENV)).code).toBe(0);
    const collide = await cli(['import', '--vault', other, '--file', join(dir, '..', 'all.json')], ENV);
    expect(collide.code).toBe(1);
    expect(collide.stderr).toMatch(/already in this vault/);
    const stats = JSON.parse((await cli(['stats', '--vault', other, '--json'], ENV)).stdout) as {
      tables: Record<string, number>;
    };
    expect(stats.tables.clients).toBe(2);
  });

  it('deadlines --json lists client, rule, due date, description and source, filtered by --within and --client', async () => {
    await cli(['seed', '--vault', dir, '--clients', '30', '--seed', '5', '--anchor', ANCHOR], ENV);
    const run = await cli(['deadlines', '--vault', dir, '--json'], ENV);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as {
      clientId: string;
      ruleId: string;
      dueDate: string;
      description: string;
      source: string;
    }[];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['clientId', 'ruleId', 'dueDate', 'description', 'source']),
      );
    }
    const soon = JSON.parse(
      (await cli(['deadlines', '--vault', dir, '--within', '30', '--json'], ENV)).stdout,
    ) as typeof rows;
    expect(soon.length).toBeLessThan(rows.length);
    const one = rows[0]?.clientId as string;
    const mine = JSON.parse(
      (await cli(['deadlines', '--vault', dir, '--client', one, '--json'], ENV)).stdout,
    ) as typeof rows;
    expect(new Set(mine.map((r) => r.clientId))).toEqual(new Set([one]));
    expect((await cli(['deadlines', '--vault', dir, '--within', 'soon'], ENV)).code).toBe(2);
  });
});
