import type { PowerMonitor } from 'electron';
import type { LockReason } from '../../shared/ipc/contract';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../shared/settings';
import type { Services } from '../services';

export const IDLE_POLL_MS = 15_000;

/** Repeats `task` every `ms` until the returned function is called. Injected so tests drive time by hand. */
export type Repeat = (task: () => void, ms: number) => () => void;

export const repeatWithTimers: Repeat = (task, ms) => {
  const handle = setInterval(task, ms);
  return () => clearInterval(handle);
};

export interface IdleLockOptions {
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  idleSeconds: () => number;
  onIdle: () => void;
  repeat: Repeat;
  pollMs?: number;
}

/**
 * Decides when the vault has been left alone too long. Knows nothing of Electron: the idle clock and the timer are
 * injected. System-wide idle time (not just this window's) so that working in another program for a while does not
 * keep the vault open, and leaving the desk does lock it.
 */
export class IdleLock {
  #timeoutSeconds = DEFAULT_IDLE_LOCK_MINUTES * 60;
  #cancel: (() => void) | null = null;
  readonly #options: IdleLockOptions;

  constructor(options: IdleLockOptions) {
    this.#options = options;
  }

  get running(): boolean {
    return this.#cancel !== null;
  }

  get timeoutSeconds(): number {
    return this.#timeoutSeconds;
  }

  setTimeoutMinutes(minutes: number): void {
    this.#timeoutSeconds = Math.max(1, Math.round(minutes * 60));
  }

  start(minutes?: number): void {
    if (minutes !== undefined) this.setTimeoutMinutes(minutes);
    if (this.#cancel) return;
    this.#cancel = this.#options.repeat(() => this.check(), this.#options.pollMs ?? IDLE_POLL_MS);
  }

  stop(): void {
    this.#cancel?.();
    this.#cancel = null;
  }

  /** One poll: fires once and stops when the idle time has reached the timeout. */
  check(): void {
    if (!this.#cancel) return;
    if (this.#options.idleSeconds() >= this.#timeoutSeconds) {
      this.stop();
      this.#options.onIdle();
    }
  }
}

export interface AutoLock {
  /** The Lock Vault menu item and its CmdOrCtrl+L accelerator. */
  lockNow(reason: Extract<LockReason, 'manual' | 'shortcut'>): void;
  dispose(): void;
}

/**
 * Wires the idle policy and the system's sleep and lock-screen signals to the vault. The timeout follows the
 * vault's own setting, read at each unlock and on every change.
 */
export function wireAutoLock(
  services: Pick<Services, 'vault' | 'settings'>,
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener' | 'getSystemIdleTime'>,
  repeat: Repeat = repeatWithTimers,
): AutoLock {
  const { vault, settings } = services;
  const lock = (reason: LockReason): void => vault.lock(reason);
  const idle = new IdleLock({
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    onIdle: () => lock('idle'),
    repeat,
  });

  const startFromSettings = (): void => {
    let minutes = DEFAULT_IDLE_LOCK_MINUTES;
    try {
      minutes = settings.get().idleLockMinutes;
    } catch {
      // Unreadable settings must not leave the vault without an idle lock: the default applies.
    }
    idle.start(minutes);
  };

  const onSuspend = (): void => lock('suspend');
  const onScreenLock = (): void => lock('screen-lock');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('lock-screen', onScreenLock);
  const unsubscribers = [
    vault.onUnlocked(startFromSettings),
    vault.onLocked(() => idle.stop()),
    settings.onChanged((next) => idle.setTimeoutMinutes(next.idleLockMinutes)),
  ];
  if (vault.isUnlocked) startFromSettings();

  return {
    lockNow: (reason) => lock(reason),
    dispose: () => {
      idle.stop();
      powerMonitor.removeListener('suspend', onSuspend);
      powerMonitor.removeListener('lock-screen', onScreenLock);
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}
