import { create } from 'zustand';
import type { LockReason } from '../../../../shared/ipc/contract';
import type { ErrorCode } from '../../../../shared/ipc/errors';
import { HarborError, invoke } from '../../api';

export interface LockNotice {
  reason: LockReason;
  message: string;
}

export interface VaultProblem {
  code: ErrorCode;
  message: string;
}

/**
 * Where the app is in the vault's life. Only one screen is shown per phase. The recovery code lives here only
 * between creation and the attorney's confirmation, then it is dropped.
 */
export type VaultPhase =
  | { name: 'starting' }
  | { name: 'unavailable'; problem: VaultProblem }
  | { name: 'absent' }
  | { name: 'recovery-code'; recoveryCode: string }
  | { name: 'locked'; notice: LockNotice | null }
  | { name: 'unlocked' };

interface VaultState {
  phase: VaultPhase;
  /** The vault folder, shown on the unlock screen so the attorney knows which vault is asked for. */
  location: string | null;
  load(): Promise<void>;
  created(recoveryCode: string): void;
  recoveryCodeStored(): void;
  unlocked(): void;
  locked(notice: LockNotice | null): void;
}

/** Errors that mean the vault's files themselves are the problem: a passphrase cannot fix them. */
export const VAULT_FILE_PROBLEMS: readonly ErrorCode[] = ['VAULT_DAMAGED', 'NOT_ENCRYPTED', 'VAULT_MISSING'];

export function isVaultFileProblem(error: unknown): error is HarborError {
  return error instanceof HarborError && VAULT_FILE_PROBLEMS.includes(error.code);
}

/** Not a client store: it holds the session's phase, which a lock sets rather than clears. */
export const useVaultStore = create<VaultState>()((set) => ({
  phase: { name: 'starting' },
  location: null,
  load: async () => {
    try {
      const status = await invoke('vault.status', {});
      set({
        location: status.location,
        phase:
          status.state === 'absent'
            ? { name: 'absent' }
            : status.state === 'locked'
              ? { name: 'locked', notice: null }
              : { name: 'unlocked' },
      });
    } catch (error) {
      const problem =
        error instanceof HarborError
          ? { code: error.code, message: error.message }
          : { code: 'INTERNAL' as const, message: 'Safe Harbor could not check the vault.' };
      set({ phase: { name: 'unavailable', problem } });
    }
  },
  created: (recoveryCode) => set({ phase: { name: 'recovery-code', recoveryCode } }),
  recoveryCodeStored: () => set({ phase: { name: 'unlocked' } }),
  unlocked: () => set({ phase: { name: 'unlocked' } }),
  locked: (notice) => set({ phase: { name: 'locked', notice } }),
}));
