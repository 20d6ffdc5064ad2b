import { useEffect, useId, useMemo, useState } from 'react';
import type { BoardCard, ClientFlags, Lane } from '../../../../shared/board/board';
import type { DossierListItem } from '../../../../shared/dossier/dossier';
import { invoke } from '../../api';
import { useNavigationStore } from '../../app/navigation-store';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { AlertOctagonIcon, AlertTriangleIcon, ArrowLeftIcon, ColumnsIcon, FolderIcon } from '../../ui/icons';
import { Page } from '../../ui/Page';
import { ClientName, useClientLabel } from '../privacy/ClientName';
import { MessageIcon, PlusIcon, SparkIcon, UsersIcon } from './board-icons';
import { type BoardTab, currentCards, useBoardStore } from './board-store';
import { DUE_FILTERS, type DueFilter, UNASSIGNED, groupCells, matchesFilters, ownersOf } from './board-view';
import { BoardGrid } from './BoardGrid';
import { CardDialog } from './CardDialog';
import { CommunicationLog } from './CommunicationLog';
import { FlagList } from './FlagList';
import { MeetingRecords } from './MeetingRecords';
import { MoveCardDialog } from './MoveCardDialog';
import { StarterPlanDialog } from './StarterPlanDialog';
import './board.css';

/** The Board section: one client's coordination board, or every client's cards at once. */
export function BoardScreen() {
  const state = useBoardStore();
  const { clientId, board, list, summary, filters, tab, error, editing, moving, starterPlanOpen } = state;
  const clientLabel = useClientLabel();
  const [announcement, setAnnouncement] = useState('');
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const ids = { client: useId(), owner: useId(), due: useId() };

  useEffect(() => {
    void useBoardStore.getState().reload();
  }, []);

  const all = currentCards({ clientId, board, list });
  const today = (clientId === null ? list?.today : board?.today) ?? '';
  const cards = useMemo(() => all.filter((c) => matchesFilters(c, filters, today)), [all, filters, today]);
  const owners = useMemo(() => ownersOf(all), [all]);
  const flagged = useMemo(() => {
    const flags = clientId === null ? (summary ?? []).flatMap((g) => g.flags) : (board?.flags ?? []);
    return new Set(flags.flatMap((f) => (f.relatedCardId ? [f.relatedCardId] : [])));
  }, [clientId, summary, board]);
  const loaded = clientId === null ? list !== null : board !== null;
  const editingCard =
    editing && !editing.startsWith('new:') ? (all.find((c) => c.id === editing) ?? null) : null;
  const movingCard = moving ? (all.find((c) => c.id === moving) ?? null) : null;
  const clients = list?.clients ?? [];

  const openCard = (card: BoardCard) => {
    if (clientId === null) {
      // A card's detail needs its dossier's parties and deadlines: open that client's board on it.
      void useBoardStore
        .getState()
        .open(card.client.id)
        .then(() => useBoardStore.getState().setEditing(card.id));
      return;
    }
    useBoardStore.getState().setEditing(card.id);
  };

  const showCard = (cardId: string) => {
    setHighlightId(cardId);
    requestAnimationFrame(() => {
      const element = document.querySelector<HTMLElement>(`[data-card-id="${cardId}"]`);
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      element?.focus({ preventScroll: true });
    });
  };

  return (
    <Page
      title="Board"
      description="Who does what, on which front, by when — and whether the moves on one front undercut another."
      testId="section-board"
      actions={
        clientId !== null && board ? (
          <>
            <Button icon={<SparkIcon size={16} />} onClick={() => state.setStarterPlanOpen(true)}>
              Starter plan
            </Button>
            <Button
              variant="primary"
              icon={<PlusIcon size={16} />}
              onClick={() => state.setEditing('new:us-immigration')}
            >
              Add a card
            </Button>
          </>
        ) : undefined
      }
    >
      <div className="board-screen" data-testid="board-screen" aria-busy={state.loading}>
        <div className="board-toolbar" role="group" aria-label="Board filters">
          <div className="board-toolbar__field">
            <label htmlFor={ids.client}>Client</label>
            <select
              id={ids.client}
              className="board-select"
              value={clientId ?? ''}
              onChange={(e) => void state.open(e.target.value || null)}
            >
              <option value="">All clients</option>
              {board && !clients.some((c) => c.id === board.client.id) && (
                <option value={board.client.id}>{clientLabel(board.client)}</option>
              )}
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {clientLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <ClientSearch onPick={(id) => void state.open(id)} />
          <div className="board-toolbar__field">
            <label htmlFor={ids.owner}>Owner</label>
            <select
              id={ids.owner}
              className="board-select"
              value={filters.owner}
              onChange={(e) => state.setFilters({ owner: e.target.value })}
            >
              <option value="">Everyone</option>
              <option value={UNASSIGNED}>No owner</option>
              {owners.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </div>
          <div className="board-toolbar__field">
            <label htmlFor={ids.due}>Due</label>
            <select
              id={ids.due}
              className="board-select"
              value={filters.due}
              onChange={(e) => state.setFilters({ due: e.target.value as DueFilter })}
            >
              {DUE_FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <p className="board-toolbar__count" aria-live="polite" data-testid="board-count">
            {cards.length === all.length ? `${all.length} cards` : `${cards.length} of ${all.length} cards`}
          </p>
        </div>

        {error && (
          <Alert
            tone="danger"
            role="alert"
            actions={
              <Button size="sm" onClick={() => void state.reload()}>
                Try again
              </Button>
            }
          >
            {error}
          </Alert>
        )}

        {clientId !== null && board && (
          <ClientHeader board={board} tab={tab} onTab={state.setTab} onBack={() => void state.open(null)} />
        )}

        {clientId === null && summary && summary.length > 0 && (
          <FlagSummary groups={summary} onOpen={(id) => void state.open(id)} />
        )}
        {clientId !== null && board && tab === 'board' && board.flags.length > 0 && (
          <section className="board-flags" aria-labelledby="board-flags-title" data-testid="board-flags">
            <h2 id="board-flags-title" className="board-flags__title">
              Sequencing checks <span className="board-flags__count">{board.flags.length}</span>
            </h2>
            <FlagList flags={board.flags} onShowCard={showCard} />
          </section>
        )}

        {loaded && tab === 'board' && all.length === 0 && (
          <div className="board-empty" data-testid="board-empty">
            <ColumnsIcon size={26} />
            {clientId === null ? (
              <>
                <h2>No cards yet</h2>
                <p>Open a client’s board (pick a client above) and start from the Red Notice plan.</p>
              </>
            ) : (
              <>
                <h2>This board is empty</h2>
                <p>Start from the usual cards of each counsel’s lane, or add cards one by one.</p>
                <Button
                  variant="primary"
                  icon={<SparkIcon size={16} />}
                  onClick={() => state.setStarterPlanOpen(true)}
                >
                  Start from the Red Notice plan
                </Button>
              </>
            )}
          </div>
        )}

        {loaded && tab === 'board' && all.length > 0 && (
          <BoardGrid
            cards={cards}
            today={today}
            showClient={clientId === null}
            flaggedCardIds={flagged}
            highlightId={highlightId}
            onMove={(cardId, target) => void state.move(cardId, target)}
            onOpen={openCard}
            onMoveMenu={(card) => state.setMoving(card.id)}
            onAdd={clientId !== null ? (lane: Lane) => state.setEditing(`new:${lane}`) : undefined}
            onAnnounce={setAnnouncement}
          />
        )}
        {clientId !== null && board && tab === 'communications' && <CommunicationLog board={board} />}
        {clientId !== null && board && tab === 'meetings' && <MeetingRecords board={board} />}

        <div className="visually-hidden" aria-live="polite" data-testid="board-announcer">
          {announcement}
        </div>
      </div>

      {board && editing && (editing.startsWith('new:') || editingCard) && (
        <CardDialog
          key={editing}
          board={board}
          card={editingCard}
          lane={
            (editing.startsWith('new:') ? editing.slice(4) : (editingCard?.lane ?? 'us-immigration')) as Lane
          }
          onClose={() => state.setEditing(null)}
        />
      )}
      {movingCard && (
        <MoveCardDialog
          card={movingCard}
          cells={groupCells(cards)}
          onMove={(target) => {
            void state.move(movingCard.id, target);
            setAnnouncement(`Moved “${movingCard.title}”.`);
          }}
          onClose={() => state.setMoving(null)}
        />
      )}
      {starterPlanOpen && clientId !== null && (
        <StarterPlanDialog clientId={clientId} onClose={() => state.setStarterPlanOpen(false)} />
      )}
    </Page>
  );
}

function ClientHeader({
  board,
  tab,
  onTab,
  onBack,
}: {
  board: NonNullable<ReturnType<typeof useBoardStore.getState>['board']>;
  tab: BoardTab;
  onTab(tab: BoardTab): void;
  onBack(): void;
}) {
  const tabs: { id: BoardTab; label: string; count: number | null; Icon: typeof MessageIcon }[] = [
    { id: 'board', label: 'Board', count: board.cards.length, Icon: ColumnsIcon },
    { id: 'communications', label: 'Communications', count: board.communications.length, Icon: MessageIcon },
    { id: 'meetings', label: 'Meetings', count: board.meetings.length, Icon: UsersIcon },
  ];
  return (
    <div className="board-client">
      <div className="board-client__name">
        <Button variant="ghost" size="sm" icon={<ArrowLeftIcon size={15} />} onClick={onBack}>
          All clients
        </Button>
        <h2 className="board-client__title" data-testid="board-client-name">
          <ClientName familyName={board.client.familyName} givenNames={board.client.givenNames} />
        </h2>
        <Button
          variant="link"
          size="sm"
          icon={<FolderIcon size={15} />}
          onClick={() => useNavigationStore.getState().openDossier(board.client.id)}
        >
          Open the dossier
        </Button>
      </div>
      <div className="board-tabs" role="tablist" aria-label="Board views">
        {tabs.map(({ id, label, count, Icon }) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={`board-tab${tab === id ? ' board-tab--active' : ''}`}
            onClick={() => onTab(id)}
          >
            <Icon size={15} />
            {label}
            {count !== null && <span className="board-tab__count">{count}</span>}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The cross-client board's summary of sequencing flags: how many, how serious, and whose. */
function FlagSummary({ groups, onOpen }: { groups: readonly ClientFlags[]; onOpen(clientId: string): void }) {
  const all = groups.flatMap((g) => g.flags);
  const critical = all.filter((f) => f.severity === 'critical').length;
  return (
    <details className="flag-summary" data-testid="flag-summary">
      <summary className="flag-summary__head">
        <span className={`flag-summary__badge${critical > 0 ? ' flag-summary__badge--critical' : ''}`}>
          {critical > 0 ? <AlertOctagonIcon size={16} /> : <AlertTriangleIcon size={16} />}
          {all.length} sequencing {all.length === 1 ? 'flag' : 'flags'}
        </span>
        <span className="flag-summary__text">
          {critical > 0 && `${critical} critical · `}
          across {groups.length} {groups.length === 1 ? 'client' : 'clients'}
        </span>
      </summary>
      <ul className="flag-summary__list">
        {groups.map((group) => (
          <li key={group.client.id} className="flag-summary__client">
            <button type="button" className="flag-summary__open" onClick={() => onOpen(group.client.id)}>
              <ClientName familyName={group.client.familyName} givenNames={group.client.givenNames} />
            </button>
            <ul className="flag-summary__titles">
              {group.flags.map((f) => (
                <li key={f.id} className={`flag-summary__flag flag-summary__flag--${f.severity}`}>
                  {f.title}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Finds any client by name (the list above offers only clients that already have cards). */
function ClientSearch({ onPick }: { onPick(id: string): void }) {
  const [text, setText] = useState('');
  const [rows, setRows] = useState<DossierListItem[]>([]);
  const id = useId();

  useEffect(() => {
    if (text.trim().length < 2) return;
    let alive = true;
    const timer = setTimeout(() => {
      invoke('dossier.list', { text, limit: 8 })
        .then((result) => alive && setRows(result.rows))
        .catch(() => undefined);
    }, 150);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [text]);

  const shown = text.trim().length < 2 ? [] : rows;
  return (
    <div className="board-toolbar__field board-search">
      <label htmlFor={id}>Find a client</label>
      <input
        id={id}
        type="search"
        className="board-input"
        placeholder="Name or A-number"
        value={text}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        aria-controls={`${id}-results`}
      />
      {shown.length > 0 && (
        <ul id={`${id}-results`} className="board-search__results">
          {shown.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                onClick={() => {
                  setText('');
                  onPick(row.id);
                }}
              >
                <ClientName familyName={row.familyName} givenNames={row.givenNames} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
