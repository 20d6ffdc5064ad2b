import type { DossierRecord, RecordKind } from '../../../../../shared/dossier/records';
import {
  ARREST_AGENCY_LABELS,
  CCF_OUTCOME_LABELS,
  CCF_TYPE_LABELS,
  DECISION_BODY_LABELS,
  FOIA_AGENCY_LABELS,
  HEARING_KIND_LABELS,
  INCIDENT_ACT_LABELS,
  NOTICE_TYPE_LABELS,
  OUTCOME_LABELS,
} from '../../../../../shared/dossier/timeline';
import { formatDate } from '../format';
import { PARTY_ROLES } from './descriptors';

export interface RecordSummary {
  title: string;
  /** Short facts under the title. */
  meta: string[];
  /** The record's main date, for sorting and the date column. */
  date?: string;
  /** A state worth a badge: "Detained", "Active", "Pending". */
  state?: { label: string; tone: 'danger' | 'warning' | 'success' | 'neutral' };
}

export const KIND_PLURALS: Record<RecordKind, string> = {
  immigration: 'Status & proceedings',
  hearing: 'Hearings',
  decision: 'Decisions & appeals',
  foia: 'FOIA requests',
  custody: 'Custody episodes',
  interpol: 'Notices & diffusions',
  ccf: 'CCF requests',
  extradition: 'Extradition',
  'home-case': 'Proceedings',
  incident: 'Incidents',
  party: 'Parties',
  note: 'Notes',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const present = (...parts: (string | undefined | false)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');

/** The title line and a few facts of a record, for its card. */
export function recordSummary(record: DossierRecord): RecordSummary {
  switch (record.kind) {
    case 'immigration': {
      const d = record.data;
      return {
        title: d.aNumber ? `A-number ${d.aNumber}` : 'Immigration status & proceedings',
        meta: present(d.court, d.currentStatus, d.eoirCaseStatus),
        date: d.lastArrivalDate ?? d.entryDate,
      };
    }
    case 'hearing': {
      const d = record.data;
      return {
        title: HEARING_KIND_LABELS[d.kind],
        meta: present(formatDate(d.date), d.time, d.court, d.judge && `Judge ${d.judge}`),
        date: d.date,
        ...(d.detained ? { state: { label: 'Detained docket', tone: 'warning' as const } } : {}),
      };
    }
    case 'decision': {
      const d = record.data;
      return {
        title: `${DECISION_BODY_LABELS[d.body]}: ${OUTCOME_LABELS[d.outcome]}`,
        meta: present(
          formatDate(d.date),
          d.delivery === 'oral' ? 'Oral' : 'Written',
          d.appealFiledDate && `Appeal filed ${formatDate(d.appealFiledDate)}`,
        ),
        date: d.date,
      };
    }
    case 'foia': {
      const d = record.data;
      return {
        title: `FOIA request to ${FOIA_AGENCY_LABELS[d.agency]}`,
        meta: present(d.submittedDate && `Submitted ${formatDate(d.submittedDate)}`, d.trackingNumber),
        date: d.submittedDate,
        state: d.receivedDate
          ? { label: 'Received', tone: 'success' }
          : { label: 'Awaiting response', tone: 'neutral' },
      };
    }
    case 'custody': {
      const d = record.data;
      return {
        title: `Arrested by ${ARREST_AGENCY_LABELS[d.agency]} on ${formatDate(d.arrestDate)}`,
        meta: present(d.facility, d.releaseDate && `Released ${formatDate(d.releaseDate)}`),
        date: d.arrestDate,
        state: d.releaseDate ? { label: 'Released', tone: 'neutral' } : { label: 'Detained', tone: 'danger' },
      };
    }
    case 'interpol': {
      const d = record.data;
      return {
        title: `${NOTICE_TYPE_LABELS[d.type]} · ${d.requestingCountry}`,
        meta: present(
          d.controlNumber,
          d.issuedDate && `Issued ${formatDate(d.issuedDate)}`,
          d.charges.length > 0 && `${d.charges.length} charge${d.charges.length === 1 ? '' : 's'}`,
        ),
        date: d.issuedDate,
        state: {
          label: capital(d.status),
          tone: d.status === 'active' ? 'danger' : d.status === 'deleted' ? 'success' : 'neutral',
        },
      };
    }
    case 'ccf': {
      const d = record.data;
      return {
        title: `CCF ${CCF_TYPE_LABELS[d.type]} request`,
        meta: present(
          d.filedDate && `Filed ${formatDate(d.filedDate)}`,
          d.admissibilityDate && `Admissible ${formatDate(d.admissibilityDate)}`,
        ),
        date: d.filedDate,
        state: {
          label: capital(CCF_OUTCOME_LABELS[d.outcome]),
          tone: d.outcome === 'pending' ? 'neutral' : d.outcome === 'refused' ? 'danger' : 'success',
        },
      };
    }
    case 'extradition': {
      const d = record.data;
      return {
        title: d.requestingCountry ? `Extradition requested by ${d.requestingCountry}` : 'Extradition track',
        meta: present(
          d.treaty,
          d.provisionalArrestDate && `Provisional arrest ${formatDate(d.provisionalArrestDate)}`,
        ),
        date: d.provisionalArrestDate ?? d.diplomaticNoteDate,
        ...(d.surrenderDate ? { state: { label: 'Surrendered', tone: 'danger' as const } } : {}),
      };
    }
    case 'home-case': {
      const d = record.data;
      return {
        title: d.caseNumber ? `Case ${d.caseNumber} · ${d.country}` : `Criminal case in ${d.country}`,
        meta: present(d.court, d.openedDate && `Opened ${formatDate(d.openedDate)}`),
        date: d.openedDate,
        state: { label: capital(d.stage), tone: 'neutral' },
      };
    }
    case 'incident': {
      const d = record.data;
      const acts = [...new Set(d.acts.map((a) => INCIDENT_ACT_LABELS[a.type]))];
      return {
        title: acts.join(', '),
        meta: present(formatDate(d.date), d.place, d.actor),
        date: d.date,
      };
    }
    case 'party': {
      const d = record.data;
      return { title: d.name, meta: present(PARTY_ROLES[d.role], d.organization, d.contact) };
    }
    case 'note': {
      const d = record.data;
      return { title: d.title, meta: present(d.date && formatDate(d.date)), date: d.date };
    }
  }
}

/** How a record is named in a link field ("Red Notice · Belarus · A-1234/2-2021"). */
export function recordOptionLabel(record: DossierRecord): string {
  if (record.kind === 'interpol') {
    return present(
      NOTICE_TYPE_LABELS[record.data.type],
      record.data.requestingCountry,
      record.data.controlNumber,
    ).join(' · ');
  }
  return recordSummary(record).title;
}
