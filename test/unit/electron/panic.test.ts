/**
 * Panic controls on the composition root, booted against the recording `electron` stub with a real vault: the
 * system-wide lock shortcut, the blur-while-in-background wiring, lock on sleep and lid close, the native dialogs
 * behind the services' Dialogs port, and job progress forwarded to the window.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type RunningApp, runApp } from '../../../electron/main/lifecycle';
import { PANIC_LOCK_ACCELERATOR } from '../../../electron/main/panic';
import { forwardJobProgress } from '../../../electron/main/ipc';
import type { IpcResult } from '../../../shared/ipc/errors';
import type { JobProgress } from '../../../shared/safety/backup';
import * as fake from './fake-electron';
import { PASSPHRASE, tempDir, writeRenderer } from './helpers';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function boot(): Promise<{ running: RunningApp; logs: string[]; window: fake.FakeBrowserWindow }> {
  fake.resetFakeElectron();
  const appDir = tempDir('app');
  const userData = tempDir('userdata');
  writeRenderer(join(appDir.path, 'dist', 'renderer'));
  Object.assign(fake.app, { appPath: appDir.path, userData: userData.path });
  const logs: string[] = [];
  const running = await runApp({
    log: (line) => logs.push(line),
    repeat: () => () => undefined,
    processEvents: new EventEmitter(),
  });
  if (!running) throw new Error('not running');
  cleanups.push(() => {
    running.services.vault.lock('manual');
    appDir.remove();
    userData.remove();
  });
  const window = fake.FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return { running, logs, window };
}

async function invoke(channel: string, input: unknown = {}): Promise<IpcResult<unknown>> {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(
    fake.ipcEvent(new fake.FakeWebFrame('app://harbor/index.html')),
    input,
  )) as IpcResult<unknown>;
}

describe('the global lock shortcut', () => {
  it('is registered once the app is ready, locks from anywhere, and is released on quit', async () => {
    const { running, window } = await boot();
    expect(PANIC_LOCK_ACCELERATOR).toBe('CommandOrControl+Shift+L');
    expect(fake.calls.indexOf(`globalShortcut.register:${PANIC_LOCK_ACCELERATOR}`)).toBeGreaterThan(
      fake.calls.indexOf('whenReady'),
    );
    expect(fake.globalShortcut.isRegistered(PANIC_LOCK_ACCELERATOR)).toBe(true);

    expect((await invoke('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect(running.services.vault.isUnlocked).toBe(true);
    fake.globalShortcut.press(PANIC_LOCK_ACCELERATOR);
    expect(running.services.vault.isUnlocked).toBe(false);
    expect(window.webContents.sent.at(-1)).toEqual({
      channel: 'vault.locked',
      payload: { reason: 'shortcut' },
    });
    // Pressed again while locked: nothing to do, nothing breaks.
    fake.globalShortcut.press(PANIC_LOCK_ACCELERATOR);

    fake.app.emit('will-quit', new fake.FakeEvent());
    expect(fake.globalShortcut.isRegistered(PANIC_LOCK_ACCELERATOR)).toBe(false);
  });

  it('leaves the app running and says so when another program holds the combination', async () => {
    fake.resetFakeElectron();
    fake.globalShortcut.taken.add(PANIC_LOCK_ACCELERATOR);
    const appDir = tempDir('app');
    const userData = tempDir('userdata');
    writeRenderer(join(appDir.path, 'dist', 'renderer'));
    Object.assign(fake.app, { appPath: appDir.path, userData: userData.path });
    const logs: string[] = [];
    const running = await runApp({
      log: (l) => logs.push(l),
      repeat: () => () => undefined,
      processEvents: new EventEmitter(),
    });
    cleanups.push(() => {
      appDir.remove();
      userData.remove();
    });
    expect(running).not.toBeNull();
    expect(logs).toContain('panic lock: CommandOrControl+Shift+L is taken by another program');
  });
});

describe('blur while in the background', () => {
  it('tells the window to blur on focus loss only when the setting is on and the vault open', async () => {
    const { running, window } = await boot();
    const sent = window.webContents.sent;
    const focusEvents = () => sent.filter((e) => e.channel === 'window.focus');

    // Locked: nothing on screen to hide.
    window.emit('blur');
    expect(focusEvents()).toEqual([]);

    expect((await invoke('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    window.emit('blur');
    expect(focusEvents()).toEqual([]);

    expect((await invoke('settings.update', { blurOnFocusLoss: true })).ok).toBe(true);
    window.emit('blur');
    expect(focusEvents().at(-1)).toEqual({ channel: 'window.focus', payload: { focused: false } });
    window.emit('focus');
    expect(focusEvents().at(-1)).toEqual({ channel: 'window.focus', payload: { focused: true } });

    fake.app.emit('will-quit', new fake.FakeEvent());
    const before = focusEvents().length;
    window.emit('blur');
    expect(focusEvents()).toHaveLength(before);
    expect(running.services.settings.get().blurOnFocusLoss).toBe(true);
  });
});

describe('lock on sleep and lid close', () => {
  it('locks on suspend (a closed lid sleeps the machine) and on the lock screen', async () => {
    const { running, window } = await boot();
    expect((await invoke('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    fake.powerMonitor.emit('suspend');
    expect(running.services.vault.isUnlocked).toBe(false);
    expect(window.webContents.sent.at(-1)).toEqual({
      channel: 'vault.locked',
      payload: { reason: 'suspend' },
    });
    expect((await invoke('vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    fake.powerMonitor.emit('lock-screen');
    expect(running.services.vault.isUnlocked).toBe(false);
  });
});

describe('native dialogs behind the Dialogs port', () => {
  it('asks over the main window with the filters given, and a cancel is null', async () => {
    const { running, window } = await boot();
    expect((await invoke('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    const original = fake.app.getPath.bind(fake.app);
    fake.app.getPath = (name: string) => (name === 'documents' ? '/home/attorney/Documents' : original(name));
    cleanups.push(() => {
      fake.app.getPath = original;
    });

    // Cancelled save dialog: the backup is not made.
    expect(await invoke('backup.create', { mode: 'vault-key' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    const save = fake.dialog.shown.at(-1);
    expect(save?.kind).toBe('save');
    expect(save?.parent).toBe(window);
    expect(save?.options).toMatchObject({
      defaultPath: expect.stringMatching(
        /^\/home\/attorney\/Documents\/Safe Harbor backup \d{4}-\d\d-\d\d\.shbackup$/,
      ) as string,
      filters: [{ name: 'Safe Harbor backup', extensions: ['shbackup'] }],
    });

    fake.dialog.answers.push({ canceled: true });
    expect(await invoke('backup.chooseRestoreFolder')).toEqual({ ok: true, value: { cancelled: true } });
    expect(fake.dialog.shown.at(-1)?.options).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(running.services.vault.isUnlocked).toBe(true);
  });
});

describe('job progress', () => {
  it('is forwarded to every window, checked against the contract', () => {
    const listeners: ((p: JobProgress) => void)[] = [];
    const contents = new fake.FakeWebContents();
    const stop = forwardJobProgress(
      {
        onProgress: (listener) => {
          listeners.push(listener);
          return () => listeners.splice(listeners.indexOf(listener), 1);
        },
      },
      () => [contents],
    );
    const progress: JobProgress = { jobId: 'j1', kind: 'backup', phase: 'encrypting', done: 5, total: 10 };
    listeners.forEach((l) => l(progress));
    expect(contents.sent).toEqual([{ channel: 'job.progress', payload: progress }]);
    expect(() =>
      listeners.forEach((l) => l({ ...progress, phase: 'bogus' } as unknown as JobProgress)),
    ).toThrow();
    stop();
    expect(listeners).toHaveLength(0);
  });
});
