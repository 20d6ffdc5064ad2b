import type { PdfEvidenceItem } from '../pdf/sources';

/**
 * The files a filing merges: each evidence item's file, by how it goes in — a PDF page by page, a JPEG or PNG
 * fitted to a page, plain text typeset. Anything else (a Word file, audio, a HEIC photo) cannot be merged faithfully
 * and is named in the pre-flight instead, with what to attach in its place.
 */
export type PartKind = 'pdf' | 'image' | 'text';

export function partKindOf(mediaType: string): PartKind | null {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'image/jpeg' || mediaType === 'image/png') return 'image';
  if (mediaType === 'text/plain') return 'text';
  return null;
}

/** Plain-text exhibits are typeset; longer ones belong in a PDF. */
export const MAX_TEXT_PART_BYTES = 512 * 1024;

export interface FilingPart {
  evidenceId: string;
  role: PdfEvidenceItem['role'];
  title: string;
  kind: PartKind;
  byteSize: number;
  language: string | null;
}

export function partOf(item: PdfEvidenceItem, kind: PartKind): FilingPart {
  return {
    evidenceId: item.id,
    role: item.role,
    title: item.title,
    kind,
    byteSize: item.byteSize,
    language: item.language,
  };
}

/** An exhibit (court) or an annex (CCF): its number, what it is, and its files in the order they are merged. */
export interface FilingItem {
  /** "3", "A-2" for an exhibit; "1", "2" for an annex. */
  number: string;
  tab: string | null;
  description: string;
  documentDate: string | null;
  parts: FilingPart[];
}

/** English, or not said: no translation is expected. */
export function isForeignLanguage(language: string | null): boolean {
  const value = (language ?? '').trim().toLowerCase();
  return value !== '' && !['english', 'en', 'eng', 'en-us', 'english (us)'].includes(value);
}

/**
 * The files of one original with its translations and their certificates (8 CFR 1003.33: a foreign-language
 * document is accompanied by its English translation and the translator's certificate of competence), taking only
 * the items `reaches` lets through. Returns the parts and what was left out of the pairing and why.
 */
export function pairedParts(
  original: PdfEvidenceItem,
  all: readonly PdfEvidenceItem[],
  reaches: (item: PdfEvidenceItem) => boolean,
): { parts: FilingPart[]; unmergeable: PdfEvidenceItem[] } {
  const parts: FilingPart[] = [];
  const unmergeable: PdfEvidenceItem[] = [];
  const add = (item: PdfEvidenceItem) => {
    const kind = partKindOf(item.mediaType);
    if (kind && item.byteSize > 0) parts.push(partOf(item, kind));
    else unmergeable.push(item);
  };
  add(original);
  for (const translation of all.filter((e) => e.role === 'translation' && e.pairedWith === original.id)) {
    if (!reaches(translation)) continue;
    add(translation);
    for (const certificate of all.filter(
      (e) => e.role === 'certificate' && e.pairedWith === translation.id,
    )) {
      if (reaches(certificate)) add(certificate);
    }
  }
  return { parts, unmergeable };
}
