// TanStack Virtual: headless (we keep our own markup, CSS and ARIA), small (~5 kB), no dependencies, well
// maintained, and handles dynamic counts and scrollToIndex — only the ~20 rows in view are ever in the DOM.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { CLIENT_STATUSES, type ClientStatus } from '../../../../shared/dossier/client';
import type { DossierListItem } from '../../../../shared/dossier/dossier';
import { RULES } from '../../../../shared/deadlines/rules';
import { useNavigationStore } from '../../app/navigation-store';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { FolderIcon, SearchIcon, XIcon } from '../../ui/icons';
import { Shortcut } from '../../ui/Shortcut';
import { hasCommandModifier } from '../../ui/shortcuts';
import { ClientName } from '../privacy/ClientName';
import { useDossierStore } from './dossier-store';
import { formatDate, relativeDays, todayIso, urgencyOf, plural } from './format';
import { FRONTS, FRONT_LABELS, FRONT_SHORT_LABELS } from './fronts';
import {
  type DeadlineWindow,
  type DetainedFilter,
  type ListSort,
  filtersActive,
  rowAt,
  useDossierListStore,
} from './list-store';
import { StatusBadge, DetainedBadge, FrontChip, FrontDot } from './ui/badges';
import { FilterIcon, SortIcon, UserPlusIcon } from './ui/feature-icons';
import { MultiSelect } from './ui/MultiSelect';

const ROW_HEIGHT = 64;
const SEARCH_DEBOUNCE_MS = 180;

const STATUS_LABELS: Record<ClientStatus, string> = { intake: 'Intake', active: 'Active', closed: 'Closed' };

const DEADLINE_OPTIONS: readonly { value: DeadlineWindow; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: '0', label: 'Overdue or today' },
  { value: '7', label: 'Within 7 days' },
  { value: '30', label: 'Within 30 days' },
  { value: '90', label: 'Within 90 days' },
];

const DETAINED_OPTIONS: readonly { value: DetainedFilter; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: 'detained', label: 'Detained' },
  { value: 'not-detained', label: 'Not detained' },
];

const SORT_OPTIONS: readonly { value: ListSort; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'next-deadline', label: 'Next deadline' },
  { value: 'updated', label: 'Recently updated' },
];

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function DossierList() {
  const filters = useDossierListStore((s) => s.filters);
  const total = useDossierListStore((s) => s.total);
  const pages = useDossierListStore((s) => s.pages);
  const error = useDossierListStore((s) => s.error);
  const selected = useDossierListStore((s) => s.selected);
  const generation = useDossierListStore((s) => s.generation);
  const { setFilters, clearFilters, ensureRows, select, reload } = useDossierListStore.getState();
  const openDossier = useNavigationStore((s) => s.openDossier);
  const openClientForm = useDossierStore((s) => s.openClientForm);

  const [text, setText] = useState(filters.text);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = todayIso();

  // Fresh rows each time the list is shown: a dossier may have been changed or deleted meanwhile.
  useEffect(() => {
    reload();
    headingRef.current?.focus({ preventScroll: true });
  }, [reload]);

  // Debounced search: one query once typing pauses, not one per key.
  useEffect(() => {
    if (text === useDossierListStore.getState().filters.text) return;
    const timer = window.setTimeout(() => setFilters({ text }), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, setFilters]);

  // "/" and Ctrl/Cmd+F focus the search box.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const slash = event.key === '/' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey;
      const find = hasCommandModifier(event) && (event.code === 'KeyF' || event.key.toLowerCase() === 'f');
      if (slash || find) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const count = total ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build; the virtualizer re-renders through its own state.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  // Fetch the pages the visible rows fall in (plus overscan); pages already loaded are kept.
  useEffect(() => {
    if (total !== null && total > 0) ensureRows(first, last);
  }, [first, last, total, generation, ensureRows]);

  const move = (index: number) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    select(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const openAt = (index: number) => {
    const row = rowAt(pages, index);
    if (row) openDossier(row.id);
  };

  const pageRows = Math.max(
    1,
    Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1,
  );

  const onListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(selected + 1),
      ArrowUp: () => move(selected - 1),
      PageDown: () => move(selected + pageRows),
      PageUp: () => move(selected - pageRows),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => openAt(selected),
    };
    const action = keys[event.key];
    if (!action) return;
    // From the search box, Home/End keep their text-editing meaning.
    if (event.currentTarget === searchRef.current && (event.key === 'Home' || event.key === 'End')) return;
    event.preventDefault();
    action();
  };

  const active = filtersActive(filters);
  const selectedRow = rowAt(pages, selected);

  return (
    <div className="dx-dossier-list-page" data-testid="section-dossiers">
      <header className="dx-list-header">
        <div className="dx-list-header__top">
          <div className="page__heading">
            <h1 ref={headingRef} tabIndex={-1} className="page__title">
              Dossiers
            </h1>
            <p className="page__description">
              Every client’s situation across the fronts of the case, and what is due next.
            </p>
          </div>
          <Button
            variant="primary"
            icon={<UserPlusIcon size={17} />}
            onClick={() => openClientForm('new')}
            aria-keyshortcuts="Control+N Meta+N"
          >
            New client
            <Shortcut keyLabel="N" className="button__shortcut" decorative />
          </Button>
        </div>

        <div className="dx-list-toolbar" role="search">
          <div className="dx-search-box">
            <SearchIcon size={17} className="dx-search-box__icon" />
            <input
              ref={searchRef}
              type="search"
              className="dx-search-box__input"
              placeholder="Search names, aliases, transliterations, A-number"
              aria-label="Search dossiers"
              aria-keyshortcuts="/ Control+F Meta+F"
              aria-controls="dossier-rows"
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && text) {
                  event.preventDefault();
                  setText('');
                  return;
                }
                onListKeyDown(event);
              }}
              spellCheck={false}
              autoComplete="off"
            />
            {text ? (
              <button
                type="button"
                className="icon-button dx-search-box__clear"
                aria-label="Clear search"
                onClick={() => {
                  setText('');
                  searchRef.current?.focus();
                }}
              >
                <XIcon size={15} />
              </button>
            ) : (
              <kbd className="dx-search-box__hint" aria-hidden="true">
                /
              </kbd>
            )}
          </div>
          <MultiSelect
            label="Fronts"
            icon={<FilterIcon size={15} />}
            options={FRONTS.map((front) => ({
              value: front,
              label: FRONT_LABELS[front],
              marker: <FrontDot front={front} />,
            }))}
            value={filters.fronts}
            onChange={(fronts) => setFilters({ fronts })}
          />
          <MultiSelect
            label="Status"
            options={CLIENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
            value={filters.statuses}
            onChange={(statuses) => setFilters({ statuses })}
          />
          <ToolbarSelect
            label="Custody"
            value={filters.detained}
            options={DETAINED_OPTIONS}
            onChange={(detained) => setFilters({ detained })}
          />
          <ToolbarSelect
            label="Deadline"
            value={filters.deadline}
            options={DEADLINE_OPTIONS}
            onChange={(deadline) => setFilters({ deadline })}
          />
        </div>

        <div className="dx-list-summary">
          <p className="dx-list-summary__count" role="status" data-testid="dossier-count">
            {total === null
              ? 'Loading…'
              : active
                ? `${plural(total, 'dossier')} match`
                : plural(total, 'dossier')}
          </p>
          {active && (
            <button
              type="button"
              className="button button--link dx-list-summary__clear"
              onClick={clearFilters}
            >
              Clear filters
            </button>
          )}
          <p className="dx-list-summary__keys" aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open
          </p>
          <ToolbarSelect
            label="Sort by"
            icon={<SortIcon size={15} />}
            value={filters.sort}
            options={SORT_OPTIONS}
            onChange={(sort) => setFilters({ sort })}
            quiet
          />
        </div>
      </header>

      {error && (
        <Alert tone="danger" role="alert" title="The list could not be loaded" className="dx-list-error">
          {error}
        </Alert>
      )}

      {total === 0 ? (
        <div className="dx-list-empty">
          {active ? (
            <EmptyState
              icon={<SearchIcon size={26} />}
              title="No dossiers match"
              footnote="Search looks at family and given names, aliases and transliterations, and the A-number."
            >
              <p>Nothing matches the search and filters. Try another spelling, or clear the filters.</p>
              <div className="dx-empty-state__actions">
                <Button
                  variant="secondary"
                  onClick={() => {
                    setText('');
                    clearFilters();
                  }}
                >
                  Clear filters
                </Button>
              </div>
            </EmptyState>
          ) : (
            <EmptyState
              icon={<FolderIcon size={26} />}
              title="No dossiers yet"
              footnote="Dossiers are stored only in this encrypted vault."
              points={[
                {
                  title: 'Every front of the case',
                  text: 'INTERPOL notices and CCF requests, removal proceedings, custody, extradition and the home-country case.',
                },
                {
                  title: 'Deadlines with their rule',
                  text: 'Each computed date shows the rule and source it came from, and can be overridden with a reason.',
                },
                {
                  title: 'A sharing scope on every record',
                  text: 'Mark what may reach the CCF or the court, so exports carry only what they should.',
                },
              ]}
            >
              <p>Open a dossier for your first client: names and aliases, then each front of the case.</p>
              <div className="dx-empty-state__actions">
                <Button
                  variant="primary"
                  icon={<UserPlusIcon size={17} />}
                  onClick={() => openClientForm('new')}
                >
                  New client
                </Button>
              </div>
            </EmptyState>
          )}
        </div>
      ) : (
        <div className="dx-list-table">
          <div className="dx-list-row dx-list-row--head" aria-hidden="true">
            <span>Client and fronts</span>
            <span>Nationality</span>
            <span>Status</span>
            <span>Next deadline</span>
          </div>
          <div
            ref={scrollRef}
            id="dossier-rows"
            className="dx-list-scroll"
            role="listbox"
            aria-label="Dossiers"
            tabIndex={0}
            aria-activedescendant={selectedRow ? `dossier-row-${selected}` : undefined}
            onKeyDown={onListKeyDown}
            data-testid="dossier-rows"
          >
            {/* React applies style props through the CSSOM, which the `style-src 'self'` policy allows. */}
            <div className="dx-list-scroll__inner" style={{ height: virtualizer.getTotalSize() }}>
              {items.map((item) => {
                const row = rowAt(pages, item.index);
                return (
                  <ListRow
                    key={item.key}
                    index={item.index}
                    start={item.start}
                    row={row}
                    selected={item.index === selected}
                    today={today}
                    onOpen={() => {
                      select(item.index);
                      if (row) openDossier(row.id);
                    }}
                  />
                );
              })}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

interface ListRowProps {
  index: number;
  start: number;
  row: DossierListItem | undefined;
  selected: boolean;
  today: string;
  onOpen(): void;
}

function ListRow({ index, start, row, selected, today, onOpen }: ListRowProps) {
  if (!row) {
    return (
      <div
        className="dx-list-row dx-list-row--placeholder"
        style={{ transform: `translateY(${start}px)` }}
        aria-hidden="true"
      >
        <span className="dx-skeleton dx-skeleton--name" />
        <span className="dx-skeleton dx-skeleton--short" />
        <span className="dx-skeleton dx-skeleton--short" />
        <span className="dx-skeleton dx-skeleton--short" />
      </div>
    );
  }
  const next = row.nextDeadline;
  const urgency = next ? urgencyOf(next.dueDate, today) : null;
  const rule = next ? RULES[next.ruleId as keyof typeof RULES] : undefined;
  return (
    <div
      id={`dossier-row-${index}`}
      style={{ transform: `translateY(${start}px)` }}
      className="dx-list-row"
      role="option"
      aria-selected={selected}
      data-index={index}
      data-testid="dossier-row"
      onClick={onOpen}
    >
      <span className="dx-list-row__client">
        <span className="dx-list-row__name">
          <ClientName familyName={row.familyName} givenNames={row.givenNames} />
        </span>
        <span className="dx-list-row__fronts">
          {row.fronts
            .filter((front) => front !== 'counsel')
            .map((front) => (
              <FrontChip key={front} front={front} label={FRONT_SHORT_LABELS[front]} />
            ))}
        </span>
      </span>
      <span className="dx-list-row__nationality">{row.nationalities.join(', ') || '—'}</span>
      <span className="dx-list-row__status">
        <StatusBadge status={row.status} />
        {row.detained && <DetainedBadge />}
      </span>
      <span className={`dx-list-row__deadline${urgency ? ` dx-list-row__deadline--${urgency}` : ''}`}>
        {next ? (
          <>
            <span className="dx-list-row__deadline-date">
              {formatDate(next.dueDate)}
              <span className="dx-list-row__deadline-rel">{relativeDays(next.dueDate, today, true)}</span>
            </span>
            {rule && <span className="dx-list-row__deadline-rule">{rule.title}</span>}
          </>
        ) : (
          <span className="dx-list-row__none">No open deadline</span>
        )}
      </span>
    </div>
  );
}

interface ToolbarSelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  icon?: ReactNode;
  /** Drawn without a box (the sort order is not a filter). */
  quiet?: boolean;
}

function ToolbarSelect<V extends string>({
  label,
  value,
  options,
  onChange,
  icon,
  quiet,
}: ToolbarSelectProps<V>) {
  const isDefault = value === options[0]?.value;
  const classes = [
    'dx-toolbar-select',
    quiet && 'dx-toolbar-select--quiet',
    !quiet && !isDefault && 'dx-toolbar-select--active',
  ];
  return (
    <label className={classes.filter(Boolean).join(' ')}>
      {icon}
      <span className="dx-toolbar-select__label">{label}</span>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
