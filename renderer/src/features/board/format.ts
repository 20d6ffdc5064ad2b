import { parseIsoDate } from '../../../../shared/deadlines/calendar';

const SHORT = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const LONG = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Calendar dates read at UTC noon, so no time zone can move them a day. */
function toDate(iso: string): Date {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** "Dec 4, 2026" */
export function shortDate(iso: string): string {
  return SHORT.format(toDate(iso));
}

/** "Fri, December 4, 2026" */
export function longDate(iso: string): string {
  return LONG.format(toDate(iso));
}
