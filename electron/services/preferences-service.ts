import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../db/atomic-write';
import { type Preferences, type PreferencesPatch, preferencesSchema } from '../../shared/preferences';

/**
 * Display preferences (the theme) in `preferences.json` beside the vault folder. The window's browser session is
 * in memory (nothing of Chromium's storage reaches the disk), so this small file is what survives a restart.
 */
export class PreferencesService {
  constructor(private readonly file: string) {}

  get(): Preferences {
    if (!existsSync(this.file)) return preferencesSchema.parse({});
    try {
      const parsed = preferencesSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : preferencesSchema.parse({});
    } catch {
      // A damaged preferences file costs the theme choice, nothing more.
      return preferencesSchema.parse({});
    }
  }

  update(patch: PreferencesPatch): Preferences {
    const next = preferencesSchema.parse({ ...this.get(), ...patch });
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, JSON.stringify(next, null, 2) + '\n');
    return next;
  }
}
