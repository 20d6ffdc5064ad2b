import { type StateCreator, create } from 'zustand';

const resetters = new Set<() => void>();

/**
 * Creates a zustand store for state that may hold client data. Every such store is registered here so that a lock
 * can put all of them back to their initial state at once (design §2: on lock, clear renderer state). Stores that
 * hold no client data (theme, the vault's own phase) use plain `create`.
 */
export function createClientStore<T extends object>(initializer: StateCreator<T, [], []>) {
  const store = create<T>()(initializer);
  const initialState = store.getInitialState();
  resetters.add(() => store.setState(initialState, true));
  return store;
}

/** Drops everything the unlocked session loaded. */
export function resetClientState(): void {
  for (const reset of resetters) reset();
}
