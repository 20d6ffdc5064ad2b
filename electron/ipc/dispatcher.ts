import type { ZodError } from 'zod';
import { isInvokeChannel } from '../../shared/ipc/channels';
import { MAX_INPUT_BYTES, contract } from '../../shared/ipc/contract';
import { HarborError, type IpcResult } from '../../shared/ipc/errors';
import type { Handlers } from './handlers';

export type Dispatch = (channel: unknown, input: unknown) => Promise<IpcResult<unknown>>;

export interface DispatcherOptions {
  /** Told of unexpected failures by channel and error class only: never the message, which may hold client data. */
  onInternalError?: (channel: string, errorName: string) => void;
}

/**
 * The trust boundary: everything from the renderer is parsed here before a service sees it, and everything going
 * back is parsed against the contract too. Errors become codes; stack traces never cross.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (channel, rawInput) => {
    if (!isInvokeChannel(channel)) {
      return failure('UNKNOWN_CHANNEL', 'That request is not part of Safe Harbor.');
    }
    try {
      if (serializedSize(rawInput) > MAX_INPUT_BYTES) {
        return failure('INPUT_TOO_LARGE', 'The request is too large.');
      }
      const { input: inputSchema, output: outputSchema } = contract[channel];
      const parsed = inputSchema.safeParse(rawInput ?? {});
      if (!parsed.success) return badInput(parsed.error);
      const handler = handlers[channel] as (input: unknown) => unknown;
      // A reply that breaks the contract is our bug, not the caller's: it throws and is reported as INTERNAL.
      const output = outputSchema.parse(await handler(parsed.data));
      return { ok: true, value: output };
    } catch (error) {
      if (error instanceof HarborError) {
        return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
      }
      options.onInternalError?.(channel, error instanceof Error ? error.name : typeof error);
      return failure('INTERNAL', 'Something went wrong. Nothing was changed; try again.');
    }
  };
}

function badInput(error: ZodError): IpcResult<never> {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  return { ok: false, error: { code: 'BAD_INPUT', message: issue?.message ?? 'Invalid input.', field } };
}

function failure(
  code: 'UNKNOWN_CHANNEL' | 'INPUT_TOO_LARGE' | 'INTERNAL',
  message: string,
): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

function serializedSize(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
