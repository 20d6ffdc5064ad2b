import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../../shared/board/board';
import {
  applyMove,
  dropOnCard,
  dropOnCell,
  groupCells,
  keyboardMove,
  matchesFilters,
} from '../../../renderer/src/features/board/board-view';

let n = 0;
function card(partial: Partial<BoardCard>): BoardCard {
  n += 1;
  return {
    id: `card-${n}`,
    client: { id: 'c', familyName: 'Aydin', givenNames: 'Selim' },
    title: `Card ${n}`,
    lane: 'us-immigration',
    status: 'todo',
    kind: 'task',
    position: n,
    ownerPartyId: null,
    ownerName: null,
    due: { type: 'none' },
    dueDate: null,
    deadlineTitle: null,
    scope: 'counsel-team',
    blockedBy: [],
    links: [],
    createdAt: '',
    updatedAt: '',
    revision: 1,
    ...partial,
  };
}

describe('board view', () => {
  const a = card({ title: 'A' });
  const b = card({ title: 'B' });
  const c = card({ title: 'C' });
  const d = card({ title: 'D', status: 'in-progress' });
  const cards = [a, b, c, d];
  const cells = groupCells(cards);

  it('places a drop before or after the card it lands on', () => {
    // Dragging A down onto C: after C. Dragging C up onto A: before A (the top).
    expect(dropOnCard(cells, a.id, c, false)).toMatchObject({ afterCardId: c.id });
    expect(dropOnCard(cells, c.id, a, false)).toMatchObject({ afterCardId: null });
    expect(dropOnCard(cells, c.id, b, false)).toMatchObject({ afterCardId: a.id });
    // From another cell: the lower half of the target means after it.
    expect(dropOnCard(cells, d.id, b, true)).toMatchObject({ status: 'todo', afterCardId: b.id });
    expect(dropOnCard(cells, d.id, b, false)).toMatchObject({ status: 'todo', afterCardId: a.id });
    expect(dropOnCell(cells, a.id, 'ccf', 'done')).toEqual({
      lane: 'ccf',
      status: 'done',
      afterCardId: null,
    });
  });

  it('moves with Alt+arrows within the cell, across columns and lanes, and stops at the edges', () => {
    expect(keyboardMove(cells, b, 'up')).toMatchObject({ afterCardId: null });
    expect(keyboardMove(cells, b, 'down')).toMatchObject({ afterCardId: c.id });
    expect(keyboardMove(cells, a, 'up')).toBeNull();
    expect(keyboardMove(cells, c, 'down')).toBeNull();
    expect(keyboardMove(cells, a, 'right')).toEqual({
      lane: 'us-immigration',
      status: 'in-progress',
      afterCardId: d.id,
    });
    expect(keyboardMove(cells, a, 'left')).toBeNull();
    expect(keyboardMove(cells, a, 'lane-down')).toMatchObject({ lane: 'us-criminal', status: 'todo' });
    expect(keyboardMove(cells, a, 'lane-up')).toBeNull();
  });

  it('applies a move to the local list in the order the service will store', () => {
    const moved = applyMove(cards, c.id, { lane: 'us-immigration', status: 'todo', afterCardId: null });
    expect(moved.map((x) => x.title)).toEqual(['C', 'A', 'B', 'D']);
    const across = applyMove(cards, a.id, {
      lane: 'us-immigration',
      status: 'in-progress',
      afterCardId: d.id,
    });
    expect(across.map((x) => `${x.title}:${x.status}`)).toEqual([
      'B:todo',
      'C:todo',
      'D:in-progress',
      'A:in-progress',
    ]);
  });

  it('filters by owner and due date', () => {
    const today = '2026-11-25';
    const owned = card({ ownerName: 'Dana Whitfield', dueDate: '2026-11-20' });
    const later = card({ dueDate: '2026-12-20' });
    expect(matchesFilters(owned, { owner: 'Dana Whitfield', due: 'overdue' }, today)).toBe(true);
    expect(matchesFilters(later, { owner: 'Dana Whitfield', due: 'any' }, today)).toBe(false);
    expect(matchesFilters(later, { owner: '-', due: 'month' }, today)).toBe(true);
    expect(matchesFilters(later, { owner: '', due: 'week' }, today)).toBe(false);
    expect(matchesFilters(a, { owner: '', due: 'none' }, today)).toBe(true);
    expect(matchesFilters({ ...owned, status: 'done' }, { owner: '', due: 'overdue' }, today)).toBe(false);
  });
});
