import { describe, expect, it } from 'vitest';
import { customDeadlineEntry } from '../../../shared/deadlines/custom';
import { computeDeadlines } from '../../../shared/deadlines/engine';
import { caseFactsFromRecords } from '../../../shared/dossier/facts';
import { filingDeadlineBeforeNextHearing } from '../../../shared/dossier/hearing-filing';
import { TODAY, record } from '../board/fixtures';

describe('the filing deadline before the next hearing', () => {
  const past = record({ kind: 'hearing', data: { kind: 'individual', date: '2026-10-01' } });
  const bond = record({ kind: 'hearing', data: { kind: 'bond', date: '2026-12-01', detained: false } });
  const master = record({ kind: 'hearing', data: { kind: 'master', date: '2027-01-19' } });
  const later = record({ kind: 'hearing', data: { kind: 'individual', date: '2027-05-03' } });
  const records = [past, bond, master, later];
  const computed = computeDeadlines(caseFactsFromRecords(records, TODAY));

  it('is the computed one for the next master or individual hearing', () => {
    const result = filingDeadlineBeforeNextHearing({ records, deadlines: computed }, TODAY);
    expect(result?.hearing).toEqual({ id: master.id, date: '2027-01-19', kind: 'master', detained: false });
    expect(result?.deadline?.key).toBe(`eoir-filing-before-hearing:${master.id}`);
    expect(result?.deadline?.dueDate).toBe('2027-01-04');
  });

  it('prefers a date the court set for that hearing', () => {
    const courtSet = customDeadlineEntry({
      id: '3f9a2c1b-0000-4000-8000-000000000002',
      scope: 'court',
      data: {
        title: 'Filings per the IJ',
        date: '2026-12-30',
        front: 'immigration',
        origin: 'court',
        rollToBusinessDay: true,
        relatedRecordId: master.id,
      },
    });
    const result = filingDeadlineBeforeNextHearing({ records, deadlines: [...computed, courtSet] }, TODAY);
    expect(result?.deadline?.kind).toBe('custom');
    expect(result?.deadline?.dueDate).toBe('2026-12-30');
  });

  it('says why there is none on the detained docket, and is null with no hearing ahead', () => {
    const detained = record({
      kind: 'hearing',
      data: { kind: 'individual', date: '2027-01-19', detained: true },
    });
    const result = filingDeadlineBeforeNextHearing({ records: [detained], deadlines: [] }, TODAY);
    expect(result).toMatchObject({ deadline: null, missing: expect.stringMatching(/Detained docket/) });
    expect(filingDeadlineBeforeNextHearing({ records: [past], deadlines: [] }, TODAY)).toBeNull();
  });
});
