import { create } from 'zustand';

interface PrivacyState {
  /** Names are shown as initials everywhere, for screens that others can see (a courtroom, a shared office). */
  enabled: boolean;
  toggle(): void;
  set(enabled: boolean): void;
}

/** Not client data, and deliberately not reset on lock: an attorney who turned it on wants it to stay on. */
export const usePrivacyStore = create<PrivacyState>()((set) => ({
  enabled: false,
  toggle: () => set((state) => ({ enabled: !state.enabled })),
  set: (enabled) => set({ enabled }),
}));
