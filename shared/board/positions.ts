/**
 * Order within a cell (lane × status) is kept as a number per card: moving a card writes one number, halfway between
 * its new neighbours. When the gap becomes too small to halve, the whole cell is renumbered (in the same transaction
 * as the move). Pure.
 */

/** The spacing of a freshly numbered cell, and of a card added at either end. */
export const POSITION_STEP = 1024;

/** Below this gap a midpoint is no longer distinct enough to trust: renumber the cell instead. */
export const MIN_POSITION_GAP = 1e-6;

/**
 * The position for a card placed between `before` (the card it will follow, or null at the top) and `after` (the card
 * that will follow it, or null at the end). Null when the gap is too small and the cell must be renumbered.
 */
export function positionBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return 0;
  if (before === null) return (after as number) - POSITION_STEP;
  if (after === null) return before + POSITION_STEP;
  if (after - before < MIN_POSITION_GAP * 2) return null;
  return before + (after - before) / 2;
}

/** Fresh, evenly spaced positions for `count` cards in order. */
export function spreadPositions(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index * POSITION_STEP);
}
