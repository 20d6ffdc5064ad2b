import type { Bucket } from '../../../../shared/deadlines/engine';
import type { Front } from '../../../../shared/deadlines/rules';
import { HarborError, invoke } from '../../api';
import { createClientStore } from '../../app/client-store';
import { endSessionIfLocked } from '../../app/session';
import {
  DEFAULT_WINDOW,
  type DeadlineItem,
  FETCH_LIMIT,
  type WindowDays,
  bucketsFor,
  toItems,
} from './deadline-view';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

interface DeadlinesState {
  withinDays: WindowDays;
  /** Main's calendar date when the rows were read: buckets and "in N days" count from it. */
  today: string | null;
  items: DeadlineItem[];
  /** True when the request hit FETCH_LIMIT: later rows exist that were not loaded. */
  truncated: boolean;
  loadState: LoadState;
  error: string | null;
  /** Filters: kept while the attorney moves between sections, cleared on lock like the rows. */
  front: Front | 'all';
  text: string;
  bucket: Bucket | null;
  load(): Promise<void>;
  setWithinDays(withinDays: WindowDays): void;
  setFront(front: Front | 'all'): void;
  setText(text: string): void;
  /** Shows one bucket only; the same bucket again shows all. */
  toggleBucket(bucket: Bucket): void;
  clearFilters(): void;
}

/** Numbers the requests so an answer that arrives after a newer request was made is dropped. */
let latestRequest = 0;

/** The upcoming deadlines of every client: client data, so a lock clears it. */
export const useDeadlinesStore = createClientStore<DeadlinesState>((set, get) => ({
  withinDays: DEFAULT_WINDOW,
  today: null,
  items: [],
  truncated: false,
  loadState: 'idle',
  error: null,
  front: 'all',
  text: '',
  bucket: null,
  load: async () => {
    const request = ++latestRequest;
    set({ loadState: 'loading', error: null });
    try {
      const { today, rows } = await invoke('deadline.upcoming', {
        withinDays: get().withinDays,
        clientId: null,
        limit: FETCH_LIMIT,
      });
      if (request !== latestRequest) return;
      set({
        today,
        items: toItems(rows, today),
        truncated: rows.length >= FETCH_LIMIT,
        loadState: 'ready',
      });
    } catch (error) {
      if (request !== latestRequest || endSessionIfLocked(error)) return;
      set({
        loadState: 'error',
        error: error instanceof HarborError ? error.message : 'The deadlines could not be read.',
      });
    }
  },
  setWithinDays: (withinDays) => {
    if (withinDays === get().withinDays) return;
    // "Later" does not exist within 90 days: showing only it would show nothing.
    const bucket =
      get().bucket === 'later' && !bucketsFor(withinDays).includes('later') ? null : get().bucket;
    set({ withinDays, bucket });
    void get().load();
  },
  setFront: (front) => set({ front }),
  setText: (text) => set({ text }),
  toggleBucket: (bucket) => set((state) => ({ bucket: state.bucket === bucket ? null : bucket })),
  clearFilters: () => set({ front: 'all', text: '', bucket: null }),
}));
