import { z } from 'zod';

/** Error codes that may cross the IPC boundary. Messages are written for the attorney; never stack traces. */
export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'INPUT_TOO_LARGE',
  'VAULT_LOCKED',
  'VAULT_EXISTS',
  'VAULT_MISSING',
  'VAULT_DAMAGED',
  'NOT_ENCRYPTED',
  /** A backup or case bundle that is truncated, altered or not one of ours. */
  'FILE_DAMAGED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'WEAK_PASSPHRASE',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const ipcErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** Path of the offending field, for BAD_INPUT: lets forms put the message beside the field. */
  field: z.string().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/**
 * An error a service throws on purpose. Its message is safe to show the attorney, so it must never embed client data
 * that would then leak into logs.
 */
export class HarborError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HarborError';
  }
}
