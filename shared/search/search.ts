import { z } from 'zod';
import { idSchema } from '../dossier/common';
import { foldForSearch } from '../dossier/search-text';

export const searchQuerySchema = z.object({
  text: z.string().max(200).default(''),
  /** Clients (groups) returned at most. */
  limit: z.number().int().min(1).max(50).default(12),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

/** Marks around the matched words inside a snippet (control characters: they never occur in stored text). */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export const searchHitSchema = z.object({
  kind: z.enum(['client', 'record', 'evidence', 'deadline']),
  refId: idSchema,
  label: z.string(),
  /** A short excerpt around the match with HIGHLIGHT marks; null for a name match (the group shows the name). */
  snippet: z.string().nullable(),
  /** 'fuzzy': found by the typo-tolerant name search, not word for word. */
  match: z.enum(['exact', 'fuzzy']),
  score: z.number(),
});
export type SearchHit = z.output<typeof searchHitSchema>;

export const searchGroupSchema = z.object({
  clientId: idSchema,
  familyName: z.string(),
  givenNames: z.string(),
  score: z.number(),
  hits: z.array(searchHitSchema),
});
export type SearchGroup = z.output<typeof searchGroupSchema>;

export const searchResultSchema = z.object({ groups: z.array(searchGroupSchema) });
export type SearchResult = z.output<typeof searchResultSchema>;

/** The words of a query as the index sees them: folded, split on anything that is not a letter or digit. */
export function queryWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/** The query as typed terms (split on spaces), each the list of its folded words: "C-14 summons" → [[c, 14], [summons]]. */
export function queryTerms(text: string): string[][] {
  return foldForSearch(text)
    .split(' ')
    .map((term) => term.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))
    .filter((words) => words.length > 0)
    .slice(0, 8);
}

/** A snippet cut into plain and highlighted parts, for rendering without HTML. */
export function snippetParts(snippet: string): { text: string; highlight: boolean }[] {
  const parts: { text: string; highlight: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start < 0) {
      parts.push({ text: rest, highlight: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), highlight: false });
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), highlight: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}
