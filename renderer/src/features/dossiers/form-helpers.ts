import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { HarborError } from '../../api';
import { endSessionIfLocked } from '../../app/session';

export type SaveFailure = 'conflict' | 'handled';

/**
 * Puts a failed save where it belongs. The dispatcher names the offending field by its path in the request
 * ("client.familyName", "record.data.charges.0.maxPenaltyYears"); the form's own paths drop the first segment.
 * CONFLICT (the dossier changed since it was opened) is returned for the form to offer a reload.
 */
export function handleSaveError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): SaveFailure {
  if (endSessionIfLocked(error)) return 'handled';
  const harborError =
    error instanceof HarborError
      ? error
      : new HarborError('INTERNAL', 'Something went wrong. Nothing was saved.');
  if (harborError.code === 'CONFLICT') return 'conflict';
  const path = harborError.field?.split('.').slice(1).join('.');
  if (path) {
    setError(path as Path<T>, { type: 'server', message: harborError.message }, { shouldFocus: true });
  } else {
    setError('root.server', { type: harborError.code, message: harborError.message });
  }
  return 'handled';
}

/** Ctrl/Cmd+S inside a form: save instead of the browser's "save page". */
export function isSaveShortcut(event: {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    (event.code === 'KeyS' || event.key.toLowerCase() === 's')
  );
}
