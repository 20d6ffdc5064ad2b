import type { BackupStatus, GuardState } from '../../../../shared/safety/backup';
import { invoke } from '../../api';
import { createClientStore } from '../../app/client-store';

interface SafetyState {
  /** The last backup and whether the reminder is due; null until read. */
  status: BackupStatus | null;
  guard: GuardState | null;
  /** "Later" on the reminder: hidden for the rest of this session. */
  reminderDismissed: boolean;
  /** The window is in the background and the blur setting is on. */
  blurred: boolean;
  loadStatus(): Promise<void>;
  loadGuard(): Promise<void>;
  dismissReminder(): void;
  setBlurred(blurred: boolean): void;
}

/** Backup status, the unlock guard and the blur state. A client store: a lock forgets all of it. */
export const useSafetyStore = createClientStore<SafetyState>((set) => ({
  status: null,
  guard: null,
  reminderDismissed: false,
  blurred: false,
  loadStatus: async () => {
    try {
      set({ status: await invoke('backup.status', {}) });
    } catch {
      // The reminder is a courtesy: if it cannot be read, nothing is shown.
    }
  },
  loadGuard: async () => {
    try {
      set({ guard: await invoke('guard.get', {}) });
    } catch {
      set({ guard: null });
    }
  },
  dismissReminder: () => set({ reminderDismissed: true }),
  setBlurred: (blurred) => set({ blurred }),
}));
