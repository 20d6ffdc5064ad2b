import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { type SearchGroup, type SearchHit, snippetParts } from '../../../../shared/search/search';
import { invoke } from '../../api';
import { useNavigationStore } from '../../app/navigation-store';
import { endSessionIfLocked } from '../../app/session';
import { FilesIcon, FolderIcon, SearchIcon } from '../../ui/icons';
import { MOD_KEY_LABEL, hasCommandModifier } from '../../ui/shortcuts';
import { useEvidenceStore } from '../evidence/evidence-store';
import { ClientName } from '../privacy/ClientName';
import { usePrivacyStore } from '../privacy/privacy-store';
import './search.css';

/** One selectable row: a client (the group's header) or one of its hits. */
interface Option {
  id: string;
  group: SearchGroup;
  hit: SearchHit | null;
}

function optionsOf(groups: readonly SearchGroup[]): Option[] {
  return groups.flatMap((group) => [
    { id: `client-${group.clientId}`, group, hit: null },
    ...group.hits
      .filter((hit) => hit.kind !== 'client')
      .map((hit) => ({ id: `${hit.kind}-${hit.refId}`, group, hit })),
  ]);
}

/** Opens what a row names: an evidence item in the Evidence section, anything else as the client's dossier. */
function openOption(option: Option): void {
  if (option.hit?.kind === 'evidence') {
    void useEvidenceStore.getState().show(option.group.clientId, option.hit.refId);
    useNavigationStore.getState().go('evidence');
    return;
  }
  useNavigationStore.getState().openDossier(option.group.clientId);
}

/**
 * The command palette (Ctrl/Cmd+K): one search across names (typo-tolerant), records and evidence, results grouped
 * by client. Arrow keys move, Enter opens, Esc closes. A native <dialog>, so focus stays inside while it is open.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (hasCommandModifier(event) && (event.code === 'KeyK' || event.key.toLowerCase() === 'k')) {
        event.preventDefault();
        setOpen((v) => !v);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return open ? <Palette onClose={() => setOpen(false)} /> : null;
}

function Palette({ onClose }: { onClose(): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  /** The last answer and the query it answers: results show only while they answer what is typed. */
  const [answer, setAnswer] = useState<{ query: string; groups: SearchGroup[] }>({ query: '', groups: [] });
  const [active, setActive] = useState(0);
  const privacy = usePrivacyStore((s) => s.enabled);
  const listId = useId();
  const query = text.trim();
  const groups = answer.query === query ? answer.groups : query === '' ? [] : answer.groups;
  const searching = query !== '' && answer.query !== query;
  const options = optionsOf(groups);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    inputRef.current?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Searches as the attorney types; an answer to an older query is dropped.
  useEffect(() => {
    if (!query) return;
    let current = true;
    const timer = setTimeout(() => {
      invoke('search.query', { text: query, limit: 12 })
        .then((result) => {
          if (!current) return;
          setAnswer({ query, groups: result.groups });
          setActive(0);
        })
        .catch((error: unknown) => {
          if (endSessionIfLocked(error)) return;
          if (current) setAnswer({ query, groups: [] });
        });
    }, 70);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  useEffect(() => {
    const option = options[active];
    if (!option) return;
    listRef.current?.querySelector(`[data-option="${option.id}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active, options]);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    onClose();
    openOption(option);
  };

  const activeId = options[active] ? `${listId}-${options[active].id}` : undefined;

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Search"
      data-testid="command-palette"
      onMouseDown={(event) => {
        if (event.target === dialogRef.current) onClose();
      }}
    >
      <div className="palette__search">
        <SearchIcon size={19} className="palette__search-icon" />
        <input
          ref={inputRef}
          className="palette__input"
          role="combobox"
          aria-label="Search clients, records and evidence"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-autocomplete="list"
          placeholder="Search names, aliases, notes, exhibits…"
          value={text}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((a) => Math.min(options.length - 1, a + 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(options[active]);
            }
          }}
        />
        <kbd>Esc</kbd>
      </div>
      <div ref={listRef} id={listId} role="listbox" aria-label="Results" className="palette__results">
        {query === '' && (
          <p className="palette__hint">
            Type a name (typos and other spellings are fine: “ivanof”, “волков”), an exhibit number, or words
            from a note or an incident.
          </p>
        )}
        {query !== '' && !searching && groups.length === 0 && (
          <p className="palette__hint">Nothing found for “{query}”.</p>
        )}
        {groups.map((group) => {
          const clientOption = options.find((o) => o.id === `client-${group.clientId}`);
          const fuzzy = group.hits.some((h) => h.kind === 'client' && h.match === 'fuzzy');
          return (
            <div key={group.clientId} role="group" aria-label="Client" className="palette__group">
              {clientOption && (
                <PaletteRow
                  option={clientOption}
                  id={`${listId}-${clientOption.id}`}
                  active={options[active]?.id === clientOption.id}
                  onHover={() => setActive(options.indexOf(clientOption))}
                  onChoose={() => choose(clientOption)}
                >
                  <FolderIcon size={16} className="palette__icon" />
                  <span className="palette__client">
                    <ClientName familyName={group.familyName} givenNames={group.givenNames} />
                  </span>
                  {fuzzy && <span className="palette__tag">similar spelling</span>}
                  <span className="palette__action">Open dossier</span>
                </PaletteRow>
              )}
              {options
                .filter((o) => o.group === group && o.hit)
                .map((option) => (
                  <PaletteRow
                    key={option.id}
                    option={option}
                    id={`${listId}-${option.id}`}
                    active={options[active]?.id === option.id}
                    onHover={() => setActive(options.indexOf(option))}
                    onChoose={() => choose(option)}
                    nested
                  >
                    {option.hit?.kind === 'evidence' ? (
                      <FilesIcon size={15} className="palette__icon" />
                    ) : (
                      <span className="palette__dot" aria-hidden="true" />
                    )}
                    <span className="palette__hit">
                      <span className="palette__label">{option.hit?.label}</span>
                      {!privacy && option.hit?.snippet && (
                        <span className="palette__snippet">
                          {snippetParts(option.hit.snippet).map((part, index) => (
                            <Fragment key={index}>
                              {part.highlight ? <mark>{part.text}</mark> : part.text}
                            </Fragment>
                          ))}
                        </span>
                      )}
                    </span>
                  </PaletteRow>
                ))}
            </div>
          );
        })}
      </div>
      <footer className="palette__footer">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> to move
        </span>
        <span>
          <kbd>Enter</kbd> to open
        </span>
        <span className="palette__footer-end">
          <kbd>{MOD_KEY_LABEL}</kbd> <kbd>K</kbd> search anywhere
        </span>
      </footer>
    </dialog>
  );
}

function PaletteRow({
  id,
  option,
  active,
  nested = false,
  onHover,
  onChoose,
  children,
}: {
  id: string;
  option: Option;
  active: boolean;
  nested?: boolean;
  onHover(): void;
  onChoose(): void;
  children: React.ReactNode;
}) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      data-option={option.id}
      className={`palette__row${nested ? ' palette__row--nested' : ''}${active ? ' palette__row--active' : ''}`}
      onMouseMove={onHover}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      {children}
    </div>
  );
}
