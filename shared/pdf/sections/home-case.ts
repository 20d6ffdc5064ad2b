import { FILE_ACCESS_LABELS, INDICATOR_LABELS, STAGE_LABELS, TRI_STATE_LABELS } from '../labels';
import { cell, fields, joinNonEmpty, paragraphs, yesNo, formatDate } from '../format';
import { type PdfContext, ofKind, shows } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** Each home-country proceeding: court, charges, in absentia judgment, indicators of political motivation. */
export function homeCaseSection(ctx: PdfContext): SectionParts {
  return { blocks: homeCaseBlocks(ctx) };
}

function homeCaseBlocks(ctx: PdfContext): (Block | null)[] {
  const cases = ofKind(ctx.records, 'home-case');
  if (cases.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No home-country proceeding recorded.' }];
  const blocks: (Block | null)[] = [];
  for (const h of cases) {
    const d = h.data;
    blocks.push({
      type: 'subheading',
      text: `${d.country}${d.caseNumber ? ` — case ${d.caseNumber}` : ''}`,
      meta: cell(STAGE_LABELS[d.stage]),
    });
    blocks.push(
      fields([
        ['Court', d.court],
        ['Judge', d.judge],
        ['Prosecutor or investigator', d.prosecutor],
        ['Opened', formatDate(d.openedDate)],
        [
          'Judgment in absentia',
          d.inAbsentiaJudgmentDate
            ? cell(joinNonEmpty([formatDate(d.inAbsentiaJudgmentDate), d.inAbsentiaSentence]), {
                tone: 'warning',
              })
            : undefined,
        ],
        ['Retrial guaranteed', d.inAbsentiaJudgmentDate ? TRI_STATE_LABELS[d.retrialGuaranteed] : undefined],
        ['Local counsel', d.localCounsel],
        ['Access to the file', FILE_ACCESS_LABELS[d.fileAccess]],
        ['Pre-trial detention order', yesNo(d.pretrialDetentionOrder)],
        ['Asset freezes', d.assetFreezes],
        ['Related cases', d.relatedCases],
      ]),
    );
    if (d.charges.length > 0)
      blocks.push({
        type: 'table',
        columns: [
          { header: 'Charge', width: 3.4 },
          { header: 'Articles', width: 2 },
          { header: 'Maximum penalty', width: 1.8 },
        ],
        rows: d.charges.map((c) => [
          cell(c.description),
          cell(c.articles),
          cell(c.maxPenaltyYears !== undefined ? `${c.maxPenaltyYears} years` : '—'),
        ]),
        empty: '',
      });
    blocks.push(...paragraphs(d.officialStatements, 'Statements by officials'));
    if (!shows(ctx, 'assessments')) continue;
    if (d.indicators.length > 0) {
      blocks.push({ type: 'paragraph', text: 'Indicators of political motivation:' });
      blocks.push({
        type: 'list',
        style: 'bullet',
        items: d.indicators.map((x) => cell(INDICATOR_LABELS[x])),
      });
    }
    blocks.push(...paragraphs(d.indicatorNotes));
  }
  return blocks;
}
