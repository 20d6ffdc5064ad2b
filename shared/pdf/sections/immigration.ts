import {
  DECISION_BODY_LABELS,
  FOIA_AGENCY_LABELS,
  HEARING_KIND_LABELS,
  OUTCOME_LABELS,
} from '../../dossier/timeline';
import {
  ENTRY_MANNER_LABELS,
  FILING_PLAN_LABELS,
  GROUND_LABELS,
  ONE_YEAR_EXCEPTION_LABELS,
  RELIEF_LABELS,
  TRI_STATE_LABELS,
} from '../labels';
import { cell, fields, joinNonEmpty, paragraphs, formatDate } from '../format';
import { type PdfContext, aNumber, ofKind } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** Status and proceedings, hearings, decisions and appeals, FOIA requests. */
export function immigrationSection(ctx: PdfContext): SectionParts {
  return { blocks: immigrationBlocks(ctx) };
}

function immigrationBlocks(ctx: PdfContext): (Block | null)[] {
  const i = ofKind(ctx.records, 'immigration')[0]?.data;
  const blocks: (Block | null)[] = [];
  if (i) {
    blocks.push(
      fields([
        ['A-number', aNumber(ctx)],
        [
          'Entry',
          joinNonEmpty([
            formatDate(i.entryDate),
            i.entryPort,
            ENTRY_MANNER_LABELS[i.entryManner],
            i.visaClass,
          ]),
        ],
        ['Last arrival', formatDate(i.lastArrivalDate)],
        ['I-94', i.i94Number],
        ['Current status', i.currentStatus],
        ['NTA served', formatDate(i.ntaServedDate)],
        ['NTA filed with the court', formatDate(i.ntaFiledDate)],
        ['Immigration court', i.court],
        ['Judge', i.judge],
        ['DHS counsel', i.dhsCounsel],
        ['EOIR case status', i.eoirCaseStatus],
        ['Relief sought', i.reliefSought.map((r) => RELIEF_LABELS[r]).join(', ')],
        ['Asylum filing', FILING_PLAN_LABELS[i.asylumFilingPlan]],
        [
          'I-589 filed',
          i.i589FiledDate
            ? joinNonEmpty([
                formatDate(i.i589FiledDate),
                i.i589Agency === 'uscis' ? 'USCIS' : i.i589Agency ? 'Immigration court' : '',
              ])
            : cell('Not filed', { tone: 'warning' }),
        ],
        ['Protected grounds', i.protectedGrounds.map((g) => GROUND_LABELS[g]).join(', ')],
        ['Social group', i.socialGroupFormulation],
        [
          'One-year exception',
          i.oneYearException === 'none' ? undefined : ONE_YEAR_EXCEPTION_LABELS[i.oneYearException],
        ],
        ['Serious nonpolitical crime bar raised', TRI_STATE_LABELS[i.seriousNonpoliticalCrimeBarRaised]],
        ['Final order', formatDate(i.finalOrderDate)],
        [
          'Work authorization',
          joinNonEmpty([
            i.workAuthorizationEligibleDate && `eligible ${formatDate(i.workAuthorizationEligibleDate)}`,
            i.workAuthorizationSubmittedDate && `applied ${formatDate(i.workAuthorizationSubmittedDate)}`,
          ]),
        ],
      ]),
    );
    blocks.push(...paragraphs(i.ntaCharges, 'NTA charges'));
    blocks.push(...paragraphs(i.pleadings, 'Pleadings'));
    blocks.push(...paragraphs(i.barsAnalysis, 'Bars analysis'));
  } else {
    blocks.push({ type: 'paragraph', tone: 'muted', text: 'No immigration status or proceedings recorded.' });
  }

  const hearings = ofKind(ctx.records, 'hearing').sort((a, b) => a.data.date.localeCompare(b.data.date));
  if (hearings.length > 0) {
    blocks.push({ type: 'subheading', text: 'Hearings' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Date', width: 1.4 },
        { header: 'Hearing', width: 2 },
        { header: 'Court and judge', width: 2.2 },
        { header: 'Needs / outcome', width: 3 },
      ],
      rows: hearings.map((h) => [
        cell(`${formatDate(h.data.date)}${h.data.time ? `\n${h.data.time}` : ''}`, {
          bold: h.data.date >= ctx.today,
        }),
        cell(`${HEARING_KIND_LABELS[h.data.kind]}${h.data.detained ? '\nDetained docket' : ''}`),
        cell(joinNonEmpty([h.data.court, h.data.judge && `Judge ${h.data.judge}`], '\n')),
        cell(joinNonEmpty([h.data.needs, h.data.outcome], '\n')),
      ]),
      empty: '',
    });
  }
  const decisions = ofKind(ctx.records, 'decision').sort((a, b) => a.data.date.localeCompare(b.data.date));
  if (decisions.length > 0) {
    blocks.push({ type: 'subheading', text: 'Decisions and appeals' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Date', width: 1.3 },
        { header: 'Body', width: 2 },
        { header: 'Outcome', width: 1.3 },
        { header: 'Summary', width: 3 },
        { header: 'Appeal filed', width: 1.3 },
      ],
      rows: decisions.map((x) => [
        cell(formatDate(x.data.date)),
        cell(
          `${DECISION_BODY_LABELS[x.data.body]}${x.data.body === 'immigration-judge' ? ` (${x.data.delivery})` : ''}`,
        ),
        cell(OUTCOME_LABELS[x.data.outcome], {
          tone: x.data.outcome === 'granted' ? 'ok' : x.data.outcome === 'denied' ? 'warning' : 'normal',
          bold: true,
        }),
        cell(joinNonEmpty([x.data.summary, x.data.stayRequested && 'Stay requested'], '\n')),
        cell(formatDate(x.data.appealFiledDate) || '—'),
      ]),
      empty: '',
    });
  }
  const foia = ofKind(ctx.records, 'foia');
  if (foia.length > 0) {
    blocks.push({ type: 'subheading', text: 'FOIA requests' });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Agency', width: 1.6 },
        { header: 'Submitted', width: 1.4 },
        { header: 'Tracking number', width: 2 },
        { header: 'Received', width: 1.4 },
        { header: 'Note', width: 2.4 },
      ],
      rows: foia.map((f) => [
        cell(FOIA_AGENCY_LABELS[f.data.agency]),
        cell(formatDate(f.data.submittedDate)),
        cell(f.data.trackingNumber),
        cell(formatDate(f.data.receivedDate) || 'Pending', f.data.receivedDate ? {} : { tone: 'muted' }),
        cell(f.data.note),
      ]),
      empty: '',
    });
  }
  return blocks;
}
