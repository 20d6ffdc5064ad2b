import { type KeyboardEvent, useRef, useState } from 'react';
import type { Bucket } from '../../../../shared/deadlines/engine';
import { useNavigationStore } from '../../app/navigation-store';
import { Button } from '../../ui/Button';
import { ChevronRightIcon } from '../../ui/icons';
import { ClientName } from '../privacy/ClientName';
import { FrontChip, OverriddenBadge, VerifyBadge } from './badges';
import {
  BUCKET_INFO,
  type DeadlineItem,
  formatCount,
  fullDate,
  mediumDate,
  relativeDays,
  urgencyOf,
  weekday,
} from './deadline-view';

/** Rows drawn per group at first, and added by each "Show more": thousands of rows stay quick to draw. */
export const FIRST_PAGE = 50;
export const MORE_PAGE = 100;

/** Page Up / Page Down move this many rows. */
const PAGE_STEP = 10;

/** Where each navigation key moves from row `index` (clamped to the rows shown). */
const MOVES: Partial<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_index, last) => last,
  PageDown: (index) => index + PAGE_STEP,
  PageUp: (index) => index - PAGE_STEP,
};

interface DeadlineListProps {
  groups: readonly { bucket: Bucket; items: readonly DeadlineItem[] }[];
  today: string;
}

/**
 * The deadlines, one group per bucket. Keyboard: Tab enters the list on one row (roving focus), the arrow keys,
 * Home, End, Page Up and Page Down move between rows across groups, Enter opens the dossier, and Tab from a row
 * reaches its badges. Mounted afresh (keyed) whenever the filters change, so paging starts again.
 */
export function DeadlineList({ groups, today }: DeadlineListProps) {
  const openDossier = useNavigationStore((state) => state.openDossier);
  const [shown, setShown] = useState<Partial<Record<Bucket, number>>>({});
  const [activeId, setActiveId] = useState<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLButtonElement>());

  const visibleGroups = groups.map((group) => {
    const limit = shown[group.bucket] ?? FIRST_PAGE;
    return { ...group, visible: group.items.slice(0, limit) };
  });
  const visibleIds = visibleGroups.flatMap((group) => group.visible.map((item) => item.id));
  const tabStop = activeId !== null && visibleIds.includes(activeId) ? activeId : (visibleIds[0] ?? null);

  const focusRow = (id: string | undefined) => {
    if (id === undefined) return;
    const button = rowRefs.current.get(id);
    if (!button) return;
    button.focus({ preventScroll: true });
    // Honours scroll-margin, so the sticky group heading never covers the row.
    button.closest('li')?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.dataset.rowId;
    if (id === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const move = MOVES[event.key];
    if (move === undefined) return;
    const last = visibleIds.length - 1;
    const next = move(visibleIds.indexOf(id), last);
    event.preventDefault();
    focusRow(visibleIds[Math.min(Math.max(next, 0), last)]);
  };

  return (
    <div className="deadline-groups" onKeyDown={onKeyDown} data-testid="deadline-list">
      {visibleGroups.map(({ bucket, items, visible }) => {
        const info = BUCKET_INFO[bucket];
        const headingId = `deadline-group-${bucket}-title`;
        const remaining = items.length - visible.length;
        return (
          <section
            key={bucket}
            className={`deadline-group deadline-group--${bucket}`}
            aria-labelledby={headingId}
            data-testid={`deadline-group-${bucket}`}
          >
            <header className="deadline-group__header">
              <h2 id={headingId} className="deadline-group__title">
                <span className="deadline-group__dot" aria-hidden="true" />
                {info.label}
                <span className="deadline-group__count">
                  <span className="visually-hidden">, </span>
                  {formatCount(items.length)}
                  <span className="visually-hidden"> {items.length === 1 ? 'deadline' : 'deadlines'}</span>
                </span>
              </h2>
              <p className="deadline-group__caption">{info.caption(today)}</p>
            </header>
            {items.length === 0 ? (
              <p className="deadline-group__none">{NONE_TEXT[bucket]}</p>
            ) : (
              <ul className="deadline-rows">
                {visible.map((item) => (
                  <DeadlineRow
                    key={item.id}
                    item={item}
                    isTabStop={item.id === tabStop}
                    buttonRef={(element) => {
                      if (element) rowRefs.current.set(item.id, element);
                      else rowRefs.current.delete(item.id);
                    }}
                    onFocus={() => setActiveId(item.id)}
                    onOpen={() => openDossier(item.row.clientId)}
                  />
                ))}
              </ul>
            )}
            {remaining > 0 && (
              <div className="deadline-group__more">
                <Button
                  size="sm"
                  onClick={() =>
                    setShown((current) => ({ ...current, [bucket]: visible.length + MORE_PAGE }))
                  }
                >
                  Show {formatCount(Math.min(MORE_PAGE, remaining))} more
                </Button>
                <span className="deadline-group__more-count">
                  {formatCount(visible.length)} of {formatCount(items.length)} shown
                </span>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}

const NONE_TEXT: Record<Bucket, string> = {
  overdue: 'Nothing overdue.',
  within7: 'Nothing due in the next 7 days.',
  within30: 'Nothing due 8 to 30 days from today.',
  within90: 'Nothing due 31 to 90 days from today.',
  later: 'Nothing due later.',
};

interface DeadlineRowProps {
  item: DeadlineItem;
  isTabStop: boolean;
  buttonRef(element: HTMLButtonElement | null): void;
  onFocus(): void;
  onOpen(): void;
}

function DeadlineRow({ item, isTabStop, buttonRef, onFocus, onOpen }: DeadlineRowProps) {
  const { row, daysLeft } = item;
  const urgency = urgencyOf(daysLeft);
  return (
    <li
      className="deadline-row"
      data-testid="deadline-row"
      data-client-id={row.clientId}
      data-rule-id={row.ruleId}
      data-due-date={row.dueDate}
    >
      <button
        ref={buttonRef}
        type="button"
        className="deadline-row__open"
        tabIndex={isTabStop ? 0 : -1}
        data-row-id={item.id}
        onFocus={onFocus}
        onClick={onOpen}
      >
        <span className="deadline-row__when">
          <span className="deadline-row__date" data-testid="deadline-date">
            <span aria-hidden="true">
              <span className="deadline-row__weekday">{weekday(row.dueDate)}</span> {mediumDate(row.dueDate)}
            </span>
            <span className="visually-hidden">Due {fullDate(row.dueDate)}</span>
          </span>
          <span className={`deadline-row__relative deadline-row__relative--${urgency}`}>
            {relativeDays(daysLeft)}
          </span>
        </span>
        <span className="deadline-row__what">
          <span className="deadline-row__client">
            <span className="deadline-row__name">
              <ClientName familyName={row.familyName} givenNames={row.givenNames} />
            </span>
            <FrontChip front={row.front} />
          </span>
          <span className="deadline-row__title">{row.title}</span>
          <span className="deadline-row__source" data-testid="deadline-source">
            <span className="deadline-row__source-label">Source</span> {row.source}
          </span>
          {(row.verify || row.overridden) && (
            <span className="visually-hidden">
              {row.verify ? ' Rule to verify.' : ''}
              {row.overridden ? ' Date overridden in the dossier.' : ''}
            </span>
          )}
        </span>
      </button>
      <span className="deadline-row__badges">
        {row.verify && <VerifyBadge focusable={isTabStop} />}
        {row.overridden && <OverriddenBadge focusable={isTabStop} />}
      </span>
      <ChevronRightIcon size={16} className="deadline-row__chevron" />
    </li>
  );
}
