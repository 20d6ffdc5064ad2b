import { describe, expect, it } from 'vitest';
import {
  type CaseFactsInput,
  type ComputedDeadline,
  type EngineOptions,
  computeDeadlines,
  deadlineSchema,
} from '../../../shared/deadlines/engine';
import { RULES, type RuleId } from '../../../shared/deadlines/rules';

/**
 * The rules added or corrected for the docket: one row per case, each with the facts, the rule and the expected
 * date and roll — weekends, federal holidays, Inauguration Day at the BIA, listed closures, business-day counts and
 * leap days among them. Dates were worked out by hand against a printed calendar.
 */

interface Row {
  name: string;
  facts: CaseFactsInput;
  ruleId: RuleId;
  options?: EngineOptions;
  due: string;
  rolled: { from: string; reason: string } | null;
}

const TABLE: Row[] = [
  // (a) The 10-day BIA appeal: only from DHS's decision on a request to ease release conditions.
  {
    name: 'DHS conditions decision: 10 days, a plain Monday',
    facts: { conditionsDecisions: [{ id: 'c1', date: '2026-03-02' }] },
    ruleId: 'bia-appeal-dhs-conditions',
    due: '2026-03-12',
    rolled: null,
  },
  {
    name: 'DHS conditions decision: 10 days landing on Inauguration Day 2033 (BIA) → Friday',
    facts: { conditionsDecisions: [{ id: 'c1', date: '2033-01-10' }] },
    ruleId: 'bia-appeal-dhs-conditions',
    due: '2033-01-21',
    rolled: { from: '2033-01-20', reason: 'Inauguration Day' },
  },
  // (e) Inauguration Day rolls BIA deadlines only; closures roll every federal deadline.
  {
    name: 'BIA appeal: 30 days landing on Inauguration Day 2033 → Friday January 21',
    facts: { ijDecisions: [{ id: 'ij1', date: '2032-12-21', delivery: 'oral' }] },
    ruleId: 'bia-appeal-ij-decision',
    due: '2033-01-21',
    rolled: { from: '2033-01-20', reason: 'Inauguration Day' },
  },
  {
    name: 'motion to reconsider (immigration court): Inauguration Day 2033 is a business day there',
    facts: { finalOrderDate: '2032-12-21' },
    ruleId: 'motion-to-reconsider',
    due: '2033-01-20',
    rolled: null,
  },
  {
    name: 'BIA appeal: 30 days landing on a closure listed in Settings → the next day',
    facts: { ijDecisions: [{ id: 'ij1', date: '2026-03-02', delivery: 'oral' }] },
    ruleId: 'bia-appeal-ij-decision',
    options: { closures: [{ date: '2026-04-01', name: 'National Day of Mourning' }] },
    due: '2026-04-02',
    rolled: { from: '2026-04-01', reason: 'National Day of Mourning' },
  },
  {
    name: 'CCF access: a listed U.S. closure does not move the CCF’s date',
    facts: { ccfRequests: [{ id: 'r1', type: 'access', admissibilityDate: '2025-12-01' }] },
    ruleId: 'ccf-decision-access',
    options: { closures: [{ date: '2026-04-01', name: 'National Day of Mourning' }] },
    due: '2026-04-01',
    rolled: null,
  },
  // Release conditions: 7 days after release.
  {
    name: 'release: 7 days landing on Thanksgiving 2026 → Friday',
    facts: { releases: [{ id: 'c1', date: '2026-11-19' }] },
    ruleId: 'ij-release-conditions',
    due: '2026-11-27',
    rolled: { from: '2026-11-26', reason: 'Thanksgiving Day' },
  },
  {
    name: 'release: 7 days, a plain Monday',
    facts: { releases: [{ id: 'c1', date: '2026-03-02' }] },
    ruleId: 'ij-release-conditions',
    due: '2026-03-09',
    rolled: null,
  },
  // DHS automatic stay: business days.
  {
    name: 'EOIR-43: 1 business day after a Thursday order, past the observed July 3 and a weekend',
    facts: { bondGrants: [{ id: 'c1', date: '2026-07-02' }] },
    ruleId: 'dhs-auto-stay-notice',
    due: '2026-07-06',
    rolled: null,
  },
  {
    name: 'EOIR-43: 1 business day after a Friday order, past the weekend and MLK Day',
    facts: { bondGrants: [{ id: 'c1', date: '2026-01-16' }] },
    ruleId: 'dhs-auto-stay-notice',
    due: '2026-01-20',
    rolled: null,
  },
  {
    name: 'DHS notice of appeal: 10 business days at the BIA, skipping MLK Day and Inauguration Day 2033',
    facts: { bondGrants: [{ id: 'c1', date: '2033-01-13', stayNoticeDate: '2033-01-13' }] },
    ruleId: 'dhs-auto-stay-appeal',
    due: '2033-01-31',
    rolled: null,
  },
  {
    name: 'automatic stay lapses 90 days after DHS’s appeal, a Sunday not rolled',
    facts: {
      bondGrants: [
        { id: 'c1', date: '2026-02-20', stayNoticeDate: '2026-02-20', dhsAppealDate: '2026-03-02' },
      ],
    },
    ruleId: 'dhs-auto-stay-lapse',
    due: '2026-05-31',
    rolled: null,
  },
  // (c) In absentia: no BIA appeal, a motion to reopen in 180 days.
  {
    name: 'in absentia: 180 days landing on a Saturday → Monday',
    facts: { ijDecisions: [{ id: 'ij1', date: '2026-06-01', delivery: 'oral', inAbsentia: true }] },
    ruleId: 'motion-to-reopen-in-absentia',
    due: '2026-11-30',
    rolled: { from: '2026-11-28', reason: 'Saturday' },
  },
  // BIA briefs.
  {
    name: 'BIA brief: 21 days landing on Christmas 2026 → Monday',
    facts: {
      briefingSchedules: [{ id: 'd1', date: '2026-12-04', mode: 'simultaneous', clientRole: 'appellant' }],
    },
    ruleId: 'bia-brief',
    due: '2026-12-28',
    rolled: { from: '2026-12-25', reason: 'Christmas Day' },
  },
  {
    name: 'BIA brief: sequential, the appellee 42 days after the schedule',
    facts: {
      briefingSchedules: [{ id: 'd1', date: '2026-12-04', mode: 'sequential', clientRole: 'appellee' }],
    },
    ruleId: 'bia-brief',
    due: '2027-01-15',
    rolled: null,
  },
  {
    name: 'BIA brief: 21 days landing on leap day 2028',
    facts: {
      briefingSchedules: [{ id: 'd1', date: '2028-02-08', mode: 'sequential', clientRole: 'appellant' }],
    },
    ruleId: 'bia-brief',
    due: '2028-02-29',
    rolled: null,
  },
  // Voluntary departure and its bond.
  {
    name: 'voluntary departure: 120 days landing on a Saturday rolls forward (Monsalvo Velázquez)',
    facts: { voluntaryDepartures: [{ id: 'd1', date: '2026-01-30', days: 120, stage: 'before-conclusion' }] },
    ruleId: 'voluntary-departure',
    due: '2026-06-01',
    rolled: { from: '2026-05-30', reason: 'Saturday' },
  },
  {
    name: 'voluntary departure: 60 days, a plain Friday',
    facts: { voluntaryDepartures: [{ id: 'd1', date: '2026-03-02', days: 60, stage: 'at-conclusion' }] },
    ruleId: 'voluntary-departure',
    due: '2026-05-01',
    rolled: null,
  },
  {
    name: 'voluntary departure bond: 5 business days, skipping Thanksgiving',
    facts: { voluntaryDepartures: [{ id: 'd1', date: '2026-11-20', days: 60, stage: 'at-conclusion' }] },
    ruleId: 'voluntary-departure-bond',
    due: '2026-11-30',
    rolled: null,
  },
  // Change of address.
  {
    name: 'EOIR-33: 5 days landing on Christmas → Monday',
    facts: { addressChanges: [{ id: 'i1', date: '2026-12-20', inProceedings: true }] },
    ruleId: 'eoir-33-change-of-address',
    due: '2026-12-28',
    rolled: { from: '2026-12-25', reason: 'Christmas Day' },
  },
  {
    name: 'AR-11: 10 days on a Saturday, not rolled (filed online)',
    facts: { addressChanges: [{ id: 'i1', date: '2026-03-04', inProceedings: false }] },
    ruleId: 'ar-11-change-of-address',
    due: '2026-03-14',
    rolled: null,
  },
  // FOIA.
  {
    name: 'FOIA: 20 business days, skipping Veterans Day and Thanksgiving',
    facts: { foiaRequests: [{ id: 'f1', submittedDate: '2026-11-02' }] },
    ruleId: 'foia-agency-response',
    due: '2026-12-02',
    rolled: null,
  },
  {
    name: 'FOIA appeal: 90 days from a denial, a Sunday not rolled',
    facts: { foiaRequests: [{ id: 'f1', denialDate: '2026-03-02' }] },
    ruleId: 'foia-appeal',
    due: '2026-05-31',
    rolled: null,
  },
  // Post-order custody review.
  {
    name: 'post-order custody review: 90 days',
    facts: { finalOrderDate: '2026-03-02', detainedAfterFinalOrder: true },
    ruleId: 'post-order-custody-review-90',
    due: '2026-05-31',
    rolled: null,
  },
  {
    name: 'post-order custody review by headquarters: 180 days, a Saturday not rolled',
    facts: { finalOrderDate: '2026-03-02', detainedAfterFinalOrder: true },
    ruleId: 'post-order-custody-review-180',
    due: '2026-08-29',
    rolled: null,
  },
  // Petitions.
  {
    name: 'withholding-only: 30 days from the administrative order, landing on Veterans Day',
    facts: { administrativeOrder: { id: 'i1', date: '2026-10-12' } },
    ruleId: 'petition-for-review-withholding-only',
    due: '2026-11-12',
    rolled: { from: '2026-11-11', reason: 'Veterans Day' },
  },
  {
    name: 'rehearing: 45 days landing on Thanksgiving → Friday',
    facts: { circuitDecisions: [{ id: 'c1', date: '2026-10-12' }] },
    ruleId: 'circuit-rehearing',
    due: '2026-11-27',
    rolled: { from: '2026-11-26', reason: 'Thanksgiving Day' },
  },
  {
    name: 'certiorari: 90 days from judgment, a Sunday → Monday',
    facts: { circuitDecisions: [{ id: 'c1', date: '2026-03-02' }] },
    ruleId: 'certiorari',
    due: '2026-06-01',
    rolled: { from: '2026-05-31', reason: 'Sunday' },
  },
  {
    name: 'certiorari: 90 days from the denial of rehearing, a Sunday → Monday',
    facts: { circuitDecisions: [{ id: 'c1', date: '2026-03-02', rehearingDeniedDate: '2026-04-06' }] },
    ruleId: 'certiorari',
    due: '2026-07-06',
    rolled: { from: '2026-07-05', reason: 'Sunday' },
  },
];

function only(facts: CaseFactsInput, ruleId: RuleId, options?: EngineOptions): ComputedDeadline {
  const found = computeDeadlines(facts, undefined, options).filter((d) => d.ruleId === ruleId);
  expect(found).toHaveLength(1);
  return found[0] as ComputedDeadline;
}

describe('the docket’s rules', () => {
  it.each(TABLE)('$name', ({ facts, ruleId, options, due, rolled }) => {
    const deadline = only(facts, ruleId, options);
    expect(deadline.dueDate).toBe(due);
    expect(deadline.rolled).toEqual(rolled);
    expect(deadlineSchema.parse(deadline)).toEqual(deadline);
  });

  it('has a row for every rule added for the docket', () => {
    const covered = new Set(TABLE.map((row) => row.ruleId));
    for (const id of [
      'bia-appeal-dhs-conditions',
      'ij-release-conditions',
      'dhs-auto-stay-notice',
      'dhs-auto-stay-appeal',
      'dhs-auto-stay-lapse',
      'motion-to-reopen-in-absentia',
      'bia-brief',
      'voluntary-departure',
      'voluntary-departure-bond',
      'eoir-33-change-of-address',
      'ar-11-change-of-address',
      'foia-agency-response',
      'foia-appeal',
      'post-order-custody-review-90',
      'post-order-custody-review-180',
      'petition-for-review-withholding-only',
      'circuit-rehearing',
      'certiorari',
    ] as const) {
      expect(covered.has(id), id).toBe(true);
    }
  });
});

describe('corrections', () => {
  it('(a) computes no deadline from DHS’s initial custody decision (the facts no longer carry one)', () => {
    const keys = computeDeadlines({ releases: [], bondDecisions: [] }).map((d) => d.key);
    expect(keys).toEqual([]);
    expect(Object.keys(RULES)).not.toContain('dhs-custody-appeal');
  });

  it('(b) counts 30 days before an individual hearing and 15 before a master, moving to the next business day', () => {
    const [individual, master] = [
      only(
        { hearings: [{ id: 'h', date: '2026-03-31', kind: 'individual', detained: false }] },
        'eoir-filing-before-hearing',
      ),
      only(
        { hearings: [{ id: 'h', date: '2026-03-31', kind: 'master', detained: false }] },
        'eoir-filing-before-hearing',
      ),
    ];
    expect(individual).toMatchObject({
      dueDate: '2026-03-02',
      rolled: { from: '2026-03-01', reason: 'Sunday' },
    });
    expect(master).toMatchObject({ dueDate: '2026-03-16', rolled: null });
    expect(individual.safeDate).toBeUndefined();
  });

  it('(b) shows a safe date beside it when Settings ask: the business day before, less the extra days', () => {
    const facts: CaseFactsInput = {
      hearings: [{ id: 'h', date: '2026-03-31', kind: 'individual', detained: false }],
    };
    expect(only(facts, 'eoir-filing-before-hearing', { safeDateBusinessDays: 0 }).safeDate?.date).toBe(
      '2026-02-27',
    );
    expect(only(facts, 'eoir-filing-before-hearing', { safeDateBusinessDays: 2 }).safeDate?.date).toBe(
      '2026-02-25',
    );
    // On a business day with no extra days, the safe date would equal the due date: none is shown.
    const plain = only(
      { hearings: [{ id: 'h', date: '2026-03-19', kind: 'individual', detained: false }] },
      'eoir-filing-before-hearing',
      { safeDateBusinessDays: 0 },
    );
    expect(plain.safeDate).toBeUndefined();
  });

  it('(c) computes no BIA appeal from an in-absentia order, and notes the motion that lies at any time', () => {
    const deadlines = computeDeadlines({
      ijDecisions: [{ id: 'ij1', date: '2026-06-01', delivery: 'oral', inAbsentia: true }],
    });
    expect(deadlines.map((d) => d.ruleId)).toEqual(['motion-to-reopen-in-absentia']);
    expect(deadlines[0]?.note).toMatch(/any time/i);
  });

  it('(c) an in-absentia final order replaces the 90-day motion to reopen', () => {
    const rules = computeDeadlines({ finalOrderDate: '2026-06-01', finalOrderInAbsentia: true }).map(
      (d) => d.ruleId,
    );
    expect(rules).not.toContain('motion-to-reopen');
    expect(rules).toContain('motion-to-reconsider');
  });

  it('(d) computes no petition for review from a BIA remand', () => {
    expect(computeDeadlines({ biaDecisions: [{ id: 'b1', date: '2026-06-01', remanded: true }] })).toEqual(
      [],
    );
    expect(computeDeadlines({ biaDecisions: [{ id: 'b1', date: '2026-06-01' }] })).toHaveLength(1);
  });

  it('(f) cites the current rule text, never a law firm’s page', () => {
    for (const deadline of computeDeadlines({
      lastArrivalDate: '2026-01-05',
      finalOrderDate: '2026-02-02',
      ijDecisions: [{ id: 'i', date: '2026-01-05', delivery: 'oral' }],
      bondDecisions: [{ id: 'b', date: '2026-01-05' }],
    })) {
      expect(deadline.sourceUrl).not.toMatch(
        /law(firm|yer)|tooby|hoppock|ilcamerica|scribd|immigrationsolutions/,
      );
    }
  });

  it('skips the one-year deadline for an unaccompanied child (INA 208(a)(2)(E))', () => {
    expect(computeDeadlines({ lastArrivalDate: '2026-01-05', unaccompaniedChild: true })).toEqual([]);
  });

  it('computes post-order custody reviews only for someone detained when the order became final', () => {
    const rules = computeDeadlines({ finalOrderDate: '2026-03-02' }).map((d) => d.ruleId);
    expect(rules).not.toContain('post-order-custody-review-90');
  });

  it('computes the EOIR-33 only while proceedings are pending, the AR-11 always', () => {
    const rules = computeDeadlines({
      addressChanges: [{ id: 'i', date: '2026-03-04', inProceedings: false }],
    }).map((d) => d.ruleId);
    expect(rules).toEqual(['ar-11-change-of-address']);
  });

  it('marks DHS’s and the agency’s dates as dates to watch, and lets options lapse with their date', () => {
    const notice = only({ bondGrants: [{ id: 'c', date: '2026-03-02' }] }, 'dhs-auto-stay-notice');
    expect(notice).toMatchObject({ watch: true, expiresAfter: notice.dueDate, period: { business: true } });
    const release = only({ releases: [{ id: 'c', date: '2026-03-02' }] }, 'ij-release-conditions');
    expect(release.expiresAfter).toBe('2026-03-09');
    expect(only({ lastArrivalDate: '2026-01-05' }, 'asylum-one-year').expiresAfter).toBeUndefined();
  });
});

describe('far dates', () => {
  it('never throws on a date at the end of the calendar: the arithmetic stops at 9999-12-31', () => {
    const far = '9999-12-31';
    const deadlines = computeDeadlines({
      lastArrivalDate: far,
      finalOrderDate: far,
      detainedAfterFinalOrder: true,
      ijDecisions: [{ id: 'i', date: far, delivery: 'oral' }],
      hearings: [{ id: 'h', date: '0001-01-05', kind: 'individual', detained: false }],
      bondGrants: [{ id: 'b', date: far, stayNoticeDate: far, dhsAppealDate: far }],
      foiaRequests: [{ id: 'f', submittedDate: far, denialDate: far }],
      ccfRequests: [{ id: 'c', type: 'access', admissibilityDate: far, newFactDate: far }],
      circuitDecisions: [{ id: 'x', date: far }],
    });
    expect(deadlines.length).toBeGreaterThan(10);
    for (const deadline of deadlines) {
      expect(deadlineSchema.parse(deadline)).toEqual(deadline);
      expect(deadline.dueDate >= '0001-01-01' && deadline.dueDate <= far).toBe(true);
    }
  });
});
