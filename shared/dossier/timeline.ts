import type { ComputedDeadline, DeadlineStatus } from '../deadlines/engine';
import type { Front as DeadlineFront } from '../deadlines/rules';
import { type DossierRecord, type Front, RECORD_FRONT, type RecordOf } from './records';

/**
 * One dossier on one time axis: the dated facts of every record (persecution, the foreign prosecution, INTERPOL,
 * the CCF, U.S. proceedings, custody, extradition) and the deadlines still open. Pure: the same dossier always gives
 * the same events in the same order, so the screen and any export agree.
 */

export type TimelineEventKind =
  | 'incident'
  | 'home-case-opened'
  | 'in-absentia-judgment'
  | 'warrant'
  | 'notice-issued'
  | 'ccf-filed'
  | 'ccf-admissible'
  | 'ccf-decision'
  | 'ccf-new-fact'
  | 'ccf-revision-filed'
  | 'entry'
  | 'last-arrival'
  | 'nta-served'
  | 'nta-filed'
  | 'asylum-filed'
  | 'hearing'
  | 'decision'
  | 'appeal-filed'
  | 'final-order'
  | 'work-authorization'
  | 'foia-submitted'
  | 'foia-received'
  | 'custody-arrest'
  | 'custody-transfer'
  | 'custody-determination'
  | 'bond-hearing'
  | 'bond-decision'
  | 'custody-release'
  | 'extradition-diplomatic-note'
  | 'extradition-provisional-arrest'
  | 'extradition-formal-request'
  | 'extradition-complaint'
  | 'extradition-hearing'
  | 'extradition-commitment'
  | 'extradition-habeas'
  | 'extradition-cat-submission'
  | 'extradition-surrender-decision'
  | 'extradition-surrender'
  | 'note'
  | 'deadline';

export interface TimelineEvent {
  /** Stable across rebuilds: the record id (or deadline key) and what happened. */
  id: string;
  date: string;
  front: Front;
  kind: TimelineEventKind;
  title: string;
  /** One line of context (place, court, outcome), when the record has it. */
  detail?: string;
  /** The record the event comes from, so the screen can open it. */
  recordId?: string;
  /** Set on deadline events only. */
  deadline?: { key: string; status: DeadlineStatus; overridden: boolean; verify: boolean };
}

// ---------------------------------------------------------------------------------------------------------------
// Human labels for the values the timeline names (the dossier screen reuses them)
// ---------------------------------------------------------------------------------------------------------------

export const INCIDENT_ACT_LABELS: Record<RecordOf<'incident'>['data']['acts'][number]['type'], string> = {
  arrest: 'Arrest',
  detention: 'Detention',
  torture: 'Torture',
  threat: 'Threat',
  raid: 'Raid or search',
  dismissal: 'Dismissal',
  smear: 'Smear campaign',
  'asset-seizure': 'Asset seizure',
  'harm-to-family': 'Harm to family',
  other: 'Other act',
};

export const HEARING_KIND_LABELS: Record<RecordOf<'hearing'>['data']['kind'], string> = {
  master: 'Master calendar hearing',
  individual: 'Individual (merits) hearing',
  bond: 'Bond hearing',
  other: 'Hearing',
};

export const DECISION_BODY_LABELS: Record<RecordOf<'decision'>['data']['body'], string> = {
  'immigration-judge': 'Immigration judge',
  bia: 'Board of Immigration Appeals',
  'circuit-court': 'Court of appeals',
  uscis: 'USCIS',
};

export const OUTCOME_LABELS: Record<RecordOf<'decision'>['data']['outcome'], string> = {
  granted: 'granted',
  denied: 'denied',
  remanded: 'remanded',
  dismissed: 'dismissed',
  other: 'other outcome',
};

export const FOIA_AGENCY_LABELS: Record<RecordOf<'foia'>['data']['agency'], string> = {
  uscis: 'USCIS',
  cbp: 'CBP',
  ice: 'ICE',
  obim: 'OBIM',
  eoir: 'EOIR',
  state: 'State Department',
  fbi: 'FBI',
  other: 'another agency',
};

export const ARREST_AGENCY_LABELS: Record<RecordOf<'custody'>['data']['agency'], string> = {
  'ice-ero': 'ICE ERO',
  'ice-hsi': 'ICE HSI',
  cbp: 'CBP',
  usms: 'U.S. Marshals',
  'local-police': 'local police',
  other: 'another agency',
};

export const BOND_RESULT_LABELS: Record<NonNullable<RecordOf<'custody'>['data']['bondResult']>, string> = {
  granted: 'granted',
  denied: 'denied',
  'no-jurisdiction': 'no jurisdiction',
  pending: 'pending',
};

export const NOTICE_TYPE_LABELS: Record<RecordOf<'interpol'>['data']['type'], string> = {
  'red-notice': 'Red Notice',
  diffusion: 'Diffusion',
  'other-notice': 'INTERPOL notice',
};

export const CCF_TYPE_LABELS: Record<RecordOf<'ccf'>['data']['type'], string> = {
  access: 'access',
  correction: 'correction',
  deletion: 'deletion',
  revision: 'revision',
};

export const CCF_OUTCOME_LABELS: Record<RecordOf<'ccf'>['data']['outcome'], string> = {
  pending: 'pending',
  deleted: 'data deleted',
  corrected: 'data corrected',
  'access-granted': 'access granted',
  refused: 'refused',
  other: 'other outcome',
};

/** Deadlines carry the engine's fronts; the timeline draws the dossier's. Advocacy sits with parties and notes. */
const DEADLINE_FRONT: Record<DeadlineFront, Front> = {
  immigration: 'immigration',
  custody: 'custody',
  interpol: 'interpol',
  extradition: 'extradition',
  advocacy: 'counsel',
};

function joinDetail(...parts: (string | undefined | false | null)[]): string | undefined {
  const text = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' · ');
  return text === '' ? undefined : text;
}

function chargeList(charges: readonly { description: string }[]): string | undefined {
  if (charges.length === 0) return undefined;
  const names = charges.map((c) => c.description);
  return names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(', ');
}

type Emit = (event: Omit<TimelineEvent, 'front' | 'id'> & { suffix: string }) => void;

function recordEvents(record: DossierRecord, emit: Emit): void {
  switch (record.kind) {
    case 'immigration': {
      const d = record.data;
      if (d.entryDate)
        emit({
          suffix: 'entry',
          kind: 'entry',
          date: d.entryDate,
          title: 'Entered the United States',
          detail: joinDetail(d.entryPort, d.visaClass),
        });
      if (d.lastArrivalDate && d.lastArrivalDate !== d.entryDate)
        emit({
          suffix: 'last-arrival',
          kind: 'last-arrival',
          date: d.lastArrivalDate,
          title: 'Last arrival in the United States',
          detail: 'Starts the one-year asylum clock',
        });
      if (d.ntaServedDate)
        emit({
          suffix: 'nta-served',
          kind: 'nta-served',
          date: d.ntaServedDate,
          title: 'Notice to Appear served',
        });
      if (d.ntaFiledDate)
        emit({
          suffix: 'nta-filed',
          kind: 'nta-filed',
          date: d.ntaFiledDate,
          title: 'Notice to Appear filed with the immigration court',
          detail: joinDetail(d.court, 'The immigration judge now has jurisdiction over asylum'),
        });
      if (d.i589FiledDate)
        emit({
          suffix: 'i589',
          kind: 'asylum-filed',
          date: d.i589FiledDate,
          title: 'Asylum application (I-589) filed',
          detail:
            d.i589Agency === 'uscis'
              ? 'With USCIS'
              : d.i589Agency === 'immigration-court'
                ? 'With the immigration court'
                : undefined,
        });
      if (d.finalOrderDate)
        emit({
          suffix: 'final-order',
          kind: 'final-order',
          date: d.finalOrderDate,
          title: 'Final order of removal',
        });
      if (d.workAuthorizationSubmittedDate)
        emit({
          suffix: 'ead',
          kind: 'work-authorization',
          date: d.workAuthorizationSubmittedDate,
          title: 'Work authorization requested',
        });
      return;
    }
    case 'hearing': {
      const d = record.data;
      emit({
        suffix: 'hearing',
        kind: 'hearing',
        date: d.date,
        title: HEARING_KIND_LABELS[d.kind],
        detail: joinDetail(d.time, d.court, d.judge && `Judge ${d.judge}`, d.detained && 'Detained docket'),
      });
      return;
    }
    case 'decision': {
      const d = record.data;
      emit({
        suffix: 'decision',
        kind: 'decision',
        date: d.date,
        title: `${DECISION_BODY_LABELS[d.body]}: ${OUTCOME_LABELS[d.outcome]}`,
        detail:
          d.body === 'immigration-judge'
            ? d.delivery === 'oral'
              ? 'Oral decision'
              : 'Written decision'
            : undefined,
      });
      if (d.appealFiledDate)
        emit({
          suffix: 'appeal',
          kind: 'appeal-filed',
          date: d.appealFiledDate,
          title: d.body === 'bia' ? 'Petition for review filed' : 'Appeal filed',
        });
      return;
    }
    case 'foia': {
      const d = record.data;
      if (d.submittedDate)
        emit({
          suffix: 'submitted',
          kind: 'foia-submitted',
          date: d.submittedDate,
          title: `FOIA request to ${FOIA_AGENCY_LABELS[d.agency]}`,
          detail: d.trackingNumber,
        });
      if (d.receivedDate)
        emit({
          suffix: 'received',
          kind: 'foia-received',
          date: d.receivedDate,
          title: `FOIA response from ${FOIA_AGENCY_LABELS[d.agency]}`,
        });
      return;
    }
    case 'custody': {
      const d = record.data;
      emit({
        suffix: 'arrest',
        kind: 'custody-arrest',
        date: d.arrestDate,
        title: `Arrested by ${ARREST_AGENCY_LABELS[d.agency]}`,
        detail: joinDetail(d.arrestPlace, d.redNoticeSoleBasis && 'Red Notice the sole basis', d.facility),
      });
      d.transfers.forEach((t, i) =>
        emit({
          suffix: `transfer-${i}`,
          kind: 'custody-transfer',
          date: t.date,
          title: 'Transferred',
          detail: t.facility,
        }),
      );
      if (d.custodyDeterminationDate)
        emit({
          suffix: 'determination',
          kind: 'custody-determination',
          date: d.custodyDeterminationDate,
          title: 'DHS custody determination',
        });
      if (d.bondHearingDate)
        emit({
          suffix: 'bond-hearing',
          kind: 'bond-hearing',
          date: d.bondHearingDate,
          title: 'Bond hearing',
        });
      if (d.bondDecisionDate)
        emit({
          suffix: 'bond-decision',
          kind: 'bond-decision',
          date: d.bondDecisionDate,
          title: d.bondResult ? `Bond ${BOND_RESULT_LABELS[d.bondResult]}` : 'Bond decision',
          detail: d.bondAmount !== undefined ? `$${d.bondAmount.toLocaleString('en-US')}` : undefined,
        });
      if (d.releaseDate)
        emit({
          suffix: 'release',
          kind: 'custody-release',
          date: d.releaseDate,
          title: 'Released from detention',
          detail: d.alternativesToDetention,
        });
      return;
    }
    case 'interpol': {
      const d = record.data;
      const label = NOTICE_TYPE_LABELS[d.type];
      if (d.warrantDate)
        emit({
          suffix: 'warrant',
          kind: 'warrant',
          date: d.warrantDate,
          title: `${d.basis === 'sentence' ? 'Judgment' : 'Arrest warrant'} in ${d.requestingCountry}`,
          detail: joinDetail(d.issuingAuthority, d.warrantNumber && `No. ${d.warrantNumber}`),
        });
      if (d.issuedDate)
        emit({
          suffix: 'issued',
          kind: 'notice-issued',
          date: d.issuedDate,
          title: `${label} ${d.type === 'diffusion' ? 'circulated' : 'issued'} at ${d.requestingCountry}’s request`,
          detail: joinDetail(d.controlNumber, chargeList(d.charges)),
        });
      return;
    }
    case 'ccf': {
      const d = record.data;
      const what = `CCF ${CCF_TYPE_LABELS[d.type]} request`;
      if (d.filedDate)
        emit({ suffix: 'filed', kind: 'ccf-filed', date: d.filedDate, title: `${what} filed` });
      if (d.admissibilityDate)
        emit({
          suffix: 'admissible',
          kind: 'ccf-admissible',
          date: d.admissibilityDate,
          title: `${what} found admissible`,
        });
      if (d.decisionDate)
        emit({
          suffix: 'decision',
          kind: 'ccf-decision',
          date: d.decisionDate,
          title: `CCF decision: ${CCF_OUTCOME_LABELS[d.outcome]}`,
        });
      if (d.newFactDate)
        emit({ suffix: 'new-fact', kind: 'ccf-new-fact', date: d.newFactDate, title: 'New fact discovered' });
      if (d.revisionFiledDate)
        emit({
          suffix: 'revision',
          kind: 'ccf-revision-filed',
          date: d.revisionFiledDate,
          title: 'CCF revision application filed',
        });
      return;
    }
    case 'extradition': {
      const d = record.data;
      const steps: [keyof typeof d, TimelineEventKind, string][] = [
        ['diplomaticNoteDate', 'extradition-diplomatic-note', 'Diplomatic note'],
        ['provisionalArrestDate', 'extradition-provisional-arrest', 'Provisional arrest for extradition'],
        ['formalRequestReceivedDate', 'extradition-formal-request', 'Formal extradition request received'],
        ['complaintDate', 'extradition-complaint', 'Complaint filed (18 U.S.C. 3184)'],
        ['hearingDate', 'extradition-hearing', 'Extradition hearing'],
        ['commitmentDate', 'extradition-commitment', 'Certified extraditable and committed'],
        ['habeasFiledDate', 'extradition-habeas', 'Habeas petition filed'],
        ['catSubmissionDate', 'extradition-cat-submission', 'CAT submission to the State Department'],
        [
          'surrenderDecisionDate',
          'extradition-surrender-decision',
          'Secretary of State’s surrender decision',
        ],
        ['surrenderDate', 'extradition-surrender', 'Surrendered'],
      ];
      for (const [field, kind, title] of steps) {
        const date = d[field];
        if (typeof date === 'string')
          emit({
            suffix: field,
            kind,
            date,
            title,
            detail: field === 'provisionalArrestDate' ? d.requestingCountry : undefined,
          });
      }
      return;
    }
    case 'home-case': {
      const d = record.data;
      if (d.openedDate)
        emit({
          suffix: 'opened',
          kind: 'home-case-opened',
          date: d.openedDate,
          title: `Criminal case opened in ${d.country}`,
          detail: joinDetail(d.caseNumber && `Case ${d.caseNumber}`, chargeList(d.charges)),
        });
      if (d.inAbsentiaJudgmentDate)
        emit({
          suffix: 'in-absentia',
          kind: 'in-absentia-judgment',
          date: d.inAbsentiaJudgmentDate,
          title: 'Judgment in absentia',
          detail: joinDetail(
            d.inAbsentiaSentence,
            d.retrialGuaranteed === 'no' ? 'No retrial guaranteed' : undefined,
          ),
        });
      return;
    }
    case 'incident': {
      const d = record.data;
      const acts = [...new Set(d.acts.map((a) => INCIDENT_ACT_LABELS[a.type]))];
      emit({
        suffix: 'incident',
        kind: 'incident',
        date: d.date,
        title: acts.join(', '),
        detail: joinDetail(d.place, d.actor),
      });
      return;
    }
    case 'note': {
      const d = record.data;
      if (d.date) emit({ suffix: 'note', kind: 'note', date: d.date, title: d.title });
      return;
    }
    case 'party':
      return;
  }
}

/** Open deadlines join the axis at their due date (overdue ones included); met and late ones are history. */
function deadlineEvent(deadline: ComputedDeadline, records: readonly DossierRecord[]): TimelineEvent | null {
  if (deadline.status !== 'open') return null;
  const related = deadline.relatedRecordId
    ? records.find((r) => r.id === deadline.relatedRecordId)
    : undefined;
  return {
    id: `deadline:${deadline.key}`,
    date: deadline.dueDate,
    front: related ? RECORD_FRONT[related.kind] : DEADLINE_FRONT[deadline.front],
    kind: 'deadline',
    title: deadline.title,
    detail: deadline.source,
    ...(deadline.relatedRecordId ? { recordId: deadline.relatedRecordId } : {}),
    deadline: {
      key: deadline.key,
      status: deadline.status,
      overridden: deadline.override !== undefined,
      verify: deadline.verify,
    },
  };
}

/**
 * Every dated event of a dossier, oldest first. Events on the same day keep the order of the fronts' story (the
 * order records were created, then the order within a record); deadlines come after the facts of their day.
 */
export function buildTimeline(dossier: {
  records: readonly DossierRecord[];
  deadlines: readonly ComputedDeadline[];
}): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const record of dossier.records) {
    const front = RECORD_FRONT[record.kind];
    recordEvents(record, ({ suffix, ...event }) => {
      const clean: TimelineEvent = { ...event, id: `${record.id}:${suffix}`, front, recordId: record.id };
      if (clean.detail === undefined) delete clean.detail;
      events.push(clean);
    });
  }
  for (const deadline of dossier.deadlines) {
    const event = deadlineEvent(deadline, dossier.records);
    if (event) events.push(event);
  }
  // Array.prototype.sort is stable: same-day events keep their insertion order.
  return events.sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    return Number(a.kind === 'deadline') - Number(b.kind === 'deadline');
  });
}

/** The events grouped by calendar year, oldest year first, for drawing. */
export function groupByYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const groups: { year: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
