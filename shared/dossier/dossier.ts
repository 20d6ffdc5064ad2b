import { z } from 'zod';
import { checkSchema } from '../deadlines/checks';
import { computedDeadlineSchema, deadlineKindSchema, deadlineStatusSchema } from '../deadlines/engine';
import { frontSchema as deadlineFrontSchema, ruleIdSchema } from '../deadlines/rules';
import { clientSchema, clientStatusSchema } from './client';
import { idSchema, isoDate } from './common';
import { frontSchema, storedRecordSchema } from './records';

export const dossierListQuerySchema = z.object({
  text: z.string().max(200).default(''),
  /** Clients with a record on any of these fronts. */
  fronts: z.array(frontSchema).max(10).default([]),
  statuses: z.array(clientStatusSchema).max(3).default([]),
  detained: z.enum(['any', 'detained', 'not-detained']).default('any'),
  /** Next open deadline within this many days from today (overdue included). */
  deadlineWithinDays: z.number().int().min(0).max(3650).optional(),
  sort: z.enum(['name', 'next-deadline', 'updated']).default('name'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type DossierListQuery = z.output<typeof dossierListQuerySchema>;
export type DossierListQueryInput = z.input<typeof dossierListQuerySchema>;

export const dossierListItemSchema = z.object({
  id: idSchema,
  familyName: z.string(),
  givenNames: z.string(),
  displayName: z.string(),
  nationalities: z.array(z.string()),
  status: clientStatusSchema,
  detained: z.boolean(),
  fronts: z.array(frontSchema),
  nextDeadline: z.object({ dueDate: isoDate, ruleId: z.string() }).nullable(),
  updatedAt: z.string(),
});
export type DossierListItem = z.output<typeof dossierListItemSchema>;

export const dossierListResultSchema = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  rows: z.array(dossierListItemSchema),
});
export type DossierListResult = z.output<typeof dossierListResultSchema>;

/** A whole dossier as the dossier screen reads it: the client, every record, and what follows from them. */
export const dossierSchema = z.object({
  id: idSchema,
  client: clientSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().positive(),
  detained: z.boolean(),
  fronts: z.array(frontSchema),
  records: z.array(storedRecordSchema),
  deadlines: z.array(computedDeadlineSchema),
  checks: z.array(checkSchema),
});
export type Dossier = z.output<typeof dossierSchema>;

/** One open deadline on the cross-client dashboard: the client, the rule (or the attorney's source), the date. */
export const upcomingDeadlineSchema = z.object({
  clientId: idSchema,
  familyName: z.string(),
  givenNames: z.string(),
  key: z.string(),
  kind: deadlineKindSchema,
  /** Null for a custom deadline. */
  ruleId: ruleIdSchema.nullable(),
  front: deadlineFrontSchema,
  title: z.string(),
  description: z.string(),
  source: z.string(),
  sourceUrl: z.string(),
  verify: z.boolean(),
  /** A date another body must meet. */
  watch: z.boolean(),
  dueDate: isoDate,
  status: deadlineStatusSchema,
  overridden: z.boolean(),
  owner: z.string().nullable(),
  /** The day its reminder starts. */
  remindOn: isoDate,
  relatedRecordId: z.string().optional(),
});
export type UpcomingDeadline = z.output<typeof upcomingDeadlineSchema>;

/** One entry of a dossier's audit trail: what changed, when, and the values before and after. */
export const historyEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  detail: z.string().nullable(),
});
export type HistoryEntry = z.output<typeof historyEntrySchema>;
