import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { HarborError, invoke } from '../../api';
import { createClientStore } from '../../app/client-store';

interface SettingsState {
  settings: Settings | null;
  /** The vault folder as main reports it. */
  location: string | null;
  loadError: string | null;
  load(): Promise<void>;
  /** Saves and keeps the stored copy in step; rejects with the HarborError for the form to show. */
  update(patch: SettingsPatch): Promise<Settings>;
}

export const useSettingsStore = createClientStore<SettingsState>((set) => ({
  settings: null,
  location: null,
  loadError: null,
  load: async () => {
    try {
      const [settings, status] = await Promise.all([invoke('settings.get', {}), invoke('vault.status', {})]);
      set({ settings, location: status.location, loadError: null });
    } catch (error) {
      set({ loadError: error instanceof HarborError ? error.message : 'The settings could not be read.' });
    }
  },
  update: async (patch) => {
    const settings = await invoke('settings.update', patch);
    set({ settings });
    return settings;
  },
}));
