import { type ErrorCode, HarborError } from '../../../shared/ipc/errors';
import type { JobPhase } from '../../../shared/safety/backup';
import type { JobResult } from './jobs';

/** What the worker posts to the main process. Errors travel as code and message (ours) or class name (anything else). */
export type WorkerMessage =
  | { type: 'progress'; phase: JobPhase; done: number; total: number }
  | { type: 'done'; result: JobResult }
  | { type: 'error'; error: SerializedJobError };

export type SerializedJobError =
  { harbor: true; code: ErrorCode; message: string; field?: string } | { harbor: false; name: string };

export function serializeJobError(error: unknown): SerializedJobError {
  if (error instanceof HarborError) {
    return { harbor: true, code: error.code, message: error.message, field: error.field };
  }
  return { harbor: false, name: error instanceof Error ? error.name : typeof error };
}

/** Our errors come back as they were thrown; anything else becomes a generic failure that names no data. */
export function deserializeJobError(error: SerializedJobError): HarborError {
  if (error.harbor) return new HarborError(error.code, error.message, error.field);
  return new HarborError('INTERNAL', `The background job failed (${error.name}). Nothing was changed.`);
}
