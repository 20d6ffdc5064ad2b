import {
  type Check,
  article83PenaltyCheck,
  bondRedeterminationPrompt,
  detainedHearingCheck,
  oneYearAsylumCheck,
  redNoticeSoleBasisCheck,
} from '../deadlines/checks';
import type { ComputedDeadline } from '../deadlines/engine';
import type { TriState } from './common';
import type { DossierRecord, RecordOf } from './records';

function known(value: TriState): boolean | undefined {
  return value === 'unknown' ? undefined : value === 'yes';
}

function ofKind<K extends DossierRecord['kind']>(records: readonly DossierRecord[], kind: K): RecordOf<K>[] {
  return records.filter((r): r is RecordOf<K> => r.kind === kind);
}

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** The checks shown beside the dates of a dossier, most serious first. */
export function dossierChecks(
  records: readonly DossierRecord[],
  deadlines: readonly ComputedDeadline[],
  today: string,
): Check[] {
  const immigration = ofKind(records, 'immigration')[0];
  const checks: Check[] = [];

  if (immigration) {
    const oneYear = deadlines.find((d) => d.ruleId === 'asylum-one-year');
    const wantsAsylum =
      immigration.data.reliefSought.includes('asylum') || immigration.data.reliefSought.length === 0;
    if (wantsAsylum)
      checks.push(
        ...oneYearAsylumCheck(oneYear, immigration.data.i589FiledDate !== undefined, today, undefined, {
          exception: immigration.data.oneYearException,
          unaccompaniedChild: immigration.data.unaccompaniedChild,
        }),
      );
  }

  for (const custody of ofKind(records, 'custody')) {
    checks.push(...bondRedeterminationPrompt({ id: custody.id, ...custody.data }));
    const d = custody.data.directive15006;
    checks.push(
      ...redNoticeSoleBasisCheck({
        id: custody.id,
        redNoticeSoleBasis: custody.data.redNoticeSoleBasis,
        directive15006: {
          supervisorApproval: known(d.supervisorApproval),
          ncbDocumentationRequested: known(d.ncbDocumentationRequested),
          dataVerified: known(d.verifiedCurrent),
          abuseReviewConducted: known(d.abuseReviewDone),
        },
      }),
    );
  }

  for (const notice of ofKind(records, 'interpol')) {
    if (notice.data.status === 'deleted') continue;
    notice.data.charges.forEach((charge, index) => {
      checks.push(
        ...article83PenaltyCheck({ ...charge, id: `${notice.id}:${index}` }, notice.data.basis).map((c) => ({
          ...c,
          relatedRecordId: notice.id,
        })),
      );
    });
  }

  for (const hearing of ofKind(records, 'hearing')) {
    if (hearing.data.date < today) continue;
    // A filing date the court set and the attorney entered answers the detained-docket prompt.
    const courtSet = deadlines.some((d) => d.kind === 'custom' && d.relatedRecordId === hearing.id);
    if (!courtSet) checks.push(...detainedHearingCheck({ id: hearing.id, ...hearing.data }));
  }

  return checks.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
