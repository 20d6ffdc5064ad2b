import { z } from 'zod';
import { DEFAULT_RULE_PARAMETERS, ruleParametersPatchSchema, ruleParametersSchema } from './deadlines/rules';
import {
  BACKUP_REMINDER_MAX_DAYS,
  BACKUP_REMINDER_MIN_DAYS,
  DEFAULT_BACKUP_REMINDER_DAYS,
} from './safety/backup';

export const IDLE_LOCK_MIN_MINUTES = 1;
export const IDLE_LOCK_MAX_MINUTES = 240;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** Settings kept inside the vault (they are read only while it is unlocked). */
export const settingsSchema = z.object({
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MIN_MINUTES).max(IDLE_LOCK_MAX_MINUTES),
  /** The deadline rules' numbers that the attorney may change (items to verify, treaty defaults). */
  ruleParameters: ruleParametersSchema,
  /** Remind the attorney when the last backup is older than this many days. */
  backupReminderDays: z.number().int().min(BACKUP_REMINDER_MIN_DAYS).max(BACKUP_REMINDER_MAX_DAYS),
  /** Blur the window while it is not the active one (someone glancing at the screen in a waiting room). */
  blurOnFocusLoss: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  ruleParameters: { ...DEFAULT_RULE_PARAMETERS },
  backupReminderDays: DEFAULT_BACKUP_REMINDER_DAYS,
  blurOnFocusLoss: false,
};

export const settingsPatchSchema = z.object({
  idleLockMinutes: settingsSchema.shape.idleLockMinutes.optional(),
  ruleParameters: ruleParametersPatchSchema.optional(),
  backupReminderDays: settingsSchema.shape.backupReminderDays.optional(),
  blurOnFocusLoss: settingsSchema.shape.blurOnFocusLoss.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
