import { muted, paragraphs, formatDate } from '../format';
import { type PdfContext, ofKind } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** The dossier's notes, by date. */
export function notesSection(ctx: PdfContext): SectionParts {
  return { blocks: notesBlocks(ctx) };
}

function notesBlocks(ctx: PdfContext): (Block | null)[] {
  const notes = ofKind(ctx.records, 'note').sort((a, b) =>
    (a.data.date ?? '').localeCompare(b.data.date ?? ''),
  );
  if (notes.length === 0) return [{ type: 'paragraph', tone: 'muted', text: 'No notes.' }];
  const blocks: (Block | null)[] = [];
  for (const n of notes) {
    blocks.push({
      type: 'subheading',
      text: n.data.title,
      meta: n.data.date ? muted(formatDate(n.data.date)) : undefined,
    });
    blocks.push(...paragraphs(n.data.body));
  }
  return blocks;
}
