import { z } from 'zod';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export const themeChoiceSchema = z.enum(THEME_CHOICES);
export type ThemeChoice = z.infer<typeof themeChoiceSchema>;

/**
 * Display preferences, kept beside the vault in plain JSON because the first screen needs them before any unlock.
 * They must never hold client data: only choices about how the app looks.
 */
export const preferencesSchema = z.object({
  theme: themeChoiceSchema.default('system'),
  /** Names as initials on screen: an attorney who works where others can see the screen wants it at every start. */
  privacyMode: z.boolean().default(false),
});
export type Preferences = z.output<typeof preferencesSchema>;

export const preferencesPatchSchema = z.object({
  theme: themeChoiceSchema.optional(),
  privacyMode: z.boolean().optional(),
});
export type PreferencesPatch = z.output<typeof preferencesPatchSchema>;
