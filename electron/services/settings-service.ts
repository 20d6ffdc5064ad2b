import { DEFAULT_SETTINGS, type Settings, type SettingsPatch, settingsSchema } from '../../shared/settings';
import { recordAudit } from '../../db/audit';
import type { VaultAccess } from './vault-service';

type SettingsListener = (settings: Settings, previous: Settings) => void;

/** Settings stored inside the vault as one JSON row per key, falling back to defaults for keys never set. */
export class SettingsService {
  #listeners = new Set<SettingsListener>();

  constructor(private readonly vaults: VaultAccess) {}

  get(): Settings {
    const rows = this.vaults.current().db.prepare('SELECT key, value FROM settings').all() as {
      key: string;
      value: string;
    }[];
    const stored = Object.fromEntries(
      rows.map((r) => [r.key, JSON.parse(r.value) as unknown]),
    ) as Partial<Settings>;
    // Stored values may predate a setting or a rule parameter: defaults fill what is missing.
    const merged = settingsSchema.safeParse({
      ...DEFAULT_SETTINGS,
      ...stored,
      ruleParameters: { ...DEFAULT_SETTINGS.ruleParameters, ...stored.ruleParameters },
    });
    return merged.success ? merged.data : DEFAULT_SETTINGS;
  }

  update(patch: SettingsPatch): Settings {
    const db = this.vaults.current().db;
    const before = this.get();
    const after = settingsSchema.parse({
      ...before,
      ...patch,
      ruleParameters: { ...before.ruleParameters, ...patch.ruleParameters },
    });
    const now = new Date().toISOString();
    const upsert = db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
    db.transaction(() => {
      for (const key of Object.keys(patch) as (keyof Settings)[]) {
        if (patch[key] !== undefined) upsert.run(key, JSON.stringify(after[key]), now);
      }
      recordAudit(db, { action: 'settings.updated', entityType: 'settings', before, after });
    })();
    for (const listener of this.#listeners) listener(after, before);
    return after;
  }

  onChanged(listener: SettingsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
