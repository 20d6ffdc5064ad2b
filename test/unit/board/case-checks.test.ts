import { describe, expect, it } from 'vitest';
import {
  ccfWhileAsylumPendingFlags,
  deletionNoticeFlags,
  refugeePolicyFlags,
  seriousCrimeBarFlags,
  travelWhileAsylumPendingFlags,
} from '../../../shared/board/case-checks';
import {
  RULE_IDS,
  SEQUENCING_RULE_LABELS,
  oneYearFilingFlags,
  sequencingFlags,
} from '../../../shared/board/sequencing';
import { bondRedeterminationPrompt, oneYearAsylumCheck } from '../../../shared/deadlines/checks';
import { computeDeadlines } from '../../../shared/deadlines/engine';
import type { RecordInput } from '../../../shared/dossier/records';
import { TODAY, input, record } from './fixtures';

const at = (records: ReturnType<typeof record>[]) => ({ today: TODAY, records });
const immigration = (data: Extract<RecordInput, { kind: 'immigration' }>['data']) =>
  record({ kind: 'immigration', data });

describe('serious nonpolitical crime bar without a fallback (W-E-R-B-)', () => {
  it('is critical with neither a rebuttal plan nor CAT deferral, a warning with one missing', () => {
    const bare = seriousCrimeBarFlags(at([immigration({ seriousNonpoliticalCrimeBarRaised: 'yes' })]));
    expect(bare).toEqual([
      expect.objectContaining({ severity: 'critical', ruleId: 'serious-crime-bar-no-fallback' }),
    ]);
    expect(bare[0]?.source).toMatch(/W-E-R-B-/);
    const planOnly = seriousCrimeBarFlags(
      at([
        immigration({
          seriousNonpoliticalCrimeBarRaised: 'yes',
          seriousNonpoliticalCrimeRebuttal: 'Expert on the charges; CCF deletion',
        }),
      ]),
    );
    expect(planOnly.map((f) => f.severity)).toEqual(['warning']);
    expect(planOnly[0]?.explanation).toMatch(/CAT deferral/);
  });

  it('does not raise with both, or when the bar is not raised', () => {
    expect(
      seriousCrimeBarFlags(
        at([
          immigration({
            seriousNonpoliticalCrimeBarRaised: 'yes',
            seriousNonpoliticalCrimeRebuttal: 'Plan',
            reliefSought: ['asylum', 'cat-deferral'],
          }),
        ]),
      ),
    ).toEqual([]);
    expect(seriousCrimeBarFlags(at([immigration({ seriousNonpoliticalCrimeBarRaised: 'unknown' })]))).toEqual(
      [],
    );
  });
});

describe('a CCF request while asylum is pending', () => {
  const pending = immigration({ i589FiledDate: '2026-05-01' });

  it('raises for a request without a confidentiality request: critical once filed', () => {
    const draft = record({ kind: 'ccf', data: { type: 'deletion' } });
    const filed = record({ kind: 'ccf', data: { type: 'access', filedDate: '2026-10-01' } });
    const flags = ccfWhileAsylumPendingFlags(at([pending, draft, filed]));
    expect(flags.map((f) => [f.relatedRecordId, f.severity])).toEqual([
      [draft.id, 'warning'],
      [filed.id, 'critical'],
    ]);
    expect(flags[0]?.source).toMatch(/1208\.6/);
  });

  it('does not raise with confidentiality asked, with no I-589, or once asylum is granted', () => {
    const asked = record({ kind: 'ccf', data: { type: 'deletion', confidentialityRequested: true } });
    expect(ccfWhileAsylumPendingFlags(at([pending, asked]))).toEqual([]);
    const plain = record({ kind: 'ccf', data: { type: 'deletion' } });
    expect(ccfWhileAsylumPendingFlags(at([immigration({}), plain]))).toEqual([]);
    const grant = record({
      kind: 'decision',
      data: { body: 'immigration-judge', date: '2026-09-01', outcome: 'granted', reliefGranted: ['asylum'] },
    });
    expect(ccfWhileAsylumPendingFlags(at([pending, plain, grant]))).toEqual([]);
  });
});

describe('asylum granted: the refugee-policy submission to the CCF', () => {
  const grant = record({
    kind: 'decision',
    data: { body: 'immigration-judge', date: '2026-09-01', outcome: 'granted', reliefGranted: ['asylum'] },
  });
  const notice = record({ kind: 'interpol', data: { type: 'red-notice', requestingCountry: 'Turkey' } });

  it('raises when asylum is granted and a notice is still active', () => {
    expect(refugeePolicyFlags(at([grant, notice]))).toEqual([
      expect.objectContaining({
        ruleId: 'refugee-policy-submission',
        severity: 'warning',
        relatedRecordId: grant.id,
      }),
    ]);
  });

  it('does not raise once the grant is sent, for withholding only, or with the notice deleted', () => {
    const sent = record({ kind: 'ccf', data: { type: 'deletion', refugeeVerificationSent: true } });
    expect(refugeePolicyFlags(at([grant, notice, sent]))).toEqual([]);
    const withholding = record({
      kind: 'decision',
      data: {
        body: 'immigration-judge',
        date: '2026-09-01',
        outcome: 'granted',
        reliefGranted: ['withholding'],
      },
    });
    expect(refugeePolicyFlags(at([withholding, notice]))).toEqual([]);
    const deleted = record({
      kind: 'interpol',
      data: { type: 'red-notice', requestingCountry: 'Turkey', status: 'deleted' },
    });
    expect(refugeePolicyFlags(at([grant, deleted]))).toEqual([]);
  });
});

describe('deletion obtained: notify DHS counsel, the court and INTERPOL Washington', () => {
  it('names who is still to be told, until all three are', () => {
    const deleted = record({
      kind: 'ccf',
      data: {
        type: 'deletion',
        outcome: 'deleted',
        decisionDate: '2026-10-01',
        deletionNotices: { dhsCounsel: true, court: false, interpolWashington: false },
      },
    });
    const [flag] = deletionNoticeFlags(at([deleted]));
    expect(flag?.explanation).toContain('the immigration court and INTERPOL Washington (the U.S. NCB)');
    expect(flag?.explanation).not.toContain('OPLA');
    const told = record({
      kind: 'ccf',
      data: {
        type: 'deletion',
        outcome: 'deleted',
        deletionNotices: { dhsCounsel: true, court: true, interpolWashington: true },
      },
    });
    expect(deletionNoticeFlags(at([told]))).toEqual([]);
    expect(deletionNoticeFlags(at([record({ kind: 'ccf', data: { type: 'deletion' } })]))).toEqual([]);
  });
});

describe('travel abroad while the asylum application is pending (8 CFR 1208.8)', () => {
  it('raises for a trip without advance parole, and for one to the feared country even with it', () => {
    const file = immigration({
      i589FiledDate: '2026-05-01',
      trips: [
        { departureDate: '2026-12-20', destination: 'Mexico', advanceParole: 'unknown' },
        { departureDate: '2027-02-01', destination: 'Turkey', advanceParole: 'yes', toCountryOfFeared: true },
        { departureDate: '2027-03-01', destination: 'Canada', advanceParole: 'yes' },
        { departureDate: '2026-01-10', destination: 'Before filing', advanceParole: 'no' },
      ],
    });
    const flags = travelWhileAsylumPendingFlags(at([file]));
    expect(flags.map((f) => f.title)).toEqual([
      'Travel to Mexico on 2026-12-20 while asylum is pending',
      'Travel to Turkey on 2027-02-01 while asylum is pending',
    ]);
    expect(flags[1]?.explanation).toMatch(/1208\.8\(b\)/);
  });

  it('does not raise when no application is pending', () => {
    const trip = { departureDate: '2026-12-20', advanceParole: 'no' as const };
    expect(travelWhileAsylumPendingFlags(at([immigration({ trips: [trip] })]))).toEqual([]);
    expect(
      travelWhileAsylumPendingFlags(
        at([immigration({ i589FiledDate: '2026-05-01', finalOrderDate: '2026-10-01', trips: [trip] })]),
      ),
    ).toEqual([]);
  });
});

describe('the one-year checks honour a recorded exception and unaccompanied children', () => {
  const arrival = { lastArrivalDate: '2025-06-10', reliefSought: ['asylum' as const] };

  it('turns a passed deadline into a warning to file within a reasonable period when an exception is recorded', () => {
    const [passed] = oneYearFilingFlags(input([immigration(arrival)]));
    expect(passed?.severity).toBe('critical');
    const [excused] = oneYearFilingFlags(
      input([immigration({ ...arrival, oneYearException: 'changed-circumstances' })]),
    );
    expect(excused).toMatchObject({ severity: 'warning' });
    expect(excused?.title).toMatch(/reasonable period/);
  });

  it('raises nothing for an unaccompanied child: the deadline does not apply', () => {
    expect(oneYearFilingFlags(input([immigration({ ...arrival, unaccompaniedChild: true })]))).toEqual([]);
    const [info] = oneYearAsylumCheck(undefined, false, TODAY, undefined, { unaccompaniedChild: true });
    expect(info).toMatchObject({ severity: 'info', id: 'asylum-one-year-unaccompanied-child' });
  });

  it('the dossier check softens likewise', () => {
    const [deadline] = computeDeadlines({ lastArrivalDate: '2025-06-10' });
    expect(oneYearAsylumCheck(deadline, false, TODAY)[0]?.severity).toBe('critical');
    expect(
      oneYearAsylumCheck(deadline, false, TODAY, undefined, { exception: 'extraordinary-circumstances' })[0],
    ).toMatchObject({ severity: 'warning', id: 'asylum-one-year-exception' });
  });
});

describe('DHS’s initial custody decision: a bond-redetermination prompt instead of a deadline', () => {
  it('raises while detained with no bond hearing, and not after release or once a hearing is set', () => {
    const base = { id: 'c1', arrestDate: '2026-10-01', custodyDeterminationDate: '2026-10-02' };
    expect(bondRedeterminationPrompt(base)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        title: 'Ask the immigration judge for a bond redetermination',
      }),
    ]);
    expect(bondRedeterminationPrompt({ ...base, releaseDate: '2026-10-20' })).toEqual([]);
    expect(bondRedeterminationPrompt({ ...base, bondHearingDate: '2026-11-30' })).toEqual([]);
  });
});

describe('registration', () => {
  it('runs the case checks among the sequencing flags, each with a label', () => {
    for (const id of RULE_IDS) expect(SEQUENCING_RULE_LABELS[id]).toBeTruthy();
    const flags = sequencingFlags(input([immigration({ seriousNonpoliticalCrimeBarRaised: 'yes' })]));
    expect(flags.map((f) => f.ruleId)).toContain('serious-crime-bar-no-fallback');
  });
});
