import { useNavigationStore } from '../../app/navigation-store';

/** Panels another screen may send the attorney to (the dashboard's "Review the deadline rules"). */
export type SettingsPanelId = 'deadline-rules' | 'backups' | 'bundles';

/** Not client data: which panel Settings should bring into view when it next opens. */
let requested: SettingsPanelId | null = null;

/** Opens Settings scrolled to one panel, its heading focused. */
export function requestSettingsPanel(panel: SettingsPanelId): void {
  requested = panel;
  useNavigationStore.getState().go('settings');
}

/** For SettingsScreen on mount: the requested panel, once. */
export function takeRequestedSettingsPanel(): SettingsPanelId | null {
  const panel = requested;
  requested = null;
  return panel;
}
