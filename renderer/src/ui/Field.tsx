import { type InputHTMLAttributes, type ReactNode, type Ref, useId } from 'react';
import { AlertTriangleIcon } from './icons';
import './field.css';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Right-aligned next to the label, e.g. "Forgot your passphrase?". */
  labelAside?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A label, one control, an optional hint and the error for it. The error is an alert, so screen readers
 * announce it when it appears, and the control points at both hint and error through aria-describedby.
 */
export function Field({ label, hint, error, labelAside, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {labelAside}
      </div>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          <AlertTriangleIcon size={14} />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelAside?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  /** Extra content inside the input box, after the input (a unit such as "minutes"). */
  suffix?: ReactNode;
}

export function TextField({
  label,
  hint,
  error,
  labelAside,
  className,
  suffix,
  ref,
  ...inputProps
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} labelAside={labelAside} className={className}>
      {(control) => (
        <div className="input-box">
          <input ref={ref} className="input" {...control} {...inputProps} />
          {suffix && <span className="input-box__suffix">{suffix}</span>}
        </div>
      )}
    </Field>
  );
}
