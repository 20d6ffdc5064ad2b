import type { ZodError } from 'zod';
import { isInvokeChannel } from '../../shared/ipc/channels';
import { contract, maxInputBytes } from '../../shared/ipc/contract';
import { HarborError, type IpcResult } from '../../shared/ipc/errors';
import { asVaultDamage, isVaultDamage } from '../../shared/vault/damage';
import type { VaultHealth } from '../services/vault-service';
import type { Handlers } from './handlers';

export type Dispatch = (channel: unknown, input: unknown) => Promise<IpcResult<unknown>>;

export interface DispatcherOptions {
  /** Told of unexpected failures by channel and error class only: never the message, which may hold client data. */
  onInternalError?: (channel: string, errorName: string) => void;
  /**
   * Told whether each call went well or met damage: the vault defers its own writes until a read succeeded, and
   * closes without writing when damage is found.
   */
  vaultHealth?: VaultHealth;
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
      if (serializedSize(rawInput) > maxInputBytes(channel)) {
        return failure('INPUT_TOO_LARGE', 'The request is too large.');
      }
      const { input: inputSchema, output: outputSchema } = contract[channel];
      const parsed = inputSchema.safeParse(rawInput ?? {});
      if (!parsed.success) return badInput(parsed.error);
      const handler = handlers[channel] as (input: unknown) => unknown;
      // A reply that breaks the contract is our bug, not the caller's: it throws and is reported as INTERNAL.
      const output = outputSchema.parse(await handler(parsed.data));
      options.vaultHealth?.readSucceeded();
      return { ok: true, value: output };
    } catch (error) {
      // Damage anywhere (a page that fails its check mid-read, a background job) is one clear error, never INTERNAL.
      if (isVaultDamage(error)) {
        options.vaultHealth?.damageFound(error);
        const damage = asVaultDamage(error);
        return { ok: false, error: { code: damage.code, message: damage.message } };
      }
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

/**
 * The size of an input as it crossed IPC: JSON text, except that binary (a Uint8Array, a file piece) counts by its
 * byte length instead of being stringified number by number (which would cost memory and overstate it fourfold).
 */
export function serializedSize(value: unknown): number {
  let binary = 0;
  try {
    const json = JSON.stringify(
      value,
      function (this: Record<string, unknown>, key: string, replaced: unknown) {
        // `this[key]` is the value before any toJSON (a Buffer's would turn it into an array of numbers).
        const original = key === '' ? value : this[key];
        if (ArrayBuffer.isView(original)) {
          binary += original.byteLength;
          return null;
        }
        return replaced;
      },
    );
    return Buffer.byteLength(json ?? '', 'utf8') + binary;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
