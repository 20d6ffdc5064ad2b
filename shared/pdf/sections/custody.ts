import { ARREST_AGENCY_LABELS, BOND_RESULT_LABELS } from '../../dossier/timeline';
import { ARREST_SETTING_LABELS, DIRECTIVE_15006_LABELS, TRI_STATE_LABELS } from '../labels';
import { cell, fields, joinNonEmpty, formatDate } from '../format';
import { type PdfContext, ofKind, shows } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** Each custody episode, with bond and the ICE Directive 15006.1 questions. */
export function custodySection(ctx: PdfContext): SectionParts {
  return { blocks: custodyBlocks(ctx) };
}

function custodyBlocks(ctx: PdfContext): (Block | null)[] {
  const episodes = ofKind(ctx.records, 'custody').sort((a, b) =>
    a.data.arrestDate.localeCompare(b.data.arrestDate),
  );
  if (episodes.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No custody episode recorded.' }];
  const blocks: (Block | null)[] = [];
  for (const e of episodes) {
    const d = e.data;
    blocks.push({
      type: 'subheading',
      text: `Arrest on ${formatDate(d.arrestDate)} by ${ARREST_AGENCY_LABELS[d.agency]}`,
      meta: d.releaseDate
        ? cell(`Released ${formatDate(d.releaseDate)}`, { tone: 'ok' })
        : cell('Detained', { tone: 'warning', bold: true }),
    });
    blocks.push(
      fields([
        ['Place', d.arrestSetting === 'home' && !shows(ctx, 'addresses') ? undefined : d.arrestPlace],
        ['Setting', ARREST_SETTING_LABELS[d.arrestSetting]],
        ['Stated basis', d.statedBasis],
        [
          'Red Notice the sole basis',
          d.redNoticeSoleBasis
            ? cell('Yes — ICE Directive 15006.1 forbids relying on it alone', {
                tone: 'critical',
                bold: true,
              })
            : 'No',
        ],
        ['Project Red', TRI_STATE_LABELS[d.projectRed]],
        ['Facility', d.facility],
        ['Detainee ID', shows(ctx, 'detention-ids') ? d.detaineeId : undefined],
        ['Transfers', d.transfers.map((t) => `${formatDate(t.date)}: ${t.facility}`).join('\n')],
        ['Custody determination', formatDate(d.custodyDeterminationDate)],
        [
          'Bond',
          joinNonEmpty([
            d.bondHearingDate && `hearing ${formatDate(d.bondHearingDate)}`,
            d.bondAmount !== undefined && `$${d.bondAmount.toLocaleString('en-US')}`,
            d.bondResult && BOND_RESULT_LABELS[d.bondResult],
            d.bondAppealFiledDate && `appeal filed ${formatDate(d.bondAppealFiledDate)}`,
          ]),
        ],
        ['Release conditions', d.releaseConditions],
        ['Alternatives to detention', d.alternativesToDetention],
      ]),
    );
    blocks.push({
      type: 'table',
      columns: [
        { header: 'ICE Directive 15006.1', width: 5.4 },
        { header: 'Answer', width: 1.4 },
      ],
      rows: (Object.keys(DIRECTIVE_15006_LABELS) as (keyof typeof DIRECTIVE_15006_LABELS)[]).map((key) => [
        cell(DIRECTIVE_15006_LABELS[key]),
        cell(TRI_STATE_LABELS[d.directive15006[key]], {
          tone:
            d.directive15006[key] === 'no' ? 'warning' : d.directive15006[key] === 'unknown' ? 'muted' : 'ok',
        }),
      ]),
      empty: '',
    });
  }
  return blocks;
}
