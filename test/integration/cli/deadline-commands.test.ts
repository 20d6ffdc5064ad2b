import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services';
import { cli } from '../../support/cli';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const ENV = { HARBOR_PASSPHRASE: PASSPHRASE };

interface Row {
  clientId: string;
  key: string;
  kind: string;
  ruleId: string | null;
  status: string;
  owner: string | null;
  dueDate: string;
  title: string;
}

describe('cli docket commands', () => {
  let dir: string;
  let cleanup: () => void;
  let clientId: string;
  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    expect((await cli(['init', '--vault', dir], ENV)).code).toBe(0);
    const services = createServices(dir);
    await services.vault.unlock(PASSPHRASE);
    const dossier = services.dossiers.create({
      familyName: 'Volkov',
      givenNames: 'Aleksei',
      status: 'active',
    });
    services.dossiers.saveRecord(dossier.id, {
      kind: 'decision',
      data: { body: 'immigration-judge', date: '2026-01-05', delivery: 'oral', outcome: 'denied' },
    });
    clientId = dossier.id;
    services.vault.lock('manual');
  });
  afterEach(() => cleanup());

  const deadlines = async (...extra: string[]): Promise<Row[]> => {
    const run = await cli(['deadlines', '--vault', dir, '--json', ...extra], ENV);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as Row[];
  };

  it('adds a court-set date, marks done and not applicable, lists status, owner, kind and key, and exports a calendar', async () => {
    const add = await cli(
      [
        'deadline',
        'add',
        '--vault',
        dir,
        '--client',
        clientId,
        '--date',
        '2027-01-20',
        '--title',
        'Call-up: pre-hearing brief',
        '--front',
        'immigration',
        '--source',
        'IJ order of 2026-12-01',
        '--owner',
        'M. Okafor',
        '--json',
      ],
      ENV,
    );
    expect(add.code, add.stderr).toBe(0);
    const added = JSON.parse(add.stdout) as Row;
    expect(added).toMatchObject({
      kind: 'custom',
      ruleId: null,
      status: 'open',
      owner: 'M. Okafor',
      dueDate: '2027-01-20',
    });

    let rows = await deadlines();
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      ['computed', 'open'],
      ['custom', 'open'],
    ]);
    const appeal = rows.find((r) => r.ruleId === 'bia-appeal-ij-decision');
    expect(appeal).toMatchObject({ owner: null, key: expect.stringMatching(/^bia-appeal-ij-decision:/) });

    const done = await cli(
      [
        'deadline',
        'done',
        '--vault',
        dir,
        '--client',
        clientId,
        '--key',
        appeal?.key ?? '',
        '--note',
        'Filed',
        '--date',
        '2026-02-03',
      ],
      ENV,
    );
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/^Done: 2026-02-04 .* met/);
    rows = await deadlines();
    expect(rows.map((r) => r.kind)).toEqual(['custom']);
    expect((await deadlines('--all')).find((r) => r.key === appeal?.key)?.status).toBe('met');

    const noReason = await cli(
      ['deadline', 'na', '--vault', dir, '--client', clientId, '--key', added.key],
      ENV,
    );
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/--reason is required/);
    const na = await cli(
      [
        'deadline',
        'na',
        '--vault',
        dir,
        '--client',
        clientId,
        '--key',
        added.key,
        '--reason',
        'Vacated by the court',
      ],
      ENV,
    );
    expect(na.code, na.stderr).toBe(0);
    expect(await deadlines()).toEqual([]);

    const reopen = await cli(
      ['deadline', 'reopen', '--vault', dir, '--client', clientId, '--key', added.key],
      ENV,
    );
    expect(reopen.code, reopen.stderr).toBe(0);

    const out = join(dir, '..', 'deadlines.ics');
    const calendar = await cli(['calendar', '--vault', dir, '--out', out, '--json'], ENV);
    expect(calendar.code, calendar.stderr).toBe(0);
    expect(JSON.parse(calendar.stdout)).toMatchObject({ events: 1, privacy: 'code' });
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/volkov|aleksei|pre-hearing/i);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const summary = String(events[0]?.getFirstPropertyValue('summary'));
    expect(summary).toMatch(/^Case [0-9A-F]{8} — Date set by the court \(immigration\)$/);
  });

  it('reports bad input as usage errors naming the flag', async () => {
    const badDate = await cli(
      ['deadline', 'add', '--vault', dir, '--client', clientId, '--date', '2027-02-30', '--title', 'X'],
      ENV,
    );
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/^--date:/);
    const badFront = await cli(
      [
        'deadline',
        'add',
        '--vault',
        dir,
        '--client',
        clientId,
        '--date',
        '2027-02-03',
        '--title',
        'X',
        '--front',
        'moon',
      ],
      ENV,
    );
    expect(badFront.code).toBe(2);
    expect(badFront.stderr).toMatch(/^--front:/);
    const badPrivacy = await cli(
      ['calendar', '--vault', dir, '--out', '/tmp/x.ics', '--privacy', 'names'],
      ENV,
    );
    expect(badPrivacy.code).toBe(2);
    const unknownKey = await cli(
      ['deadline', 'done', '--vault', dir, '--client', clientId, '--key', 'nope:case'],
      ENV,
    );
    expect(unknownKey.code).toBe(1);
    expect(unknownKey.stderr).toMatch(/no longer on this dossier/);
  });
});
