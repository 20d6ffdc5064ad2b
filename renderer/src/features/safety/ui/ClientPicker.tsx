import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';
import type { DossierListItem } from '../../../../../shared/dossier/dossier';
import { invoke } from '../../../api';
import { endSessionIfLocked } from '../../../app/session';
import { SearchIcon } from '../../../ui/icons';
import { ClientName } from '../../privacy/ClientName';
import './client-picker.css';

interface ClientPickerProps {
  label: string;
  onPick(client: DossierListItem): void;
  /** Rows to show first (e.g. visits in progress), before the search results. */
  pinned?: readonly DossierListItem[];
  pinnedLabel?: string;
  footer?: ReactNode;
}

/**
 * Finds a client by name, alias or A-number: a search box and a list moved through with ↑ ↓ and chosen with Enter
 * (an ARIA combobox), so a client can be picked without the mouse.
 */
export function ClientPicker({ label, onPick, pinned = [], pinnedLabel, footer }: ClientPickerProps) {
  const [text, setText] = useState('');
  const [rows, setRows] = useState<DossierListItem[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const id = useId();

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      invoke('dossier.list', { text, limit: 8, sort: text ? 'name' : 'updated' })
        .then((result) => {
          if (cancelled) return;
          setRows(result.rows);
          setTotal(result.total);
          setActive(0);
        })
        .catch((error: unknown) => {
          endSessionIfLocked(error);
        });
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text]);

  const shownPinned = text ? [] : pinned;
  const options = [...shownPinned, ...rows.filter((r) => !shownPinned.some((p) => p.id === r.id))];

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active];
      if (chosen) onPick(chosen);
    }
  };

  return (
    <div className="client-picker">
      <label className="field__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="input-box client-picker__box">
        <SearchIcon size={16} className="client-picker__search" />
        <input
          id={`${id}-input`}
          className="input"
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={options[active] ? `${id}-opt-${active}` : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          placeholder="Name, alias or A-number"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="client-picker__list">
        {options.map((client, index) => (
          <li
            key={client.id}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            className="client-picker__option"
            data-active={index === active || undefined}
            onMouseEnter={() => setActive(index)}
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(client);
            }}
          >
            <span className="client-picker__name">
              <ClientName familyName={client.familyName} givenNames={client.givenNames} />
            </span>
            <span className="client-picker__meta">
              {index < shownPinned.length && pinnedLabel ? (
                <span className="client-picker__pin">{pinnedLabel}</span>
              ) : (
                [client.nationalities.join(', '), client.status].filter(Boolean).join(' · ')
              )}
            </span>
          </li>
        ))}
        {options.length === 0 && total !== null && (
          <li className="client-picker__empty" role="presentation">
            {text ? 'No client matches.' : 'No dossiers yet.'}
          </li>
        )}
      </ul>
      {footer}
    </div>
  );
}
