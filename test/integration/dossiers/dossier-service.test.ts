import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import type { ClientInput } from '../../../shared/dossier/client';
import { HarborError } from '../../../shared/ipc/errors';
import { openTestServices } from '../../support/services';

const CLIENT: ClientInput = {
  familyName: 'Volkov',
  givenNames: 'Aleksei',
  aliases: [{ name: 'Волков Алексей', kind: 'transliteration', script: 'cyrillic' }],
  nationalities: ['Russia'],
  status: 'active',
};

describe('dossier service', () => {
  let services: Services;
  let close: () => void;
  beforeEach(async () => ({ services, close } = await openTestServices()));
  afterEach(() => close());

  it('creates a client, adds records on several fronts and derives deadlines, checks and list columns', () => {
    const created = services.dossiers.create(CLIENT);
    expect(created.client.familyName).toBe('Volkov');
    let dossier = services.dossiers.saveRecord(created.id, {
      kind: 'immigration',
      scope: 'counsel-team',
      data: { lastArrivalDate: '2026-02-14', ntaFiledDate: '2026-05-01', reliefSought: ['asylum'] },
    });
    dossier = services.dossiers.saveRecord(created.id, {
      kind: 'interpol',
      scope: 'ccf',
      data: {
        type: 'red-notice',
        requestingCountry: 'Russia',
        charges: [{ description: 'Dissemination of false information', maxPenaltyYears: 1 }],
      },
    });
    dossier = services.dossiers.saveRecord(created.id, {
      kind: 'custody',
      scope: 'counsel-team',
      data: { arrestDate: '2026-10-01', redNoticeSoleBasis: true },
    });

    // 2027-02-14 is a Sunday and the 15th is Washington's Birthday: the one-year deadline rolls to Tuesday the 16th.
    const oneYear = dossier.deadlines.find((d) => d.ruleId === 'asylum-one-year');
    expect(oneYear).toMatchObject({ dueDate: '2027-02-16', status: 'open' });
    expect(oneYear?.rolled?.from).toBe('2027-02-14');
    expect(dossier.checks.map((c) => c.severity)).toContain('critical');
    expect(dossier.checks.some((c) => /Art\. 83|threshold/i.test(c.title))).toBe(true);
    expect(dossier.detained).toBe(true);
    expect(dossier.fronts).toEqual(['immigration', 'custody', 'interpol']);

    const list = services.dossiers.list({
      text: 'волков',
      fronts: ['interpol'],
      statuses: ['active'],
      detained: 'detained',
      sort: 'name',
      offset: 0,
      limit: 10,
    });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ displayName: 'VOLKOV, Aleksei', detained: true });
    expect(list.rows[0]?.nextDeadline?.dueDate).toBe('2027-02-16');
  });

  it('keeps every change in the audit trail with before and after', () => {
    const created = services.dossiers.create(CLIENT);
    services.dossiers.update(created.id, created.revision, { ...CLIENT, givenNames: 'Alexei' });
    const history = services.dossiers.history(created.id, 50);
    expect(history.map((h) => h.action)).toEqual(['client.updated', 'client.created']);
    expect(history[0]?.before).toMatchObject({ givenNames: 'Aleksei' });
    expect(history[0]?.after).toMatchObject({ givenNames: 'Alexei' });
  });

  it('refuses a stale revision and writes nothing', () => {
    const created = services.dossiers.create(CLIENT);
    services.dossiers.update(created.id, created.revision, { ...CLIENT, givenNames: 'Alexei' });
    expect(() =>
      services.dossiers.update(created.id, created.revision, { ...CLIENT, givenNames: 'Stale' }),
    ).toThrow(HarborError);
    expect(services.dossiers.get(created.id).client.givenNames).toBe('Alexei');
  });

  it('refuses a second immigration record', () => {
    const { id } = services.dossiers.create(CLIENT);
    services.dossiers.saveRecord(id, { kind: 'immigration', scope: 'counsel-team', data: {} });
    expect(() =>
      services.dossiers.saveRecord(id, { kind: 'immigration', scope: 'counsel-team', data: {} }),
    ).toThrow(/already has/);
  });

  it('overrides a computed date with a reason, shows both, and clears it again', () => {
    const { id } = services.dossiers.create(CLIENT);
    services.dossiers.saveRecord(id, {
      kind: 'immigration',
      scope: 'counsel-team',
      data: { lastArrivalDate: '2026-03-10' },
    });
    const overridden = services.dossiers.overrideDeadline(
      id,
      'asylum-one-year:case',
      '2027-03-01',
      'Client re-entered on 2026-03-01 per the I-94; use the earlier date.',
    );
    const deadline = overridden.deadlines.find((d) => d.key === 'asylum-one-year:case');
    expect(deadline).toMatchObject({ dueDate: '2027-03-01', override: { originalDueDate: '2027-03-10' } });
    expect(services.dossiers.history(id, 5)[0]).toMatchObject({ action: 'deadline.overridden' });
    expect(services.deadlines.upcoming({ withinDays: null, clientId: id, limit: 10 })[0]).toMatchObject({
      dueDate: '2027-03-01',
      overridden: true,
    });
    const cleared = services.dossiers.clearDeadlineOverride(id, 'asylum-one-year:case');
    expect(cleared.deadlines.find((d) => d.key === 'asylum-one-year:case')?.dueDate).toBe('2027-03-10');
  });

  it('recomputes every dossier when a rule parameter changes in Settings', () => {
    const { id } = services.dossiers.create(CLIENT);
    services.dossiers.saveRecord(id, {
      kind: 'extradition',
      scope: 'counsel-team',
      data: { provisionalArrestDate: '2026-11-02' },
    });
    const before = services.deadlines.upcoming({ withinDays: null, clientId: id, limit: 10 });
    expect(before.find((d) => d.ruleId === 'extradition-formal-request')?.dueDate).toBe('2027-01-01');
    services.settings.update({ ruleParameters: { treatyFormalRequestDays: 45 } });
    const after = services.deadlines.upcoming({ withinDays: null, clientId: id, limit: 10 });
    expect(after.find((d) => d.ruleId === 'extradition-formal-request')?.dueDate).toBe('2026-12-17');
  });

  it('the dashboard lists open deadlines across clients by date and leaves closed dossiers out', () => {
    const a = services.dossiers.create(CLIENT);
    const b = services.dossiers.create({
      ...CLIENT,
      familyName: 'Chen',
      givenNames: 'Wei',
      status: 'closed',
    });
    for (const id of [a.id, b.id]) {
      services.dossiers.saveRecord(id, {
        kind: 'immigration',
        scope: 'counsel-team',
        data: { lastArrivalDate: '2026-01-05' },
      });
    }
    const rows = services.deadlines.upcoming({ withinDays: 90, clientId: null, limit: 100 });
    expect(rows.map((r) => r.familyName)).toEqual(['Volkov']);
    expect(rows[0]).toMatchObject({
      ruleId: 'asylum-one-year',
      dueDate: '2027-01-05',
      source: expect.stringContaining('208') as string,
    });
  });

  it('deletes a dossier with its records and deadlines', () => {
    const { id } = services.dossiers.create(CLIENT);
    services.dossiers.saveRecord(id, {
      kind: 'note',
      scope: 'counsel-team',
      data: { title: 'Intake', body: 'x' },
    });
    services.dossiers.delete(id);
    expect(() => services.dossiers.get(id)).toThrow(/does not exist/);
    const db = services.vault.current().db;
    expect(db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM deadlines').pluck().get()).toBe(0);
  });
});
