import { create } from 'zustand';
import { invoke } from '../../api';

interface PrivacyState {
  /** Names are shown as initials everywhere, for screens that others can see (a courtroom, a shared office). */
  enabled: boolean;
  toggle(): void;
  set(enabled: boolean): void;
}

function remember(enabled: boolean): void {
  // Failing to store it only means the next start begins with the previous choice.
  void invoke('preferences.update', { privacyMode: enabled }).catch(() => undefined);
}

/**
 * Not client data, and deliberately not reset on lock: an attorney who turned it on wants it to stay on. Kept in
 * main's preferences.json so it also holds at the next start.
 */
export const usePrivacyStore = create<PrivacyState>()((set, get) => ({
  enabled: false,
  toggle: () => get().set(!get().enabled),
  set: (enabled) => {
    set({ enabled });
    remember(enabled);
  },
}));

/** Called once at start-up, beside the theme. */
export async function applyStoredPrivacyMode(): Promise<void> {
  try {
    const { privacyMode } = await invoke('preferences.get', {});
    usePrivacyStore.setState({ enabled: privacyMode });
  } catch {
    // Without main's answer privacy mode starts off, as before.
  }
}
