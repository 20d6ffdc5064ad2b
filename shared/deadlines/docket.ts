import { z } from 'zod';
import { addDays, compareIsoDates, type IsoDate } from './calendar';
import {
  type Deadline,
  type DeadlineResolution,
  byDueDateThenRule,
  deadlineResolutionSchema,
} from './engine';
import { MAX_REMINDER_DAYS } from './custom';

/**
 * The docket: computed and custom deadlines together, with how the team tracks each (owner, reminder lead time,
 * done or not applicable). Pure; the services feed it what the vault holds.
 */

/**
 * The version of the rules and of the docket's shape that derived deadline rows are built with. Raise it whenever a
 * rule or the derivation changes: every vault then rebuilds its rows on the next unlock.
 */
export const DOCKET_VERSION = 1;

/** Reminder lead time for a deadline that names none, unless Settings say otherwise. */
export const DEFAULT_REMINDER_DAYS = 7;

/** How the team tracks one deadline (stored per dossier and key, for computed and custom deadlines alike). */
export const deadlineTrackingSchema = z.object({
  key: z.string().min(1).max(200),
  owner: z.string().optional(),
  reminderDays: z.number().int().min(0).max(MAX_REMINDER_DAYS).optional(),
  resolution: deadlineResolutionSchema.optional(),
});
export type DeadlineTracking = z.infer<typeof deadlineTrackingSchema>;

function compareResolution(a: DeadlineResolution, due: IsoDate): 'met' | 'late' {
  return compareIsoDates(a.date, due) <= 0 ? 'met' : 'late';
}

/**
 * One deadline with its tracking: the owner, the reminder lead time, and the attorney's resolution. "Done" on an
 * open deadline makes it met or late against its due date; a completion already recorded in the dossier's dates
 * stands. "Not applicable" sets it aside whatever the dates say.
 */
export function withTracking(
  deadline: Deadline,
  tracking: DeadlineTracking | undefined,
  defaultReminderDays: number,
): Deadline {
  const tracked: Deadline = { ...deadline, reminderDays: tracking?.reminderDays ?? defaultReminderDays };
  if (tracking?.owner !== undefined) tracked.owner = tracking.owner;
  const resolution = tracking?.resolution;
  if (!resolution) return tracked;
  tracked.resolution = resolution;
  if (resolution.state === 'not-applicable') return { ...tracked, status: 'not-applicable' };
  if (tracked.status !== 'open') return tracked;
  return {
    ...tracked,
    status: compareResolution(resolution, tracked.dueDate),
    completion: { label: 'Marked done', date: resolution.date },
  };
}

/** Still to be done: open and not set aside. */
export function isUnresolved(deadline: Pick<Deadline, 'status'>): boolean {
  return deadline.status === 'open';
}

/** An open deadline whose reason to act has passed (the hearing was held, the option lapsed). */
export function isExpired(deadline: Pick<Deadline, 'status' | 'expiresAfter'>, today: IsoDate): boolean {
  return deadline.status === 'open' && deadline.expiresAfter !== undefined && deadline.expiresAfter < today;
}

/** The day the reminder for a deadline starts. */
export function remindOn(deadline: Pick<Deadline, 'dueDate' | 'reminderDays'>, defaultDays: number): IsoDate {
  return addDays(deadline.dueDate, -(deadline.reminderDays ?? defaultDays));
}

export interface DocketInput {
  /** The engine's deadlines, overrides applied. */
  computed: readonly Deadline[];
  /** The custom deadlines as entries (see customDeadlineEntry). */
  custom: readonly Deadline[];
  tracking: readonly DeadlineTracking[];
  defaultReminderDays: number;
  /** Seen from this day, open deadlines past their expiry leave the docket. */
  today: IsoDate;
}

/** The whole docket of one dossier, sorted by due date. */
export function assembleDocket(input: DocketInput): Deadline[] {
  const byKey = new Map(input.tracking.map((t) => [t.key, t]));
  return [...input.computed, ...input.custom]
    .map((d) => withTracking(d, byKey.get(d.key), input.defaultReminderDays))
    .filter((d) => !isExpired(d, input.today))
    .sort(byDueDateThenRule);
}
