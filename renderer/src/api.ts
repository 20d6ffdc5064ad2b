import type { EventChannel, InvokeChannel } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput, EventPayload } from '../../shared/ipc/contract';
import type { HarborBridge } from '../../shared/ipc/bridge';
import { HarborError } from '../../shared/ipc/errors';

declare global {
  interface Window {
    harbor?: HarborBridge;
  }
}

function bridge(): HarborBridge {
  if (!window.harbor) throw new HarborError('INTERNAL', 'Safe Harbor’s secure bridge is not available.');
  return window.harbor;
}

/**
 * The only caller of `window.harbor`. Unwraps the result envelope: resolves with the value, or rejects with a
 * HarborError whose code and message came from the main process.
 */
export async function invoke<C extends InvokeChannel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await bridge().invoke(channel, input);
  if (result.ok) return result.value as ChannelOutput<C>;
  throw new HarborError(result.error.code, result.error.message, result.error.field);
}

export function subscribe<E extends EventChannel>(
  channel: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return bridge().on(channel, (payload) => listener(payload as EventPayload<E>));
}

export { HarborError };
