import { z } from 'zod';
import { clientSchema } from './client';
import { idSchema, isoDate } from './common';
import { recordInputSchema } from './records';
import { customDeadlineDataSchema, ownerSchema, reminderDaysSchema } from '../deadlines/custom';
import { sharingScopeSchema } from './common';

const timestamp = z.iso.datetime({ error: 'Use an ISO 8601 timestamp like 2026-03-31T12:00:00.000Z.' });

/** One dossier in an export file: the client, every record of every front, and the attorney's deadline overrides. */
export const exportedDossierSchema = z.object({
  id: idSchema,
  client: clientSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  records: z
    .array(
      z.intersection(
        recordInputSchema,
        z.object({ id: idSchema, createdAt: timestamp, updatedAt: timestamp }),
      ),
    )
    .max(100_000),
  deadlineOverrides: z
    .array(
      z.object({
        key: z.string().min(1).max(200),
        dueDate: isoDate,
        reason: z.string().trim().min(3, 'Give the reason for the override.').max(2000),
        createdAt: timestamp,
      }),
    )
    .max(1000)
    .default([]),
  /** Deadlines the attorney entered (court-set dates and others). */
  customDeadlines: z
    .array(
      z.object({
        id: idSchema,
        scope: sharingScopeSchema,
        data: customDeadlineDataSchema,
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
    )
    .max(10_000)
    .default([]),
  /** How the team tracks deadlines, computed or custom: owner, reminder lead time, done or not applicable. */
  deadlineTracking: z
    .array(
      z.object({
        key: z.string().min(1).max(200),
        owner: ownerSchema.optional(),
        reminderDays: reminderDaysSchema.optional(),
        resolution: z
          .object({
            state: z.enum(['done', 'not-applicable']),
            date: isoDate,
            by: z.string().trim().min(1).max(200),
            note: z.string().trim().max(2000).optional(),
            at: timestamp,
          })
          .refine((r) => r.state !== 'not-applicable' || (r.note ?? '').length >= 3, {
            error: 'A deadline set aside as not applicable needs its reason.',
            path: ['note'],
          })
          .optional(),
        updatedAt: timestamp,
      }),
    )
    .max(20_000)
    .default([]),
});
export type ExportedDossier = z.output<typeof exportedDossierSchema>;
export type ExportedDossierInput = z.input<typeof exportedDossierSchema>;

/**
 * The JSON export and import file. Its JSON Schema (docs/export-schema.json) is generated from this zod schema by
 * `npm run docs:schema`, and a test keeps the two equal.
 */
export const exportFileSchema = z.object({
  format: z.literal('safe-harbor-export'),
  version: z.literal(1),
  exportedAt: timestamp,
  dossiers: z.array(exportedDossierSchema).max(100_000),
});
export type ExportFile = z.output<typeof exportFileSchema>;

export const EXPORT_FORMAT = { format: 'safe-harbor-export', version: 1 } as const;
