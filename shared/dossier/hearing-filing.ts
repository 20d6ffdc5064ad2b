import type { Deadline } from '../deadlines/engine';
import type { DossierRecord, RecordOf } from './records';

/**
 * "When must the filings for the next hearing be in?" — the date a court packet is built against. A date the court
 * set for that hearing (a custom deadline linked to it) wins over the computed one, since the judge's order governs;
 * on the detained docket only the court sets it.
 */
export interface HearingFilingDeadline {
  hearing: { id: string; date: string; kind: 'master' | 'individual'; detained: boolean };
  /** The filing deadline for that hearing, or null when none is known. */
  deadline: Deadline | null;
  /** Why there is none, in words for the packet; null when there is a deadline. */
  missing: string | null;
}

export function filingDeadlineBeforeNextHearing(
  dossier: { records: readonly DossierRecord[]; deadlines: readonly Deadline[] },
  today: string,
): HearingFilingDeadline | null {
  const next = dossier.records
    .filter((r): r is RecordOf<'hearing'> => r.kind === 'hearing')
    .filter((h) => h.data.date >= today && (h.data.kind === 'master' || h.data.kind === 'individual'))
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))[0];
  if (!next) return null;
  const hearing = {
    id: next.id,
    date: next.data.date,
    kind: next.data.kind as 'master' | 'individual',
    detained: next.data.detained,
  };
  const live = dossier.deadlines.filter(
    (d) => d.relatedRecordId === next.id && d.status !== 'not-applicable',
  );
  const courtSet = live
    .filter((d) => d.kind === 'custom')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  const computed = live.find((d) => d.ruleId === 'eoir-filing-before-hearing');
  const deadline = courtSet ?? computed ?? null;
  if (deadline) return { hearing, deadline, missing: null };
  return {
    hearing,
    deadline: null,
    missing: hearing.detained
      ? 'Detained docket: the immigration judge sets the filing deadline, and none is entered for this hearing.'
      : 'No filing deadline is computed for this hearing.',
  };
}
