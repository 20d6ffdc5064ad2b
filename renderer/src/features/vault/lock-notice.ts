import type { LockReason } from '../../../../shared/ipc/contract';
import { MOD_KEY_LABEL } from '../../ui/shortcuts';
import type { LockNotice } from './vault-store';

/** A calm sentence saying why the vault locked, shown above the passphrase field. */
export function lockNotice(reason: LockReason, idleMinutes: number | null): LockNotice {
  return { reason, message: lockMessage(reason, idleMinutes) };
}

function lockMessage(reason: LockReason, idleMinutes: number | null): string {
  switch (reason) {
    case 'idle':
      return idleMinutes
        ? `Locked after ${idleMinutes} ${idleMinutes === 1 ? 'minute' : 'minutes'} without activity.`
        : 'Locked after a period without activity.';
    case 'suspend':
      return 'Locked when this computer went to sleep.';
    case 'screen-lock':
      return 'Locked when the screen was locked.';
    case 'shortcut':
      return `Locked with ${MOD_KEY_LABEL}+L. The vault is closed and its key is cleared from memory.`;
    case 'manual':
      return 'Locked. The vault is closed and its key is cleared from memory.';
  }
}
