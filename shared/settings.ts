import { z } from 'zod';
import { DEFAULT_RULE_PARAMETERS, ruleParametersPatchSchema, ruleParametersSchema } from './deadlines/rules';
import { reminderDaysSchema } from './deadlines/custom';
import { DEFAULT_REMINDER_DAYS } from './deadlines/docket';
import {
  BACKUP_REMINDER_MAX_DAYS,
  BACKUP_REMINDER_MIN_DAYS,
  DEFAULT_BACKUP_REMINDER_DAYS,
} from './safety/backup';

/** A day federal offices were closed by executive order, with its name as the order gives it. */
export const closureSchema = z.object({
  date: z.iso.date({ error: 'Use a date like 2026-03-31.' }),
  name: z.string().trim().min(1, 'Name the closure (e.g. "National Day of Mourning").').max(120),
});

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
  /**
   * One-off closures of federal offices by executive order (a national day of mourning): no federal deadline
   * falls on them. Holidays of 5 U.S.C. 6103 and Inauguration Day are built in.
   */
  courtClosures: z.array(closureSchema).max(200, 'Keep the list under 200 closures.'),
  /** A "safe date" beside filings due before a hearing: this many business days earlier; null for none. */
  safeDateBusinessDays: z.number().int().min(0).max(30).nullable(),
  /** Reminder lead time of a deadline that names none. */
  defaultReminderDays: reminderDaysSchema,
  /**
   * The operating-system notification of what is due: 'off', 'private' (counts only, no client named) or
   * 'named' (client names in the notice — notifications can show on a locked screen and sync to other devices).
   */
  reminderNotifications: z.enum(['off', 'private', 'named']),
});
export type Settings = z.infer<typeof settingsSchema>;
export type ReminderNotifications = Settings['reminderNotifications'];

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  ruleParameters: { ...DEFAULT_RULE_PARAMETERS },
  backupReminderDays: DEFAULT_BACKUP_REMINDER_DAYS,
  blurOnFocusLoss: false,
  courtClosures: [],
  safeDateBusinessDays: null,
  defaultReminderDays: DEFAULT_REMINDER_DAYS,
  reminderNotifications: 'private',
};

export const settingsPatchSchema = z.object({
  idleLockMinutes: settingsSchema.shape.idleLockMinutes.optional(),
  ruleParameters: ruleParametersPatchSchema.optional(),
  backupReminderDays: settingsSchema.shape.backupReminderDays.optional(),
  blurOnFocusLoss: settingsSchema.shape.blurOnFocusLoss.optional(),
  courtClosures: settingsSchema.shape.courtClosures.optional(),
  safeDateBusinessDays: settingsSchema.shape.safeDateBusinessDays.optional(),
  defaultReminderDays: settingsSchema.shape.defaultReminderDays.optional(),
  reminderNotifications: settingsSchema.shape.reminderNotifications.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
