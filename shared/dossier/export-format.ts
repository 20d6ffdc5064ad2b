import { z } from 'zod';
import { clientSchema } from './client';
import { idSchema, isoDate } from './common';
import { recordInputSchema } from './records';

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
