import { addDays, daysBetween } from '../../../../shared/deadlines/calendar';
import {
  type BoardCard,
  type CardStatus,
  type Lane,
  CARD_STATUSES,
  LANES,
} from '../../../../shared/board/board';

/**
 * What the board screen derives from the cards it was given: the filters, the cells, where a drop or a keyboard
 * move puts a card. Pure functions, no React, so the rules are easy to read and to test.
 */

export type DueFilter = 'any' | 'overdue' | 'week' | 'month' | 'none';

export const DUE_FILTERS: readonly { value: DueFilter; label: string }[] = [
  { value: 'any', label: 'Any due date' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'week', label: 'Due within 7 days' },
  { value: 'month', label: 'Due within 30 days' },
  { value: 'none', label: 'No due date' },
];

/** '' for every owner, '-' for cards with no owner, otherwise an owner's name. */
export interface BoardFilters {
  owner: string;
  due: DueFilter;
}

export const NO_FILTERS: BoardFilters = { owner: '', due: 'any' };
export const UNASSIGNED = '-';

export function cellId(lane: Lane, status: CardStatus): string {
  return `cell:${lane}:${status}`;
}

export function parseCellId(id: string): { lane: Lane; status: CardStatus } | null {
  const [prefix, lane, status] = id.split(':');
  if (prefix !== 'cell') return null;
  if (!(LANES as readonly string[]).includes(lane ?? '')) return null;
  if (!(CARD_STATUSES as readonly string[]).includes(status ?? '')) return null;
  return { lane: lane as Lane, status: status as CardStatus };
}

export function matchesFilters(card: BoardCard, filters: BoardFilters, today: string): boolean {
  if (
    filters.owner === UNASSIGNED ? card.ownerName !== null : filters.owner && card.ownerName !== filters.owner
  ) {
    return false;
  }
  switch (filters.due) {
    case 'any':
      return true;
    case 'none':
      return card.dueDate === null;
    case 'overdue':
      return card.dueDate !== null && card.status !== 'done' && card.dueDate < today;
    case 'week':
      return card.dueDate !== null && card.status !== 'done' && card.dueDate <= addDays(today, 7);
    case 'month':
      return card.dueDate !== null && card.status !== 'done' && card.dueDate <= addDays(today, 30);
  }
}

export type Cells = Record<string, BoardCard[]>;

/** Cards grouped by cell, in the order they came (the service sends board order). */
export function groupCells(cards: readonly BoardCard[]): Cells {
  const cells: Cells = {};
  for (const lane of LANES) for (const status of CARD_STATUSES) cells[cellId(lane, status)] = [];
  for (const card of cards) cells[cellId(card.lane, card.status)]?.push(card);
  return cells;
}

export function ownersOf(cards: readonly BoardCard[]): string[] {
  return [...new Set(cards.flatMap((c) => (c.ownerName ? [c.ownerName] : [])))].sort((a, b) =>
    a.localeCompare(b),
  );
}

/** Where a move puts the card: its cell and the card it follows (null: the top). */
export interface MoveTarget {
  lane: Lane;
  status: CardStatus;
  afterCardId: string | null;
}

/**
 * The target of a drop onto another card: before it, or after it when the dragged card comes from above in the same
 * cell or is dropped on its lower half.
 */
export function dropOnCard(cells: Cells, activeId: string, over: BoardCard, lowerHalf: boolean): MoveTarget {
  const list = cells[cellId(over.lane, over.status)] ?? [];
  const activeIndex = list.findIndex((c) => c.id === activeId);
  const overIndex = list.findIndex((c) => c.id === over.id);
  const others = list.filter((c) => c.id !== activeId);
  const index = others.findIndex((c) => c.id === over.id);
  const after = activeIndex >= 0 ? activeIndex < overIndex : lowerHalf;
  return {
    lane: over.lane,
    status: over.status,
    afterCardId: after ? over.id : (others[index - 1]?.id ?? null),
  };
}

/** A drop on the empty part of a cell: at its end. */
export function dropOnCell(cells: Cells, activeId: string, lane: Lane, status: CardStatus): MoveTarget {
  const others = (cells[cellId(lane, status)] ?? []).filter((c) => c.id !== activeId);
  return { lane, status, afterCardId: others[others.length - 1]?.id ?? null };
}

export type KeyMove = 'up' | 'down' | 'left' | 'right' | 'lane-up' | 'lane-down';

/**
 * The keyboard alternative to dragging (Alt+arrows): up and down within the cell, left and right across status
 * columns, Alt+Shift+up and down across lanes. Null when the card is already at that edge.
 */
export function keyboardMove(cells: Cells, card: BoardCard, move: KeyMove): MoveTarget | null {
  const list = cells[cellId(card.lane, card.status)] ?? [];
  const index = list.findIndex((c) => c.id === card.id);
  if (move === 'up') {
    if (index <= 0) return null;
    return { lane: card.lane, status: card.status, afterCardId: list[index - 2]?.id ?? null };
  }
  if (move === 'down') {
    if (index < 0 || index >= list.length - 1) return null;
    return { lane: card.lane, status: card.status, afterCardId: list[index + 1]?.id ?? null };
  }
  if (move === 'left' || move === 'right') {
    const s = CARD_STATUSES.indexOf(card.status) + (move === 'left' ? -1 : 1);
    const status = CARD_STATUSES[s];
    if (!status) return null;
    return dropOnCell(cells, card.id, card.lane, status);
  }
  const l = LANES.indexOf(card.lane) + (move === 'lane-up' ? -1 : 1);
  const lane = LANES[l];
  if (!lane) return null;
  return dropOnCell(cells, card.id, lane, card.status);
}

/** Applies a move to the local list at once (the service confirms it): the card leaves its cell and lands after its
 * new predecessor. */
export function applyMove(cards: readonly BoardCard[], cardId: string, target: MoveTarget): BoardCard[] {
  const moving = cards.find((c) => c.id === cardId);
  if (!moving) return [...cards];
  const rest = cards.filter((c) => c.id !== cardId);
  const moved = { ...moving, lane: target.lane, status: target.status };
  let at: number;
  if (target.afterCardId !== null) {
    at = rest.findIndex((c) => c.id === target.afterCardId) + 1;
  } else {
    const first = rest.findIndex((c) => c.lane === target.lane && c.status === target.status);
    at = first >= 0 ? first : rest.length;
  }
  rest.splice(at, 0, moved);
  return rest;
}

export type DueTone = 'overdue' | 'soon' | 'later' | 'done';

export function dueTone(card: BoardCard, today: string): DueTone | null {
  if (card.dueDate === null) return null;
  if (card.status === 'done') return 'done';
  const days = daysBetween(today, card.dueDate);
  return days < 0 ? 'overdue' : days <= 7 ? 'soon' : 'later';
}
