import { describe, expect, it } from 'vitest';
import {
  article83PenaltyCheck,
  checkSchema,
  detainedHearingCheck,
  oneYearAsylumCheck,
  redNoticeSoleBasisCheck,
  type ChargeForArticle83,
} from '../../../shared/deadlines/checks';
import { computeDeadlines, type ComputedDeadline } from '../../../shared/deadlines/engine';

function asylumDeadline(lastArrivalDate: string, asylumFiledDate?: string): ComputedDeadline {
  const found = computeDeadlines({ lastArrivalDate, asylumFiledDate }).find(
    (d) => d.ruleId === 'asylum-one-year',
  );
  if (!found) throw new Error('no asylum deadline');
  return found;
}

describe('article83PenaltyCheck (RPD Art. 83(1)(a))', () => {
  it.each<[string, ChargeForArticle83, 'prosecution' | 'sentence', 'warning' | 'info' | null]>([
    ['prosecution, 2 years max', { description: 'Fraud', maxPenaltyYears: 2 }, 'prosecution', null],
    ['prosecution, 10 years max', { description: 'Embezzlement', maxPenaltyYears: 10 }, 'prosecution', null],
    ['prosecution, 1 year max', { description: 'Defamation', maxPenaltyYears: 1 }, 'prosecution', 'warning'],
    ['prosecution, 1.5 years max', { description: 'Tax', maxPenaltyYears: 1.5 }, 'prosecution', 'warning'],
    ['prosecution, penalty unknown', { description: 'Fraud' }, 'prosecution', 'info'],
    ['sentence, 6 months imposed', { description: 'Fraud', sentenceImposedMonths: 6 }, 'sentence', null],
    [
      'sentence, 12 imposed / 3 remaining',
      { description: 'Fraud', sentenceImposedMonths: 12, sentenceRemainingMonths: 3 },
      'sentence',
      null,
    ],
    [
      'sentence, 8 remaining, imposed unknown',
      { description: 'Fraud', sentenceRemainingMonths: 8 },
      'sentence',
      null,
    ],
    ['sentence, 4 months imposed', { description: 'Fraud', sentenceImposedMonths: 4 }, 'sentence', 'warning'],
    [
      'sentence, 5 imposed / 2 remaining',
      { description: 'Fraud', sentenceImposedMonths: 5, sentenceRemainingMonths: 2 },
      'sentence',
      'warning',
    ],
    [
      'sentence, 3 remaining, imposed unknown',
      { description: 'Fraud', sentenceRemainingMonths: 3 },
      'sentence',
      'info',
    ],
    ['sentence, nothing recorded', { description: 'Fraud' }, 'sentence', 'info'],
    [
      'sentence basis ignores the max penalty',
      { description: 'Fraud', maxPenaltyYears: 8 },
      'sentence',
      'info',
    ],
  ])('%s → %s', (_name, charge, basis, severity) => {
    const checks = article83PenaltyCheck(charge, basis);
    if (severity === null) {
      expect(checks).toEqual([]);
      return;
    }
    expect(checks).toHaveLength(1);
    const [check] = checks;
    expect(check?.severity).toBe(severity);
    expect(check?.source).toMatch(/Art\. 83/);
    expect(checkSchema.parse(check)).toEqual(check);
    if (severity === 'warning') {
      expect(check?.title).toMatch(/may not meet the Art\. 83 penalty threshold — a ground for the CCF/);
    }
  });

  it('ties the check to the charge record when it has an id', () => {
    const [check] = article83PenaltyCheck(
      { id: 'charge-7', description: 'Insult', maxPenaltyYears: 1 },
      'prosecution',
    );
    expect(check?.id).toBe('art83-penalty-threshold:charge-7');
    expect(check?.relatedRecordId).toBe('charge-7');
  });
});

describe('redNoticeSoleBasisCheck (ICE Directive 15006.1)', () => {
  it('is critical when the Red Notice was the sole basis, and lists what to demand', () => {
    const checks = redNoticeSoleBasisCheck({ id: 'custody-1', redNoticeSoleBasis: true });
    expect(checks).toHaveLength(1);
    const [check] = checks;
    expect(check?.severity).toBe('critical');
    expect(check?.relatedRecordId).toBe('custody-1');
    expect(check?.source).toMatch(/15006\.1/);
    for (const demand of ['INTERPOL Washington', 'current and valid', 'abuse', 'supervisor approval']) {
      expect(check?.explanation).toContain(demand);
    }
    expect(checkSchema.parse(check)).toEqual(check);
  });

  it('names the safeguards the file shows as not done', () => {
    const [check] = redNoticeSoleBasisCheck({
      id: 'custody-1',
      redNoticeSoleBasis: true,
      directive15006: { supervisorApproval: false, ncbDocumentationRequested: true },
    });
    expect(check?.explanation).toMatch(/NOT done: the record of supervisor approval/);
  });

  it.each([
    [{ id: 'c', redNoticeSoleBasis: false }],
    [{ id: 'c', redNoticeSoleBasis: false, directive15006: {} }],
    [
      {
        id: 'c',
        redNoticeSoleBasis: false,
        directive15006: {
          supervisorApproval: true,
          ncbDocumentationRequested: true,
          dataVerified: true,
          abuseReviewConducted: true,
        },
      },
    ],
  ])(
    'raises nothing when the notice was not the sole basis and no safeguard is shown missing: %j',
    (custody) => {
      expect(redNoticeSoleBasisCheck(custody)).toEqual([]);
    },
  );

  it('warns when not the sole basis but a safeguard was not followed', () => {
    const checks = redNoticeSoleBasisCheck({
      id: 'c',
      redNoticeSoleBasis: false,
      directive15006: { ncbDocumentationRequested: false },
    });
    expect(checks.map((c) => c.severity)).toEqual(['warning']);
    expect(checks[0]?.explanation).toContain('INTERPOL Washington');
  });
});

describe('oneYearAsylumCheck', () => {
  // Arrival 2025-06-10 → due 2026-06-10.
  const deadline = asylumDeadline('2025-06-10');

  it.each([
    ['one day past due, not filed', '2026-06-11', false, 'critical'],
    ['long past due, not filed', '2027-01-01', false, 'critical'],
    ['due today, not filed', '2026-06-10', false, 'warning'],
    ['90 days left, not filed', '2026-03-12', false, 'warning'],
    ['91 days left, not filed', '2026-03-11', false, null],
    ['past due but filed', '2026-07-01', true, null],
    ['within 90 days but filed', '2026-05-01', true, null],
  ] as const)('%s (today %s) → %s', (_name, today, filed, severity) => {
    const checks = oneYearAsylumCheck(deadline, filed, today);
    if (severity === null) expect(checks).toEqual([]);
    else expect(checks.map((c) => c.severity)).toEqual([severity]);
  });

  it('names the exceptions and the relief with no deadline when the deadline has passed', () => {
    const [check] = oneYearAsylumCheck(deadline, false, '2026-07-01');
    expect(check?.explanation).toMatch(/changed circumstances/);
    expect(check?.explanation).toMatch(/extraordinary circumstances/);
    expect(check?.explanation).toMatch(/208\.4\(a\)\(4\)/);
    expect(check?.explanation).toMatch(/208\.4\(a\)\(5\)/);
    expect(check?.explanation).toMatch(
      /Withholding of removal and protection under the Convention Against Torture/,
    );
  });

  it('uses the overridden due date and a custom warning window', () => {
    const overridden: ComputedDeadline = { ...deadline, dueDate: '2026-04-01' };
    expect(oneYearAsylumCheck(overridden, false, '2026-04-02')[0]?.severity).toBe('critical');
    expect(oneYearAsylumCheck(deadline, false, '2026-05-01', 30)).toEqual([]);
    expect(oneYearAsylumCheck(deadline, false, '2026-05-15', 30)[0]?.severity).toBe('warning');
  });

  it('warns when the application was filed after the deadline', () => {
    const late = asylumDeadline('2025-06-10', '2026-07-01');
    expect(late.status).toBe('late');
    const [check] = oneYearAsylumCheck(late, true, '2026-08-01');
    expect(check?.severity).toBe('warning');
    expect(check?.explanation).toMatch(/8 CFR 208\.4\(a\)\(4\)-\(5\)/);
  });

  it('asks for the last arrival when there is no deadline, unless filed', () => {
    expect(oneYearAsylumCheck(undefined, false, '2026-01-01').map((c) => c.severity)).toEqual(['info']);
    expect(oneYearAsylumCheck(undefined, true, '2026-01-01')).toEqual([]);
  });

  it('refuses a deadline of another rule', () => {
    const other = computeDeadlines({ finalOrderDate: '2026-03-02' })[0] as ComputedDeadline;
    expect(() => oneYearAsylumCheck(other, false, '2026-01-01')).toThrow(RangeError);
  });
});

describe('detainedHearingCheck', () => {
  it('explains that the immigration judge sets deadlines on the detained docket', () => {
    const hearing = { id: 'h1', date: '2026-03-16', kind: 'individual', detained: true } as const;
    const checks = detainedHearingCheck(hearing);
    expect(checks.map((c) => [c.severity, c.relatedRecordId])).toEqual([['info', 'h1']]);
    expect(checks[0]?.title).toMatch(/set by the immigration judge/);
    // ...and the engine indeed computes no filing deadline for it.
    expect(computeDeadlines({ hearings: [hearing] })).toEqual([]);
  });

  it('says nothing for a non-detained hearing', () => {
    expect(detainedHearingCheck({ id: 'h1', date: '2026-03-16', kind: 'master', detained: false })).toEqual(
      [],
    );
  });
});
