import { createClientStore } from './client-store';
import type { SectionId } from './sections';

interface NavigationState {
  section: SectionId;
  /** The dossier open in the Dossiers section; null shows the list. */
  dossierId: string | null;
  go(section: SectionId): void;
  /** Opens one dossier from anywhere (the list, the deadlines dashboard, search). */
  openDossier(id: string): void;
  closeDossier(): void;
}

/** Which section is open. A client store: after a lock the app opens on Dossiers again. */
export const useNavigationStore = createClientStore<NavigationState>((set) => ({
  section: 'dossiers',
  dossierId: null,
  go: (section) => set({ section }),
  openDossier: (id) => set({ section: 'dossiers', dossierId: id }),
  closeDossier: () => set({ dossierId: null }),
}));
