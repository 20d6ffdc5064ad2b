import { Popover } from 'radix-ui';
import type { ReactNode } from 'react';
import { CheckIcon, ChevronDownIcon } from '../../../ui/icons';

interface MultiSelectProps<V extends string> {
  label: string;
  options: readonly { value: V; label: string; marker?: ReactNode }[];
  value: readonly V[];
  onChange(next: V[]): void;
  icon?: ReactNode;
}

/** A toolbar button opening a list of checkboxes: "Fronts (2)". Non-modal, so no scroll lock is needed. */
export function MultiSelect<V extends string>({
  label,
  options,
  value,
  onChange,
  icon,
}: MultiSelectProps<V>) {
  const toggle = (v: V) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button
          type="button"
          className={`dx-toolbar-button${value.length ? ' dx-toolbar-button--active' : ''}`}
        >
          {icon}
          <span>{label}</span>
          {value.length > 0 && <span className="dx-toolbar-button__count">{value.length}</span>}
          <ChevronDownIcon size={15} className="dx-toolbar-button__chevron" />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="dx-popover" align="start" sideOffset={6} collisionPadding={12}>
          <fieldset className="dx-multi-select">
            <legend className="visually-hidden">{label}</legend>
            {options.map((option) => (
              <label key={option.value} className="dx-multi-select__option">
                <input
                  type="checkbox"
                  checked={value.includes(option.value)}
                  onChange={() => toggle(option.value)}
                />
                <span className="dx-multi-select__box" aria-hidden="true">
                  <CheckIcon size={12} strokeWidth={2.5} />
                </span>
                {option.marker}
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
          {value.length > 0 && (
            <div className="dx-popover__footer">
              <button type="button" className="button button--link" onClick={() => onChange([])}>
                Clear
              </button>
            </div>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
