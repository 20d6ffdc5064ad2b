import { ITEM_STATUS_LABELS, type ItemStatus } from '../../../../shared/evidence/checklist';

const DATE = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** 'YYYY-MM-DD' as "Mar 15, 2027" (a calendar date: no time zone shifts it). */
export function formatDate(iso: string): string {
  return DATE.format(new Date(`${iso}T00:00:00Z`));
}

export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** Days from `today` to `iso` (negative when past). */
export function daysUntil(iso: string, today: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const STATUS_ORDER: readonly ItemStatus[] = [
  'needed',
  'requested',
  'received',
  'translated',
  'filed',
  'not-obtainable',
];

export function statusLabel(status: ItemStatus): string {
  return ITEM_STATUS_LABELS[status];
}

/** The SHA-256 in groups of eight, easier to read aloud and compare. */
export function groupedHash(hash: string): string {
  return hash.match(/.{1,8}/g)?.join(' ') ?? hash;
}
