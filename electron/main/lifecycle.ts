import { join } from 'node:path';
import {
  BrowserWindow,
  Menu,
  Notification,
  app,
  dialog,
  globalShortcut,
  ipcMain,
  powerMonitor,
  protocol,
  session as electronSession,
  type Session,
} from 'electron';
import { createDispatcher } from '../ipc/dispatcher';
import { createHandlers } from '../ipc/handlers';
import { type Services, createServices } from '../services';
import { workerJobRunner } from '../services/backup/job-runner';
import { systemClock } from '../services/clock';
import { APP_SCHEME } from './app-url';
import { type AutoLock, type Repeat, repeatWithTimers, wireAutoLock } from './auto-lock';
import { disableCoreDumps } from './core-dumps';
import { createElectronDialogs } from './dialogs';
import { bindIpc, forwardJobProgress, forwardLockEvents, forwardPdfProgress, sendEvent } from './ipc';
import { errorClassName, type Log, log as defaultLog } from './log';
import { buildMenuTemplate } from './menu';
import { registerPanicLock, wireFocusPrivacy } from './panic';
import { wireReminders } from './reminders';
import { createAppProtocolHandler, registerAppScheme } from './protocol';
import { acquireSingleInstance, hardenAllWebContents, hardenSession } from './security';
import { createMainWindow, focusWindow } from './window';

/**
 * In-memory partition (no `persist:` prefix): whatever Chromium caches for the renderer (HTTP cache, storage,
 * code cache) dies with the process, so nothing decrypted from the vault lands on disk beside it.
 */
export const APP_PARTITION = 'harbor';

export interface RunningApp {
  services: Services;
  window: () => BrowserWindow | null;
  autoLock: AutoLock;
}

export interface RunOptions {
  log?: Log;
  repeat?: Repeat;
  /** Where the crash guards attach; the real process unless a test supplies its own emitter. */
  processEvents?: Pick<NodeJS.EventEmitter, 'on'>;
}

/**
 * The composition root. Everything that must happen before `ready` runs synchronously first; returns null when
 * another instance already owns the vault.
 */
export async function runApp({
  log = defaultLog,
  repeat = repeatWithTimers,
  processEvents = process,
}: RunOptions = {}): Promise<RunningApp | null> {
  registerAppScheme(protocol);
  app.enableSandbox();

  let mainWindow: BrowserWindow | null = null;
  if (!acquireSingleInstance(app, () => focusWindow(mainWindow))) return null;

  const isPackaged = app.isPackaged;
  // Before any renderer or helper process starts: they inherit the limit.
  const coreDumps = disableCoreDumps(isPackaged);
  if (coreDumps.length > 0) log(`core dumps: ${coreDumps.join(', ')}`);
  hardenAllWebContents(app, { isPackaged });

  let services: Services | null = null;
  installCrashGuards(processEvents, log, () => services?.vault.lock('manual'));

  await app.whenReady();

  const appSession: Session = electronSession.fromPartition(APP_PARTITION);
  for (const each of [electronSession.defaultSession, appSession]) {
    hardenSession(each, { allowDevtools: !isPackaged });
  }
  const appRoot = app.getAppPath();
  appSession.protocol.handle(APP_SCHEME, createAppProtocolHandler(join(appRoot, 'dist', 'renderer')));

  const running = createServices(join(app.getPath('userData'), 'vault'), systemClock, {
    dialogs: createElectronDialogs(
      dialog,
      () => mainWindow,
      () => app.getPath('documents'),
    ),
    // Backups, restores and bundles run in a worker thread with their own connection.
    jobRunner: workerJobRunner({ path: join(appRoot, 'dist', 'electron', 'job-worker.cjs') }),
    // PDFs are typeset in their own worker thread, in the fonts shipped beside it.
    pdfEngine: {
      worker: { file: join(appRoot, 'dist', 'electron', 'pdf-worker.cjs') },
      fontsDir: join(appRoot, 'dist', 'electron', 'fonts'),
    },
  });
  services = running;
  const dispatch = createDispatcher(createHandlers(running), {
    onInternalError: (channel, errorName) => log(`ipc internal error: ${channel} ${errorName}`),
    vaultHealth: running.vault,
  });
  const unbindIpc = bindIpc(ipcMain, dispatch, log);

  mainWindow = createMainWindow(BrowserWindow, {
    preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
    session: appSession,
    isPackaged,
  });
  const stopForwarding = forwardLockEvents(running.vault, () =>
    BrowserWindow.getAllWindows().map((window) => window.webContents),
  );
  const autoLock = wireAutoLock(running, powerMonitor, repeat);
  const stopProgress = forwardJobProgress(running.backups, () =>
    BrowserWindow.getAllWindows().map((window) => window.webContents),
  );
  const stopPdfProgress = forwardPdfProgress(running.pdf, () =>
    BrowserWindow.getAllWindows().map((window) => window.webContents),
  );
  const stopFocusPrivacy = wireFocusPrivacy(mainWindow, running);
  const stopReminders = wireReminders(
    {
      vault: running.vault,
      digest: () => running.deadlines.reminders(20),
      notifications: () => running.settings.get().reminderNotifications,
      today: () => running.clock.today(),
      notify: (digest) => {
        for (const window of BrowserWindow.getAllWindows())
          sendEvent(window.webContents, 'reminder.due', digest);
      },
      focusWindow: () => focusWindow(mainWindow),
    },
    Notification,
    { repeat, log },
  );
  const releasePanicLock = registerPanicLock(globalShortcut, () => autoLock.lockNow('shortcut'), log);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: app.name,
        isMac: process.platform === 'darwin',
        isPackaged,
        lock: (reason) => autoLock.lockNow(reason),
      }),
    ),
  );

  app.on('before-quit', () => running.vault.lock('manual'));
  app.on('will-quit', () => {
    releasePanicLock();
    stopReminders();
    stopFocusPrivacy();
    stopProgress();
    stopPdfProgress();
    autoLock.dispose();
    stopForwarding();
    unbindIpc();
  });
  // Closing the window ends the session on every platform, macOS included: an app left running without a window
  // would keep the vault unlocked out of sight.
  app.on('window-all-closed', () => app.quit());

  return { services: running, window: () => mainWindow, autoLock };
}

/**
 * Electron's default for an uncaught main-process error is a dialog with the message and stack, which can quote
 * client data. Instead: lock, log the error's class, exit.
 */
function installCrashGuards(events: Pick<NodeJS.EventEmitter, 'on'>, log: Log, lockVault: () => void): void {
  events.on('uncaughtException', (error: unknown) => {
    log(`fatal: ${errorClassName(error)}`);
    try {
      lockVault();
    } finally {
      app.exit(1);
    }
  });
  events.on('unhandledRejection', (reason: unknown) => log(`unhandled rejection: ${errorClassName(reason)}`));
}
