import type { PdfDocument, Section } from '../pdf/model';
import type { FilingItem, FilingPart } from './parts';

/**
 * How a filing is put together. The pages the app typesets itself (the caption and contents, separator pages,
 * plain-text exhibits, the proof of service: "own" pages) are one document model; the exhibits' files are merged
 * between them. Page numbers run through the whole filing, so the contents can give each exhibit's page range only
 * once every part's page count is known: the PDF worker measures the files, typesets the own pages once to learn
 * their length, numbers everything, and typesets them again with the ranges filled in.
 */

/** What each section of the own document is, in order: where its pages go in the filing. */
export type SectionRole =
  | { type: 'front' }
  | { type: 'separator'; item: number }
  | { type: 'text'; item: number; evidenceId: string }
  | { type: 'back' };

/** A run of pages of the filing: own pages from the typeset document, or one merged file. */
export type Segment =
  | { source: 'own'; from: number; to: number; prefix: string }
  | { source: 'part'; evidenceId: string; kind: 'pdf' | 'image'; prefix: string };

export interface Assembled {
  document: PdfDocument;
  roles: SectionRole[];
}

/** Page counts: where each own section starts (0-based, in the own document), and each merged file's pages. */
export interface Layout {
  sectionStarts: number[];
  ownPages: number;
  partPages: Readonly<Record<string, number>>;
}

export interface Numbering {
  segments: Segment[];
  /** Per item, its first and last page in the filing (1-based). */
  ranges: [number, number][];
  totalPages: number;
}

/** The stamp's prefix on an item's pages ("Annex 3 — "), or none (the court packet numbers pages only). */
export type ItemLabel = (item: FilingItem) => string;

/** Orders the own sections and the files into the filing and numbers its pages. */
export function numberFiling(
  items: readonly FilingItem[],
  roles: readonly SectionRole[],
  layout: Layout,
  stampPrefix: ItemLabel,
): Numbering {
  const pagesOf = (index: number): [number, number] => {
    const from = layout.sectionStarts[index] ?? 0;
    const next = layout.sectionStarts.slice(index + 1).find((s) => s > from);
    return [from, (next ?? layout.ownPages) - 1];
  };
  const segments: Segment[] = [];
  const ownRun = (indexes: number[], prefix: string) => {
    const spans = indexes.map(pagesOf);
    const from = Math.min(...spans.map(([f]) => f));
    const to = Math.max(...spans.map(([, t]) => t));
    if (indexes.length > 0 && to >= from) segments.push({ source: 'own', from, to, prefix });
  };
  const rolesOf = (predicate: (role: SectionRole) => boolean) =>
    roles.flatMap((role, index) => (predicate(role) ? [index] : []));

  ownRun(
    rolesOf((r) => r.type === 'front'),
    '',
  );
  let page = segmentPages(segments, layout) + 1;
  const ranges: [number, number][] = [];
  items.forEach((item, i) => {
    const first = page;
    const prefix = stampPrefix(item);
    const separator = rolesOf((r) => r.type === 'separator' && r.item === i);
    if (separator.length > 0) ownRun(separator, prefix);
    for (const part of item.parts) {
      if (part.kind === 'text') {
        ownRun(
          rolesOf((r) => r.type === 'text' && r.item === i && r.evidenceId === part.evidenceId),
          prefix,
        );
      } else segments.push({ source: 'part', evidenceId: part.evidenceId, kind: part.kind, prefix });
    }
    page = segmentPages(segments, layout) + 1;
    ranges.push([first, page - 1]);
  });
  ownRun(
    rolesOf((r) => r.type === 'back'),
    '',
  );
  return { segments, ranges, totalPages: segmentPages(segments, layout) };
}

function segmentPages(segments: readonly Segment[], layout: Layout): number {
  return segments.reduce(
    (sum, s) => sum + (s.source === 'own' ? s.to - s.from + 1 : (layout.partPages[s.evidenceId] ?? 0)),
    0,
  );
}

/** "3–7", or "3" for one page; blank before the pages are counted. */
export function rangeText(range: [number, number] | undefined): string {
  if (!range) return '';
  return range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`;
}

/** A separator page before an item's files: its number, tab and description. */
export function separatorSection(heading: string, lines: string[]): Section {
  return {
    id: 'separator',
    title: heading,
    newPage: true,
    blocks: lines.filter((l) => l.trim() !== '').map((text) => ({ type: 'paragraph', text })),
  };
}

/** A plain-text file typeset as pages of its own, paragraphs as the file has them. */
export function textPartSection(part: FilingPart, text: string): Section {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return {
    id: 'text-exhibit',
    title: part.title,
    newPage: true,
    blocks: paragraphs.map((p) => ({ type: 'paragraph', text: p })),
  };
}

/** What each part is, as a contents entry says it: "Original (Russian); English translation; certificate". */
export function partsNote(item: FilingItem): string {
  if (item.parts.length <= 1) return '';
  return item.parts
    .map((p) =>
      p.role === 'original'
        ? `Original${p.language ? ` (${p.language})` : ''}`
        : p.role === 'translation'
          ? 'English translation'
          : 'Translator’s certificate of competence',
    )
    .join('; ');
}
