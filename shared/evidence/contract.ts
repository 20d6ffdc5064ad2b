import { z } from 'zod';
import { idSchema } from '../dossier/common';
import { searchQuerySchema, searchResultSchema } from '../search/search';
import {
  checklistItemSchema,
  checklistSchema,
  itemPatchSchema,
  missingForHearingSchema,
  templateContentSchema,
  templateSchema,
  templateSummarySchema,
} from './checklist';
import {
  MAX_TRANSFER_BYTES,
  beginUploadSchema,
  bytesSchema,
  evidenceDetailSchema,
  evidenceMetadataSchema,
  evidenceSummarySchema,
  verifyResultSchema,
} from './evidence';

const revision = z.number().int().positive();

/**
 * The checklist, evidence and search channels (spread into `shared/ipc/contract.ts`). File content crosses in pieces
 * of at most 4 MiB: `evidence.appendChunk` carries its own byte bound (`maxBytes`) instead of the dispatcher's
 * general one, and `evidence.read` returns one range at a time.
 */
export const evidenceContract = {
  'checklist.templates': { input: z.object({}).strip(), output: z.array(templateSummarySchema) },
  'checklist.template': {
    input: z.object({ id: idSchema, version: z.number().int().positive().optional() }),
    output: templateSchema,
  },
  'checklist.saveTemplate': {
    input: z.object({ id: idSchema.nullable(), content: templateContentSchema }),
    output: templateSchema,
  },
  'checklist.copyTemplate': {
    input: z.object({
      id: idSchema,
      version: z.number().int().positive(),
      name: z.string().trim().min(1, 'Name the new template.').max(200),
    }),
    output: templateSchema,
  },
  'checklist.forClient': { input: z.object({ clientId: idSchema }), output: z.array(checklistSchema) },
  'checklist.create': {
    input: z.object({
      clientId: idSchema,
      templateId: idSchema,
      templateVersion: z.number().int().positive().optional(),
    }),
    output: z.array(checklistSchema),
  },
  'checklist.updateItem': {
    input: z.object({ itemId: idSchema, revision, patch: itemPatchSchema }),
    output: checklistItemSchema,
  },
  'checklist.missingForHearing': { input: z.object({ clientId: idSchema }), output: missingForHearingSchema },
  'evidence.list': { input: z.object({ clientId: idSchema }), output: z.array(evidenceSummarySchema) },
  'evidence.get': { input: z.object({ id: idSchema }), output: evidenceDetailSchema },
  'evidence.beginUpload': { input: beginUploadSchema, output: z.object({ uploadId: idSchema }) },
  'evidence.appendChunk': {
    input: z.object({ uploadId: idSchema, bytes: bytesSchema }),
    output: z.object({ received: z.number().int().nonnegative() }),
    maxBytes: MAX_TRANSFER_BYTES + 4096,
  },
  'evidence.finishUpload': { input: z.object({ uploadId: idSchema }), output: evidenceSummarySchema },
  'evidence.abortUpload': {
    input: z.object({ uploadId: idSchema }),
    output: z.object({ aborted: z.literal(true) }),
  },
  'evidence.read': {
    input: z.object({
      id: idSchema,
      offset: z.number().int().nonnegative(),
      length: z.number().int().positive().max(MAX_TRANSFER_BYTES),
    }),
    output: z.object({
      bytes: z.instanceof(Uint8Array),
      offset: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    }),
  },
  'evidence.update': {
    input: z.object({ id: idSchema, revision, metadata: evidenceMetadataSchema }),
    output: evidenceDetailSchema,
  },
  'evidence.verify': { input: z.object({ id: idSchema }), output: verifyResultSchema },
  'evidence.saveCopy': {
    input: z.object({ id: idSchema }),
    output: z.object({
      saved: z.boolean(),
      fileName: z.string().nullable(),
      hashMatches: z.boolean().nullable(),
    }),
  },
  'evidence.link': {
    input: z.object({ itemId: idSchema, evidenceId: idSchema }),
    output: evidenceDetailSchema,
  },
  'evidence.unlink': {
    input: z.object({ itemId: idSchema, evidenceId: idSchema }),
    output: evidenceDetailSchema,
  },
  'evidence.delete': { input: z.object({ id: idSchema }), output: z.object({ deleted: z.literal(true) }) },
  'search.query': { input: searchQuerySchema, output: searchResultSchema },
} as const;
