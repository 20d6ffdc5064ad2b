import { Popover } from 'radix-ui';
import { useEffect, useId, useRef, useState } from 'react';
import type { DossierListItem } from '../../../../shared/dossier/dossier';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { ChevronDownIcon, SearchIcon } from '../../ui/icons';
import { ClientName } from '../privacy/ClientName';

interface ClientPickerProps {
  value: { id: string; familyName: string; givenNames: string } | null;
  onChange(id: string): void;
  /** Open state, when the page also opens the list (the empty page's "Choose a client…" button). */
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** Loads a page of clients matching the text; the list is the vault's own filtered query. */
function useClientResults(text: string, open: boolean): DossierListItem[] | null {
  // Rows with the text they answer: rows for an older text are never shown (nor chosen by Enter).
  const [answer, setAnswer] = useState<{ text: string; rows: DossierListItem[] } | null>(null);
  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      invoke('dossier.list', { text, sort: text ? 'name' : 'updated', limit: 30 })
        .then((result) => {
          if (current) setAnswer({ text, rows: result.rows });
        })
        .catch((error: unknown) => {
          endSessionIfLocked(error);
        });
    }, 90);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, open]);
  return answer?.text === text ? answer.rows : null;
}

/** A searchable client picker: a button showing the client, opening a filter box over the dossier list. */
export function ClientPicker({ value, onChange, open, onOpenChange: setOpen }: ClientPickerProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const rows = useClientResults(text, open);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const choose = (row: DossierListItem) => {
    onChange(row.id);
    setOpen(false);
    setText('');
  };

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button
          type="button"
          className="ev-client-picker"
          aria-haspopup="listbox"
          data-testid="client-picker"
        >
          <span className="ev-client-picker__label">Client</span>
          <span className="ev-client-picker__value">
            {value ? (
              <ClientName familyName={value.familyName} givenNames={value.givenNames} />
            ) : (
              'Choose a client…'
            )}
          </span>
          <ChevronDownIcon size={16} />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="ev-popover ev-client-picker__popover"
          align="end"
          sideOffset={6}
          collisionPadding={12}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            inputRef.current?.focus();
          }}
        >
          <div className="ev-combobox">
            <SearchIcon size={16} className="ev-combobox__icon" />
            <input
              ref={inputRef}
              className="ev-combobox__input"
              role="combobox"
              aria-label="Find a client"
              aria-expanded="true"
              aria-controls={listId}
              aria-activedescendant={rows?.[active] ? `${listId}-${rows[active].id}` : undefined}
              placeholder="Name, alias or A-number"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setActive(0);
              }}
              onKeyDown={(event) => {
                const count = rows?.length ?? 0;
                if (event.key === 'ArrowDown') {
                  event.preventDefault();
                  setActive((a) => Math.min(count - 1, a + 1));
                } else if (event.key === 'ArrowUp') {
                  event.preventDefault();
                  setActive((a) => Math.max(0, a - 1));
                } else if (event.key === 'Enter') {
                  event.preventDefault();
                  const row = rows?.[active];
                  if (row) choose(row);
                }
              }}
            />
          </div>
          <ul id={listId} role="listbox" aria-label="Clients" className="ev-combobox__list">
            {rows === null && <li className="ev-combobox__empty">Searching…</li>}
            {rows?.length === 0 && <li className="ev-combobox__empty">No client matches.</li>}
            {rows?.map((row, index) => (
              <li
                key={row.id}
                id={`${listId}-${row.id}`}
                role="option"
                aria-selected={index === active}
                className="ev-combobox__option"
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(row)}
              >
                <ClientName familyName={row.familyName} givenNames={row.givenNames} />
                <span className="ev-combobox__meta">{row.nationalities.join(', ')}</span>
              </li>
            ))}
          </ul>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
