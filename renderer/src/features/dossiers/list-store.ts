import type { ClientStatus } from '../../../../shared/dossier/client';
import type { DossierListItem, DossierListQueryInput } from '../../../../shared/dossier/dossier';
import type { Front } from '../../../../shared/dossier/records';
import { HarborError, invoke } from '../../api';
import { createClientStore } from '../../app/client-store';
import { endSessionIfLocked } from '../../app/session';

/** Rows fetched per request: a screenful is ~12 rows, so one page covers many screens of scrolling. */
export const PAGE_SIZE = 150;

export type DeadlineWindow = 'any' | '0' | '7' | '30' | '90';
export type DetainedFilter = 'any' | 'detained' | 'not-detained';
export type ListSort = 'name' | 'next-deadline' | 'updated';

export interface ListFilters {
  text: string;
  fronts: Front[];
  statuses: ClientStatus[];
  detained: DetainedFilter;
  deadline: DeadlineWindow;
  sort: ListSort;
}

export const DEFAULT_FILTERS: ListFilters = {
  text: '',
  fronts: [],
  statuses: [],
  detained: 'any',
  deadline: 'any',
  sort: 'name',
};

export function filtersActive(filters: ListFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.fronts.length > 0 ||
    filters.statuses.length > 0 ||
    filters.detained !== 'any' ||
    filters.deadline !== 'any'
  );
}

interface ListState {
  filters: ListFilters;
  /** Bumped whenever the query changes, so answers to an older query are dropped. */
  generation: number;
  /** Rows matching the filters; null until the first page of this query has arrived. */
  total: number | null;
  /** Loaded pages by page number; a page not here yet shows placeholder rows. */
  pages: Record<number, DossierListItem[]>;
  error: string | null;
  /** The keyboard selection, as an index into the whole result. */
  selected: number;
  setFilters(patch: Partial<ListFilters>): void;
  clearFilters(): void;
  /** Loads the pages covering rows start..end (inclusive) that are neither loaded nor on their way. */
  ensureRows(start: number, end: number): void;
  /** Drops the loaded pages and fetches again (after a dossier was created, changed or deleted). */
  reload(): void;
  select(index: number): void;
}

/** Pages being fetched, per generation; not state (no render depends on it). */
const inFlight = new Set<string>();

function toQuery(filters: ListFilters, page: number): DossierListQueryInput {
  return {
    text: filters.text.trim(),
    fronts: filters.fronts,
    statuses: filters.statuses,
    detained: filters.detained,
    ...(filters.deadline === 'any' ? {} : { deadlineWithinDays: Number(filters.deadline) }),
    sort: filters.sort,
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

/**
 * The dossier list: the filters and the pages of rows loaded so far. The list is paged from the vault on demand
 * (dossier.list with offset/limit) as the attorney scrolls, so 10,000 clients cost a few small requests, not one
 * large one. A client store: a lock clears every row.
 */
export const useDossierListStore = createClientStore<ListState>((set, get) => {
  function fetchPage(page: number): void {
    const { generation, filters } = get();
    const key = `${generation}:${page}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    invoke('dossier.list', toQuery(filters, page))
      .then((result) => {
        if (get().generation !== generation) return;
        set((state) => ({
          total: result.total,
          pages: { ...state.pages, [page]: result.rows },
          error: null,
        }));
      })
      .catch((error: unknown) => {
        if (endSessionIfLocked(error)) return;
        if (get().generation !== generation) return;
        set({ error: error instanceof HarborError ? error.message : 'The dossiers could not be listed.' });
      })
      .finally(() => inFlight.delete(key));
  }

  function restart(filters: ListFilters): void {
    set((state) => ({
      filters,
      generation: state.generation + 1,
      pages: {},
      total: null,
      error: null,
      selected: 0,
    }));
    fetchPage(0);
  }

  return {
    filters: DEFAULT_FILTERS,
    generation: 0,
    total: null,
    pages: {},
    error: null,
    selected: 0,
    setFilters: (patch) => restart({ ...get().filters, ...patch }),
    clearFilters: () => restart({ ...DEFAULT_FILTERS, sort: get().filters.sort }),
    ensureRows: (start, end) => {
      const { pages, total } = get();
      const last = total === null ? start : Math.min(end, total - 1);
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        if (!pages[page]) fetchPage(page);
      }
    },
    reload: () => {
      const { filters, selected } = get();
      restart(filters);
      set({ selected });
    },
    select: (index) => set({ selected: index }),
  };
});

/** The row at an index, when its page has arrived. */
export function rowAt(pages: Record<number, DossierListItem[]>, index: number): DossierListItem | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}
