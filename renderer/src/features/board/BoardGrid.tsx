import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type BoardCard,
  type CardStatus,
  type Lane,
  CARD_STATUSES,
  CARD_STATUS_LABELS,
  LANES,
  LANE_LABELS,
} from '../../../../shared/board/board';
import { PlusIcon } from './board-icons';
import { CardBody, type CardActions, SortableCard } from './BoardCardView';
import {
  type MoveTarget,
  cellId,
  dropOnCard,
  dropOnCell,
  groupCells,
  keyboardMove,
  parseCellId,
} from './board-view';

/** A cell with more cards than this scrolls and renders only the cards in view. */
export const VIRTUALIZE_AFTER = 10;
const ESTIMATED_CARD_HEIGHT = 92;

interface BoardGridProps extends Pick<CardActions, 'onOpen' | 'onMoveMenu'> {
  cards: readonly BoardCard[];
  today: string;
  showClient: boolean;
  flaggedCardIds: ReadonlySet<string>;
  highlightId: string | null;
  onMove(cardId: string, target: MoveTarget): void;
  /** Per-client board: the "Add a card" button of each lane. */
  onAdd?: (lane: Lane) => void;
  /** Told after each keyboard move, for the live region. */
  onAnnounce(message: string): void;
}

const SCREEN_READER_INSTRUCTIONS =
  'To move a card, press Space to pick it up, use the arrow keys to move it, and press Space again to drop it, or ' +
  'Escape to cancel. Without picking it up: Alt with the arrow keys moves it up, down, or to the next column; Alt, ' +
  'Shift and up or down moves it to another lane; M opens “Move to”. Enter opens the card.';

function cellName(lane: Lane, status: CardStatus): string {
  return `${LANE_LABELS[lane]}, ${CARD_STATUS_LABELS[status]}`;
}

/**
 * Keyboard drags: left and right go to the next column of the same lane (where a person expects them to), up and down
 * follow dnd-kit's sortable rule (the next card, or the lane above or below).
 */
const coordinateGetter: KeyboardCoordinateGetter = (event, args) => {
  if (event.code === 'ArrowLeft' || event.code === 'ArrowRight') {
    const { active, over, droppableRects, droppableContainers } = args.context;
    const at = droppableContainers.get(over?.id ?? active?.id ?? '')?.data.current as
      { type: 'card'; card: BoardCard } | { type: 'cell'; lane: Lane; status: CardStatus } | undefined;
    if (at) {
      const lane = at.type === 'card' ? at.card.lane : at.lane;
      const status = at.type === 'card' ? at.card.status : at.status;
      const next = CARD_STATUSES[CARD_STATUSES.indexOf(status) + (event.code === 'ArrowRight' ? 1 : -1)];
      const rect = next ? droppableRects.get(cellId(lane, next)) : undefined;
      event.preventDefault();
      return rect ? { x: rect.left, y: rect.top } : undefined;
    }
  }
  return sortableKeyboardCoordinates(event, args);
};

/** Pointer drags: the card under the pointer wins over the cell around it; keyboard drags: the closest corners. */
const collisionDetection: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  if (within.length > 0) {
    const card = within.find((c) => c.data?.droppableContainer.data.current?.type === 'card');
    return card ? [card] : within;
  }
  return closestCorners(args);
};

/**
 * The board: one band per lane (counsel role), one column per status, cards in order in each cell. Cards move by
 * mouse (dnd-kit's pointer sensor), by keyboard (its keyboard sensor, plus Alt+arrows and "Move to…"), and every move
 * is announced.
 */
export function BoardGrid({
  cards,
  today,
  showClient,
  flaggedCardIds,
  highlightId,
  onMove,
  onOpen,
  onMoveMenu,
  onAdd,
  onAnnounce,
}: BoardGridProps) {
  const cells = useMemo(() => groupCells(cards), [cards]);
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const openBlockers = useMemo(() => {
    const counts = new Map<string, number>();
    for (const card of cards) {
      counts.set(card.id, card.blockedBy.filter((id) => byId.get(id)?.status !== 'done').length);
    }
    return counts;
  }, [cards, byId]);
  const [active, setActive] = useState<BoardCard | null>(null);
  const [overCell, setOverCell] = useState<string | null>(null);
  /** The card just moved by keyboard: its new cell brings it into view and gives it focus back. */
  const [followId, setFollowId] = useState<string | null>(null);
  const clearFollow = useCallback(() => setFollowId(null), []);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const describeOver = (id: string | number | undefined): string => {
    if (id === undefined) return 'no place';
    const card = byId.get(String(id));
    if (card) return `“${card.title}” in ${cellName(card.lane, card.status)}`;
    const cell = parseCellId(String(id));
    return cell ? cellName(cell.lane, cell.status) : 'no place';
  };

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => `Picked up “${byId.get(String(a.id))?.title ?? 'card'}”.`,
    onDragOver: ({ over }) => (over ? `Over ${describeOver(over.id)}.` : 'Not over a column.'),
    onDragEnd: ({ active: a, over }) =>
      over
        ? `Dropped “${byId.get(String(a.id))?.title ?? 'card'}” at ${describeOver(over.id)}.`
        : 'Dropped outside the board; the card stays where it was.',
    onDragCancel: ({ active: a }) =>
      `Move cancelled; “${byId.get(String(a.id))?.title ?? 'card'}” stays where it was.`,
  };

  const targetOf = (event: DragEndEvent | DragOverEvent): MoveTarget | null => {
    const { over } = event;
    if (!over) return null;
    const overCard = byId.get(String(over.id));
    if (overCard) {
      const translated = event.active.rect.current.translated;
      const lowerHalf =
        translated !== null && translated.top + translated.height / 2 > over.rect.top + over.rect.height / 2;
      return dropOnCard(cells, String(event.active.id), overCard, lowerHalf);
    }
    const cell = parseCellId(String(over.id));
    return cell ? dropOnCell(cells, String(event.active.id), cell.lane, cell.status) : null;
  };

  const onDragStart = (event: DragStartEvent) => setActive(byId.get(String(event.active.id)) ?? null);
  const onDragOver = (event: DragOverEvent) => {
    const target = targetOf(event);
    setOverCell(target ? cellId(target.lane, target.status) : null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    setOverCell(null);
    const target = targetOf(event);
    const card = byId.get(String(event.active.id));
    if (!target || !card) return;
    const unchanged =
      target.lane === card.lane &&
      target.status === card.status &&
      (() => {
        const list = cells[cellId(card.lane, card.status)] ?? [];
        const index = list.findIndex((c) => c.id === card.id);
        return (list[index - 1]?.id ?? null) === target.afterCardId;
      })();
    if (!unchanged) onMove(card.id, target);
  };

  const onKeyMove: CardActions['onKeyMove'] = (card, move) => {
    const target = keyboardMove(cells, card, move);
    if (!target) {
      onAnnounce(`“${card.title}” cannot move further that way.`);
      return;
    }
    onMove(card.id, target);
    setFollowId(card.id);
    onAnnounce(`Moved “${card.title}” to ${cellName(target.lane, target.status)}.`);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActive(null);
        setOverCell(null);
      }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS } }}
    >
      <div className="board-grid" data-testid="board-grid">
        <div className="board-grid__columns" aria-hidden="true">
          {CARD_STATUSES.map((status) => (
            <div key={status} className={`board-grid__column-head board-grid__column-head--${status}`}>
              <span>{CARD_STATUS_LABELS[status]}</span>
              <span className="board-grid__count">{cards.filter((c) => c.status === status).length}</span>
            </div>
          ))}
        </div>
        {LANES.map((lane) => (
          <section key={lane} className={`board-lane board-lane--${lane}`} aria-labelledby={`lane-${lane}`}>
            <header className="board-lane__header">
              <h2 id={`lane-${lane}`} className="board-lane__title">
                {LANE_LABELS[lane]}
              </h2>
              <span className="board-lane__count">
                {CARD_STATUSES.reduce((n, s) => n + (cells[cellId(lane, s)]?.length ?? 0), 0)} cards
              </span>
              {onAdd && (
                <button
                  type="button"
                  className="button button--ghost button--sm board-lane__add"
                  onClick={() => onAdd(lane)}
                >
                  <PlusIcon size={15} />
                  Add a card<span className="visually-hidden"> to {LANE_LABELS[lane]}</span>
                </button>
              )}
            </header>
            <div className="board-lane__cells">
              {CARD_STATUSES.map((status) => (
                <Cell
                  key={status}
                  lane={lane}
                  status={status}
                  cards={cells[cellId(lane, status)] ?? []}
                  isTarget={overCell === cellId(lane, status)}
                  dragging={active !== null}
                  today={today}
                  showClient={showClient}
                  flaggedCardIds={flaggedCardIds}
                  openBlockers={openBlockers}
                  highlightId={highlightId}
                  followId={followId}
                  onFollowed={clearFollow}
                  onOpen={onOpen}
                  onMoveMenu={onMoveMenu}
                  onKeyMove={onKeyMove}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {active && (
          <div className="board-card board-card--overlay">
            <CardBody
              card={active}
              today={today}
              showClient={showClient}
              flagged={flaggedCardIds.has(active.id)}
              openBlockers={openBlockers.get(active.id) ?? 0}
            />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

interface CellProps extends CardActions {
  lane: Lane;
  status: CardStatus;
  cards: BoardCard[];
  isTarget: boolean;
  dragging: boolean;
  today: string;
  showClient: boolean;
  flaggedCardIds: ReadonlySet<string>;
  openBlockers: ReadonlyMap<string, number>;
  highlightId: string | null;
  followId: string | null;
  onFollowed(): void;
}

/** Focuses a card once it is rendered, then tells the board it is done (so later reloads leave focus alone). */
function focusCard(id: string, done: () => void): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(`[data-card-id="${id}"]`);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest' });
    if (element) done();
  });
}

function Cell(props: CellProps) {
  const { lane, status, cards, isTarget, dragging, followId } = props;
  const follows =
    followId !== null && cards.length <= VIRTUALIZE_AFTER && cards.some((c) => c.id === followId);
  useEffect(() => {
    if (follows && followId) focusCard(followId, props.onFollowed);
  }, [follows, followId, cards, props.onFollowed]);
  const id = cellId(lane, status);
  const { setNodeRef } = useDroppable({ id, data: { type: 'cell', lane, status } });
  const ids = useMemo(() => cards.map((c) => c.id), [cards]);
  return (
    <div
      ref={setNodeRef}
      className={[
        'board-cell',
        `board-cell--${status}`,
        isTarget && 'board-cell--target',
        dragging && 'board-cell--dragging',
      ]
        .filter(Boolean)
        .join(' ')}
      role="list"
      aria-label={`${cellName(lane, status)}: ${cards.length} ${cards.length === 1 ? 'card' : 'cards'}`}
      data-testid="board-cell"
      data-cell={id}
    >
      <SortableContext id={id} items={ids} strategy={verticalListSortingStrategy}>
        {cards.length > VIRTUALIZE_AFTER ? <VirtualCards {...props} /> : <PlainCards {...props} />}
      </SortableContext>
      {cards.length > VIRTUALIZE_AFTER && (
        <p className="board-cell__more">{cards.length} cards · scroll for more</p>
      )}
      {cards.length === 0 && <p className="board-cell__empty">{dragging ? 'Drop here' : '—'}</p>}
    </div>
  );
}

function cardProps(props: CellProps, card: BoardCard) {
  return {
    card,
    today: props.today,
    showClient: props.showClient,
    flagged: props.flaggedCardIds.has(card.id),
    openBlockers: props.openBlockers.get(card.id) ?? 0,
    highlighted: props.highlightId === card.id,
    onOpen: props.onOpen,
    onMoveMenu: props.onMoveMenu,
    onKeyMove: props.onKeyMove,
  };
}

function PlainCards(props: CellProps) {
  return (
    <div className="board-cell__list">
      {props.cards.map((card) => (
        <div key={card.id} role="listitem" className="board-cell__item">
          <SortableCard {...cardProps(props, card)} />
        </div>
      ))}
    </div>
  );
}

/** A long cell scrolls on its own and keeps only the cards in view (and a few around them) in the DOM. */
function VirtualCards(props: CellProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { cards } = props;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build; the virtualizer re-renders through its own state.
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    overscan: 3,
    gap: 8,
    getItemKey: (index) => cards[index]?.id ?? index,
  });
  const followIndex = props.followId === null ? -1 : cards.findIndex((c) => c.id === props.followId);
  useEffect(() => {
    if (followIndex < 0 || props.followId === null) return;
    virtualizer.scrollToIndex(followIndex, { align: 'auto' });
    focusCard(props.followId, props.onFollowed);
  }, [followIndex, props.followId, virtualizer, props.onFollowed]);
  return (
    <div ref={scrollRef} className="board-cell__scroll" data-testid="board-cell-scroll" tabIndex={-1}>
      <div className="board-cell__virtual" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const card = cards[item.index] as BoardCard;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-setsize={cards.length}
              aria-posinset={item.index + 1}
              className="board-cell__item board-cell__item--virtual"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <SortableCard {...cardProps(props, card)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
