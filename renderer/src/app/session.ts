import type { LockReason } from '../../../shared/ipc/contract';
import { HarborError, invoke, subscribe } from '../api';
import { useSettingsStore } from '../features/settings/settings-store';
import { lockNotice } from '../features/vault/lock-notice';
import { useVaultStore } from '../features/vault/vault-store';
import { useToastStore } from '../ui/toast-store';
import { resetClientState } from './client-store';

/** Set while the renderer itself asked for the lock, so main's echo ("manual") does not replace our reason. */
let requestedReason: LockReason | null = null;

/** Clears every client-data store and shows the unlock screen with a notice saying why. */
function endSession(reason: LockReason): void {
  // Read before the reset below empties the settings store.
  const idleMinutes = useSettingsStore.getState().settings?.idleLockMinutes ?? null;
  resetClientState();
  useToastStore.getState().clear();
  useVaultStore.getState().locked(lockNotice(reason, idleMinutes));
}

function sessionIsOpen(): boolean {
  const phase = useVaultStore.getState().phase.name;
  return phase === 'unlocked' || phase === 'recovery-code';
}

/** The Lock button and Ctrl/Cmd+L. The screen is cleared even if the request fails: locking must never stall. */
export async function lockNow(reason: 'manual' | 'shortcut'): Promise<void> {
  if (!sessionIsOpen()) return;
  requestedReason = reason;
  try {
    await invoke('vault.lock', {});
  } catch {
    // Main closes the vault on its own lock paths too; the renderer's duty is to forget what it shows.
  } finally {
    requestedReason = null;
    // Main's lock event usually arrives first and has already cleared the session.
    if (sessionIsOpen()) endSession(reason);
  }
}

/** Listens for locks decided by main (idle timer, sleep, screen lock). Returns the unsubscribe function. */
export function listenForLocks(): () => void {
  return subscribe('vault.locked', ({ reason }) => {
    if (!sessionIsOpen()) return;
    endSession(requestedReason ?? reason);
  });
}

/**
 * For a request that failed: if main says the vault is locked, the renderer missed the event (or the lock raced
 * the request), so it catches up. Returns true when it did.
 */
export function endSessionIfLocked(error: unknown): boolean {
  if (error instanceof HarborError && error.code === 'VAULT_LOCKED' && sessionIsOpen()) {
    endSession('manual');
    return true;
  }
  return false;
}
