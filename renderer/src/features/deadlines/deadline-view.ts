import { type IsoDate, addDays, daysBetween, parseIsoDate } from '../../../../shared/deadlines/calendar';
import { type Bucket, bucketFor } from '../../../../shared/deadlines/engine';
import { FRONTS, type Front } from '../../../../shared/deadlines/rules';
import type { UpcomingDeadline } from '../../../../shared/dossier/dossier';
import { foldForSearch, searchWords } from '../../../../shared/dossier/search-text';

/**
 * What the dashboard shows, derived from the rows `deadline.upcoming` returns: buckets (the engine's own
 * `bucketFor`, seen from main's "today"), filters and the wording of dates. Pure functions, no React.
 */

/** How far ahead the dashboard looks; overdue deadlines are always included. null: every open deadline. */
export type WindowDays = 90 | 180 | 365 | null;

export const WINDOW_CHOICES: readonly { value: WindowDays; label: string; phrase: string }[] = [
  { value: 90, label: '90 days', phrase: 'in the next 90 days' },
  { value: 180, label: '180 days', phrase: 'in the next 180 days' },
  { value: 365, label: '1 year', phrase: 'in the next year' },
  { value: null, label: 'All', phrase: 'at any date' },
];

export const DEFAULT_WINDOW: WindowDays = 90;

/** The most rows one request may return (the contract's bound). */
export const FETCH_LIMIT = 5000;

export const FRONT_LABELS: Readonly<Record<Front, string>> = {
  immigration: 'Immigration',
  custody: 'Custody',
  interpol: 'INTERPOL & CCF',
  extradition: 'Extradition',
  advocacy: 'Advocacy',
};

export interface BucketInfo {
  label: string;
  /** One line under the label, with the dates it covers. */
  caption(today: IsoDate): string;
}

export const BUCKET_INFO: Readonly<Record<Bucket, BucketInfo>> = {
  overdue: { label: 'Overdue', caption: () => 'Past their date and still open' },
  within7: { label: 'Next 7 days', caption: (today) => `Today to ${shortDate(addDays(today, 7))}` },
  within30: {
    label: '8–30 days',
    caption: (today) => `${shortDate(addDays(today, 8))} to ${shortDate(addDays(today, 30))}`,
  },
  within90: {
    label: '31–90 days',
    caption: (today) => `${shortDate(addDays(today, 31))} to ${shortDate(addDays(today, 90))}`,
  },
  later: { label: 'Later', caption: (today) => `After ${shortDate(addDays(today, 90))}` },
};

/** The buckets the dashboard shows for a window: "later" only exists when it looks past 90 days. */
export function bucketsFor(withinDays: WindowDays): readonly Bucket[] {
  const base: Bucket[] = ['overdue', 'within7', 'within30', 'within90'];
  return withinDays === null || withinDays > 90 ? [...base, 'later'] : base;
}

/** One row with what the screen derives from it once, when the rows arrive. */
export interface DeadlineItem {
  /** Unique across clients (a deadline key is unique within one dossier). */
  id: string;
  row: UpcomingDeadline;
  bucket: Bucket;
  daysLeft: number;
  /** Folded client name and rule title, for the text filter. */
  haystack: string;
}

export function toItems(rows: readonly UpcomingDeadline[], today: IsoDate): DeadlineItem[] {
  return rows.map((row) => ({
    id: `${row.clientId}|${row.key}`,
    row,
    bucket: bucketFor(row.dueDate, today),
    daysLeft: daysBetween(today, row.dueDate),
    haystack: foldForSearch(
      `${row.familyName} ${row.givenNames} ${row.givenNames} ${row.familyName} ${row.title}`,
    ),
  }));
}

export interface DeadlineFilter {
  front: Front | 'all';
  text: string;
}

/** Rows on the chosen front whose client name or rule title holds every word typed (accents ignored). */
export function filterItems(items: readonly DeadlineItem[], { front, text }: DeadlineFilter): DeadlineItem[] {
  const words = searchWords(text);
  if (front === 'all' && words.length === 0) return [...items];
  return items.filter(
    (item) =>
      (front === 'all' || item.row.front === front) && words.every((word) => item.haystack.includes(word)),
  );
}

export function countByBucket(items: readonly DeadlineItem[]): Record<Bucket, number> {
  const counts: Record<Bucket, number> = { overdue: 0, within7: 0, within30: 0, within90: 0, later: 0 };
  for (const item of items) counts[item.bucket] += 1;
  return counts;
}

export function countByFront(items: readonly DeadlineItem[]): Record<Front, number> {
  const counts = Object.fromEntries(FRONTS.map((front) => [front, 0])) as Record<Front, number>;
  for (const item of items) counts[item.row.front] += 1;
  return counts;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates in words
// ---------------------------------------------------------------------------------------------------------------

/** Calendar dates are shown in U.S. English and read at UTC noon, so no time zone can move them a day. */
function toDate(iso: IsoDate): Date {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' });
const MEDIUM = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const FULL = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' });

/** "Tue" */
export function weekday(iso: IsoDate): string {
  return WEEKDAY.format(toDate(iso));
}

/** "Mar 3, 2026" */
export function mediumDate(iso: IsoDate): string {
  return MEDIUM.format(toDate(iso));
}

/** "Mar 3" */
export function shortDate(iso: IsoDate): string {
  return SHORT.format(toDate(iso));
}

/** "Tuesday, March 3, 2026" (for assistive technology). */
export function fullDate(iso: IsoDate): string {
  return FULL.format(toDate(iso));
}

export type Urgency = 'overdue' | 'soon' | 'later';

export function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= 7 ? 'soon' : 'later';
}

/** "3 days overdue", "Due today", "Tomorrow", "In 12 days". */
export function relativeDays(daysLeft: number): string {
  if (daysLeft < -1) return `${formatCount(-daysLeft)} days overdue`;
  if (daysLeft === -1) return '1 day overdue';
  if (daysLeft === 0) return 'Due today';
  if (daysLeft === 1) return 'Tomorrow';
  return `In ${formatCount(daysLeft)} days`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
