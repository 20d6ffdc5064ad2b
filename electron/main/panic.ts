import type { BrowserWindow, GlobalShortcut } from 'electron';
import type { Services } from '../services';
import { sendEvent } from './ipc';
import type { Log } from './log';

/** Locks the vault from anywhere, even while another program has the focus. */
export const PANIC_LOCK_ACCELERATOR = 'CommandOrControl+Shift+L';

/**
 * Registers the system-wide lock shortcut for as long as the app runs; returns the function that releases it. If
 * another program already holds the combination, the app still runs (the in-app Ctrl/Cmd+L remains) and says so in
 * the log.
 */
export function registerPanicLock(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
  lock: () => void,
  log: Log,
): () => void {
  const registered = globalShortcut.register(PANIC_LOCK_ACCELERATOR, lock);
  if (!registered) log(`panic lock: ${PANIC_LOCK_ACCELERATOR} is taken by another program`);
  return () => {
    if (registered) globalShortcut.unregister(PANIC_LOCK_ACCELERATOR);
  };
}

type FocusWindow = Pick<BrowserWindow, 'on' | 'removeListener'> & {
  webContents: Parameters<typeof sendEvent>[0];
};

/**
 * Blur while in the background: when the window loses the focus, and the vault is open, and the attorney turned the
 * setting on, the renderer is told to blur everything it shows; when the focus returns, to show it again. (The window's
 * picture in the task switcher is what a passer-by sees.)
 */
export function wireFocusPrivacy(
  window: FocusWindow,
  services: Pick<Services, 'vault' | 'settings'>,
): () => void {
  const onBlur = (): void => {
    if (!services.vault.isUnlocked) return;
    let enabled = false;
    try {
      enabled = services.settings.get().blurOnFocusLoss;
    } catch {
      // Unreadable settings: the default (off) applies.
    }
    if (enabled) sendEvent(window.webContents, 'window.focus', { focused: false });
  };
  const onFocus = (): void => sendEvent(window.webContents, 'window.focus', { focused: true });
  window.on('blur', onBlur);
  window.on('focus', onFocus);
  return () => {
    window.removeListener('blur', onBlur);
    window.removeListener('focus', onFocus);
  };
}
