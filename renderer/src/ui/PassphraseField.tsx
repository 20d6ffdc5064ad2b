import { type InputHTMLAttributes, type ReactNode, type Ref, useState } from 'react';
import { Field } from './Field';
import { EyeIcon, EyeOffIcon } from './icons';
import { Tooltip } from './Tooltip';

export interface PassphraseFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelAside?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  /** Content between the input and the hint, such as the strength meter. */
  below?: ReactNode;
}

/** A passphrase input with a show/hide toggle. Spellcheck and autocapitalisation are off: they would alter it. */
export function PassphraseField({
  label,
  hint,
  error,
  labelAside,
  below,
  ref,
  ...inputProps
}: PassphraseFieldProps) {
  const [visible, setVisible] = useState(false);
  // The button's name stays the same and aria-pressed tells its state; only the tooltip wording changes.
  const tooltip = visible ? 'Hide passphrase' : 'Show passphrase';
  return (
    <Field label={label} hint={hint} error={error} labelAside={labelAside}>
      {(control) => (
        <>
          <div className="input-box">
            <input
              ref={ref}
              className="input"
              type={visible ? 'text' : 'password'}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              {...control}
              {...inputProps}
            />
            <Tooltip content={tooltip}>
              <button
                type="button"
                className="icon-button"
                aria-label="Show passphrase"
                aria-pressed={visible}
                onClick={() => setVisible((v) => !v)}
              >
                {visible ? <EyeOffIcon size={17} /> : <EyeIcon size={17} />}
              </button>
            </Tooltip>
          </div>
          {below}
        </>
      )}
    </Field>
  );
}
