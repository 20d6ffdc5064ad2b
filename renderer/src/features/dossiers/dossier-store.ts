import type { Dossier, HistoryEntry } from '../../../../shared/dossier/dossier';
import { HarborError, invoke } from '../../api';
import { createClientStore } from '../../app/client-store';
import { endSessionIfLocked } from '../../app/session';

export type DossierTab = 'overview' | `front:${string}` | 'deadlines' | 'timeline' | 'history';

interface DossierState {
  /** The dossier on screen; null while loading or when none is open. */
  dossier: Dossier | null;
  loadingId: string | null;
  error: string | null;
  tab: string;
  /** The client form: 'new' for a new client, 'edit' for the open one, null when closed. */
  clientForm: 'new' | 'edit' | null;
  history: HistoryEntry[] | null;
  historyError: string | null;
  load(id: string): Promise<void>;
  /** Puts a dossier returned by a save in place: deadlines and checks come with it, already recomputed. */
  replace(dossier: Dossier): void;
  clear(): void;
  setTab(tab: string): void;
  openClientForm(mode: 'new' | 'edit' | null): void;
  loadHistory(): Promise<void>;
}

function message(error: unknown, fallback: string): string {
  return error instanceof HarborError ? error.message : fallback;
}

/** The open dossier. A client store: a lock empties it. */
export const useDossierStore = createClientStore<DossierState>((set, get) => ({
  dossier: null,
  loadingId: null,
  error: null,
  tab: 'overview',
  clientForm: null,
  history: null,
  historyError: null,
  load: async (id) => {
    const keepTab = get().dossier?.id === id;
    set((state) => ({
      loadingId: id,
      error: null,
      ...(keepTab ? {} : { tab: 'overview', history: null }),
      clientForm: state.clientForm === 'edit' && !keepTab ? null : state.clientForm,
    }));
    try {
      const dossier = await invoke('dossier.get', { id });
      if (get().loadingId !== id) return;
      set({ dossier, loadingId: null });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      set({ loadingId: null, error: message(error, 'The dossier could not be opened.') });
    }
  },
  replace: (dossier) => set({ dossier, history: null }),
  clear: () => set({ dossier: null, loadingId: null, error: null, history: null, tab: 'overview' }),
  setTab: (tab) => set({ tab }),
  openClientForm: (mode) => set({ clientForm: mode }),
  loadHistory: async () => {
    const id = get().dossier?.id;
    if (!id) return;
    try {
      const history = await invoke('dossier.history', { id, limit: 500 });
      if (get().dossier?.id === id) set({ history, historyError: null });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      set({ historyError: message(error, 'The history could not be read.') });
    }
  },
}));
