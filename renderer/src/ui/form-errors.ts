import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ErrorCode } from '../../../shared/ipc/errors';
import { HarborError } from '../api';

/** Where a server error belongs in a form: by error code (WRONG_PASSPHRASE → the passphrase field), or by the
 * `field` path the dispatcher reports for BAD_INPUT/WEAK_PASSPHRASE, renamed to the form's own field names. */
export interface ServerErrorPlacement<T extends FieldValues> {
  byCode?: Partial<Record<ErrorCode, Path<T>>>;
  byServerField?: Record<string, Path<T>>;
}

/**
 * Puts a failed request's message beside the field it concerns, or at the top of the form ("root.server") when it
 * concerns no field. Focus moves to the field so keyboard users land where the fix is.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  placement: ServerErrorPlacement<T> = {},
): void {
  const harborError =
    error instanceof HarborError
      ? error
      : new HarborError('INTERNAL', 'Something went wrong. Nothing was changed; try again.');
  const field =
    placement.byCode?.[harborError.code] ??
    (harborError.field ? placement.byServerField?.[harborError.field] : undefined);
  if (field) {
    setError(field, { type: 'server', message: harborError.message }, { shouldFocus: true });
  } else {
    setError('root.server', { type: harborError.code, message: harborError.message });
  }
}
