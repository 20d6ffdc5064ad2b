/**
 * The composition root booted against the recording `electron` stub: each item of the security policy (design §4)
 * is checked on what the real startup code actually did, with a real vault in a temp folder.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions, WebPreferences } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/errors';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { type RunningApp, runApp } from '../../../electron/main/lifecycle';
import type { Repeat } from '../../../electron/main/auto-lock';
import * as fakeElectron from './fake-electron';
import { PASSPHRASE, tempDir, writeRenderer } from './helpers';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

type Fake = typeof fakeElectron;

class ManualRepeat {
  readonly tasks = new Set<() => void>();
  readonly repeat: Repeat = (task) => {
    this.tasks.add(task);
    return () => this.tasks.delete(task);
  };
  tick(): void {
    for (const task of [...this.tasks]) task();
  }
}

interface Booted {
  fake: Fake;
  running: RunningApp | null;
  logs: string[];
  timer: ManualRepeat;
  processEvents: EventEmitter;
  appDir: string;
  userData: string;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function boot({ isPackaged = false, singleInstance = true } = {}): Promise<Booted> {
  const fake = fakeElectron;
  fake.resetFakeElectron();
  const appDir = tempDir('app');
  const userData = tempDir('userdata');
  cleanups.push(() => {
    appDir.remove();
    userData.remove();
  });
  writeRenderer(join(appDir.path, 'dist', 'renderer'));
  Object.assign(fake.app, { isPackaged, singleInstance, appPath: appDir.path, userData: userData.path });
  const logs: string[] = [];
  const timer = new ManualRepeat();
  const processEvents = new EventEmitter();
  const running = await runApp({ log: (line) => logs.push(line), repeat: timer.repeat, processEvents });
  // Runs before the folders are removed (cleanups run in order, and this one is pushed to the front).
  cleanups.unshift(() => running?.services.vault.lock('manual'));
  return { fake, running, logs, timer, processEvents, appDir: appDir.path, userData: userData.path };
}

function mainWindow(fake: Fake): InstanceType<Fake['FakeBrowserWindow']> {
  expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
  const window = fake.FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return window;
}

async function invoke(
  fake: Fake,
  channel: string,
  input: unknown = {},
  frame = new fake.FakeWebFrame('app://harbor/index.html'),
): Promise<IpcResult<unknown>> {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(fake.ipcEvent(frame), input)) as IpcResult<unknown>;
}

function menuItem(fake: Fake, id: string): MenuItemConstructorOptions {
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
  const found = flatten(fake.Menu.current?.template ?? []).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

describe('startup order', () => {
  it('registers app:// as privileged and enables the sandbox before ready, and asks for the single-instance lock', async () => {
    const { fake } = await boot();
    const order = fake.calls;
    expect(fake.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf('requestSingleInstanceLock')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf('whenReady')).toBeLessThan(order.indexOf('new BrowserWindow'));
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    const { fake, running } = await boot({ singleInstance: false });
    expect(running).toBeNull();
    expect(fake.calls).toContain('quit');
    expect(fake.calls).not.toContain('whenReady');
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('keeps the vault in userData/vault', async () => {
    const { running, userData } = await boot();
    expect(running?.services.vault.dir).toBe(join(userData, 'vault'));
  });
});

describe('the window', () => {
  it('is sandboxed, isolated, without Node, on the in-memory app session, and loads app://harbor/index.html', async () => {
    const { fake, appDir } = await boot();
    const window = mainWindow(fake);
    const prefs = window.options.webPreferences as WebPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.preload).toBe(join(appDir, 'dist', 'electron', 'preload.cjs'));
    expect(prefs.session).toBe(fake.session.fromPartition('harbor'));
    expect(prefs.session).not.toBe(fake.session.defaultSession);
    expect(window.loadedUrls).toEqual(['app://harbor/index.html']);
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(1);
  });

  it('has devtools in development only', async () => {
    const dev = await boot({ isPackaged: false });
    expect((mainWindow(dev.fake).options.webPreferences as WebPreferences).devTools).toBe(true);
    const packaged = await boot({ isPackaged: true });
    expect((mainWindow(packaged.fake).options.webPreferences as WebPreferences).devTools).toBe(false);
  });

  it('cannot navigate away, open windows or attach webviews', async () => {
    const { fake } = await boot();
    const contents = mainWindow(fake).webContents;
    const away = new fake.FakeEvent('https://evil.example/');
    contents.emit('will-navigate', away, away.url);
    const redirect = new fake.FakeEvent('https://evil.example/');
    contents.emit('will-redirect', redirect, redirect.url);
    const home = new fake.FakeEvent('app://harbor/index.html');
    contents.emit('will-navigate', home, home.url);
    const webview = new fake.FakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect([away.defaultPrevented, redirect.defaultPrevented, home.defaultPrevented]).toEqual([
      true,
      true,
      false,
    ]);
    expect(webview.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('hardens any web contents created later', async () => {
    const { fake } = await boot();
    const later = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', new fake.FakeEvent(), later);
    expect(later.windowOpenHandler?.({ url: 'app://harbor/index.html' })).toEqual({ action: 'deny' });
    const webview = new fake.FakeEvent();
    later.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { fake } = await boot();
    const window = mainWindow(fake);
    window.minimized = true;
    fake.app.emit('second-instance', new fake.FakeEvent(), [], '/');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
  });
});

describe('sessions', () => {
  it('deny every permission and cancel every non-app:// request, on the default and the app session', async () => {
    const { fake } = await boot({ isPackaged: true });
    for (const session of [fake.session.defaultSession, fake.session.fromPartition('harbor')]) {
      const granted: boolean[] = [];
      session.permissionRequestHandler?.(
        new fake.FakeWebContents() as never,
        'media',
        (answer) => granted.push(answer),
        { requestingUrl: 'app://harbor/index.html', isMainFrame: true },
      );
      expect(granted).toEqual([false]);
      expect(session.permissionCheckHandler?.(null, 'notifications', 'app://harbor', {} as never)).toBe(
        false,
      );
      expect(session.cancels('https://example.com/')).toBe(true);
      expect(session.cancels('file:///etc/passwd')).toBe(true);
      expect(session.cancels('devtools://devtools/bundled/inspector.html')).toBe(true);
      expect(session.cancels('app://harbor/index.html')).toBe(false);
    }
  });

  it('let devtools:// through in development', async () => {
    const { fake } = await boot({ isPackaged: false });
    expect(fake.session.defaultSession.cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(fake.session.defaultSession.cancels('https://example.com/')).toBe(true);
  });
});

describe('app:// protocol', () => {
  it('is handled on the app session, serving dist/renderer with the CSP and refusing traversal', async () => {
    const { fake } = await boot();
    const handler = fake.session.fromPartition('harbor').protocol.handlers.get('app');
    if (!handler) throw new Error('app:// not handled on the app session');
    const index = await handler(new Request('app://harbor/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const escape = await handler(new Request('app://harbor/..%2f..%2fpackage.json'));
    expect(escape.status).toBe(404);
  });
});

describe('IPC, locking and quitting with a real vault', () => {
  it('binds the contract channels and refuses foreign senders', async () => {
    const { fake } = await boot();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    const refused = await invoke(fake, 'vault.status', {}, new fake.FakeWebFrame('https://evil.example/'));
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN_SENDER');
    const ok = await invoke(fake, 'vault.status');
    expect(ok.ok).toBe(true);
  });

  it('locks on CmdOrCtrl+L, on idle, on screen lock and before quit, telling the window each time', async () => {
    const { fake, running, timer } = await boot();
    if (!running) throw new Error('not running');
    const { vault } = running.services;
    const sent = mainWindow(fake).webContents.sent;

    expect((await invoke(fake, 'vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect(vault.isUnlocked).toBe(true);

    menuItem(fake, 'lock-vault').click?.({} as MenuItem, undefined, {
      triggeredByAccelerator: true,
    } as KeyboardEvent);
    expect(vault.isUnlocked).toBe(false);
    expect(sent.at(-1)).toEqual({ channel: 'vault.locked', payload: { reason: 'shortcut' } });

    expect((await invoke(fake, 'vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    fake.powerMonitor.idleSeconds = 10 * 60;
    timer.tick();
    expect(vault.isUnlocked).toBe(false);
    expect(sent.at(-1)).toEqual({ channel: 'vault.locked', payload: { reason: 'idle' } });
    fake.powerMonitor.idleSeconds = 0;

    expect((await invoke(fake, 'vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    fake.powerMonitor.emit('lock-screen');
    expect(vault.isUnlocked).toBe(false);
    expect(sent.at(-1)).toEqual({ channel: 'vault.locked', payload: { reason: 'screen-lock' } });

    expect((await invoke(fake, 'vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    fake.app.emit('before-quit', new fake.FakeEvent());
    expect(vault.isUnlocked).toBe(false);
    expect(vault.status().state).toBe('locked');

    fake.app.emit('will-quit', new fake.FakeEvent());
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(timer.tasks.size).toBe(0);
  });

  it('quits when the last window closes', async () => {
    const { fake } = await boot();
    const before = fake.app.quitCalls.length;
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalls.length).toBe(before + 1);
  });

  it('on a fatal error: locks the vault, logs only the error class, exits 1', async () => {
    const { fake, running, logs, processEvents } = await boot();
    if (!running) throw new Error('not running');
    expect((await invoke(fake, 'vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    processEvents.emit('uncaughtException', new TypeError('cannot read dossier of Jane Client'));
    expect(running.services.vault.isUnlocked).toBe(false);
    expect(fake.app.exitCodes).toEqual([1]);
    expect(logs).toEqual(['fatal: TypeError']);
    processEvents.emit('unhandledRejection', new RangeError('Jane Client'));
    expect(logs.join('\n')).not.toContain('Jane');
  });
});

describe('shell.openExternal', () => {
  it('is never called during startup and use', async () => {
    const { fake } = await boot();
    await invoke(fake, 'vault.status');
    expect(fake.shell.openExternalCalls).toEqual([]);
  });

  it('appears nowhere in the main process or preload sources', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    for (const folder of ['main', 'preload'])
      walk(fileURLToPath(new URL(`../../../electron/${folder}/`, import.meta.url)));
    expect(files.length).toBeGreaterThan(5);
    const usesShell = /openExternal|import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'/;
    const offenders = files.filter((file) => usesShell.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
