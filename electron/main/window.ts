import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { APP_INDEX_URL } from './app-url';
import { errorClassName, log } from './log';
import { secureWebPreferences } from './security';

export interface MainWindowOptions {
  preload: string;
  session: Session;
  isPackaged: boolean;
}

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: 'Safe Harbor',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    // Shown once the first paint is ready, so the attorney never sees a white flash or a half-drawn shell.
    show: false,
    backgroundColor: '#0f172a',
    webPreferences: secureWebPreferences(options),
  };
}

type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(Window: WindowConstructor, options: MainWindowOptions): BrowserWindow {
  const window = new Window(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(APP_INDEX_URL)
    .catch((error: unknown) => log(`window load failed: ${errorClassName(error)}`));
  return window;
}

/** What a second launch does: bring the existing window forward instead of opening another vault session. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
