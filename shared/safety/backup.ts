import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH } from '../vault/passphrase';

/**
 * Backups and case bundles: what crosses IPC about them. The files themselves are sealed containers
 * (db/sealed-file.ts): a plaintext header with no client data in it, then the body in authenticated chunks.
 */

export const BACKUP_FILE_EXTENSION = 'shbackup';
export const BUNDLE_FILE_EXTENSION = 'shbundle';

/**
 * `vault-key`: the backup key is derived (HKDF) from the vault's own data key, and the header carries the vault's key
 * envelope, so the vault's passphrase or recovery code restores it. `passphrase`: a separate backup passphrase
 * (Argon2id) protects it, for a copy kept by someone who must not hold the vault's passphrase.
 */
export const BACKUP_MODES = ['vault-key', 'passphrase'] as const;
export const backupModeSchema = z.enum(BACKUP_MODES);
export type BackupMode = z.infer<typeof backupModeSchema>;

export const SEALED_KINDS = ['vault-backup', 'case-bundle'] as const;
export const sealedKindSchema = z.enum(SEALED_KINDS);
export type SealedKind = z.infer<typeof sealedKindSchema>;

export const BACKUP_REMINDER_MIN_DAYS = 1;
export const BACKUP_REMINDER_MAX_DAYS = 90;
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;

export const secretSchema = z.string().min(1, 'Enter the passphrase.').max(MAX_PASSPHRASE_LENGTH);

/** Long jobs report where they are; `total` is in bytes for the phases that stream, 0 when unknown. */
export const JOB_PHASES = ['snapshot', 'keys', 'encrypting', 'decrypting', 'checking', 'done'] as const;
export const jobPhaseSchema = z.enum(JOB_PHASES);
export type JobPhase = z.infer<typeof jobPhaseSchema>;

export const JOB_KINDS = ['backup', 'verify', 'restore', 'seal', 'unseal'] as const;
export const jobKindSchema = z.enum(JOB_KINDS);
export type JobKind = z.infer<typeof jobKindSchema>;

export const jobProgressSchema = z.object({
  jobId: z.string().max(64),
  kind: jobKindSchema,
  phase: jobPhaseSchema,
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const JOB_PHASE_LABELS: Record<JobPhase, string> = {
  snapshot: 'Taking a consistent snapshot of the vault',
  keys: 'Deriving the key',
  encrypting: 'Encrypting',
  decrypting: 'Checking every part of the file',
  checking: 'Checking the database inside',
  done: 'Done',
};

export const backupStatusSchema = z.object({
  lastBackupAt: z.string().nullable(),
  reminderDays: z.number().int(),
  /** Whole days since the last backup (or since the vault was created, when there was none). */
  daysSince: z.number().int().nullable(),
  /** The reminder is due: no backup within `reminderDays`. */
  due: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

/**
 * The reminder's rule. A vault never backed up counts from its creation, so a vault made today does not nag at once
 * but one left a week without a copy does.
 */
export function backupReminder(
  lastBackupAt: string | null,
  vaultCreatedAt: string | null,
  reminderDays: number,
  now: Date,
): { daysSince: number | null; due: boolean } {
  const from = lastBackupAt ?? vaultCreatedAt;
  if (!from) return { daysSince: null, due: lastBackupAt === null };
  const days = Math.floor((now.getTime() - new Date(from).getTime()) / 86_400_000);
  const daysSince = Math.max(0, days);
  return { daysSince: lastBackupAt ? daysSince : null, due: daysSince >= reminderDays };
}

export const cancelledSchema = z.object({ cancelled: z.literal(true) });

export const backupCreatedSchema = z.object({
  cancelled: z.literal(false),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  at: z.string(),
  mode: backupModeSchema,
});

/** A sealed file the attorney picked: what its header says (never client data) and a token to refer to it. */
export const sealedFileInfoSchema = z.object({
  cancelled: z.literal(false),
  token: z.string(),
  fileName: z.string(),
  kind: sealedKindSchema,
  mode: backupModeSchema,
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
  /** For a vault-key backup: whether the unlocked vault's own key opens it (no passphrase needed). */
  openedByThisVault: z.boolean(),
});
export type SealedFileInfo = z.infer<typeof sealedFileInfoSchema>;

export const backupVerifyReportSchema = z.object({
  createdAt: z.string(),
  mode: backupModeSchema,
  schemaVersion: z.number().int(),
  dossiers: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
});
export type BackupVerifyReport = z.infer<typeof backupVerifyReportSchema>;

export const restoreFolderSchema = z.object({
  cancelled: z.literal(false),
  token: z.string(),
  path: z.string(),
});

export const restoreReportSchema = backupVerifyReportSchema.extend({ location: z.string() });
export type RestoreReport = z.infer<typeof restoreReportSchema>;

/** Wipe after N failed unlocks: kept beside the vault (guard.json) because it must be read before any unlock. */
export const WIPE_AFTER_MIN = 3;
export const WIPE_AFTER_MAX = 20;
export const guardStateSchema = z.object({
  wipeAfterFailures: z.number().int().min(WIPE_AFTER_MIN).max(WIPE_AFTER_MAX).nullable(),
  failedAttempts: z.number().int().nonnegative(),
});
export type GuardState = z.infer<typeof guardStateSchema>;
