import type {
  BoardCard,
  BoardList,
  CardInput,
  ClientBoard,
  ClientFlags,
} from '../../../../shared/board/board';
import { HarborError, invoke } from '../../api';
import { createClientStore } from '../../app/client-store';
import { endSessionIfLocked } from '../../app/session';
import { showToast } from '../../ui/toast-store';
import { type BoardFilters, type MoveTarget, NO_FILTERS, applyMove } from './board-view';

export type BoardTab = 'board' | 'communications' | 'meetings';

interface BoardState {
  /** The client whose board is open; null for the board across all clients. */
  clientId: string | null;
  tab: BoardTab;
  filters: BoardFilters;
  /** The cross-client board and its flag summary. */
  list: BoardList | null;
  summary: ClientFlags[] | null;
  /** One client's board. */
  board: ClientBoard | null;
  loading: boolean;
  error: string | null;
  /** The card whose detail is open ('new:<lane>' for a new card in a lane), or null. */
  editing: string | null;
  /** The card whose "Move to…" dialog is open. */
  moving: string | null;
  starterPlanOpen: boolean;
  /** Opens the board of one client (or of all), and loads it. */
  open(clientId: string | null): Promise<void>;
  reload(): Promise<void>;
  setTab(tab: BoardTab): void;
  setFilters(patch: Partial<BoardFilters>): void;
  setEditing(id: string | null): void;
  setMoving(id: string | null): void;
  setStarterPlanOpen(open: boolean): void;
  /** Moves a card on screen at once, then asks main; on failure the board is reloaded. */
  move(cardId: string, target: MoveTarget): Promise<void>;
  saveCard(clientId: string, card: CardInput, revision?: number): Promise<BoardCard>;
  deleteCard(cardId: string): Promise<void>;
}

function message(error: unknown, fallback: string): string {
  return error instanceof HarborError ? error.message : fallback;
}

/** Cards currently shown: the one client's or the cross-client list. */
export function currentCards(state: Pick<BoardState, 'clientId' | 'board' | 'list'>): BoardCard[] {
  return (state.clientId === null ? state.list?.cards : state.board?.cards) ?? [];
}

let generation = 0;

/** The Board section. A client store: a lock empties it. */
export const useBoardStore = createClientStore<BoardState>((set, get) => ({
  clientId: null,
  tab: 'board',
  filters: NO_FILTERS,
  list: null,
  summary: null,
  board: null,
  loading: false,
  error: null,
  editing: null,
  moving: null,
  starterPlanOpen: false,
  open: async (clientId) => {
    if (clientId !== get().clientId) {
      set({ clientId, board: null, tab: 'board', editing: null, moving: null, filters: NO_FILTERS });
    }
    await get().reload();
  },
  reload: async () => {
    const mine = ++generation;
    const { clientId } = get();
    set({ loading: true, error: null });
    try {
      if (clientId === null) {
        const [list, summary] = await Promise.all([
          invoke('board.list', { clientId: null }),
          invoke('board.flags', { clientId: null }),
        ]);
        if (mine !== generation) return;
        set({ list, summary, loading: false });
      } else {
        const board = await invoke('board.client', { clientId });
        if (mine !== generation) return;
        set({ board, loading: false });
      }
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      if (mine !== generation) return;
      set({ loading: false, error: message(error, 'The board could not be read.') });
    }
  },
  setTab: (tab) => set({ tab }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  setEditing: (editing) => set({ editing }),
  setMoving: (moving) => set({ moving }),
  setStarterPlanOpen: (starterPlanOpen) => set({ starterPlanOpen }),
  move: async (cardId, target) => {
    // Optimistic: the card lands where it was dropped before main answers.
    set((state) =>
      state.clientId === null
        ? { list: state.list && { ...state.list, cards: applyMove(state.list.cards, cardId, target) } }
        : { board: state.board && { ...state.board, cards: applyMove(state.board.cards, cardId, target) } },
    );
    try {
      await invoke('board.moveCard', { cardId, ...target });
      // Flags may depend on where cards are (an open CCF card, a demand under way): refresh them quietly.
      void get().reload();
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      showToast({
        tone: 'danger',
        title: 'The card was not moved',
        description: message(error, 'Try again.'),
      });
      await get().reload();
    }
  },
  saveCard: async (clientId, card, revision) => {
    const saved = await invoke('board.saveCard', { clientId, card, revision });
    await get().reload();
    return saved;
  },
  deleteCard: async (cardId) => {
    await invoke('board.deleteCard', { cardId });
    await get().reload();
  },
}));
