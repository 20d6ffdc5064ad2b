import { ITEM_STATUS_LABELS, isSettled } from '../../evidence/checklist';
import type { PdfEvidenceItem } from '../sources';
import { cell, formatDate } from '../format';
import type { PdfContext } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** Each evidence checklist with its items' status, exhibits and due dates. */
export function checklistSection(ctx: PdfContext): SectionParts {
  return { blocks: checklistBlocks(ctx) };
}

function checklistBlocks(ctx: PdfContext): (Block | null)[] {
  if (ctx.checklists === null || ctx.checklists.length === 0)
    return [{ type: 'paragraph', tone: 'muted', text: 'No evidence checklist recorded.' }];
  const exhibits = new Map((ctx.evidence ?? []).map((e) => [e.id, e]));
  const blocks: (Block | null)[] = [];
  for (const list of ctx.checklists) {
    const settled = list.items.filter((i) => isSettled(i.status)).length;
    blocks.push({
      type: 'subheading',
      text: list.name,
      meta: cell(`${settled} of ${list.items.length} settled`, {
        tone: settled === list.items.length ? 'ok' : 'normal',
      }),
    });
    const titles = new Map(list.categories.map((c) => [c.key, c.title]));
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Category', width: 1.9 },
        { header: 'Item', width: 3.2 },
        { header: 'Status', width: 1.5 },
        { header: 'Exhibits', width: 1.2 },
        { header: 'Due', width: 1.2 },
      ],
      rows: list.items.map((item) => {
        const numbers = item.evidenceIds
          .map((id) => exhibits.get(id))
          .filter((e): e is PdfEvidenceItem => e !== undefined)
          .map((e) => e.exhibitNumber ?? 'unnumbered');
        return [
          cell(titles.get(item.category) ?? item.category, { tone: 'muted' }),
          cell(item.title),
          cell(
            item.status === 'not-obtainable' && item.notObtainableReason
              ? `${ITEM_STATUS_LABELS[item.status]}: ${item.notObtainableReason}`
              : ITEM_STATUS_LABELS[item.status],
            {
              tone: isSettled(item.status) ? 'ok' : item.status === 'needed' ? 'warning' : 'normal',
            },
          ),
          cell(numbers.join(', ') || '—'),
          cell(formatDate(item.dueDate) || '—', {
            tone: item.dueDate && item.dueDate < ctx.today && !isSettled(item.status) ? 'critical' : 'normal',
          }),
        ];
      }),
      empty: 'This checklist has no items.',
    });
  }
  return blocks;
}
