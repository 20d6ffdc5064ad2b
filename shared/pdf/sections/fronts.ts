import type { ComputedDeadline } from '../../deadlines/engine';
import { FRONTS, FRONT_LABELS, RECORD_FRONT, type Front } from '../../dossier/records';
import {
  BOND_RESULT_LABELS,
  CCF_OUTCOME_LABELS,
  CCF_TYPE_LABELS,
  NOTICE_TYPE_LABELS,
} from '../../dossier/timeline';
import { NOTICE_STATUS_LABELS, RELIEF_LABELS, STAGE_LABELS } from '../labels';
import { cell, joinNonEmpty, muted, formatDate } from '../format';
import { type PdfContext, nextHearing, nextOpenDeadline, ofKind, openCustody, shows } from '../context';
import type { Block, Cell } from '../model';
import type { SectionParts } from './section';

/** One line per front: where it stands and its next deadline. */
export function frontsSection(ctx: PdfContext): SectionParts {
  return { blocks: [frontsTable(ctx)] };
}

function frontStatus(ctx: PdfContext, front: Front): string {
  const r = ctx.records;
  switch (front) {
    case 'immigration': {
      const i = ofKind(r, 'immigration')[0]?.data;
      const hearing = nextHearing(ctx);
      return joinNonEmpty(
        [
          i?.eoirCaseStatus || i?.currentStatus,
          i?.court,
          i?.reliefSought.length ? `Seeking ${i.reliefSought.map((x) => RELIEF_LABELS[x]).join(', ')}` : '',
          i?.i589FiledDate ? `I-589 filed ${formatDate(i.i589FiledDate)}` : i ? 'I-589 not filed' : '',
          i?.finalOrderDate && `Final order ${formatDate(i.finalOrderDate)}`,
          hearing && `Next hearing ${formatDate(hearing.data.date)}`,
        ],
        '; ',
      );
    }
    case 'custody': {
      const open = openCustody(ctx);
      if (open)
        return joinNonEmpty(
          [
            `Detained${open.data.facility ? ` at ${open.data.facility}` : ''} since ${formatDate(open.data.arrestDate)}`,
            open.data.bondResult && `bond ${BOND_RESULT_LABELS[open.data.bondResult]}`,
            open.data.redNoticeSoleBasis && 'Red Notice the sole basis of arrest',
          ],
          '; ',
        );
      const last = ofKind(r, 'custody').sort((a, b) => b.data.arrestDate.localeCompare(a.data.arrestDate))[0];
      return last?.data.releaseDate ? `Released ${formatDate(last.data.releaseDate)}` : '';
    }
    case 'interpol': {
      const notices = ofKind(r, 'interpol').map(
        (n) =>
          `${NOTICE_TYPE_LABELS[n.data.type]} (${n.data.requestingCountry}): ${NOTICE_STATUS_LABELS[n.data.status].toLowerCase()}`,
      );
      const ccf = ofKind(r, 'ccf').map(
        (c) =>
          `CCF ${CCF_TYPE_LABELS[c.data.type]} request ${c.data.filedDate ? `filed ${formatDate(c.data.filedDate)}, ` : ''}${CCF_OUTCOME_LABELS[c.data.outcome]}`,
      );
      return [...notices, ...ccf].join('; ');
    }
    case 'extradition': {
      const e = ofKind(r, 'extradition')[0]?.data;
      if (!e) return '';
      const steps: [string | undefined, string][] = [
        [e.surrenderDate, 'Surrendered'],
        [e.surrenderDecisionDate, 'Surrender decided'],
        [e.catSubmissionDate, 'CAT submission made'],
        [e.habeasFiledDate, 'Habeas petition filed'],
        [e.commitmentDate, 'Certified and committed'],
        [e.hearingDate, 'Extradition hearing'],
        [e.complaintDate, 'Complaint filed'],
        [e.formalRequestReceivedDate, 'Formal request received'],
        [e.provisionalArrestDate, 'Provisional arrest'],
        [e.diplomaticNoteDate, 'Diplomatic note'],
      ];
      const reached = steps.find(([date]) => date !== undefined);
      return joinNonEmpty(
        [e.requestingCountry, reached ? `${reached[1]} ${formatDate(reached[0])}` : 'No step dated yet'],
        '; ',
      );
    }
    case 'home-country':
      return ofKind(r, 'home-case')
        .map((h) =>
          joinNonEmpty(
            [
              h.data.country,
              STAGE_LABELS[h.data.stage],
              h.data.caseNumber && `case ${h.data.caseNumber}`,
              h.data.inAbsentiaJudgmentDate && `in absentia ${formatDate(h.data.inAbsentiaJudgmentDate)}`,
            ],
            ', ',
          ),
        )
        .join('; ');
    case 'persecution': {
      const dates = ofKind(r, 'incident')
        .map((i) => i.data.date)
        .sort();
      if (dates.length === 0) return '';
      const first = formatDate(dates[0]);
      const last = formatDate(dates.at(-1));
      return `${dates.length} incident${dates.length === 1 ? '' : 's'}, ${first === last ? first : `${first} to ${last}`}`;
    }
    case 'counsel': {
      const parties = ofKind(r, 'party').length;
      const notes = ofKind(r, 'note').length;
      return joinNonEmpty(
        [parties > 0 && `${parties} part${parties === 1 ? 'y' : 'ies'}`, notes > 0 && `${notes} note(s)`],
        ', ',
      );
    }
  }
}

const DEADLINE_FRONT_OF: Record<ComputedDeadline['front'], Front> = {
  immigration: 'immigration',
  custody: 'custody',
  interpol: 'interpol',
  extradition: 'extradition',
  advocacy: 'counsel',
};

function frontsTable(ctx: PdfContext): Block {
  const computedDates = shows(ctx, 'computed-dates');
  const rows: Cell[][] = [];
  for (const front of FRONTS) {
    if (!ctx.records.some((r) => RECORD_FRONT[r.kind] === front)) continue;
    const next = nextOpenDeadline(ctx.deadlines.filter((d) => DEADLINE_FRONT_OF[d.front] === front));
    rows.push([
      cell(FRONT_LABELS[front], { bold: true }),
      cell(frontStatus(ctx, front) || '—'),
      ...(!computedDates
        ? []
        : [
            next
              ? cell(`${formatDate(next.dueDate)}\n${next.title}`, {
                  tone: next.dueDate < ctx.today ? 'critical' : 'normal',
                })
              : muted('—'),
          ]),
    ]);
  }
  return {
    type: 'table',
    columns: [
      { header: 'Front', width: 1.6 },
      { header: 'Where it stands', width: 4.2 },
      ...(computedDates ? [{ header: 'Next deadline', width: 2.2 }] : []),
    ],
    rows,
    empty: 'No records on any front yet.',
  };
}
