import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  bucketFor,
  bucketize,
  caseFactsSchema,
  computeDeadlines,
  computedDeadlineSchema,
  deadlineOverrideSchema,
  type CaseFactsInput,
  type ComputedDeadline,
} from '../../../shared/deadlines/engine';
import { DEFAULT_RULE_PARAMETERS, type RuleId, type RuleParameters } from '../../../shared/deadlines/rules';

function only(facts: CaseFactsInput, ruleId: RuleId, params?: RuleParameters): ComputedDeadline {
  const found = computeDeadlines(facts, params).filter((d) => d.ruleId === ruleId);
  expect(found).toHaveLength(1);
  return found[0] as ComputedDeadline;
}

const withParams = (patch: Partial<RuleParameters>): RuleParameters => ({
  ...DEFAULT_RULE_PARAMETERS,
  ...patch,
});

interface Row {
  name: string;
  facts: CaseFactsInput;
  ruleId: RuleId;
  params?: RuleParameters;
  due: string;
  rolled: { from: string; reason: string } | null;
}

/** The deadline table: each row a set of facts, the rule, and the expected due date and roll. */
const TABLE: Row[] = [
  // One-year asylum deadline: the anniversary of last arrival, rolled forward.
  {
    name: 'one-year: anniversary on a plain Wednesday',
    facts: { lastArrivalDate: '2025-06-10' },
    ruleId: 'asylum-one-year',
    due: '2026-06-10',
    rolled: null,
  },
  {
    name: 'one-year: anniversary on a Saturday',
    facts: { lastArrivalDate: '2025-03-14' },
    ruleId: 'asylum-one-year',
    due: '2026-03-16',
    rolled: { from: '2026-03-14', reason: 'Saturday' },
  },
  {
    name: 'one-year: anniversary on a Sunday',
    facts: { lastArrivalDate: '2025-03-15' },
    ruleId: 'asylum-one-year',
    due: '2026-03-16',
    rolled: { from: '2026-03-15', reason: 'Sunday' },
  },
  {
    name: 'one-year: July 4 2026 is a Saturday → Monday July 6 (Fri July 3 is the observed holiday)',
    facts: { lastArrivalDate: '2025-07-04' },
    ruleId: 'asylum-one-year',
    due: '2026-07-06',
    rolled: { from: '2026-07-04', reason: 'Saturday' },
  },
  {
    name: 'one-year: anniversary on observed Independence Day (Fri July 3 2026)',
    facts: { lastArrivalDate: '2025-07-03' },
    ruleId: 'asylum-one-year',
    due: '2026-07-06',
    rolled: { from: '2026-07-03', reason: 'Independence Day (observed)' },
  },
  {
    name: 'one-year: anniversary on Thanksgiving',
    facts: { lastArrivalDate: '2025-11-26' },
    ruleId: 'asylum-one-year',
    due: '2026-11-27',
    rolled: { from: '2026-11-26', reason: 'Thanksgiving Day' },
  },
  {
    name: 'one-year: anniversary on Christmas observed (Fri Dec 24 2027), then a weekend',
    facts: { lastArrivalDate: '2026-12-24' },
    ruleId: 'asylum-one-year',
    due: '2027-12-27',
    rolled: { from: '2027-12-24', reason: 'Christmas Day (observed)' },
  },
  {
    name: 'one-year: arrival on Feb 29 2024 → Feb 28 2025 (earlier reading)',
    facts: { lastArrivalDate: '2024-02-29' },
    ruleId: 'asylum-one-year',
    due: '2025-02-28',
    rolled: null,
  },
  {
    name: 'one-year: anniversary on MLK Day 2027',
    facts: { lastArrivalDate: '2026-01-18' },
    ruleId: 'asylum-one-year',
    due: '2027-01-19',
    rolled: { from: '2027-01-18', reason: 'Birthday of Martin Luther King, Jr.' },
  },
  {
    name: 'one-year: Juneteenth 2027 on a Saturday',
    facts: { lastArrivalDate: '2026-06-19' },
    ruleId: 'asylum-one-year',
    due: '2027-06-21',
    rolled: { from: '2027-06-19', reason: 'Saturday' },
  },
  {
    name: 'one-year: Juneteenth 2027 observed on Friday June 18',
    facts: { lastArrivalDate: '2026-06-18' },
    ruleId: 'asylum-one-year',
    due: '2027-06-21',
    rolled: { from: '2027-06-18', reason: 'Juneteenth National Independence Day (observed)' },
  },
  {
    name: "one-year: New Year's Day 2028 (Saturday) observed Fri Dec 31 2027",
    facts: { lastArrivalDate: '2026-12-31' },
    ruleId: 'asylum-one-year',
    due: '2028-01-03',
    rolled: { from: '2027-12-31', reason: "New Year's Day (observed)" },
  },
  {
    name: "one-year: New Year's Day 2028 itself (a Saturday)",
    facts: { lastArrivalDate: '2027-01-01' },
    ruleId: 'asylum-one-year',
    due: '2028-01-03',
    rolled: { from: '2028-01-01', reason: 'Saturday' },
  },
  {
    name: 'one-year: arrival before April 1 1997 counts from April 1 1997',
    facts: { lastArrivalDate: '1995-05-01' },
    ruleId: 'asylum-one-year',
    due: '1998-04-01',
    rolled: null,
  },
  // BIA appeals.
  {
    name: 'BIA appeal: 30 days after a mailed decision land on Memorial Day 2026',
    facts: { ijDecisions: [{ id: 'ij1', date: '2026-04-25', delivery: 'mailed' }] },
    ruleId: 'bia-appeal-ij-decision',
    due: '2026-05-26',
    rolled: { from: '2026-05-25', reason: 'Memorial Day' },
  },
  {
    name: 'BIA appeal: 30 days after an oral decision',
    facts: { ijDecisions: [{ id: 'ij1', date: '2026-03-02', delivery: 'oral' }] },
    ruleId: 'bia-appeal-ij-decision',
    due: '2026-04-01',
    rolled: null,
  },
  {
    name: 'bond appeal: 30 days landing on Veterans Day 2027',
    facts: { bondDecisions: [{ id: 'b1', date: '2027-10-12' }] },
    ruleId: 'bond-appeal-bia',
    due: '2027-11-12',
    rolled: { from: '2027-11-11', reason: 'Veterans Day' },
  },
  // Final order clocks.
  {
    name: 'motion to reopen: 90 days landing on a Sunday',
    facts: { finalOrderDate: '2026-03-02', finalOrderId: 'order1' },
    ruleId: 'motion-to-reopen',
    due: '2026-06-01',
    rolled: { from: '2026-05-31', reason: 'Sunday' },
  },
  {
    name: 'motion to reconsider: 30 days',
    facts: { finalOrderDate: '2026-03-02' },
    ruleId: 'motion-to-reconsider',
    due: '2026-04-01',
    rolled: null,
  },
  {
    name: 'removal period: 90 days, never rolled',
    facts: { finalOrderDate: '2026-03-02' },
    ruleId: 'removal-period',
    due: '2026-05-31',
    rolled: null,
  },
  {
    name: 'petition for review: 30 days after the BIA decision',
    facts: { biaDecisions: [{ id: 'bia1', date: '2026-06-01' }] },
    ruleId: 'petition-for-review',
    due: '2026-07-01',
    rolled: null,
  },
  {
    name: 'BIA appeal of DHS’s decision on release conditions: 10 days landing on MLK Day 2026',
    facts: { conditionsDecisions: [{ id: 'c1', date: '2026-01-09' }] },
    ruleId: 'bia-appeal-dhs-conditions',
    due: '2026-01-20',
    rolled: { from: '2026-01-19', reason: 'Birthday of Martin Luther King, Jr.' },
  },
  // CCF: calendar months, month-end clamping, no roll.
  {
    name: 'CCF access: 4 months from Jan 31 (a Sunday, not rolled)',
    facts: { ccfRequests: [{ id: 'r1', type: 'access', admissibilityDate: '2026-01-31' }] },
    ruleId: 'ccf-decision-access',
    due: '2026-05-31',
    rolled: null,
  },
  {
    name: 'CCF access: 4 months from Aug 31',
    facts: { ccfRequests: [{ id: 'r1', type: 'access', admissibilityDate: '2026-08-31' }] },
    ruleId: 'ccf-decision-access',
    due: '2026-12-31',
    rolled: null,
  },
  {
    name: 'CCF access: 4 months from Oct 31 2027 clamps to Feb 29 2028',
    facts: { ccfRequests: [{ id: 'r1', type: 'access', admissibilityDate: '2027-10-31' }] },
    ruleId: 'ccf-decision-access',
    due: '2028-02-29',
    rolled: null,
  },
  {
    name: 'CCF deletion: 9 months from Jan 31',
    facts: { ccfRequests: [{ id: 'r1', type: 'deletion', admissibilityDate: '2026-01-31' }] },
    ruleId: 'ccf-decision-correction-deletion',
    due: '2026-10-31',
    rolled: null,
  },
  {
    name: 'CCF correction: 9 months from Aug 31 2026 (Memorial Day 2027, not rolled)',
    facts: { ccfRequests: [{ id: 'r1', type: 'correction', admissibilityDate: '2026-08-31' }] },
    ruleId: 'ccf-decision-correction-deletion',
    due: '2027-05-31',
    rolled: null,
  },
  {
    name: 'CCF correction: 9 months from May 31 2027 clamps to Feb 29 2028',
    facts: { ccfRequests: [{ id: 'r1', type: 'correction', admissibilityDate: '2027-05-31' }] },
    ruleId: 'ccf-decision-correction-deletion',
    due: '2028-02-29',
    rolled: null,
  },
  {
    name: 'CCF revision: 6 months from Aug 31 2027 clamps to Feb 29 2028',
    facts: { ccfRequests: [{ id: 'r1', type: 'revision', newFactDate: '2027-08-31' }] },
    ruleId: 'ccf-revision',
    due: '2028-02-29',
    rolled: null,
  },
  {
    name: 'CCF revision: 6 months from Aug 31 2026 clamps to Feb 28 2027',
    facts: { ccfRequests: [{ id: 'r1', type: 'revision', newFactDate: '2026-08-31' }] },
    ruleId: 'ccf-revision',
    due: '2027-02-28',
    rolled: null,
  },
  // Extradition.
  {
    name: '3188: two calendar months after commitment',
    facts: { extraditions: [{ id: 'x1', commitmentDate: '2026-05-15' }] },
    ruleId: 'extradition-3188-release',
    due: '2026-07-15',
    rolled: null,
  },
  {
    name: '3188: two months from Dec 31 2027 clamps to Feb 29 2028',
    facts: { extraditions: [{ id: 'x1', commitmentDate: '2027-12-31' }] },
    ruleId: 'extradition-3188-release',
    due: '2028-02-29',
    rolled: null,
  },
  {
    name: 'treaty window: default 60 days after provisional arrest',
    facts: { extraditions: [{ id: 'x1', provisionalArrestDate: '2026-03-02' }] },
    ruleId: 'extradition-formal-request',
    due: '2026-05-01',
    rolled: null,
  },
  {
    name: 'treaty window: a treaty-specific 45 days',
    facts: { extraditions: [{ id: 'x1', provisionalArrestDate: '2026-03-02', treatyWindowDays: 45 }] },
    ruleId: 'extradition-formal-request',
    due: '2026-04-16',
    rolled: null,
  },
  {
    name: 'treaty window: default changed in Settings to 40 days',
    facts: { extraditions: [{ id: 'x1', provisionalArrestDate: '2026-03-02' }] },
    ruleId: 'extradition-formal-request',
    params: withParams({ treatyFormalRequestDays: 40 }),
    due: '2026-04-11',
    rolled: null,
  },
  // EOIR filings before a hearing: counted back (hearing day = day 0), a weekend or holiday rolled FORWARD.
  {
    name: 'EOIR: 30 days before an individual hearing land on a Sunday → the Monday after',
    facts: { hearings: [{ id: 'h1', date: '2026-03-31', kind: 'individual', detained: false }] },
    ruleId: 'eoir-filing-before-hearing',
    due: '2026-03-02',
    rolled: { from: '2026-03-01', reason: 'Sunday' },
  },
  {
    name: "EOIR: 15 days before a master hearing land on Washington's Birthday (Mon) → Tuesday",
    facts: { hearings: [{ id: 'h1', date: '2026-03-03', kind: 'master', detained: false }] },
    ruleId: 'eoir-filing-before-hearing',
    due: '2026-02-17',
    rolled: { from: '2026-02-16', reason: "Washington's Birthday" },
  },
  {
    name: 'EOIR: 30 days before land on Saturday July 4 2026, past a Sunday → Monday July 6',
    facts: { hearings: [{ id: 'h1', date: '2026-08-03', kind: 'individual', detained: false }] },
    ruleId: 'eoir-filing-before-hearing',
    due: '2026-07-06',
    rolled: { from: '2026-07-04', reason: 'Saturday' },
  },
  {
    name: 'EOIR: 30 days before an individual hearing on a plain weekday',
    facts: { hearings: [{ id: 'h1', date: '2026-03-19', kind: 'individual', detained: false }] },
    ruleId: 'eoir-filing-before-hearing',
    due: '2026-02-17',
    rolled: null,
  },
  {
    name: 'EOIR: the individual-hearing parameter set back to 15 leaves master hearings at 15 days',
    facts: { hearings: [{ id: 'h1', date: '2026-03-18', kind: 'master', detained: false }] },
    ruleId: 'eoir-filing-before-hearing',
    params: withParams({ eoirNonDetainedFilingDaysBeforeHearing: 15 }),
    due: '2026-03-03',
    rolled: null,
  },
  {
    name: 'EOIR response: 10 days after the filing, landing on Memorial Day',
    facts: { opposingFilings: [{ id: 'f1', date: '2026-05-15', detained: false }] },
    ruleId: 'eoir-response',
    due: '2026-05-26',
    rolled: { from: '2026-05-25', reason: 'Memorial Day' },
  },
  // Advocacy.
  {
    name: 'WGAD: 60 days, a Saturday is not rolled',
    facts: { wgadCommunications: [{ id: 'w1', date: '2026-03-03' }] },
    ruleId: 'wgad-government-reply',
    due: '2026-05-02',
    rolled: null,
  },
];

describe('deadline table', () => {
  it.each(TABLE)('$name', ({ facts, ruleId, params, due, rolled }) => {
    const deadline = only(facts, ruleId, params);
    expect(deadline.dueDate).toBe(due);
    expect(deadline.rolled).toEqual(rolled);
    expect(computedDeadlineSchema.parse(deadline)).toEqual(deadline);
  });
});

describe('what is and is not computed', () => {
  it('computes no EOIR filing deadline for a detained hearing, nor for bond or other hearings', () => {
    const deadlines = computeDeadlines({
      hearings: [
        { id: 'h1', date: '2026-03-16', kind: 'individual', detained: true },
        { id: 'h2', date: '2026-03-16', kind: 'master', detained: true },
        { id: 'h3', date: '2026-03-16', kind: 'bond', detained: false },
        { id: 'h4', date: '2026-03-16', kind: 'other', detained: false },
      ],
      opposingFilings: [{ id: 'f1', date: '2026-03-02', detained: true }],
    });
    expect(deadlines).toEqual([]);
  });

  it('computes nothing from empty facts, and CCF decision time only with an admissibility date', () => {
    expect(computeDeadlines({})).toEqual([]);
    expect(
      computeDeadlines({ ccfRequests: [{ id: 'r1', type: 'deletion' }], extraditions: [{ id: 'x1' }] }),
    ).toEqual([]);
  });

  it('computes a revision clock from a new fact on any request, and no decision clock for a revision', () => {
    const deadlines = computeDeadlines({
      ccfRequests: [
        { id: 'r1', type: 'deletion', admissibilityDate: '2026-01-31', newFactDate: '2026-09-01' },
        { id: 'r2', type: 'revision', admissibilityDate: '2026-02-01' },
      ],
    });
    expect(deadlines.map((d) => d.key)).toEqual(['ccf-decision-correction-deletion:r1', 'ccf-revision:r1']);
  });

  it('gives unique, stable keys (rule id : record id, or case) with the related record id', () => {
    const facts: CaseFactsInput = {
      lastArrivalDate: '2025-06-10',
      finalOrderDate: '2026-03-02',
      finalOrderId: 'order1',
      ijDecisions: [
        { id: 'ij1', date: '2026-03-02', delivery: 'oral' },
        { id: 'ij2', date: '2026-03-05', delivery: 'mailed' },
      ],
      extraditions: [{ id: 'x1', provisionalArrestDate: '2026-03-02', commitmentDate: '2026-05-15' }],
    };
    const first = computeDeadlines(facts);
    const keys = first.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('asylum-one-year:case');
    expect(keys).toContain('motion-to-reopen:order1');
    expect(keys).toContain('bia-appeal-ij-decision:ij2');
    expect(keys).toContain('extradition-3188-release:x1');
    expect(first.find((d) => d.key === 'asylum-one-year:case')?.relatedRecordId).toBeUndefined();
    expect(first.find((d) => d.key === 'bia-appeal-ij-decision:ij2')?.relatedRecordId).toBe('ij2');
    expect(computeDeadlines(facts)).toEqual(first);
  });

  it('uses "case" for final-order deadlines when the order has no record id', () => {
    const keys = computeDeadlines({ finalOrderDate: '2026-03-02' }).map((d) => d.key);
    expect(keys.sort()).toEqual([
      'motion-to-reconsider:case',
      'motion-to-reopen:case',
      'removal-period:case',
    ]);
  });

  it('sorts by due date, then rule id', () => {
    const deadlines = computeDeadlines({
      finalOrderDate: '2026-03-02',
      ijDecisions: [{ id: 'ij1', date: '2026-03-02', delivery: 'oral' }],
      biaDecisions: [{ id: 'bia1', date: '2026-03-02' }],
      lastArrivalDate: '2025-06-10',
    });
    expect(deadlines.map((d) => [d.dueDate, d.ruleId])).toEqual([
      ['2026-04-01', 'bia-appeal-ij-decision'],
      ['2026-04-01', 'motion-to-reconsider'],
      ['2026-04-01', 'petition-for-review'],
      ['2026-05-31', 'removal-period'],
      ['2026-06-01', 'motion-to-reopen'],
      ['2026-06-10', 'asylum-one-year'],
    ]);
  });

  it('carries the rule text, source and verify flag, and the period counted', () => {
    const deadline = only(
      { hearings: [{ id: 'h1', date: '2026-03-16', kind: 'individual', detained: false }] },
      'eoir-filing-before-hearing',
    );
    expect(deadline.verify).toBe(false);
    expect(deadline.source).toMatch(/EOIR Policy Manual/);
    expect(deadline.sourceUrl).toMatch(/^https:\/\/www\.justice\.gov\/eoir\//);
    expect(deadline.description).toMatch(/NEXT business day/);
    expect(deadline.period).toEqual({ amount: 30, unit: 'days', direction: 'before' });
    expect(deadline.kind).toBe('computed');
    expect(deadline.expiresAfter).toBe('2026-03-16');
    expect(deadline.trigger).toEqual({
      label: 'Individual calendar hearing (non-detained)',
      date: '2026-03-16',
    });
  });

  it('rejects malformed facts: an impossible date, a duplicate record id, a bad treaty window', () => {
    expect(() => computeDeadlines({ lastArrivalDate: '2026-02-30' })).toThrow(ZodError);
    expect(() =>
      computeDeadlines({
        biaDecisions: [
          { id: 'same', date: '2026-01-05' },
          { id: 'same', date: '2026-02-05' },
        ],
      }),
    ).toThrow(ZodError);
    expect(() =>
      computeDeadlines({
        extraditions: [{ id: 'x1', provisionalArrestDate: '2026-03-02', treatyWindowDays: 0 }],
      }),
    ).toThrow(ZodError);
  });

  it('rejects parameters out of bounds', () => {
    expect(() => computeDeadlines({}, withParams({ eoirResponseDays: 0 }))).toThrow(ZodError);
  });

  it('parses facts with lists left out into empty lists', () => {
    const parsed = caseFactsSchema.parse({ lastArrivalDate: '2025-06-10' });
    expect(parsed.hearings).toEqual([]);
    expect(parsed.wgadCommunications).toEqual([]);
  });
});

describe('status', () => {
  it.each([
    ['filed before the due date', '2026-06-01', 'met'],
    ['filed on the due date', '2026-06-10', 'met'],
    ['filed after the due date', '2026-06-11', 'late'],
    ['not filed', undefined, 'open'],
  ] as const)('one-year, %s → %s', (_label, asylumFiledDate, status) => {
    const deadline = only({ lastArrivalDate: '2025-06-10', asylumFiledDate }, 'asylum-one-year');
    expect(deadline.status).toBe(status);
    if (asylumFiledDate)
      expect(deadline.completion).toEqual({ label: 'Asylum application filed', date: asylumFiledDate });
    else expect(deadline.completion).toBeUndefined();
  });

  it('counts a filing on the rolled-forward business day as met', () => {
    const deadline = only(
      { lastArrivalDate: '2025-07-04', asylumFiledDate: '2026-07-06' },
      'asylum-one-year',
    );
    expect(deadline.status).toBe('met');
  });

  it.each([
    [
      { ijDecisions: [{ id: 'a', date: '2026-03-02', delivery: 'oral', appealFiledDate: '2026-04-01' }] },
      'bia-appeal-ij-decision',
      'met',
    ],
    [
      { ijDecisions: [{ id: 'a', date: '2026-03-02', delivery: 'oral', appealFiledDate: '2026-04-02' }] },
      'bia-appeal-ij-decision',
      'late',
    ],
    [
      { biaDecisions: [{ id: 'a', date: '2026-06-01', petitionFiledDate: '2026-06-30' }] },
      'petition-for-review',
      'met',
    ],
    [
      { biaDecisions: [{ id: 'a', date: '2026-06-01', petitionFiledDate: '2026-07-02' }] },
      'petition-for-review',
      'late',
    ],
    [
      { bondDecisions: [{ id: 'a', date: '2027-10-12', appealFiledDate: '2027-11-12' }] },
      'bond-appeal-bia',
      'met',
    ],
    [{ finalOrderDate: '2026-03-02', motionToReopenFiledDate: '2026-06-01' }, 'motion-to-reopen', 'met'],
    [
      { finalOrderDate: '2026-03-02', motionToReconsiderFiledDate: '2026-04-02' },
      'motion-to-reconsider',
      'late',
    ],
    [{ finalOrderDate: '2026-03-02' }, 'removal-period', 'open'],
    [
      { conditionsDecisions: [{ id: 'a', date: '2026-01-09', appealFiledDate: '2026-01-20' }] },
      'bia-appeal-dhs-conditions',
      'met',
    ],
    [
      {
        ccfRequests: [
          { id: 'a', type: 'access', admissibilityDate: '2026-01-31', decisionDate: '2026-06-15' },
        ],
      },
      'ccf-decision-access',
      'late',
    ],
    [
      {
        ccfRequests: [
          { id: 'a', type: 'deletion', admissibilityDate: '2026-01-31', decisionDate: '2026-09-15' },
        ],
      },
      'ccf-decision-correction-deletion',
      'met',
    ],
    [
      {
        ccfRequests: [
          { id: 'a', type: 'revision', newFactDate: '2026-08-31', revisionFiledDate: '2027-02-28' },
        ],
      },
      'ccf-revision',
      'met',
    ],
    [
      {
        extraditions: [
          { id: 'a', provisionalArrestDate: '2026-03-02', formalRequestReceivedDate: '2026-05-04' },
        ],
      },
      'extradition-formal-request',
      'late',
    ],
    [
      {
        extraditions: [
          { id: 'a', provisionalArrestDate: '2026-03-02', formalRequestReceivedDate: '2026-04-20' },
        ],
      },
      'extradition-formal-request',
      'met',
    ],
    [
      { extraditions: [{ id: 'a', commitmentDate: '2026-05-15', surrenderDate: '2026-06-30' }] },
      'extradition-3188-release',
      'met',
    ],
    [
      { extraditions: [{ id: 'a', commitmentDate: '2026-05-15', surrenderDate: '2026-07-16' }] },
      'extradition-3188-release',
      'late',
    ],
    [
      { wgadCommunications: [{ id: 'a', date: '2026-03-03', replyReceivedDate: '2026-05-01' }] },
      'wgad-government-reply',
      'met',
    ],
    [
      {
        hearings: [
          {
            id: 'a',
            date: '2026-03-31',
            kind: 'individual',
            detained: false,
            filingsSubmittedDate: '2026-03-02',
          },
        ],
      },
      'eoir-filing-before-hearing',
      'met',
    ],
    [
      {
        hearings: [
          {
            id: 'a',
            date: '2026-03-31',
            kind: 'individual',
            detained: false,
            filingsSubmittedDate: '2026-03-03',
          },
        ],
      },
      'eoir-filing-before-hearing',
      'late',
    ],
    [
      {
        opposingFilings: [{ id: 'a', date: '2026-05-15', detained: false, responseFiledDate: '2026-05-26' }],
      },
      'eoir-response',
      'met',
    ],
  ] as [CaseFactsInput, RuleId, string][])('%j → %s %s', (facts, ruleId, status) => {
    expect(only(facts, ruleId).status).toBe(status);
  });
});

describe('overrides', () => {
  const facts: CaseFactsInput = {
    lastArrivalDate: '2025-06-10',
    asylumFiledDate: '2026-06-20',
    ijDecisions: [{ id: 'ij1', date: '2026-03-02', delivery: 'oral' }],
  };

  it('replaces the due date, keeps the computed one, recomputes status and re-sorts', () => {
    const computed = computeDeadlines(facts);
    expect(computed.map((d) => d.key)).toEqual(['bia-appeal-ij-decision:ij1', 'asylum-one-year:case']);
    expect(computed[1]?.status).toBe('late');

    const result = applyOverrides(computed, [
      { key: 'asylum-one-year:case', dueDate: '2026-03-01', reason: 'Earlier arrival found in CBP records' },
    ]);
    const asylum = result.find((d) => d.key === 'asylum-one-year:case');
    expect(asylum?.dueDate).toBe('2026-03-01');
    expect(asylum?.override).toEqual({
      originalDueDate: '2026-06-10',
      reason: 'Earlier arrival found in CBP records',
    });
    expect(result.map((d) => d.key)).toEqual(['asylum-one-year:case', 'bia-appeal-ij-decision:ij1']);

    const later = applyOverrides(computed, [
      { key: 'asylum-one-year:case', dueDate: '2026-06-30', reason: 'Tolled by IJ order of 2026-05-01' },
    ]);
    expect(later.find((d) => d.key === 'asylum-one-year:case')?.status).toBe('met');
    expect(computed[1]?.dueDate).toBe('2026-06-10'); // input untouched
  });

  it('keeps the first computed date when an overridden deadline is overridden again', () => {
    const once = applyOverrides(computeDeadlines(facts), [
      { key: 'bia-appeal-ij-decision:ij1', dueDate: '2026-04-10', reason: 'first' },
    ]);
    const twice = applyOverrides(once, [
      { key: 'bia-appeal-ij-decision:ij1', dueDate: '2026-04-12', reason: 'second' },
    ]);
    expect(twice.find((d) => d.ruleId === 'bia-appeal-ij-decision')?.override?.originalDueDate).toBe(
      '2026-04-01',
    );
  });

  it('ignores an override whose deadline no longer exists', () => {
    const computed = computeDeadlines(facts);
    expect(
      applyOverrides(computed, [{ key: 'petition-for-review:gone', dueDate: '2026-01-01', reason: 'old' }]),
    ).toEqual(computed);
  });

  it.each([
    [{ key: 'asylum-one-year:case', dueDate: '2026-03-01' }],
    [{ key: 'asylum-one-year:case', dueDate: '2026-03-01', reason: '' }],
    [{ key: 'asylum-one-year:case', dueDate: '2026-03-01', reason: '  a ' }],
    [{ key: 'asylum-one-year:case', dueDate: '2026-02-30', reason: 'valid reason' }],
  ])('rejects the override %j', (override) => {
    expect(deadlineOverrideSchema.safeParse(override).success).toBe(false);
    expect(() => applyOverrides(computeDeadlines(facts), [override as never])).toThrow(ZodError);
  });
});

describe('bucketize', () => {
  const today = '2026-01-01';
  const template = only({ lastArrivalDate: '2025-06-10' }, 'asylum-one-year');
  const at = (dueDate: string, status: ComputedDeadline['status'] = 'open'): ComputedDeadline => ({
    ...template,
    key: `k:${dueDate}:${status}`,
    dueDate,
    status,
  });

  it.each([
    ['2025-12-31', 'overdue'],
    ['2025-01-01', 'overdue'],
    ['2026-01-01', 'within7'],
    ['2026-01-08', 'within7'],
    ['2026-01-09', 'within30'],
    ['2026-01-31', 'within30'],
    ['2026-02-01', 'within90'],
    ['2026-04-01', 'within90'],
    ['2026-04-02', 'later'],
  ])('due %s seen from 2026-01-01 is %s', (dueDate, bucket) => {
    expect(bucketFor(dueDate, today)).toBe(bucket);
  });

  it('counts and groups open deadlines only, in due-date order', () => {
    const result = bucketize(
      [
        at('2026-04-02'),
        at('2026-01-09'),
        at('2026-01-01'),
        at('2026-01-08'),
        at('2025-12-31'),
        at('2026-01-31'),
        at('2026-04-01'),
        at('2026-01-02', 'met'),
        at('2025-12-01', 'late'),
      ],
      today,
    );
    expect(result.counts).toEqual({ overdue: 1, within7: 2, within30: 2, within90: 1, later: 1 });
    expect(result.groups.within7.map((d) => d.dueDate)).toEqual(['2026-01-01', '2026-01-08']);
    expect(result.groups.overdue.map((d) => d.dueDate)).toEqual(['2025-12-31']);
  });

  it('returns empty groups for no deadlines and rejects a malformed today', () => {
    expect(bucketize([], today).counts).toEqual({
      overdue: 0,
      within7: 0,
      within30: 0,
      within90: 0,
      later: 0,
    });
    expect(() => bucketize([], '01/01/2026')).toThrow();
  });
});
