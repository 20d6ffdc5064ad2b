import { z } from 'zod';
import { idSchema, isoDate } from '../dossier/common';
import { dossierSchema, upcomingDeadlineSchema } from '../dossier/dossier';
import { BUCKETS } from './engine';
import { customDeadlineInputSchema, ownerSchema, reminderDaysSchema } from './custom';
import { FRONTS, frontSchema } from './rules';

/**
 * The docket's channels: deadlines entered by the attorney, a deadline's life (done, not applicable, reopened,
 * assigned, reminded), the dashboard (counts per group plus one page), reminders, federal holidays and closures,
 * and the calendar (.ics) export. Merged into shared/ipc/contract.ts.
 */

const key = z.string().min(1).max(200);

export const bucketSchema = z.enum(BUCKETS);

export const docketCountsSchema = z.object({
  /** Every listed deadline matching the filters, in every group. */
  total: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  within7: z.number().int().nonnegative(),
  within30: z.number().int().nonnegative(),
  within90: z.number().int().nonnegative(),
  later: z.number().int().nonnegative(),
});
export type DocketCounts = z.output<typeof docketCountsSchema>;

export const dashboardQuerySchema = z.object({
  /** Open deadlines due within this many days from today (overdue always included); null for every date. */
  withinDays: z.number().int().min(0).max(3650).nullable().default(null),
  front: frontSchema.nullable().default(null),
  /** Words each found in the client's names or the deadline's title. */
  text: z.string().max(200).default(''),
  /** Only the deadlines this person answers for ("my deadlines"). */
  owner: z.string().trim().min(1).max(120).nullable().default(null),
  clientId: idSchema.nullable().default(null),
  /** The slice of the whole ordered list (due date, then client name) to return. */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
export type DashboardQueryInput = z.input<typeof dashboardQuerySchema>;

export const dashboardRowSchema = upcomingDeadlineSchema.extend({ bucket: bucketSchema });
export type DashboardRow = z.output<typeof dashboardRowSchema>;

export const dashboardResultSchema = z.object({
  today: isoDate,
  /** Per group, across the whole vault (not the page): groups are contiguous in the list's order. */
  counts: docketCountsSchema,
  /** Per front, with every other filter applied (for the front filter's labels). */
  fronts: z.object(
    Object.fromEntries(FRONTS.map((f) => [f, z.number().int().nonnegative()])) as Record<
      (typeof FRONTS)[number],
      z.ZodNumber
    >,
  ),
  offset: z.number().int().nonnegative(),
  rows: z.array(dashboardRowSchema),
});
export type DashboardResult = z.output<typeof dashboardResultSchema>;

export const reminderDigestSchema = z.object({
  today: isoDate,
  /** Deadlines whose reminder has started: due within their lead time, or overdue. */
  total: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  dueToday: z.number().int().nonnegative(),
  /** The soonest of them (at most `limit`). */
  items: z.array(dashboardRowSchema),
});
export type ReminderDigest = z.output<typeof reminderDigestSchema>;

export const CALENDAR_PRIVACY = ['code', 'initials', 'full'] as const;
/**
 * What an exported event names: 'code' (a case code and the rule — no name; the default, because calendars sync
 * to clouds), 'initials' (the client's initials and the deadline's title), 'full' (the client's name and title).
 */
export const calendarPrivacySchema = z.enum(CALENDAR_PRIVACY);
export type CalendarPrivacy = z.infer<typeof calendarPrivacySchema>;

export const calendarRequestSchema = z.object({
  /** One client's open deadlines, or null for every open client's. */
  clientId: idSchema.nullable().default(null),
  privacy: calendarPrivacySchema.default('code'),
});
export type CalendarRequest = z.output<typeof calendarRequestSchema>;
export type CalendarRequestInput = z.input<typeof calendarRequestSchema>;

export const calendarPreviewSchema = z.object({
  events: z.number().int().nonnegative(),
  clients: z.number().int().nonnegative(),
  /** The first few events' titles exactly as the calendar will show them. */
  samples: z.array(z.object({ date: isoDate, summary: z.string() })).max(5),
  fileName: z.string(),
});
export type CalendarPreview = z.output<typeof calendarPreviewSchema>;

export const calendarExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('saved'),
    /** The file's name only: the folder stays in main. */
    fileName: z.string(),
    events: z.number().int().nonnegative(),
  }),
]);
export type CalendarExportResult = z.output<typeof calendarExportResultSchema>;

export const nonBusinessDaySchema = z.object({
  date: isoDate,
  name: z.string(),
  kind: z.enum(['holiday', 'inauguration', 'closure']),
});
export type NonBusinessDay = z.output<typeof nonBusinessDaySchema>;

export const deadlineContract = {
  'deadline.addCustom': {
    input: z.object({ clientId: idSchema, deadline: customDeadlineInputSchema }),
    output: dossierSchema,
  },
  'deadline.updateCustom': {
    input: z.object({
      clientId: idSchema,
      id: idSchema,
      revision: z.number().int().positive().optional(),
      deadline: customDeadlineInputSchema,
    }),
    output: dossierSchema,
  },
  'deadline.deleteCustom': {
    input: z.object({ clientId: idSchema, id: idSchema }),
    output: dossierSchema,
  },
  'deadline.markDone': {
    input: z.object({
      clientId: idSchema,
      key,
      /** The day it was done; today when left out. */
      date: isoDate.optional(),
      note: z.string().trim().max(2000).optional(),
    }),
    output: dossierSchema,
  },
  'deadline.markNotApplicable': {
    input: z.object({
      clientId: idSchema,
      key,
      reason: z.string().trim().min(3, 'Say why it does not apply (at least a few words).').max(2000),
    }),
    output: dossierSchema,
  },
  'deadline.reopen': { input: z.object({ clientId: idSchema, key }), output: dossierSchema },
  'deadline.assign': {
    input: z.object({ clientId: idSchema, key, owner: ownerSchema.nullable() }),
    output: dossierSchema,
  },
  'deadline.setReminder': {
    input: z.object({ clientId: idSchema, key, days: reminderDaysSchema.nullable() }),
    output: dossierSchema,
  },
  'deadline.dashboard': { input: dashboardQuerySchema, output: dashboardResultSchema },
  'deadline.reminders': {
    input: z.object({ limit: z.number().int().min(1).max(200).default(20) }),
    output: reminderDigestSchema,
  },
  'deadline.nonBusinessDays': {
    input: z.object({ year: z.number().int().min(1990).max(2200) }),
    output: z.array(nonBusinessDaySchema),
  },
  'calendar.preview': { input: calendarRequestSchema, output: calendarPreviewSchema },
  'calendar.export': { input: calendarRequestSchema, output: calendarExportResultSchema },
} as const;

/** Pushed when the daily check (or an unlock) finds deadlines within their reminder lead time. */
export const reminderEventSchema = reminderDigestSchema;
