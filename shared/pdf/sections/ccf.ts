import { CCF_OUTCOME_LABELS, CCF_TYPE_LABELS, NOTICE_TYPE_LABELS } from '../../dossier/timeline';
import { type PdfContext, ofKind, shows } from '../context';
import { cell, joinNonEmpty, muted, formatDate } from '../format';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** The CCF requests: filing, admissibility, the decision due and the outcome. */
export function ccfSection(ctx: PdfContext): SectionParts {
  return { blocks: [ccfTable(ctx)] };
}

function ccfTable(ctx: PdfContext): Block {
  // The notice a request concerns is named only when the notice's own record reaches the audience.
  const notices = new Map(ofKind(ctx.records, 'interpol').map((n) => [n.id, n]));
  const computedDates = shows(ctx, 'computed-dates');
  const firmData = shows(ctx, 'firm-data');
  return {
    type: 'table',
    columns: [
      { header: 'Request', width: 2.4 },
      { header: 'Filed', width: 1.3 },
      { header: 'Admissible', width: 1.3 },
      ...(computedDates ? [{ header: 'Decision due', width: 1.4 }] : []),
      { header: 'Outcome', width: 2.2 },
    ],
    rows: ofKind(ctx.records, 'ccf').map((c) => {
      const d = c.data;
      const notice = d.interpolRecordId ? notices.get(d.interpolRecordId) : undefined;
      const due = ctx.deadlines.find((x) => x.relatedRecordId === c.id && x.ruleId?.startsWith('ccf-'));
      return [
        cell(
          joinNonEmpty(
            [
              `${CCF_TYPE_LABELS[d.type].replace(/^./, (s) => s.toUpperCase())} request`,
              notice && `on the ${NOTICE_TYPE_LABELS[notice.data.type]} (${notice.data.requestingCountry})`,
              d.applicant === 'representative'
                ? `by a representative${d.powerOfAttorneyOnFile || !firmData ? '' : ' — power of attorney not on file'}`
                : 'by the client',
              d.confidentialityRequested && 'confidentiality requested',
            ],
            '\n',
          ),
        ),
        cell(formatDate(d.filedDate) || '—'),
        cell(formatDate(d.admissibilityDate) || '—'),
        ...(computedDates ? [due ? cell(formatDate(due.dueDate), { bold: true }) : muted('—')] : []),
        cell(
          joinNonEmpty([
            CCF_OUTCOME_LABELS[d.outcome],
            d.decisionDate && `decided ${formatDate(d.decisionDate)}`,
            d.interimMeasures && `interim: ${d.interimMeasures}`,
          ]),
          { tone: d.outcome === 'deleted' ? 'ok' : d.outcome === 'refused' ? 'warning' : 'normal' },
        ),
      ];
    }),
    empty: 'No CCF request recorded.',
  };
}
