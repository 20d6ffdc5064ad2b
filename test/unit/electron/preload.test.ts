import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HarborBridge } from '../../../shared/ipc/bridge';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/channels';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let bridge: HarborBridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = contextBridge.exposed.get('harbor') as HarborBridge;
});

describe('preload bridge', () => {
  it('exposes window.harbor and nothing else, with only invoke and on', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['harbor']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards every contract channel to ipcRenderer.invoke with the input unchanged', async () => {
    for (const channel of INVOKE_CHANNELS) {
      const input = { probe: channel };
      await expect(bridge.invoke(channel, input)).resolves.toEqual({ ok: true, value: { echoed: channel } });
      expect(ipcRenderer.invocations.at(-1)).toEqual({ channel, args: [input] });
    }
  });

  it.each(['fs.readFile', 'vault.locked', '', '__proto__', 'vault.status '])(
    'rejects %j without reaching ipcRenderer',
    async (channel) => {
      const before = ipcRenderer.invocations.length;
      await expect(bridge.invoke(channel as InvokeChannel, {})).rejects.toThrow('Unknown IPC channel');
      expect(ipcRenderer.invocations.length).toBe(before);
    },
  );

  it('subscribes only to event channels', () => {
    expect(() => bridge.on('vault.status' as never, () => undefined)).toThrow('Unknown IPC event');
    expect(() => bridge.on('anything' as never, () => undefined)).toThrow('Unknown IPC event');
    for (const channel of EVENT_CHANNELS) {
      const off = bridge.on(channel, () => undefined);
      off();
    }
  });

  it('hands listeners the payload only, never the IpcRendererEvent', () => {
    const received: unknown[][] = [];
    const off = bridge.on('vault.locked', (...args: unknown[]) => received.push(args));
    const rawEvent = { sender: ipcRenderer, ports: [] };
    ipcRenderer.emit('vault.locked', rawEvent, { reason: 'idle' });
    expect(received).toEqual([[{ reason: 'idle' }]]);
    off();
  });

  it('unsubscribes', () => {
    const received: unknown[] = [];
    const off = bridge.on('vault.locked', (payload) => received.push(payload));
    expect(ipcRenderer.listenerCount('vault.locked')).toBe(1);
    off();
    expect(ipcRenderer.listenerCount('vault.locked')).toBe(0);
    ipcRenderer.emit('vault.locked', {}, { reason: 'idle' });
    expect(received).toEqual([]);
  });
});

describe('preload bundle', () => {
  it('requires only electron and carries no zod (it runs sandboxed)', async () => {
    const result = await build({
      absWorkingDir: fileURLToPath(new URL('../../../', import.meta.url)),
      entryPoints: ['electron/preload/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
    expect(inputs.sort()).toEqual(['electron/preload/index.ts', 'shared/ipc/channels.ts']);
  });
});
