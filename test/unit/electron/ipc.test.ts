import type { IpcMain, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/errors';
import { createDispatcher } from '../../../electron/ipc/dispatcher';
import { createHandlers } from '../../../electron/ipc/handlers';
import { type Services, createServices } from '../../../electron/services';
import { bindIpc, forwardLockEvents, isTrustedSender, sendEvent } from '../../../electron/main/ipc';
import { FakeWebContents, FakeWebFrame, ipcEvent, ipcMain as fakeIpcMain } from './fake-electron';
import { PASSPHRASE, tempDir } from './helpers';

const top = (url: string): FakeWebFrame => new FakeWebFrame(url);
const sub = (url: string): FakeWebFrame => new FakeWebFrame(url, top('app://harbor/index.html'));

describe('isTrustedSender', () => {
  it.each([
    ['top frame on app://harbor', top('app://harbor/index.html'), true],
    ['top frame on a client route', top('app://harbor/dossiers/42'), true],
    ['another origin', top('https://evil.example/'), false],
    ['a look-alike host', top('app://harbor.evil/index.html'), false],
    ['file://', top('file:///tmp/index.html'), false],
    ['an app:// subframe', sub('app://harbor/index.html'), false],
    ['a foreign subframe', sub('https://evil.example/'), false],
    ['no frame (navigated away or destroyed)', null, false],
  ])('%s → %s', (_label, frame, trusted) => {
    expect(isTrustedSender(ipcEvent(frame))).toBe(trusted);
  });
});

describe('bindIpc over the real dispatcher and a real vault', () => {
  const dir = tempDir('ipc');
  const logs: string[] = [];
  let services: Services;
  let unbind: () => void;

  beforeAll(() => {
    services = createServices(dir.path);
    unbind = bindIpc(fakeIpcMain as unknown as IpcMain, createDispatcher(createHandlers(services)), (line) =>
      logs.push(line),
    );
  });
  afterAll(() => {
    services.vault.lock('manual');
    unbind();
    dir.remove();
  });

  const call = async (
    channel: string,
    frame: FakeWebFrame | null,
    input: unknown = {},
  ): Promise<IpcResult<unknown>> => {
    const handler = fakeIpcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return (await handler(ipcEvent(frame), input)) as IpcResult<unknown>;
  };

  it('binds exactly the channels of the contract', () => {
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('answers the app top frame', async () => {
    const result = await call('vault.status', top('app://harbor/index.html'));
    expect(result).toEqual({ ok: true, value: { state: 'absent', location: dir.path } });
  });

  it.each([
    ['another origin', top('https://evil.example/')],
    ['a subframe', sub('app://harbor/index.html')],
    ['a missing frame', null],
  ])('refuses %s with FORBIDDEN_SENDER, before the service runs', async (_label, frame) => {
    const result = await call('vault.create', frame, { passphrase: PASSPHRASE });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FORBIDDEN_SENDER');
    expect(services.vault.status().state).toBe('absent');
  });

  it('logs refusals by channel only, never the payload', async () => {
    logs.length = 0;
    await call('vault.unlock', top('https://evil.example/'), { passphrase: 'secret-client-passphrase' });
    expect(logs).toEqual(['ipc refused: vault.unlock from an untrusted sender']);
  });

  it('creates a vault through the trusted path, and the lock event reaches the window', async () => {
    const created = await call('vault.create', top('app://harbor/index.html'), { passphrase: PASSPHRASE });
    expect(created.ok).toBe(true);
    expect(services.vault.status().state).toBe('unlocked');

    const contents = new FakeWebContents();
    const stop = forwardLockEvents(services.vault, () => [contents as unknown as WebContents]);
    const locked = await call('vault.lock', top('app://harbor/index.html'));
    expect(locked).toEqual({ ok: true, value: { state: 'locked' } });
    expect(contents.sent).toEqual([{ channel: 'vault.locked', payload: { reason: 'manual' } }]);
    stop();
  });

  it('unbinds every channel', () => {
    const fake = { handlers: new Map<string, unknown>() };
    const ipc = {
      handle: (channel: string, handler: unknown) => fake.handlers.set(channel, handler),
      removeHandler: (channel: string) => fake.handlers.delete(channel),
    };
    const off = bindIpc(
      ipc as unknown as IpcMain,
      () => Promise.resolve({ ok: true, value: null }),
      () => undefined,
    );
    expect(fake.handlers.size).toBe(INVOKE_CHANNELS.length);
    off();
    expect(fake.handlers.size).toBe(0);
  });
});

describe('sendEvent', () => {
  it('validates the payload against the event contract', () => {
    const contents = new FakeWebContents();
    const target = contents as unknown as WebContents;
    expect(() => sendEvent(target, 'vault.locked', { reason: 'bogus' } as never)).toThrow();
    expect(contents.sent).toEqual([]);
    sendEvent(target, 'vault.locked', { reason: 'idle' });
    expect(contents.sent).toEqual([{ channel: 'vault.locked', payload: { reason: 'idle' } }]);
  });

  it('skips destroyed contents', () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    sendEvent(contents as unknown as WebContents, 'vault.locked', { reason: 'idle' });
    expect(contents.sent).toEqual([]);
  });
});
