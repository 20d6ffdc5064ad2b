import { z } from 'zod';
import type { EventChannel, InvokeChannel } from './channels';
import { MAX_PASSPHRASE_LENGTH } from '../vault/passphrase';
import { settingsPatchSchema, settingsSchema } from '../settings';
import { preferencesPatchSchema, preferencesSchema } from '../preferences';
import { clientSchema } from '../dossier/client';
import { idSchema, isoDate } from '../dossier/common';
import {
  dossierListQuerySchema,
  dossierListResultSchema,
  dossierSchema,
  historyEntrySchema,
  upcomingDeadlineSchema,
} from '../dossier/dossier';
import { recordInputSchema } from '../dossier/records';
import { ruleDescriptionListSchema } from '../deadlines/rules';
import { boardContract } from '../board/contract';
import { evidenceContract } from '../evidence/contract';
import { jobProgressSchema } from '../safety/backup';
import { safetyContract } from '../safety/contract';
import { pdfProgressSchema } from '../pdf/model';
import { pdfContract } from '../pdf/contract';
import { deadlineContract, reminderEventSchema } from '../deadlines/contract';
import { filingsContract } from '../filings/contract';

const passphrase = z.string().min(1, 'Enter the passphrase.').max(MAX_PASSPHRASE_LENGTH);
const recoveryCode = z.string().min(1, 'Enter the recovery code.').max(200);

export const vaultStateSchema = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const lockReasonSchema = z.enum(['manual', 'shortcut', 'idle', 'suspend', 'screen-lock']);
export type LockReason = z.infer<typeof lockReasonSchema>;

const empty = z.object({}).strip();

/** One channel: its input and output schemas, and, for channels that carry file pieces, its own input bound. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** Largest input in bytes (binary counted by length), instead of MAX_INPUT_BYTES. */
  maxBytes?: number;
}

/** Every invoke channel: its input and output schemas. The dispatcher parses both. */
export const contract = {
  'vault.status': {
    input: empty,
    output: z.object({ state: vaultStateSchema, location: z.string() }),
  },
  'vault.create': {
    input: z.object({ passphrase }),
    output: z.object({ recoveryCode: z.string() }),
  },
  'vault.unlock': {
    input: z.object({ passphrase }),
    output: z.object({ state: vaultStateSchema }),
  },
  'vault.lock': {
    input: empty,
    output: z.object({ state: vaultStateSchema }),
  },
  'vault.recover': {
    input: z.object({ recoveryCode, newPassphrase: passphrase }),
    output: z.object({ state: vaultStateSchema }),
  },
  'vault.changePassphrase': {
    input: z.object({ currentPassphrase: passphrase, newPassphrase: passphrase }),
    output: z.object({ changedAt: z.string() }),
  },
  'preferences.get': { input: empty, output: preferencesSchema },
  'preferences.update': { input: preferencesPatchSchema, output: preferencesSchema },
  'settings.get': {
    input: empty,
    output: settingsSchema,
  },
  'settings.update': {
    input: settingsPatchSchema,
    output: settingsSchema,
  },
  'dossier.list': { input: dossierListQuerySchema, output: dossierListResultSchema },
  'dossier.get': { input: z.object({ id: idSchema }), output: dossierSchema },
  'dossier.create': { input: z.object({ client: clientSchema }), output: dossierSchema },
  'dossier.update': {
    input: z.object({ id: idSchema, revision: z.number().int().positive(), client: clientSchema }),
    output: dossierSchema,
  },
  'dossier.delete': { input: z.object({ id: idSchema }), output: z.object({ deleted: z.literal(true) }) },
  'dossier.saveRecord': {
    input: z.object({
      clientId: idSchema,
      record: recordInputSchema,
      revision: z.number().int().positive().optional(),
    }),
    output: dossierSchema,
  },
  'dossier.deleteRecord': {
    input: z.object({ clientId: idSchema, recordId: idSchema }),
    output: dossierSchema,
  },
  'dossier.history': {
    input: z.object({ id: idSchema, limit: z.number().int().min(1).max(1000).default(200) }),
    output: z.array(historyEntrySchema),
  },
  'deadline.override': {
    input: z.object({
      clientId: idSchema,
      key: z.string().min(1).max(200),
      dueDate: isoDate,
      reason: z.string().trim().min(3, 'Say why the date differs (at least a few words).').max(2000),
    }),
    output: dossierSchema,
  },
  'deadline.clearOverride': {
    input: z.object({ clientId: idSchema, key: z.string().min(1).max(200) }),
    output: dossierSchema,
  },
  'deadline.upcoming': {
    input: z.object({
      withinDays: z.number().int().min(0).max(3650).nullable().default(90),
      clientId: idSchema.nullable().default(null),
      limit: z.number().int().min(1).max(5000).default(1000),
    }),
    output: z.object({ today: isoDate, rows: z.array(upcomingDeadlineSchema) }),
  },
  'deadline.rules': { input: empty, output: ruleDescriptionListSchema },
  ...boardContract,
  ...evidenceContract,
  ...safetyContract,
  ...pdfContract,
  ...deadlineContract,
  ...filingsContract,
} as const satisfies Record<InvokeChannel, ChannelSpec>;

/** Push events from main to renderer. */
export const eventContract = {
  'vault.locked': z.object({ reason: lockReasonSchema }),
  'job.progress': jobProgressSchema,
  'window.focus': z.object({ focused: z.boolean() }),
  'pdf.progress': pdfProgressSchema,
  'reminder.due': reminderEventSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export type Contract = typeof contract;
export type ChannelInput<C extends InvokeChannel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends InvokeChannel> = z.output<Contract[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>;

/** Largest serialized input the dispatcher accepts on a channel that names no bound of its own. */
export const MAX_INPUT_BYTES = 256 * 1024;

/** Input bound of one channel: its own `maxBytes` (file pieces), or MAX_INPUT_BYTES. */
export function maxInputBytes(channel: InvokeChannel): number {
  return (contract[channel] as ChannelSpec).maxBytes ?? MAX_INPUT_BYTES;
}
