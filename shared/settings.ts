import { z } from 'zod';
import { DEFAULT_RULE_PARAMETERS, ruleParametersPatchSchema, ruleParametersSchema } from './deadlines/rules';

export const IDLE_LOCK_MIN_MINUTES = 1;
export const IDLE_LOCK_MAX_MINUTES = 240;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** Settings kept inside the vault (they are read only while it is unlocked). */
export const settingsSchema = z.object({
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MIN_MINUTES).max(IDLE_LOCK_MAX_MINUTES),
  /** The deadline rules' numbers that the attorney may change (items to verify, treaty defaults). */
  ruleParameters: ruleParametersSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  ruleParameters: { ...DEFAULT_RULE_PARAMETERS },
};

export const settingsPatchSchema = z.object({
  idleLockMinutes: settingsSchema.shape.idleLockMinutes.optional(),
  ruleParameters: ruleParametersPatchSchema.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
