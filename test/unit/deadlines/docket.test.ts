import { describe, expect, it } from 'vitest';
import {
  customDeadlineEntry,
  customDeadlineInputSchema,
  customIdOf,
  type StoredCustomDeadline,
} from '../../../shared/deadlines/custom';
import { assembleDocket, isExpired, remindOn, withTracking } from '../../../shared/deadlines/docket';
import { computeDeadlines, deadlineSchema } from '../../../shared/deadlines/engine';

const ID = '3f9a2c1b-0000-4000-8000-000000000001';

function custom(date: string, extra: Partial<StoredCustomDeadline['data']> = {}): StoredCustomDeadline {
  return {
    id: ID,
    scope: 'court',
    data: {
      title: 'Detained docket: pre-hearing brief',
      date,
      front: 'immigration',
      origin: 'court',
      rollToBusinessDay: true,
      ...extra,
    },
  };
}

describe('custom deadlines', () => {
  it('shows a date on a weekend or holiday as the next business day, with the reason', () => {
    const entry = customDeadlineEntry(custom('2026-11-26'));
    expect(entry).toMatchObject({
      key: `custom:${ID}`,
      kind: 'custom',
      ruleId: null,
      dueDate: '2026-11-27',
      rolled: { from: '2026-11-26', reason: 'Thanksgiving Day' },
      scope: 'court',
      trigger: { label: 'Date set by the court', date: '2026-11-26' },
      status: 'open',
    });
    expect(deadlineSchema.parse(entry)).toEqual(entry);
    expect(customIdOf(entry.key)).toBe(ID);
  });

  it('keeps the date when asked not to move it, and rolls past a listed closure', () => {
    expect(customDeadlineEntry(custom('2026-03-07', { rollToBusinessDay: false })).dueDate).toBe(
      '2026-03-07',
    );
    expect(
      customDeadlineEntry(custom('2026-04-01'), [{ date: '2026-04-01', name: 'National Day of Mourning' }])
        .rolled,
    ).toEqual({ from: '2026-04-01', reason: 'National Day of Mourning' });
  });

  it('validates what the attorney types, naming the field', () => {
    const bad = customDeadlineInputSchema.safeParse({ title: ' ', date: '2026-02-30', reminderDays: 400 });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'date', 'reminderDays']));
    const good = customDeadlineInputSchema.parse({ title: 'Biometrics', date: '2026-05-04' });
    expect(good).toMatchObject({
      front: 'immigration',
      origin: 'court',
      scope: 'counsel-team',
      rollToBusinessDay: true,
    });
  });
});

describe('a deadline’s life', () => {
  const [oneYear] = computeDeadlines({ lastArrivalDate: '2025-06-10' });
  if (!oneYear) throw new Error('no deadline');
  const at = '2026-06-01T12:00:00.000Z';

  it('marks done on or before the due date as met, after it as late, with "Marked done"', () => {
    const met = withTracking(
      oneYear,
      { key: oneYear.key, resolution: { state: 'done', date: '2026-06-10', by: 'jdoe', at } },
      7,
    );
    expect(met).toMatchObject({ status: 'met', completion: { label: 'Marked done', date: '2026-06-10' } });
    const late = withTracking(
      oneYear,
      { key: oneYear.key, resolution: { state: 'done', date: '2026-06-11', by: 'jdoe', at } },
      7,
    );
    expect(late.status).toBe('late');
  });

  it('keeps a completion recorded in the dates over the attorney’s later "done"', () => {
    const [filed] = computeDeadlines({ lastArrivalDate: '2025-06-10', asylumFiledDate: '2026-05-01' });
    if (!filed) throw new Error('no deadline');
    const tracked = withTracking(
      filed,
      { key: filed.key, resolution: { state: 'done', date: '2026-06-30', by: 'x', at } },
      7,
    );
    expect(tracked).toMatchObject({ status: 'met', completion: { label: 'Asylum application filed' } });
  });

  it('sets aside as not applicable with the reason, and carries owner and reminder', () => {
    const tracked = withTracking(
      oneYear,
      {
        key: oneYear.key,
        owner: 'M. Okafor',
        reminderDays: 30,
        resolution: {
          state: 'not-applicable',
          date: '2026-01-02',
          by: 'x',
          note: 'Exception documented',
          at,
        },
      },
      7,
    );
    expect(tracked).toMatchObject({ status: 'not-applicable', owner: 'M. Okafor', reminderDays: 30 });
    expect(remindOn(tracked, 7)).toBe('2026-05-11');
    expect(withTracking(oneYear, undefined, 7).reminderDays).toBe(7);
  });

  it('drops open deadlines whose reason to act has passed, keeps resolved ones, sorts the rest', () => {
    const [filing] = computeDeadlines({
      hearings: [{ id: 'h', date: '2026-03-31', kind: 'individual', detained: false }],
    });
    if (!filing) throw new Error('no deadline');
    expect(isExpired(filing, '2026-04-01')).toBe(true);
    expect(isExpired(filing, '2026-03-31')).toBe(false);
    const docket = assembleDocket({
      computed: [oneYear, filing],
      custom: [customDeadlineEntry(custom('2026-01-05'))],
      tracking: [],
      defaultReminderDays: 7,
      today: '2026-04-01',
    });
    expect(docket.map((d) => d.kind)).toEqual(['custom', 'computed']);
    const done = assembleDocket({
      computed: [filing],
      custom: [],
      tracking: [{ key: filing.key, resolution: { state: 'done', date: '2026-03-01', by: 'x', at } }],
      defaultReminderDays: 7,
      today: '2026-04-01',
    });
    expect(done.map((d) => d.status)).toEqual(['met']);
  });
});
