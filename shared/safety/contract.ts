import { z } from 'zod';
import { idSchema } from '../dossier/common';
import { fileVisitSchema, visitDraftSchema, visitQuestionSchema } from '../visit/visit';
import {
  WIPE_AFTER_MAX,
  WIPE_AFTER_MIN,
  backupCreatedSchema,
  backupModeSchema,
  backupStatusSchema,
  backupVerifyReportSchema,
  cancelledSchema,
  guardStateSchema,
  restoreFolderSchema,
  restoreReportSchema,
  secretSchema,
  sealedFileInfoSchema,
} from './backup';
import { bundleAudienceSchema, bundleDiffSchema, bundleExportPreviewSchema } from './bundle';

const empty = z.object({}).strip();
const token = z.uuid();

/** A visit's notes and statements can be long: these channels take up to 8 MiB instead of the default bound. */
const VISIT_MAX_BYTES = 8 * 1024 * 1024;

/** Backups, the unlock guard, case bundles and visits: IPC channels spread into `shared/ipc/contract.ts`. */
export const safetyContract = {
  'backup.status': { input: empty, output: backupStatusSchema },
  'backup.create': {
    input: z.object({ mode: backupModeSchema, passphrase: secretSchema.optional() }),
    output: z.union([cancelledSchema, backupCreatedSchema]),
  },
  'backup.chooseFile': { input: empty, output: z.union([cancelledSchema, sealedFileInfoSchema]) },
  'backup.verify': {
    input: z.object({ token, secret: secretSchema.optional() }),
    output: backupVerifyReportSchema,
  },
  'backup.chooseRestoreFolder': { input: empty, output: z.union([cancelledSchema, restoreFolderSchema]) },
  'backup.restore': {
    input: z.object({ fileToken: token, folderToken: token, secret: secretSchema.optional() }),
    output: restoreReportSchema,
  },
  'backup.restoreHere': {
    input: z.object({ fileToken: token, secret: secretSchema }),
    output: restoreReportSchema,
  },
  'guard.get': { input: empty, output: guardStateSchema },
  'guard.update': {
    input: z.object({
      wipeAfterFailures: z.number().int().min(WIPE_AFTER_MIN).max(WIPE_AFTER_MAX).nullable(),
      passphrase: secretSchema,
    }),
    output: guardStateSchema,
  },
  'bundle.preview': {
    input: z.object({ clientId: idSchema, audience: bundleAudienceSchema }),
    output: bundleExportPreviewSchema,
  },
  'bundle.export': {
    input: z.object({ clientId: idSchema, audience: bundleAudienceSchema, passphrase: secretSchema }),
    output: z.union([
      cancelledSchema,
      z.object({
        cancelled: z.literal(false),
        fileName: z.string(),
        records: z.number().int().nonnegative(),
        bytes: z.number().int().nonnegative(),
      }),
    ]),
  },
  'bundle.chooseFile': {
    input: empty,
    output: z.union([
      cancelledSchema,
      z.object({
        cancelled: z.literal(false),
        token: z.string(),
        fileName: z.string(),
        audience: bundleAudienceSchema.nullable(),
        createdAt: z.string(),
      }),
    ]),
  },
  'bundle.open': { input: z.object({ token, passphrase: secretSchema }), output: bundleDiffSchema },
  'bundle.apply': {
    input: z.object({ token, removeMissing: z.boolean().default(false) }),
    output: z.object({
      clientId: idSchema,
      action: z.enum(['new-client', 'update']),
      added: z.number().int(),
      changed: z.number().int(),
      removed: z.number().int(),
      visits: z.number().int(),
    }),
  },
  'visit.prepare': {
    input: z.object({ clientId: idSchema }),
    output: z.object({ questions: z.array(visitQuestionSchema), draft: visitDraftSchema.nullable() }),
  },
  'visit.drafts': { input: empty, output: z.object({ clientIds: z.array(idSchema) }) },
  'visit.saveDraft': {
    input: z.object({ clientId: idSchema, draft: visitDraftSchema }),
    output: z.object({ savedAt: z.string() }),
    maxBytes: VISIT_MAX_BYTES,
  },
  'visit.discardDraft': {
    input: z.object({ clientId: idSchema }),
    output: z.object({ discarded: z.literal(true) }),
  },
  'visit.file': {
    input: z.object({ clientId: idSchema, visit: fileVisitSchema }),
    output: z.object({ visitId: idSchema, noteId: idSchema }),
    maxBytes: VISIT_MAX_BYTES,
  },
} as const;
