import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { addDays } from '../../../shared/deadlines/calendar';
import { HarborError } from '../../../shared/ipc/errors';
import { TODAY, openTestServices } from '../../support/services';
import { PASSPHRASE } from '../../support/temp-vault';

/** TODAY is Wednesday 2026-11-25; Thanksgiving is the 26th. */
describe('the docket', () => {
  let services: Services;
  let close: () => void;
  beforeEach(async () => ({ services, close } = await openTestServices(TODAY, { actor: 'mokafor' })));
  afterEach(() => close());

  function client(familyName: string, status: 'active' | 'closed' = 'active') {
    return services.dossiers.create({ familyName, givenNames: 'Test', status }).id;
  }

  it('adds a court-set deadline that appears in the dossier, rows, dashboard, search and history', () => {
    const id = client('Volkov');
    const hearing = services.dossiers.saveRecord(id, {
      kind: 'hearing',
      data: { kind: 'individual', date: '2027-01-12', detained: true },
    }).records[0];
    const dossier = services.docket.addCustom(id, {
      title: 'Detained docket: pre-hearing statement and exhibits',
      date: '2026-11-26',
      front: 'immigration',
      source: 'IJ scheduling order of 2026-11-02',
      scope: 'court',
      owner: 'M. Okafor',
      reminderDays: 3,
      relatedRecordId: hearing?.id,
    });
    const custom = dossier.deadlines.find((d) => d.kind === 'custom');
    expect(custom).toMatchObject({
      dueDate: '2026-11-27',
      rolled: { from: '2026-11-26', reason: 'Thanksgiving Day' },
      owner: 'M. Okafor',
      reminderDays: 3,
      scope: 'court',
      relatedRecordId: hearing?.id,
    });

    const mine = services.deadlines.dashboard({
      withinDays: null,
      front: null,
      text: '',
      owner: 'M. Okafor',
      clientId: null,
      offset: 0,
      limit: 10,
    });
    expect(mine.counts.total).toBe(1);
    const byTitle = services.deadlines.dashboard({
      withinDays: null,
      front: null,
      text: 'pre-hearing',
      owner: null,
      clientId: null,
      offset: 0,
      limit: 10,
    });
    expect(byTitle.rows).toEqual([
      expect.objectContaining({
        kind: 'custom',
        ruleId: null,
        source: 'IJ scheduling order of 2026-11-02',
        owner: 'M. Okafor',
        bucket: 'within7',
        remindOn: '2026-11-24',
      }),
    ]);

    const hits = services.search.search({ text: 'scheduling order', limit: 5 }).groups[0]?.hits ?? [];
    expect(hits.map((h) => h.kind)).toContain('deadline');

    const history = services.dossiers.history(id, 10).map((h) => h.action);
    expect(history).toContain('deadline.custom-created');
  });

  it('marks done, not applicable and reopens, each in the audit trail, and only unresolved items stay overdue', () => {
    const id = client('Estrada');
    let dossier = services.dossiers.saveRecord(id, {
      kind: 'decision',
      data: { body: 'immigration-judge', date: '2026-09-01', delivery: 'mailed', outcome: 'denied' },
    });
    const appeal = dossier.deadlines.find((d) => d.ruleId === 'bia-appeal-ij-decision');
    expect(appeal?.status).toBe('open');
    const key = appeal?.key ?? '';
    const overdue = () =>
      services.deadlines.dashboard({
        withinDays: 90,
        front: null,
        text: '',
        owner: null,
        clientId: null,
        offset: 0,
        limit: 5,
      }).counts.overdue;
    expect(overdue()).toBe(1);

    dossier = services.docket.markDone(id, key, {
      date: '2026-09-30',
      note: 'Filed 9/30, receipt in evidence',
    });
    expect(dossier.deadlines.find((d) => d.key === key)).toMatchObject({
      status: 'met',
      resolution: {
        state: 'done',
        date: '2026-09-30',
        by: 'mokafor',
        note: 'Filed 9/30, receipt in evidence',
      },
    });
    expect(overdue()).toBe(0);

    services.docket.reopen(id, key);
    expect(overdue()).toBe(1);
    dossier = services.docket.markNotApplicable(id, key, 'Client waived appeal on the record');
    expect(dossier.deadlines.find((d) => d.key === key)?.status).toBe('not-applicable');
    expect(overdue()).toBe(0);

    dossier = services.docket.assign(id, key, 'J. Rivera');
    expect(dossier.deadlines.find((d) => d.key === key)?.owner).toBe('J. Rivera');

    const actions = services.dossiers.history(id, 20).map((h) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'deadline.done',
        'deadline.reopened',
        'deadline.not-applicable',
        'deadline.assigned',
      ]),
    );
    const done = services.dossiers.history(id, 20).find((h) => h.action === 'deadline.done');
    expect(done).toMatchObject({ entityId: key, after: { date: '2026-09-30', by: 'mokafor' } });
  });

  it('refuses what would be wrong, naming the field: a reason-less N/A, a future "done", another dossier’s record', () => {
    const id = client('Tan');
    const other = client('Other');
    const otherRecord = services.dossiers.saveRecord(other, { kind: 'note', data: { title: 'x' } })
      .records[0];
    const dossier = services.dossiers.saveRecord(id, {
      kind: 'immigration',
      data: { lastArrivalDate: '2026-01-05' },
    });
    const key = dossier.deadlines[0]?.key ?? '';
    expect(() => services.docket.markNotApplicable(id, key, ' ')).toThrow(/why it does not apply/);
    const future = (() => {
      try {
        services.docket.markDone(id, key, { date: addDays(TODAY, 1) });
      } catch (error) {
        return error;
      }
    })();
    expect(future).toBeInstanceOf(HarborError);
    expect((future as HarborError).field).toBe('date');
    expect(() =>
      services.docket.addCustom(id, { title: 'x', date: '2026-12-01', relatedRecordId: otherRecord?.id }),
    ).toThrow(/not part of this dossier/);
    expect(() => services.docket.reopen(id, key)).toThrow(/not marked done/);
    expect(() => services.docket.markDone(id, 'nope:case')).toThrow(/no longer on this dossier/);
  });

  it('counts every deadline of the vault per group and returns any page of it, closed clients left out', () => {
    for (let i = 0; i < 30; i++) {
      const id = client(`Client ${String(i).padStart(2, '0')}`);
      services.docket.addCustom(id, {
        title: `Call-up ${i}`,
        date: addDays(TODAY, i * 7 - 14),
        rollToBusinessDay: false,
      });
    }
    const closed = client('Closed', 'closed');
    services.docket.addCustom(closed, { title: 'Never shown', date: TODAY });

    const first = services.deadlines.dashboard({
      withinDays: null,
      front: null,
      text: '',
      owner: null,
      clientId: null,
      offset: 0,
      limit: 4,
    });
    expect(first.counts).toEqual({ total: 30, overdue: 2, within7: 2, within30: 3, within90: 8, later: 15 });
    expect(first.fronts.immigration).toBe(30);
    expect(first.rows.map((r) => r.title)).toEqual(['Call-up 0', 'Call-up 1', 'Call-up 2', 'Call-up 3']);
    const last = services.deadlines.dashboard({
      withinDays: null,
      front: null,
      text: '',
      owner: null,
      clientId: null,
      offset: 28,
      limit: 4,
    });
    expect(last.rows.map((r) => r.title)).toEqual(['Call-up 28', 'Call-up 29']);
    expect(last.rows[0]?.bucket).toBe('later');
    const window = services.deadlines.dashboard({
      withinDays: 30,
      front: 'custody',
      text: '',
      owner: null,
      clientId: null,
      offset: 0,
      limit: 4,
    });
    expect(window.counts.total).toBe(0);
    expect(window.fronts.immigration).toBe(7);
  });

  it('reminds of what is within its lead time, and keeps derived rows current when settings change', () => {
    const id = client('Karimova');
    services.docket.addCustom(id, { title: 'Biometrics', date: addDays(TODAY, 10), reminderDays: 14 });
    services.docket.addCustom(id, { title: 'Brief', date: addDays(TODAY, 10), rollToBusinessDay: false });
    services.docket.addCustom(id, { title: 'Missed', date: addDays(TODAY, -3), rollToBusinessDay: false });
    let digest = services.deadlines.reminders(10);
    expect(digest).toMatchObject({ total: 2, overdue: 1, dueToday: 0 });
    expect(digest.items.map((i) => i.title)).toEqual(['Missed', 'Biometrics']);

    services.settings.update({ defaultReminderDays: 14 });
    digest = services.deadlines.reminders(10);
    expect(digest.total).toBe(3);
  });

  it('rebuilds stale deadline rows at unlock, and refreshes a batch of dossiers on demand', async () => {
    const id = client('Okonkwo');
    services.docket.addCustom(id, { title: 'Call-up', date: addDays(TODAY, 3) });
    const db = services.vault.current().db;
    db.prepare('DELETE FROM deadlines').run();
    db.prepare("DELETE FROM vault_meta WHERE key = 'derived.docket'").run();
    expect(services.dossiers.docketIsCurrent()).toBe(false);
    services.vault.lock('manual');
    await services.vault.unlock(PASSPHRASE);
    expect(services.dossiers.docketIsCurrent()).toBe(true);
    expect(services.deadlines.upcoming({ withinDays: null, clientId: null, limit: 10 })).toHaveLength(1);

    services.vault.current().db.prepare('DELETE FROM deadlines').run();
    expect(services.dossiers.refreshDeadlines([id, '00000000-0000-4000-8000-000000000000'])).toBe(1);
    expect(services.deadlines.upcoming({ withinDays: null, clientId: null, limit: 10 })).toHaveLength(1);
  });

  it('exports and imports custom deadlines and their tracking with the dossier', () => {
    const id = client('Roundtrip');
    const dossier = services.docket.addCustom(id, {
      title: 'Treaty window ends',
      date: '2026-12-15',
      front: 'extradition',
      origin: 'treaty',
      owner: 'A. B.',
    });
    const key = dossier.deadlines[0]?.key ?? '';
    services.docket.markNotApplicable(id, key, 'Request received early');
    const [exported] = [...services.dossiers.exportDossiers(id)];
    expect(exported?.customDeadlines).toHaveLength(1);
    expect(exported?.deadlineTracking[0]).toMatchObject({
      key,
      owner: 'A. B.',
      resolution: { state: 'not-applicable', note: 'Request received early' },
    });
    services.dossiers.delete(id);
    if (!exported) throw new Error('no export');
    services.dossiers.insertDossiers([exported]);
    const back = services.dossiers.get(id).deadlines[0];
    expect(back).toMatchObject({
      key,
      status: 'not-applicable',
      owner: 'A. B.',
      front: 'extradition',
      origin: 'treaty',
    });
  });
});
