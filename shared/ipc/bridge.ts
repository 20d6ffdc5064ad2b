import type { EventChannel, InvokeChannel } from './channels';
import type { IpcResult } from './errors';

/**
 * What the preload exposes as `window.harbor`: untyped payloads on purpose, because the main process re-validates
 * everything. `renderer/src/api.ts` is the typed face of it.
 */
export interface HarborBridge {
  invoke(channel: InvokeChannel, input: unknown): Promise<IpcResult<unknown>>;
  /** Subscribes to a push event; returns the function that unsubscribes. */
  on(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}
