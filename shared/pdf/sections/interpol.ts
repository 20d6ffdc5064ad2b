import {
  ART83_PROSECUTION_MIN_YEARS,
  ART83_SENTENCE_MIN_MONTHS,
  article83PenaltyCheck,
} from '../../deadlines/checks';
import type { RecordOf } from '../../dossier/records';
import { NOTICE_TYPE_LABELS } from '../../dossier/timeline';
import {
  ARTICLE3_FACTOR_LABELS,
  CAME_TO_LIGHT_LABELS,
  NOTICE_BASIS_LABELS,
  NOTICE_STATUS_LABELS,
} from '../labels';
import { cell, fields, joinNonEmpty, muted, paragraphs, yesNo, formatDate } from '../format';
import { type PdfContext, ofKind, shows } from '../context';
import type { Block, Cell } from '../model';
import type { SectionParts } from './section';

/** Each notice or diffusion: its data, charges against the Art. 83 threshold, and the compliance grounds. */
export function interpolSection(ctx: PdfContext): SectionParts {
  return { blocks: interpolBlocks(ctx) };
}

type Charge = RecordOf<'interpol'>['data']['charges'][number];

function penaltyText(charge: Charge, basis: 'prosecution' | 'sentence'): string {
  if (basis === 'prosecution')
    return charge.maxPenaltyYears === undefined
      ? ''
      : `Up to ${charge.maxPenaltyYears} year${charge.maxPenaltyYears === 1 ? '' : 's'}`;
  return joinNonEmpty(
    [
      charge.sentenceImposedMonths !== undefined && `${charge.sentenceImposedMonths} months imposed`,
      charge.sentenceRemainingMonths !== undefined && `${charge.sentenceRemainingMonths} months remaining`,
    ],
    ', ',
  );
}

function article83Cell(charge: Charge, basis: 'prosecution' | 'sentence'): Cell {
  const found = article83PenaltyCheck(charge, basis);
  if (found.some((c) => c.severity === 'warning'))
    return cell(
      basis === 'prosecution'
        ? `Below the threshold (${ART83_PROSECUTION_MIN_YEARS} years)`
        : `Below the threshold (${ART83_SENTENCE_MIN_MONTHS} months)`,
      { tone: 'warning', bold: true },
    );
  if (found.length > 0) return muted('Penalty not recorded');
  return cell('Meets the threshold', { tone: 'ok' });
}

function interpolBlocks(ctx: PdfContext): (Block | null)[] {
  const notices = ofKind(ctx.records, 'interpol');
  if (notices.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No INTERPOL notice or diffusion recorded.' }];
  const blocks: (Block | null)[] = [];
  for (const n of notices) {
    const d = n.data;
    blocks.push({
      type: 'subheading',
      text: `${NOTICE_TYPE_LABELS[d.type]} — requested by ${d.requestingCountry}`,
      meta: cell(NOTICE_STATUS_LABELS[d.status], {
        tone: d.status === 'active' ? 'critical' : d.status === 'deleted' ? 'ok' : 'warning',
        bold: true,
      }),
    });
    blocks.push(
      fields([
        ['Control / file number', d.controlNumber],
        ['Issuing authority', d.issuingAuthority],
        [
          d.basis === 'sentence' ? 'Judgment' : 'Warrant',
          joinNonEmpty([d.warrantNumber && `No. ${d.warrantNumber}`, formatDate(d.warrantDate)], ', '),
        ],
        [d.type === 'diffusion' ? 'Circulated' : 'Issued', formatDate(d.issuedDate)],
        ['Basis', NOTICE_BASIS_LABELS[d.basis]],
        ['Public extract', yesNo(d.publicExtract)],
        ['Came to light through', CAME_TO_LIGHT_LABELS[d.cameToLight]],
      ]),
    );
    blocks.push(...paragraphs(d.factsAlleged, 'Facts alleged'));
    // Counsel's findings (thresholds, compliance) are assessments: left out where they are hidden (the CCF's papers).
    const assessments = shows(ctx, 'assessments');
    if (d.charges.length > 0) {
      blocks.push({
        type: 'table',
        columns: [
          { header: 'Charge', width: 3 },
          { header: 'Articles', width: 1.6 },
          { header: d.basis === 'sentence' ? 'Sentence' : 'Maximum penalty', width: 1.7 },
          ...(assessments ? [{ header: 'Art. 83 threshold', width: 2 }] : []),
        ],
        rows: d.charges.map((c) => [
          cell(c.description),
          cell(c.articles),
          cell(penaltyText(c, d.basis) || '—', penaltyText(c, d.basis) ? {} : { tone: 'muted' }),
          ...(assessments ? [article83Cell(c, d.basis)] : []),
        ]),
        empty: '',
      });
    }
    if (!assessments) continue;
    const f = d.compliance;
    const thresholdIssues = d.charges.filter((c) =>
      article83PenaltyCheck(c, d.basis).some((x) => x.severity === 'warning'),
    ).length;
    const flag = (on: boolean, yes: string, no = 'Not raised'): Cell =>
      on ? cell(yes, { tone: 'warning', bold: true }) : muted(no);
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Compliance ground', width: 3.2 },
        { header: 'Finding', width: 5 },
      ],
      rows: [
        [cell('Art. 2 — human rights (UDHR)'), flag(f.article2HumanRights, 'Concern raised')],
        [
          cell('Art. 3 — predominance of political elements'),
          f.article3Factors.length > 0
            ? cell(`Factors: ${f.article3Factors.map((x) => ARTICLE3_FACTOR_LABELS[x]).join('; ')}`, {
                tone: 'warning',
              })
            : muted('No factor recorded'),
        ],
        [
          cell('RPD Art. 83 — excluded offence category'),
          flag(f.article83ExcludedCategory, 'Excluded category'),
        ],
        [
          cell('RPD Art. 83(1)(a) — penalty threshold'),
          d.charges.length === 0
            ? muted('No charge recorded')
            : thresholdIssues > 0
              ? cell(`${thresholdIssues} of ${d.charges.length} charge(s) below the threshold`, {
                  tone: 'warning',
                  bold: true,
                })
              : cell('Threshold met or penalty not recorded (see charges)'),
        ],
        [cell('Refugee policy'), flag(f.refugeePolicyApplies, 'Applies')],
        [cell('Data quality'), flag(f.dataQualityIssues, 'Issues found')],
        [cell('Coherence of charges and facts'), flag(f.chargesFactsIncoherent, 'Incoherent')],
      ],
      empty: '',
    });
    blocks.push(...paragraphs(f.notes, 'Compliance notes'));
  }
  return blocks;
}
