import { CARD_STATUS_LABELS, LANES, LANE_LABELS } from '../../board/board';
import { cell, muted, formatDate } from '../format';
import type { PdfContext } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** The coordination board, lane by lane. */
export function boardSection(ctx: PdfContext): SectionParts {
  return { blocks: boardBlocks(ctx) };
}

function boardBlocks(ctx: PdfContext): (Block | null)[] {
  if (ctx.board === null || ctx.board.length === 0)
    return [
      {
        type: 'paragraph',
        tone: 'muted',
        text: ctx.board === null ? 'No cards (the board is not available).' : 'No cards on the board.',
      },
    ];
  const blocks: (Block | null)[] = [];
  for (const lane of LANES) {
    const cards = ctx.board
      .filter((c) => c.lane === lane)
      .sort(
        (a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title),
      );
    if (cards.length === 0) continue;
    blocks.push({ type: 'subheading', text: LANE_LABELS[lane], meta: muted(`${cards.length} card(s)`) });
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Card', width: 3.8 },
        { header: 'Status', width: 1.7 },
        { header: 'Owner', width: 1.8 },
        { header: 'Due', width: 1.2 },
      ],
      rows: cards.map((c) => [
        cell(c.title),
        cell(CARD_STATUS_LABELS[c.status], { tone: c.status === 'done' ? 'ok' : 'normal' }),
        cell(c.ownerName ?? '—'),
        cell(formatDate(c.dueDate) || '—', {
          tone: c.dueDate && c.dueDate < ctx.today && c.status !== 'done' ? 'critical' : 'normal',
        }),
      ]),
      empty: '',
    });
  }
  return blocks;
}
