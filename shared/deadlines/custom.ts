import { z } from 'zod';
import { idSchema, isoDate, requiredText, sharingScopeSchema, text } from '../dossier/common';
import { type Closure, nonBusinessReason, rollForward } from './calendar';
import { type CustomDeadlineOrigin, type Deadline, customDeadlineOriginSchema } from './engine';
import { frontSchema } from './rules';

/**
 * Deadlines the attorney enters: dates set by the court (detained-docket filing dates, call-ups, biometrics,
 * briefing schedules), by an agency or a treaty, or an internal target. They join the computed ones everywhere —
 * the dossier, the dashboard, board cards, PDFs, search, calendars and exports.
 */

export const MAX_REMINDER_DAYS = 365;
export const reminderDaysSchema = z
  .number()
  .int()
  .min(0, 'Remind on the day at the latest (0 days).')
  .max(MAX_REMINDER_DAYS, `Remind at most ${MAX_REMINDER_DAYS} days before.`);

/** Who answers for a deadline: a name as the team writes it. */
export const ownerSchema = z
  .string()
  .trim()
  .min(1, 'Enter the name of the person responsible.')
  .max(120, 'Keep the name under 120 characters.');

/** What a custom deadline is: stored as the record's data (scope, owner and reminder are kept beside it). */
export const customDeadlineDataSchema = z.object({
  title: requiredText('The title', 200),
  date: isoDate,
  front: frontSchema.default('immigration'),
  origin: customDeadlineOriginSchema.default('court'),
  /** The order, notice or rule the date comes from ("IJ scheduling order of 2026-03-02", "8 CFR 1003.47"). */
  source: text(300),
  sourceUrl: z
    .url({ protocol: /^https?$/, error: 'Use a web address starting with https://.' })
    .max(2000)
    .optional(),
  note: text(2000),
  /** A date on a Saturday, Sunday, federal holiday or listed closure is due the next business day. */
  rollToBusinessDay: z.boolean().default(true),
  /** The record it belongs to, when there is one (the hearing a court-set filing date is for). */
  relatedRecordId: idSchema.optional(),
});
export type CustomDeadlineData = z.output<typeof customDeadlineDataSchema>;

/** A custom deadline as a form or the CLI writes it: what it is, and how the team tracks it. */
export const customDeadlineInputSchema = customDeadlineDataSchema.extend({
  scope: sharingScopeSchema.default('counsel-team'),
  /** Days before the date to start reminding; Settings' default when left out. */
  reminderDays: reminderDaysSchema.optional(),
  owner: ownerSchema.optional(),
});
export type CustomDeadlineInput = z.input<typeof customDeadlineInputSchema>;
export type ParsedCustomDeadlineInput = z.output<typeof customDeadlineInputSchema>;

/** A stored custom deadline. */
export interface StoredCustomDeadline {
  id: string;
  scope: z.output<typeof sharingScopeSchema>;
  data: CustomDeadlineData;
}

export const CUSTOM_KEY_PREFIX = 'custom:';

export function customDeadlineKey(id: string): string {
  return `${CUSTOM_KEY_PREFIX}${id}`;
}

/** The custom deadline's id from its key, or null for a computed deadline's key. */
export function customIdOf(key: string): string | null {
  return key.startsWith(CUSTOM_KEY_PREFIX) ? key.slice(CUSTOM_KEY_PREFIX.length) : null;
}

export const CUSTOM_ORIGIN_LABELS: Readonly<Record<CustomDeadlineOrigin, string>> = {
  court: 'Date set by the court',
  agency: 'Date set by an agency',
  treaty: 'Date set by a treaty',
  counsel: 'Date agreed with counsel',
  internal: 'Internal target date',
  other: 'Date entered by the attorney',
};

const ORIGIN_TEXT: Readonly<Record<CustomDeadlineOrigin, string>> = {
  court:
    'A date set by the immigration judge or the court (an order, a hearing notice, a briefing schedule). A date ' +
    'the judge sets on a weekend or legal holiday moves to the next business day (EOIR Policy Manual, Part II ' +
    'ch. 3.1(c)).',
  agency: 'A date set by an agency (a notice, an appointment, a request for evidence).',
  treaty: 'A date that follows from a treaty or an agreement between states.',
  counsel: 'A date agreed with co-counsel or the other party.',
  internal: 'An internal target set by the team.',
  other: 'A date entered by the attorney.',
};

/** The deadline a stored custom deadline shows as: its date, moved to the next business day if asked. */
export function customDeadlineEntry(
  custom: StoredCustomDeadline,
  closures: readonly Closure[] = [],
): Deadline {
  const { data } = custom;
  const calendar = { closures };
  const reason = data.rollToBusinessDay ? nonBusinessReason(data.date, calendar) : null;
  const entry: Deadline = {
    key: customDeadlineKey(custom.id),
    kind: 'custom',
    ruleId: null,
    front: data.front,
    title: data.title,
    description: data.note ? `${data.note}\n\n${ORIGIN_TEXT[data.origin]}` : ORIGIN_TEXT[data.origin],
    source: data.source ?? CUSTOM_ORIGIN_LABELS[data.origin],
    sourceUrl: data.sourceUrl ?? '',
    verify: false,
    watch: false,
    trigger: { label: CUSTOM_ORIGIN_LABELS[data.origin], date: data.date },
    period: { amount: 0, unit: 'days', direction: 'after' },
    dueDate: reason === null ? data.date : rollForward(data.date, calendar),
    rolled: reason === null ? null : { from: data.date, reason },
    status: 'open',
    scope: custom.scope,
    origin: data.origin,
  };
  if (data.relatedRecordId !== undefined) entry.relatedRecordId = data.relatedRecordId;
  return entry;
}
