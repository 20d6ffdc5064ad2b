import { z } from 'zod';

export const IDLE_LOCK_MIN_MINUTES = 1;
export const IDLE_LOCK_MAX_MINUTES = 240;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** Settings kept inside the vault (they are read only while it is unlocked). */
export const settingsSchema = z.object({
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MIN_MINUTES).max(IDLE_LOCK_MAX_MINUTES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES };

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
