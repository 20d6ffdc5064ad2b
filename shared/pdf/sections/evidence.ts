import { SHARING_SCOPE_LABELS } from '../../dossier/common';
import { EVIDENCE_CATEGORY_LABELS } from '../../evidence/categories';
import type { PdfEvidenceItem } from '../sources';
import { cell, joinNonEmpty, exhibitOrder, formatDate } from '../format';
import type { PdfContext } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** The evidence index (every item the audience may see). */
export function evidenceSection(ctx: PdfContext): SectionParts {
  return { blocks: [evidenceTable(ctx)] };
}

/** The exhibit index for the court: numbered items only, in exhibit order. */
export function exhibitsSection(ctx: PdfContext): SectionParts {
  return { blocks: [exhibitsTable(ctx)], untitled: ctx.profile === 'court' };
}

const ROLE_LABELS: Record<PdfEvidenceItem['role'], string> = {
  original: '',
  translation: 'Translation',
  certificate: 'Certificate of translation',
};

function sortedEvidence(items: readonly PdfEvidenceItem[]): PdfEvidenceItem[] {
  return [...items].sort(
    (a, b) => exhibitOrder(a.exhibitNumber, b.exhibitNumber) || a.title.localeCompare(b.title, 'en'),
  );
}

/** The intake hash in groups of eight, so it wraps at a group and can be read aloud and compared. */
export function groupedHash(sha256: string): string {
  return sha256.match(/.{1,8}/g)?.join(' ') ?? sha256;
}

function evidenceTable(ctx: PdfContext): Block {
  // The firm's own index proves integrity: each item's SHA-256 at intake and the scope it may be shared under.
  const internal = ctx.profile === 'internal';
  return {
    type: 'table',
    columns: [
      { header: 'Exhibit', width: 1 },
      { header: 'Tab', width: 0.8 },
      { header: 'Item', width: internal ? 3.9 : 3.6 },
      { header: 'Category', width: internal ? 1.6 : 2 },
      ...(internal ? [{ header: 'Scope', width: 1.1 }] : []),
      { header: 'Obtained', width: 1.3 },
    ],
    rows: sortedEvidence(ctx.evidence ?? []).map((e) => [
      cell(e.exhibitNumber ?? '—', { bold: e.exhibitNumber !== null }),
      cell(e.exhibitTab ?? ''),
      cell(e.title, {
        note:
          joinNonEmpty(
            [
              ROLE_LABELS[e.role],
              e.language && `Language: ${e.language}`,
              internal && `SHA-256 ${groupedHash(e.sha256)}`,
            ],
            '\n',
          ) || undefined,
      }),
      cell(e.category ? EVIDENCE_CATEGORY_LABELS[e.category] : '—'),
      ...(internal ? [cell(SHARING_SCOPE_LABELS[e.scope])] : []),
      cell(formatDate(e.obtainedOn) || '—'),
    ]),
    empty:
      ctx.evidence === null
        ? 'No evidence recorded (the evidence feature is not available).'
        : 'No evidence recorded.',
  };
}

function exhibitsTable(ctx: PdfContext): Block {
  const numbered = sortedEvidence((ctx.evidence ?? []).filter((e) => e.exhibitNumber?.trim()));
  return {
    type: 'table',
    columns: [
      { header: 'Exhibit', width: 1 },
      { header: 'Tab', width: 0.8 },
      { header: 'Description', width: 4.2 },
      { header: 'Date', width: 1.3 },
      { header: 'Served on DHS', width: 1.3 },
    ],
    rows: numbered.map((e) => [
      cell(e.exhibitNumber ?? '', { bold: true }),
      cell(e.exhibitTab ?? ''),
      cell(e.title, { note: joinNonEmpty([ROLE_LABELS[e.role], e.description], '\n') || undefined }),
      cell(formatDate(e.documentDate) || '—'),
      cell(formatDate(e.servedOn) || '—'),
    ]),
    empty: 'No exhibit marked for the court has a number yet.',
  };
}
