import { contextBridge, ipcRenderer, type IpcRenderer, type IpcRendererEvent } from 'electron';
import type { HarborBridge } from '../../shared/ipc/bridge';
import { isEventChannel, isInvokeChannel } from '../../shared/ipc/channels';

/**
 * The whole surface the renderer gets: two functions over the closed channel lists. Raw `ipcRenderer` never crosses
 * the bridge, and listeners get the payload only, not the event (whose `sender` would be ipcRenderer itself).
 * Runs sandboxed: it may import `electron` and zod-free modules only.
 */
export function createBridge(renderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): HarborBridge {
  return Object.freeze({
    invoke(channel, input) {
      if (!isInvokeChannel(channel)) return Promise.reject(new Error('Unknown IPC channel.'));
      return renderer.invoke(channel, input) as ReturnType<HarborBridge['invoke']>;
    },
    on(channel, listener) {
      if (!isEventChannel(channel)) throw new Error('Unknown IPC event.');
      if (typeof listener !== 'function') throw new TypeError('Listener must be a function.');
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      renderer.on(channel, forward);
      return () => {
        renderer.removeListener(channel, forward);
      };
    },
  } satisfies HarborBridge);
}

contextBridge.exposeInMainWorld('harbor', createBridge(ipcRenderer));
