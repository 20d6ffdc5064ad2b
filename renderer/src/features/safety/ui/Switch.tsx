import type { ReactNode } from 'react';
import './switch.css';

interface SwitchProps {
  checked: boolean;
  onChange(checked: boolean): void;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  testId?: string;
}

/** An on/off setting: a button with role="switch", its label and explanation beside it. */
export function Switch({ checked, onChange, label, description, disabled, testId }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      className="sh-switch"
      data-state={checked ? 'on' : 'off'}
      disabled={disabled}
      data-testid={testId}
      onClick={() => onChange(!checked)}
    >
      <span className="sh-switch__text">
        <span className="sh-switch__label">{label}</span>
        {description && <span className="sh-switch__description">{description}</span>}
      </span>
      <span className="sh-switch__track" aria-hidden="true" />
    </button>
  );
}
