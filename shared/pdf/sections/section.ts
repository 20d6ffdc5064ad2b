import type { PdfContext } from '../context';
import type { Block, Section } from '../model';

/** What a section module gives the assembler: its blocks (nulls dropped) and, if any, its intro and page break. */
export interface SectionParts extends Pick<Section, 'intro' | 'newPage' | 'untitled'> {
  blocks: (Block | null)[];
}

export type SectionBuilder = (ctx: PdfContext) => SectionParts;
