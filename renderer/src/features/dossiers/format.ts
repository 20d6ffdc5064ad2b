import { daysBetween } from '../../../../shared/deadlines/calendar';

/** The attorney's local calendar date: deadlines are counted in local calendar days. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Calendar dates carry no time zone: format them at UTC midnight so no offset can move them a day.
const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const DATE_WEEKDAY = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "Mar 31, 2026" */
export function formatDate(iso: string): string {
  return DATE.format(utc(iso));
}

/** "Tue, Mar 31, 2026" */
export function formatDateWithWeekday(iso: string): string {
  return DATE_WEEKDAY.format(utc(iso));
}

/** "Mar 31" */
export function formatMonthDay(iso: string): string {
  return MONTH_DAY.format(utc(iso));
}

/** An ISO timestamp in the attorney's local time: "Mar 31, 2026, 2:05 PM". */
export function formatTimestamp(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** Days from today to the date: negative when past. */
export function daysFromToday(iso: string, today = todayIso()): number {
  return daysBetween(today, iso);
}

/** "today", "tomorrow", "in 12 days", "3 days ago", "1 day overdue" (with `overdueWording`). */
export function relativeDays(iso: string, today = todayIso(), overdueWording = false): string {
  const days = daysFromToday(iso, today);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return overdueWording ? '1 day overdue' : 'yesterday';
  if (days > 0) return `in ${days.toLocaleString('en-US')} days`;
  const ago = (-days).toLocaleString('en-US');
  return overdueWording ? `${ago} days overdue` : `${ago} days ago`;
}

export type Urgency = 'overdue' | 'soon' | 'near' | 'later';

/** Overdue (past), soon (within 7 days), near (within 30), later. */
export function urgencyOf(iso: string, today = todayIso()): Urgency {
  const days = daysFromToday(iso, today);
  if (days < 0) return 'overdue';
  if (days <= 7) return 'soon';
  if (days <= 30) return 'near';
  return 'later';
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
