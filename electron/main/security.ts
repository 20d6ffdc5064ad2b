import type { App, Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { isAppBlobUrl, isAppUrl } from './app-url';

export { CONTENT_SECURITY_POLICY };

/**
 * Every window's preferences. Spelled out even where they equal Electron's defaults, so that a future default change
 * or a copy-pasted option cannot weaken them silently; the unit tests pin each value.
 */
export function secureWebPreferences(options: {
  preload: string;
  session: Session;
  isPackaged: boolean;
}): WebPreferences {
  return {
    preload: options.preload,
    session: options.session,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // The spellchecker sends words to a dictionary service and keeps a custom-word list on disk: client names.
    spellcheck: false,
    enableWebSQL: false,
    devTools: !options.isPackaged,
    safeDialogs: true,
  };
}

/** Where a window may navigate: only pages of the app itself (a reload of the shell, in practice). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Requests the session lets through. The app is offline by design: everything else, `file://` included, is
 * cancelled before it leaves. `data:` is harmless (inline, and CSP still decides where it may be used).
 */
export function isAllowedRequest(url: string, { allowDevtools }: { allowDevtools: boolean }): boolean {
  if (isAppUrl(url) || isAppBlobUrl(url) || url.startsWith('data:')) return true;
  return allowDevtools && url.startsWith('devtools://');
}

interface PreventableEvent {
  preventDefault(): void;
}

/** Navigation, new windows and `<webview>` on one web contents; applied to every contents ever created. */
export function hardenWebContents(contents: WebContents, { isPackaged }: { isPackaged: boolean }): void {
  const refuseUnlessApp = (event: PreventableEvent, url: string): void => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => refuseUnlessApp(event, url));
  contents.on('will-redirect', (event, url) => refuseUnlessApp(event, url));
  contents.on('will-frame-navigate', (event) => refuseUnlessApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (isPackaged) {
    // Belt and braces: `devTools: false` already refuses to open them.
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/** Hardens contents created later too (dialogs, devtools, anything a future feature adds). */
export function hardenAllWebContents(app: App, options: { isPackaged: boolean }): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}

/**
 * Permissions all denied, network all cancelled, downloads refused unless the renderer made the file itself (a blob
 * of the app's own origin, such as the recovery-code sheet the attorney chose to save): Electron then asks where to
 * save it, so nothing is written without the attorney picking the place. Applied to every session the app uses.
 */
export function hardenSession(session: Session, { allowDevtools }: { allowDevtools: boolean }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, { allowDevtools }) });
  });
  session.on('will-download', (event, item: { getURL(): string }) => {
    if (!isAppBlobUrl(item.getURL())) event.preventDefault();
  });
  session.setSpellCheckerEnabled(false);
}

/**
 * One running instance per user: two processes over one vault would each hold their own connection and lock state.
 * Returns false (after asking the app to quit) when another instance already holds the lock.
 */
export function acquireSingleInstance(app: App, focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}
