import { describe, expect, it } from 'vitest';
import {
  backdoorExtraditionFlags,
  custodyDocumentationFlags,
  exposedMaterialFlags,
  hearingNeedsFlags,
  ntaAffirmativePlanFlags,
  oneYearFilingFlags,
  sequencingFlags,
} from '../../../shared/board/sequencing';
import { checkSchema } from '../../../shared/deadlines/checks';
import { card, input, record } from './fixtures';

const immigration = (data: Record<string, unknown>) => record({ kind: 'immigration', data });

describe('one year near with no asylum filing', () => {
  it('warns when the deadline is within 90 days and nothing is filed', () => {
    // Last arrival 2026-01-10: due 2027-01-10, a Sunday, rolled to Monday 2027-01-11 (47 days from today).
    const [flag] = oneYearFilingFlags(input([immigration({ lastArrivalDate: '2026-01-10' })]));
    expect(flag).toMatchObject({ ruleId: 'one-year-no-filing', severity: 'warning' });
    expect(flag?.title).toContain('47 days');
    expect(flag?.explanation).toContain('No card on the board plans the I-589');
    expect(flag?.source).toContain('8 CFR 1208.4');
  });

  it('is critical within 30 days and when past, and names the planned card', () => {
    const planned = card({ title: 'File I-589', kind: 'asylum-application', dueDate: '2026-12-01' });
    const [near] = oneYearFilingFlags(input([immigration({ lastArrivalDate: '2025-12-10' })], [planned]));
    expect(near).toMatchObject({ severity: 'critical', relatedCardId: planned.id });
    expect(near?.explanation).toContain('“File I-589” due 2026-12-01');
    const [past] = oneYearFilingFlags(input([immigration({ lastArrivalDate: '2025-06-10' })]));
    expect(past).toMatchObject({ severity: 'critical' });
    expect(past?.title).toContain('has passed');
  });

  it('raises when the board plans the filing after a deadline that is still far', () => {
    const late = card({ title: 'File I-589', kind: 'asylum-application', dueDate: '2027-07-01' });
    const [flag] = oneYearFilingFlags(input([immigration({ lastArrivalDate: '2026-06-01' })], [late]));
    expect(flag).toMatchObject({ severity: 'warning', relatedCardId: late.id });
    expect(flag?.title).toBe('The I-589 is planned after the one-year deadline');
  });

  it('does not raise when far away, filed, or asylum is not sought', () => {
    expect(oneYearFilingFlags(input([immigration({ lastArrivalDate: '2026-06-01' })]))).toEqual([]);
    expect(
      oneYearFilingFlags(
        input([immigration({ lastArrivalDate: '2026-01-10', i589FiledDate: '2026-11-01' })]),
      ),
    ).toEqual([]);
    expect(
      oneYearFilingFlags(
        input([immigration({ lastArrivalDate: '2026-01-10', reliefSought: ['withholding'] })]),
      ),
    ).toEqual([]);
    expect(oneYearFilingFlags(input([]))).toEqual([]);
  });
});

describe('NTA filed while an affirmative filing is planned', () => {
  it('is critical and cites 8 CFR 1208.2(b)', () => {
    const uscis = card({
      title: 'Affirmative I-589',
      kind: 'asylum-application',
      forum: 'USCIS asylum office',
    });
    const [flag] = ntaAffirmativePlanFlags(
      input([immigration({ ntaFiledDate: '2026-10-01', asylumFilingPlan: 'affirmative' })], [uscis]),
    );
    expect(flag).toMatchObject({
      ruleId: 'nta-filed-affirmative-plan',
      severity: 'critical',
      relatedCardId: uscis.id,
    });
    expect(flag?.source).toContain('8 CFR 1208.2(b)');
    expect(flag?.explanation).toContain('2026-10-01');
  });

  it('raises when the I-589 went to USCIS after the NTA was filed', () => {
    const flags = ntaAffirmativePlanFlags(
      input([
        immigration({
          ntaFiledDate: '2026-10-01',
          asylumFilingPlan: 'affirmative',
          i589FiledDate: '2026-10-15',
          i589Agency: 'uscis',
        }),
      ]),
    );
    expect(flags).toHaveLength(1);
  });

  it('does not raise for a defensive plan, a court filing, an earlier USCIS filing or no NTA', () => {
    const cases = [
      { ntaFiledDate: '2026-10-01', asylumFilingPlan: 'defensive' },
      { ntaFiledDate: '2026-10-01', asylumFilingPlan: 'undecided' },
      {
        ntaFiledDate: '2026-10-01',
        asylumFilingPlan: 'affirmative',
        i589FiledDate: '2026-10-20',
        i589Agency: 'immigration-court',
      },
      {
        ntaFiledDate: '2026-10-01',
        asylumFilingPlan: 'affirmative',
        i589FiledDate: '2026-09-01',
        i589Agency: 'uscis',
      },
      { ntaServedDate: '2026-10-01', asylumFilingPlan: 'affirmative' },
    ];
    for (const data of cases)
      expect(ntaAffirmativePlanFlags(input([immigration(data)])), JSON.stringify(data)).toEqual([]);
  });
});

describe('hearing before an expert report or translation it needs', () => {
  // Individual hearing on 2027-01-11 (non-detained): filings due 30 days before, 2026-12-12 (Saturday), which moves
  // to the next business day, Monday 2026-12-14.
  const hearing = record({ kind: 'hearing', data: { kind: 'individual', date: '2027-01-11' } });

  it('is critical when the report is due after the hearing', () => {
    const report = card({ title: 'Country expert report', kind: 'expert-report', dueDate: '2027-01-20' });
    const [flag] = hearingNeedsFlags(input([hearing], [report]));
    expect(flag).toMatchObject({
      ruleId: 'hearing-before-needed-item',
      severity: 'critical',
      relatedCardId: report.id,
      relatedRecordId: hearing.id,
    });
    expect(flag?.explanation).toContain('Filings for it are due 2026-12-14.');
  });

  it('warns when due after the filing deadline, or open with no due date', () => {
    const late = card({ title: 'Translations', kind: 'translation', dueDate: '2026-12-15' });
    const undated = card({ title: 'Medical evaluation', kind: 'expert-report' });
    const flags = hearingNeedsFlags(input([hearing], [late, undated]));
    expect(flags.map((f) => [f.relatedCardId, f.severity])).toEqual([
      [late.id, 'warning'],
      [undated.id, 'warning'],
    ]);
    expect(flags[0]?.explanation).toContain('certified English translation');
  });

  it('reads a linked checklist item of that kind', () => {
    const task = card({ title: 'Exhibits', kind: 'evidence', links: [{ kind: 'checklist', id: 'item-1' }] });
    const flags = hearingNeedsFlags(
      input(
        [hearing],
        [task],
        [
          {
            kind: 'checklist',
            id: 'item-1',
            exists: true,
            label: 'Certified translation of the warrant',
            done: false,
            dueDate: '2027-01-15',
          },
        ],
      ),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'critical', relatedCardId: task.id });
  });

  it('measures a card against the hearing it is linked to', () => {
    const bond = record({ kind: 'hearing', data: { kind: 'bond', date: '2026-12-02', detained: true } });
    const report = card({
      title: 'Psychological evaluation',
      kind: 'expert-report',
      dueDate: '2026-12-10',
      links: [{ kind: 'record', id: bond.id }],
    });
    const [flag] = hearingNeedsFlags(input([hearing, bond], [report]));
    expect(flag).toMatchObject({ severity: 'critical', relatedRecordId: bond.id });
  });

  it('does not raise when ready in time, done, or no hearing is coming', () => {
    const ready = card({ title: 'Country expert report', kind: 'expert-report', dueDate: '2026-12-01' });
    const done = card({ title: 'Translations', kind: 'translation', status: 'done', dueDate: '2027-02-01' });
    const other = card({ title: 'FOIA', kind: 'task', dueDate: '2027-02-01' });
    expect(hearingNeedsFlags(input([hearing], [ready, done, other]))).toEqual([]);
    const past = record({ kind: 'hearing', data: { kind: 'individual', date: '2026-11-01' } });
    expect(hearingNeedsFlags(input([past], [card({ title: 'Report', kind: 'expert-report' })]))).toEqual([]);
  });
});

describe('final removal order while the CCF or extradition defence is pending', () => {
  const order = immigration({ finalOrderDate: '2026-11-02' });

  it('is critical with a pending CCF request, and names the motion-to-reopen date', () => {
    const ccf = record({ kind: 'ccf', data: { type: 'deletion', filedDate: '2026-06-01' } });
    const [flag] = backdoorExtraditionFlags(input([order, ccf]));
    expect(flag).toMatchObject({ ruleId: 'backdoor-extradition', severity: 'critical' });
    expect(flag?.explanation).toContain('a CCF request is awaiting decision');
    expect(flag?.explanation).toMatch(/motion to reopen \(due 2027-0\d-\d\d\)/);
  });

  it('raises for an open extradition track, or open CCF and extradition cards', () => {
    const extradition = record({ kind: 'extradition', data: { provisionalArrestDate: '2026-09-01' } });
    expect(backdoorExtraditionFlags(input([order, extradition]))).toHaveLength(1);
    const ccfCard = card({ title: 'Deletion request', lane: 'ccf', kind: 'ccf-request' });
    expect(backdoorExtraditionFlags(input([order], [ccfCard]))[0]?.relatedCardId).toBe(ccfCard.id);
  });

  it('does not raise without a final order, or when nothing is pending', () => {
    const ccf = record({ kind: 'ccf', data: { type: 'deletion' } });
    expect(backdoorExtraditionFlags(input([immigration({}), ccf]))).toEqual([]);
    const decided = record({
      kind: 'ccf',
      data: { type: 'deletion', decisionDate: '2026-10-01', outcome: 'deleted' },
    });
    const surrendered = record({ kind: 'extradition', data: { surrenderDecisionDate: '2026-10-01' } });
    const doneCard = card({ title: 'Deletion', lane: 'ccf', kind: 'ccf-request', status: 'done' });
    expect(backdoorExtraditionFlags(input([order, decided, surrendered], [doneCard]))).toEqual([]);
  });
});

describe('Red Notice custody without the 15006.1 documentation requested', () => {
  const custody = (data: Record<string, unknown>) =>
    record({ kind: 'custody', data: { arrestDate: '2026-10-10', ...data } });

  it('is critical while detained on the Red Notice alone', () => {
    const c = custody({ redNoticeSoleBasis: true });
    const [flag] = custodyDocumentationFlags(input([c]));
    expect(flag).toMatchObject({
      id: `custody-15006-documentation:${c.id}`,
      ruleId: 'custody-15006-documentation',
      severity: 'critical',
      relatedRecordId: c.id,
    });
    expect(flag?.source).toContain('15006.1');
  });

  it('reads the stated basis and Project Red, warns after release, and names a card still to do', () => {
    const todo = card({ title: 'Demand NCB documents', kind: 'ncb-documentation' });
    const released = custody({ statedBasis: 'INTERPOL Red Notice (Turkey)', releaseDate: '2026-11-01' });
    const [flag] = custodyDocumentationFlags(input([released], [todo]));
    expect(flag).toMatchObject({ severity: 'warning', relatedCardId: todo.id });
    expect(flag?.explanation).toContain('“Demand NCB documents” is still to do');
    expect(custodyDocumentationFlags(input([custody({ projectRed: 'yes' })]))).toHaveLength(1);
  });

  it('does not raise once requested, while a demand is under way, or without a Red Notice basis', () => {
    const requested = custody({
      redNoticeSoleBasis: true,
      directive15006: { ncbDocumentationRequested: 'yes' },
    });
    expect(custodyDocumentationFlags(input([requested]))).toEqual([]);
    const underWay = card({ title: 'Demand', kind: 'ncb-documentation', status: 'waiting' });
    expect(custodyDocumentationFlags(input([custody({ redNoticeSoleBasis: true })], [underWay]))).toEqual([]);
    expect(custodyDocumentationFlags(input([custody({ statedBasis: 'Visa overstay' })]))).toEqual([]);
  });
});

describe('restricted material linked to a CCF or home-country card', () => {
  const declaration = record({ kind: 'note', scope: 'client-only', data: { title: 'Safe-house addresses' } });
  const team = record({ kind: 'note', scope: 'counsel-team', data: { title: 'Strategy memo' } });
  const ccfScoped = record({ kind: 'note', scope: 'ccf', data: { title: 'Submission' } });
  const resolved = [declaration, team, ccfScoped].map((r) => ({
    kind: 'record' as const,
    id: r.id,
    exists: true,
    label: r.kind === 'note' ? r.data.title : '',
    scope: r.scope,
  }));
  const link = (id: string) => ({ kind: 'record' as const, id });

  it('is critical for client-only and a warning for counsel-team material', () => {
    const c = card({ title: 'Deletion request', lane: 'ccf', links: [link(declaration.id), link(team.id)] });
    const flags = exposedMaterialFlags(input([declaration, team], [c], resolved));
    expect(flags.map((f) => f.severity)).toEqual(['critical', 'warning']);
    expect(flags[0]).toMatchObject({ ruleId: 'exposed-material', relatedCardId: c.id });
    expect(flags[0]?.explanation).toContain('“Safe-house addresses” is scoped client-only');
    const home = card({ title: 'Brief local counsel', lane: 'home-country', links: [link(team.id)] });
    expect(exposedMaterialFlags(input([team], [home], resolved))).toHaveLength(1);
  });

  it('does not raise for CCF-scoped material, other lanes, done cards or missing material', () => {
    const fine = card({ title: 'Deletion request', lane: 'ccf', links: [link(ccfScoped.id)] });
    const otherLane = card({ title: 'Bond', lane: 'us-immigration', links: [link(declaration.id)] });
    const done = card({ title: 'Old', lane: 'ccf', status: 'done', links: [link(declaration.id)] });
    const missing = card({ title: 'Gone', lane: 'ccf', links: [{ kind: 'evidence', id: 'nope' }] });
    expect(exposedMaterialFlags(input([], [fine, otherLane, done, missing], resolved))).toEqual([]);
  });
});

describe('sequencingFlags', () => {
  it('returns every rule’s flags, most serious first, each a valid check with a rule id', () => {
    const flags = sequencingFlags(
      input(
        [
          immigration({
            lastArrivalDate: '2026-01-10',
            finalOrderDate: '2026-11-02',
            ntaFiledDate: '2026-03-01',
            asylumFilingPlan: 'affirmative',
          }),
          record({ kind: 'ccf', data: { type: 'access' } }),
        ],
        [],
      ),
    );
    expect(flags.map((f) => f.ruleId)).toEqual([
      'backdoor-extradition',
      'nta-filed-affirmative-plan',
      'one-year-no-filing',
    ]);
    for (const flag of flags) expect(checkSchema.safeParse(flag).success).toBe(true);
    expect(sequencingFlags(input([]))).toEqual([]);
  });
});
