/**
 * A recording stand-in for the `electron` module (no Electron binary on this machine). Tests install it with
 *   vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
 * and read what the code under test did from the same objects. Each fake keeps only what the assertions need.
 */
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  CustomScheme,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  Session,
} from 'electron';

/** Order in which the code under test touched Electron: lets tests check "before ready" constraints. */
export const calls: string[] = [];

export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebFrame {
  constructor(
    readonly url: string,
    readonly parent: FakeWebFrame | null = null,
  ) {}
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = new FakeWebFrame('app://harbor/index.html');
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];
  destroyed = false;
  devToolsClosed = 0;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  closeDevTools(): void {
    this.devToolsClosed += 1;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  shown = 0;
  focused = 0;
  restored = 0;
  minimized = false;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    calls.push('new BrowserWindow');
    FakeBrowserWindow.instances.push(this);
    // As in Electron: the window's contents are announced to the app.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.shown += 1;
  }
  focus(): void {
    this.focused += 1;
  }
  restore(): void {
    this.restored += 1;
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class FakeProtocol {
  readonly privileged: CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    calls.push('registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    calls.push(`protocol.handle:${scheme}`);
    this.handlers.set(scheme, handler);
  }
}

type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type DevicePermissionHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
type BeforeRequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

export class FakeSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: DevicePermissionHandler | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  spellChecker: boolean | null = null;
  readonly protocol = new FakeProtocol();
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener): void => {
      this.beforeRequest = listener;
    },
  };

  constructor(readonly partition: string) {
    super();
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }

  /** Runs the onBeforeRequest listener the way Chromium would and reports whether the request was cancelled. */
  cancels(url: string): boolean {
    if (!this.beforeRequest) throw new Error('no onBeforeRequest listener installed');
    let cancel: boolean | undefined;
    this.beforeRequest({ url }, (response) => {
      cancel = response.cancel;
    });
    if (cancel === undefined) throw new Error('listener did not answer');
    return cancel;
  }
}

class FakeApp extends EventEmitter {
  name = 'Safe Harbor';
  isPackaged = false;
  singleInstance = true;
  appPath = '/nonexistent-app';
  userData = '/nonexistent-user-data';
  readonly quitCalls: number[] = [];
  readonly exitCodes: (number | undefined)[] = [];

  requestSingleInstanceLock(): boolean {
    calls.push('requestSingleInstanceLock');
    return this.singleInstance;
  }
  enableSandbox(): void {
    calls.push('enableSandbox');
  }
  whenReady(): Promise<void> {
    calls.push('whenReady');
    return Promise.resolve();
  }
  quit(): void {
    calls.push('quit');
    this.quitCalls.push(Date.now());
  }
  exit(code?: number): void {
    this.exitCodes.push(code);
  }
  getAppPath(): string {
    return this.appPath;
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return this.userData;
  }
}

export const app = new FakeApp();

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
}
export const powerMonitor = new FakePowerMonitor();

export interface FakeMenu {
  template: MenuItemConstructorOptions[];
}
export const Menu = {
  current: null as FakeMenu | null,
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    this.current = menu;
  },
};

export const protocol = new FakeProtocol();

const partitions = new Map<string, FakeSession>();
export const session: { defaultSession: FakeSession; fromPartition(partition: string): FakeSession } = {
  defaultSession: new FakeSession(''),
  fromPartition(partition: string): FakeSession {
    calls.push(`fromPartition:${partition}`);
    let existing = partitions.get(partition);
    if (!existing) {
      existing = new FakeSession(partition);
      partitions.set(partition, existing);
    }
    return existing;
  },
};

export const shell = {
  openExternalCalls: [] as string[],
  openExternal(url: string): Promise<void> {
    this.openExternalCalls.push(url);
    return Promise.resolve();
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve({ ok: true, value: { echoed: channel } });
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const BrowserWindow = FakeBrowserWindow;

/** System-wide shortcuts: what is registered, and `press` to fire one as the OS would. */
export const globalShortcut = {
  registered: new Map<string, () => void>(),
  /** Accelerators another program already holds: register() answers false for them. */
  taken: new Set<string>(),
  register(accelerator: string, callback: () => void): boolean {
    calls.push(`globalShortcut.register:${accelerator}`);
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  },
  unregisterAll(): void {
    this.registered.clear();
  },
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  },
  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  },
};

/** Operating-system notifications: each one built is kept with its options, whether it was shown, and its clicks. */
export class FakeNotification extends EventEmitter {
  static supported = true;
  static instances: FakeNotification[] = [];
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  shown = false;
  constructor(readonly options: { title?: string; body?: string; silent?: boolean }) {
    super();
    FakeNotification.instances.push(this);
  }
  show(): void {
    this.shown = true;
  }
}
export const Notification = FakeNotification;

type DialogAnswer = { canceled: boolean; filePath?: string; filePaths?: string[] };

/** Native dialogs: each call is recorded with its options; answers are queued by the test (default: cancelled). */
export const dialog = {
  shown: [] as { kind: 'save' | 'open'; parent: unknown; options: Record<string, unknown> }[],
  answers: [] as DialogAnswer[],
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    this.shown.push({ kind: 'save', parent, options: options as Record<string, unknown> });
    const answer = this.answers.shift() ?? { canceled: true };
    return Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' });
  },
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    const [parent, options] = args.length === 2 ? args : [null, args[0]];
    this.shown.push({ kind: 'open', parent, options: options as Record<string, unknown> });
    const answer = this.answers.shift() ?? { canceled: true };
    return Promise.resolve({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] });
  },
};

export const electronModule = {
  app,
  BrowserWindow,
  Menu,
  contextBridge,
  dialog,
  globalShortcut,
  ipcMain,
  ipcRenderer,
  Notification,
  powerMonitor,
  protocol,
  session,
  shell,
};

/** Back to a freshly started Electron: no listeners, handlers, windows or recorded calls. */
export function resetFakeElectron(): void {
  calls.length = 0;
  FakeBrowserWindow.instances = [];
  app.removeAllListeners();
  Object.assign(app, { isPackaged: false, singleInstance: true });
  app.quitCalls.length = 0;
  app.exitCodes.length = 0;
  ipcMain.handlers.clear();
  powerMonitor.removeAllListeners();
  powerMonitor.idleSeconds = 0;
  Menu.current = null;
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  partitions.clear();
  session.defaultSession = new FakeSession('');
  shell.openExternalCalls.length = 0;
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invocations.length = 0;
  globalShortcut.registered.clear();
  globalShortcut.taken.clear();
  dialog.shown.length = 0;
  dialog.answers.length = 0;
  FakeNotification.instances = [];
  FakeNotification.supported = true;
}

/** A minimal IPC event as Electron would pass it, from a frame at `url` (top frame unless `parent` is given). */
export function ipcEvent(frame: FakeWebFrame | null): IpcMainInvokeEvent {
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}
