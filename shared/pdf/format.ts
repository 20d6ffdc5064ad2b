import type { Block, Cell, Field } from './model';

/** Small helpers every section of a PDF uses: dates as printed, cells, label–value fields, paragraphs. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-03-09' → 'Mar 9, 2026'. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  const month = MONTHS[Number(m) - 1];
  if (!y || !month || !d) return iso;
  return `${month} ${Number(d)}, ${y}`;
}

/** An ISO date-time as printed: 'Nov 25, 2026, 14:03 UTC'. */
export function formatDateTime(iso: string): string {
  const time = iso.slice(11, 16);
  return time ? `${formatDate(iso)}, ${time} UTC` : formatDate(iso);
}

export function cell(text: string | null | undefined, extra: Omit<Cell, 'text'> = {}): Cell {
  return { text: text ?? '', ...extra };
}

export function muted(text: string): Cell {
  return { text, tone: 'muted' };
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

export function joinNonEmpty(parts: (string | null | undefined | false)[], sep = ' · '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(sep);
}

/** Fields whose value is empty are dropped: paper has no room for blanks. */
export function fields(items: [string, string | Cell | null | undefined | false][]): Block | null {
  const kept: Field[] = [];
  for (const [label, value] of items) {
    if (value === null || value === undefined || value === false) continue;
    const c = typeof value === 'string' ? cell(upperFirst(value)) : value;
    if (c.text.trim() === '') continue;
    kept.push({ label, value: c });
  }
  return kept.length === 0 ? null : { type: 'fields', items: kept };
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function paragraphs(text: string | undefined, label?: string): Block[] {
  if (!text || text.trim() === '') return [];
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.map((p, i) => ({
    type: 'paragraph' as const,
    text: i === 0 && label ? `${label}: ${p}` : p,
  }));
}

export function compact<T>(items: (T | null | undefined | false)[]): T[] {
  return items.filter((i): i is T => i !== null && i !== undefined && i !== false);
}

/** Natural order for exhibit numbers: 'A-2' before 'A-10', numbers before letters. */
export function exhibitOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}
