/**
 * "Blocked by" links form a directed graph: card → the cards it waits on. A cycle (A waits on B, B waits on A) would
 * leave every card in it waiting forever, so a change that would close one is refused. Pure: the caller passes the
 * edges it has and the ones it wants to set.
 */

export interface BlockerEdges {
  /** card id → ids of the cards it is blocked by. */
  readonly [cardId: string]: readonly string[];
}

/**
 * The cycle that `cardId` blocked by `blockedBy` would close, as the path of card ids starting and ending with
 * `cardId` (e.g. [A, B, C, A]: A waits on B, B on C, C on A); null when there is none. A card blocked by itself is a
 * cycle of one ([A, A]).
 */
export function findBlockerCycle(
  edges: BlockerEdges,
  cardId: string,
  blockedBy: readonly string[],
): string[] | null {
  const next = (id: string): readonly string[] => (id === cardId ? blockedBy : (edges[id] ?? []));
  // Depth-first from each new blocker, looking for a way back to cardId; remember the path for the message.
  const visited = new Set<string>();
  const path: string[] = [cardId];
  const walk = (id: string): boolean => {
    path.push(id);
    if (id === cardId) return true;
    if (!visited.has(id)) {
      visited.add(id);
      for (const successor of next(id)) if (walk(successor)) return true;
    }
    path.pop();
    return false;
  };
  for (const blocker of blockedBy) if (walk(blocker)) return path;
  return null;
}

/** "“File I-589” → “Country expert report” → “File I-589”", with the titles the caller knows. */
export function describeCycle(cycle: readonly string[], titleOf: (id: string) => string): string {
  return cycle.map((id) => `“${titleOf(id)}”`).join(' → ');
}
