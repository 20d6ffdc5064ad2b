import { describe, expect, it } from 'vitest';
import { describeCycle, findBlockerCycle } from '../../../shared/board/cycles';
import { positionBetween, spreadPositions } from '../../../shared/board/positions';

describe('findBlockerCycle', () => {
  const edges = { a: ['b'], b: ['c'], c: [], d: ['a'] };

  it('finds the loop a new “blocked by” link would close', () => {
    expect(findBlockerCycle(edges, 'c', ['a'])).toEqual(['c', 'a', 'b', 'c']);
    expect(findBlockerCycle(edges, 'a', ['d'])).toEqual(['a', 'd', 'a']);
    expect(findBlockerCycle({}, 'a', ['a'])).toEqual(['a', 'a']);
  });

  it('replaces the card’s own edges with the proposed ones', () => {
    // a is blocked by b today; making b blocked by a is a cycle, but not once a no longer waits on b.
    expect(findBlockerCycle(edges, 'b', ['a'])).toEqual(['b', 'a', 'b']);
    expect(findBlockerCycle({ ...edges, a: [] }, 'b', ['a'])).toBeNull();
  });

  it('accepts chains and diamonds that do not loop', () => {
    expect(findBlockerCycle(edges, 'c', [])).toBeNull();
    expect(findBlockerCycle({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, 'e', ['a', 'b'])).toBeNull();
    expect(findBlockerCycle({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, 'd', ['e'])).toBeNull();
  });

  it('describes a cycle with the titles', () => {
    const titles: Record<string, string> = { a: 'File I-589', b: 'Expert report' };
    expect(describeCycle(['a', 'b', 'a'], (id) => titles[id] ?? id)).toBe(
      '“File I-589” → “Expert report” → “File I-589”',
    );
  });
});

describe('positions', () => {
  it('places between neighbours, at either end, or asks for a renumbering', () => {
    expect(positionBetween(null, null)).toBe(0);
    expect(positionBetween(null, 0)).toBe(-1024);
    expect(positionBetween(2048, null)).toBe(3072);
    expect(positionBetween(0, 1024)).toBe(512);
    expect(positionBetween(1, 1 + 1e-7)).toBeNull();
    expect(spreadPositions(3)).toEqual([0, 1024, 2048]);
  });
});
