import { describe, expect, it } from 'vitest';
import { caseFactsFromRecords } from '../../shared/dossier/facts';
import {
  type DossierRecord,
  type RecordInput,
  type RecordKind,
  storedRecordSchema,
} from '../../shared/dossier/records';
import { buildTimeline, groupByYear } from '../../shared/dossier/timeline';
import { applyOverrides, computeDeadlines, type ComputedDeadline } from '../../shared/deadlines/engine';

const CLIENT_ID = '00000000-0000-4000-8000-000000000000';
let serial = 0;

/** A stored record as the services return it, parsed so defaults are filled in. */
function stored<K extends RecordKind>(
  kind: K,
  data: Extract<RecordInput, { kind: K }>['data'],
): DossierRecord {
  serial += 1;
  return storedRecordSchema.parse({
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    clientId: CLIENT_ID,
    kind,
    scope: 'counsel-team',
    data,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
  });
}

function deadlinesFor(records: DossierRecord[], today: string): ComputedDeadline[] {
  return computeDeadlines(caseFactsFromRecords(records, today));
}

describe('buildTimeline', () => {
  it('returns nothing for an empty dossier', () => {
    expect(buildTimeline({ records: [], deadlines: [] })).toEqual([]);
  });

  it('puts every front on one axis, oldest first, with the record each event came from', () => {
    const incident = stored('incident', {
      date: '2019-03-02',
      place: 'Minsk',
      actor: 'State security service',
      acts: [{ type: 'arrest' }, { type: 'torture' }, { type: 'arrest' }],
    });
    const homeCase = stored('home-case', {
      country: 'Belarus',
      caseNumber: '12-3456/2020',
      openedDate: '2020-05-10',
      inAbsentiaJudgmentDate: '2022-11-01',
      inAbsentiaSentence: '6 years',
      retrialGuaranteed: 'no',
      charges: [
        { description: 'Large-scale fraud' },
        { description: 'Tax evasion' },
        { description: 'Abuse' },
      ],
    });
    const notice = stored('interpol', {
      type: 'red-notice',
      requestingCountry: 'Belarus',
      warrantDate: '2020-06-01',
      issuedDate: '2021-02-15',
      controlNumber: 'A-1234/2-2021',
    });
    const ccf = stored('ccf', {
      type: 'deletion',
      filedDate: '2024-01-10',
      admissibilityDate: '2024-02-20',
      decisionDate: '2024-10-01',
      outcome: 'deleted',
    });
    const immigration = stored('immigration', {
      entryDate: '2023-04-01',
      lastArrivalDate: '2023-09-15',
      ntaServedDate: '2023-10-01',
      ntaFiledDate: '2023-10-20',
      i589FiledDate: '2024-03-01',
      i589Agency: 'immigration-court',
    });
    const hearing = stored('hearing', {
      kind: 'individual',
      date: '2024-06-03',
      court: 'Miami',
      detained: false,
    });
    const decision = stored('decision', {
      body: 'immigration-judge',
      date: '2024-06-03',
      delivery: 'oral',
      outcome: 'denied',
      appealFiledDate: '2024-06-20',
    });
    const custody = stored('custody', {
      arrestDate: '2023-12-01',
      agency: 'ice-ero',
      redNoticeSoleBasis: true,
      transfers: [{ date: '2023-12-15', facility: 'Krome' }],
      custodyDeterminationDate: '2023-12-02',
      bondHearingDate: '2024-01-05',
      bondDecisionDate: '2024-01-05',
      bondResult: 'granted',
      bondAmount: 15000,
      releaseDate: '2024-01-08',
    });
    const extradition = stored('extradition', {
      requestingCountry: 'Belarus',
      provisionalArrestDate: '2024-07-01',
      hearingDate: '2024-09-01',
      commitmentDate: '2024-09-15',
      surrenderDate: '2025-01-10',
    });
    const party = stored('party', { name: 'Dana Rivera', role: 'us-immigration-counsel' });

    const events = buildTimeline({
      records: [immigration, hearing, decision, custody, notice, ccf, extradition, homeCase, incident, party],
      deadlines: [],
    });

    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2019-03-02', 'incident'],
      ['2020-05-10', 'home-case-opened'],
      ['2020-06-01', 'warrant'],
      ['2021-02-15', 'notice-issued'],
      ['2022-11-01', 'in-absentia-judgment'],
      ['2023-04-01', 'entry'],
      ['2023-09-15', 'last-arrival'],
      ['2023-10-01', 'nta-served'],
      ['2023-10-20', 'nta-filed'],
      ['2023-12-01', 'custody-arrest'],
      ['2023-12-02', 'custody-determination'],
      ['2023-12-15', 'custody-transfer'],
      ['2024-01-05', 'bond-hearing'],
      ['2024-01-05', 'bond-decision'],
      ['2024-01-08', 'custody-release'],
      ['2024-01-10', 'ccf-filed'],
      ['2024-02-20', 'ccf-admissible'],
      ['2024-03-01', 'asylum-filed'],
      // Same day: the hearing record was created before the decision record.
      ['2024-06-03', 'hearing'],
      ['2024-06-03', 'decision'],
      ['2024-06-20', 'appeal-filed'],
      ['2024-07-01', 'extradition-provisional-arrest'],
      ['2024-09-01', 'extradition-hearing'],
      ['2024-09-15', 'extradition-commitment'],
      ['2024-10-01', 'ccf-decision'],
      ['2025-01-10', 'extradition-surrender'],
    ]);

    const byKind = (kind: string) => events.find((e) => e.kind === kind);
    expect(byKind('incident')).toMatchObject({
      front: 'persecution',
      title: 'Arrest, Torture',
      detail: 'Minsk · State security service',
      recordId: incident.id,
    });
    expect(byKind('home-case-opened')).toMatchObject({
      front: 'home-country',
      title: 'Criminal case opened in Belarus',
      detail: 'Case 12-3456/2020 · Large-scale fraud, Tax evasion and 1 more',
    });
    expect(byKind('in-absentia-judgment')?.detail).toBe('6 years · No retrial guaranteed');
    expect(byKind('notice-issued')).toMatchObject({
      front: 'interpol',
      title: 'Red Notice issued at Belarus’s request',
      detail: 'A-1234/2-2021',
    });
    expect(byKind('ccf-decision')).toMatchObject({ front: 'interpol', title: 'CCF decision: data deleted' });
    expect(byKind('custody-arrest')).toMatchObject({
      front: 'custody',
      title: 'Arrested by ICE ERO',
      detail: 'Red Notice the sole basis',
    });
    expect(byKind('bond-decision')).toMatchObject({ title: 'Bond granted', detail: '$15,000' });
    expect(byKind('decision')).toMatchObject({
      front: 'immigration',
      title: 'Immigration judge: denied',
      detail: 'Oral decision',
    });
    expect(byKind('asylum-filed')?.detail).toBe('With the immigration court');
    expect(byKind('extradition-provisional-arrest')).toMatchObject({
      front: 'extradition',
      detail: 'Belarus',
    });
    // Parties have no date of their own and stay off the axis.
    expect(events.some((e) => e.recordId === party.id)).toBe(false);
    // Ids are unique and stable.
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(
      buildTimeline({
        records: [
          immigration,
          hearing,
          decision,
          custody,
          notice,
          ccf,
          extradition,
          homeCase,
          incident,
          party,
        ],
        deadlines: [],
      }).map((e) => e.id),
    ).toEqual(events.map((e) => e.id));
  });

  it('shows the last arrival only when it differs from the first entry', () => {
    const immigration = stored('immigration', { entryDate: '2024-01-05', lastArrivalDate: '2024-01-05' });
    const kinds = buildTimeline({ records: [immigration], deadlines: [] }).map((e) => e.kind);
    expect(kinds).toEqual(['entry']);
  });

  it('adds open deadlines on their due date, on the front of the record they came from', () => {
    const today = '2026-03-01';
    const immigration = stored('immigration', { entryDate: '2025-06-10', lastArrivalDate: '2025-06-10' });
    const ccf = stored('ccf', { type: 'access', admissibilityDate: '2026-01-15' });
    const records = [immigration, ccf];
    const events = buildTimeline({ records, deadlines: deadlinesFor(records, today) });

    const oneYear = events.find((e) => e.deadline?.key === 'asylum-one-year:case');
    expect(oneYear).toMatchObject({
      kind: 'deadline',
      front: 'immigration',
      // 2026-06-10 is a Wednesday: no roll-over.
      date: '2026-06-10',
      title: 'Asylum application: one-year filing deadline',
      deadline: { status: 'open', overridden: false, verify: false },
    });
    const ccfDecision = events.find((e) => e.kind === 'deadline' && e.recordId === ccf.id);
    expect(ccfDecision).toMatchObject({ front: 'interpol', date: '2026-05-15' });
  });

  it('leaves out deadlines already met or late, and shows an overridden date', () => {
    const today = '2026-03-01';
    const met = stored('immigration', {
      entryDate: '2025-06-10',
      lastArrivalDate: '2025-06-10',
      i589FiledDate: '2025-12-01',
    });
    expect(
      buildTimeline({ records: [met], deadlines: deadlinesFor([met], today) }).some(
        (e) => e.kind === 'deadline',
      ),
    ).toBe(false);

    const open = stored('immigration', { entryDate: '2025-06-10', lastArrivalDate: '2025-06-10' });
    const overridden = applyOverrides(deadlinesFor([open], today), [
      { key: 'asylum-one-year:case', dueDate: '2026-05-01', reason: 'Earlier entry found in CBP records' },
    ]);
    const event = buildTimeline({ records: [open], deadlines: overridden }).find(
      (e) => e.kind === 'deadline',
    );
    expect(event).toMatchObject({ date: '2026-05-01', deadline: { overridden: true } });
  });

  it('puts a deadline after the facts of the same day', () => {
    const today = '2026-03-01';
    const immigration = stored('immigration', { entryDate: '2025-06-10', lastArrivalDate: '2025-06-10' });
    const hearing = stored('hearing', { kind: 'master', date: '2026-06-10', detained: true });
    const events = buildTimeline({
      records: [immigration, hearing],
      deadlines: deadlinesFor([immigration], today),
    });
    const sameDay = events.filter((e) => e.date === '2026-06-10').map((e) => e.kind);
    expect(sameDay).toEqual(['hearing', 'deadline']);
  });

  it('groups events by year, oldest first', () => {
    const a = stored('incident', { date: '2019-01-01', acts: [{ type: 'threat' }] });
    const b = stored('incident', { date: '2019-12-31', acts: [{ type: 'raid' }] });
    const c = stored('incident', { date: '2021-06-01', acts: [{ type: 'smear' }] });
    const groups = groupByYear(buildTimeline({ records: [c, a, b], deadlines: [] }));
    expect(groups.map((g) => [g.year, g.events.length])).toEqual([
      ['2019', 2],
      ['2021', 1],
    ]);
  });
});
