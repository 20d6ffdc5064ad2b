import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Services, createServices } from '../../../electron/services';
import { fixedClock } from '../../../electron/services/clock';
import type { RecordInput } from '../../../shared/dossier/records';
import { filterForAudience } from '../../../shared/safety/bundle';
import { cli } from '../../support/cli';
import { OTHER_PASSPHRASE, PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const BUNDLE_PASSPHRASE = 'shared between counsel only';
const ENV = { HARBOR_PASSPHRASE: PASSPHRASE, HARBOR_BACKUP_PASSPHRASE: BUNDLE_PASSPHRASE };
const SECRET_NOTE = 'Privileged: the client’s brother still works at the ministry';

describe('co-counsel case bundles', () => {
  let root: string;
  let dirA: string;
  let dirB: string;
  let cleanups: (() => void)[];
  let a: Services;
  let clientId: string;
  const ids = {} as Record<'secret' | 'team' | 'court' | 'ccf' | 'public', string>;

  beforeEach(async () => {
    const one = tempVaultDir();
    const two = tempVaultDir();
    dirA = one.dir;
    dirB = two.dir;
    root = join(dirA, '..');
    cleanups = [one.cleanup, two.cleanup];
    a = createServices(dirA, fixedClock('2026-11-25'));
    await a.vault.create(PASSPHRASE);
    const b = createServices(dirB);
    await b.vault.create(PASSPHRASE);
    b.vault.lock('manual');

    clientId = a.dossiers.create({ familyName: 'Abdullaev', givenNames: 'Timur', languages: ['Uzbek'] }).id;
    const save = (record: RecordInput) => {
      const id = randomUUID();
      a.dossiers.saveRecord(clientId, { ...record, id });
      return id;
    };
    ids.secret = save({ kind: 'note', scope: 'client-only', data: { title: 'Family', body: SECRET_NOTE } });
    ids.team = save({
      kind: 'note',
      scope: 'counsel-team',
      data: { title: 'Strategy', body: 'File the CCF request.' },
    });
    ids.court = save({ kind: 'hearing', scope: 'court', data: { kind: 'master', date: '2026-12-10' } });
    ids.ccf = save({ kind: 'ccf', scope: 'ccf', data: { type: 'deletion' } });
    ids.public = save({ kind: 'party', scope: 'public', data: { name: 'Amnesty contact', role: 'ngo' } });
    // A filed visit: a note with structured statements.
    a.visits.file(clientId, {
      startedAt: '2026-11-24T10:00:00-05:00',
      endedAt: '2026-11-24T11:00:00-05:00',
      elapsedSeconds: 3600,
      place: 'Krome',
      notes: 'Client calm.',
      statements: [
        {
          id: '7b0e4a55-0000-4000-8000-000000000001',
          at: '2026-11-24T10:12:00-05:00',
          text: 'I was arrested at the check-in.',
          language: 'Uzbek',
          interpreter: 'D. Karimova',
        },
      ],
    });
  });
  afterEach(() => {
    a.vault.lock('manual');
    cleanups.forEach((c) => c());
  });

  async function exportBundle(scope: string, name = 'bundle.shbundle'): Promise<string> {
    a.vault.lock('manual');
    const out = join(root, name);
    const run = await cli(
      ['bundle-export', '--vault', dirA, '--client', clientId, '--scope', scope, '--out', out, '--json'],
      ENV,
    );
    expect(run.code, run.stderr).toBe(0);
    await a.vault.unlock(PASSPHRASE);
    return out;
  }

  async function contents(file: string) {
    const reader = createServices(dirB);
    await reader.vault.unlock(PASSPHRASE);
    try {
      return await reader.bundles.read(file, BUNDLE_PASSPHRASE);
    } finally {
      reader.vault.lock('manual');
    }
  }

  it('carries only records whose scope reaches the audience; client-only never leaves', async () => {
    a.docket.addCustom(clientId, {
      title: 'Call-up',
      date: '2026-12-03',
      scope: 'court',
      owner: 'M. Okafor',
    });
    a.docket.addCustom(clientId, { title: 'Call the brother', date: '2026-12-04', scope: 'client-only' });
    const team = await contents(await exportBundle('counsel-team', 'team.shbundle'));
    expect(team.dossier.customDeadlines.map((c) => c.data.title)).toEqual(['Call-up']);
    expect(team.dossier.deadlineTracking).toEqual([expect.objectContaining({ owner: 'M. Okafor' })]);
    const [whole] = [...a.dossiers.exportDossiers(clientId)];
    if (!whole) throw new Error('no dossier');
    const court = filterForAudience(whole, 'court').dossier;
    expect(court.customDeadlines.map((c) => c.data.title)).toEqual(['Call-up']);
    expect(court.deadlineTracking).toEqual([]);
    const teamIds = team.dossier.records.map((r) => r.id);
    expect(teamIds).not.toContain(ids.secret);
    expect(teamIds).toEqual(expect.arrayContaining([ids.team, ids.court, ids.ccf, ids.public]));
    expect(team.visits).toHaveLength(1);
    expect(team.visits[0]?.statements[0]).toMatchObject({ language: 'Uzbek', interpreter: 'D. Karimova' });

    const bytes = readFileSync(join(root, 'team.shbundle'));
    for (const text of [SECRET_NOTE, 'Abdullaev', 'File the CCF request', 'Karimova']) {
      expect(bytes.includes(Buffer.from(text)), text).toBe(false);
    }
  });

  it('refuses a bundle for an audience the client’s own profile does not reach', async () => {
    a.vault.lock('manual');
    const run = await cli(
      [
        'bundle-export',
        '--vault',
        dirA,
        '--client',
        clientId,
        '--scope',
        'court',
        '--out',
        join(root, 'c.shbundle'),
      ],
      ENV,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/profile is shared with “Counsel team” only/);
    const bad = await cli(
      [
        'bundle-export',
        '--vault',
        dirA,
        '--client',
        clientId,
        '--scope',
        'client-only',
        '--out',
        join(root, 'x'),
      ],
      ENV,
    );
    expect(bad.code).toBe(2);
    await a.vault.unlock(PASSPHRASE);
  });

  it('imports as a new client, then shows and applies an update, in another vault', async () => {
    const first = await exportBundle('counsel-team');
    const dry = await cli(['bundle-import', '--vault', dirB, '--file', first, '--dry-run', '--json'], ENV);
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ diff: { action: 'new-client' }, applied: null });

    const imported = await cli(['bundle-import', '--vault', dirB, '--file', first], ENV);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/a new client ABDULLAEV, Timur/);
    expect(imported.stdout).toMatch(/Applied\./);

    const b = createServices(dirB);
    await b.vault.unlock(PASSPHRASE);
    const received = b.dossiers.get(clientId);
    expect(received.records.map((r) => r.id)).not.toContain(ids.secret);
    expect(received.records).toHaveLength(5);
    expect(b.visits.exportForClient(clientId)[0]?.statements).toHaveLength(1);
    b.vault.lock('manual');

    // Counsel A changes things: a field, a new record, a record deleted, the profile.
    const dossier = a.dossiers.get(clientId);
    const hearing = dossier.records.find((r) => r.id === ids.court);
    if (hearing?.kind !== 'hearing') throw new Error('no hearing');
    a.dossiers.saveRecord(clientId, { ...hearing, data: { ...hearing.data, judge: 'Hon. R. Vance' } });
    a.dossiers.saveRecord(clientId, { kind: 'foia', scope: 'counsel-team', data: { agency: 'ice' } });
    a.dossiers.deleteRecord(clientId, ids.public);
    a.docket.addCustom(clientId, {
      title: 'Brief due per IJ order',
      date: '2026-12-21',
      scope: 'counsel-team',
    });
    a.dossiers.update(clientId, a.dossiers.get(clientId).revision, {
      ...a.dossiers.get(clientId).client,
      languages: ['Uzbek', 'Russian'],
    });
    const second = await exportBundle('counsel-team', 'second.shbundle');

    const preview = await cli(
      ['bundle-import', '--vault', dirB, '--file', second, '--dry-run', '--json'],
      ENV,
    );
    const { diff } = JSON.parse(preview.stdout) as {
      diff: {
        action: string;
        clientFields: string[];
        added: { kind: string }[];
        changed: { id: string; fields: string[] }[];
        missing: { id: string }[];
      };
    };
    expect(diff.action).toBe('update');
    expect(diff.clientFields).toEqual(['languages']);
    expect(diff.added.map((r) => r.kind)).toEqual(['foia']);
    expect(diff.changed).toEqual([expect.objectContaining({ id: ids.court, fields: ['judge'] })]);
    expect(diff.missing.map((r) => r.id)).toEqual([ids.public]);

    const applied = await cli(['bundle-import', '--vault', dirB, '--file', second, '--remove-missing'], ENV);
    expect(applied.code, applied.stderr).toBe(0);
    await b.vault.unlock(PASSPHRASE);
    const after = b.dossiers.get(clientId);
    expect(after.client.languages).toEqual(['Uzbek', 'Russian']);
    expect(after.records.find((r) => r.id === ids.court)?.data).toMatchObject({ judge: 'Hon. R. Vance' });
    expect(after.records.map((r) => r.id)).not.toContain(ids.public);
    expect(after.records.map((r) => r.kind)).toContain('foia');
    expect(after.deadlines.filter((d) => d.kind === 'custom').map((d) => d.title)).toEqual([
      'Brief due per IJ order',
    ]);
    expect(b.dossiers.history(clientId, 50).map((h) => h.action)).toContain('bundle.imported');
    b.vault.lock('manual');
  });

  it('refuses a tampered bundle with a clear message, and a wrong passphrase with exit 3', async () => {
    const file = await exportBundle('counsel-team');
    const bytes = Buffer.from(readFileSync(file));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 30) ^ 0x01, bytes.length - 30);
    const tampered = join(root, 'tampered.shbundle');
    writeFileSync(tampered, bytes);
    const run = await cli(['bundle-import', '--vault', dirB, '--file', tampered], ENV);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /^The file was altered or is damaged: part 1 of 1 failed its authentication check/,
    );
    const wrong = await cli(['bundle-import', '--vault', dirB, '--file', file], {
      ...ENV,
      HARBOR_BACKUP_PASSPHRASE: OTHER_PASSPHRASE,
    });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toBe('That passphrase does not open this bundle.\n');
  });
});
