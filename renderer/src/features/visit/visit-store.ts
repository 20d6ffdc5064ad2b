import type { SharingScope } from '../../../../shared/dossier/common';
import type { Statement, VisitDraft } from '../../../../shared/visit/visit';
import { invoke } from '../../api';
import { createClientStore } from '../../app/client-store';
import { localIso } from '../safety/format';

export interface ActiveVisit {
  clientId: string;
  familyName: string;
  givenNames: string;
  draft: VisitDraft;
  running: boolean;
  /** Picked up from a draft left by an earlier session (a lock, a restart). */
  resumed: boolean;
  dirty: boolean;
  savedAt: string | null;
  saveError: string | null;
}

interface VisitState {
  active: ActiveVisit | null;
  launcherOpen: boolean;
  starting: boolean;
  openLauncher(): void;
  closeLauncher(): void;
  /** Opens the visit screen for a client, resuming the draft in the vault if there is one. */
  start(clientId: string): Promise<void>;
  patch(patch: Partial<Pick<VisitDraft, 'notes' | 'place' | 'language' | 'interpreter'>>): void;
  tick(): void;
  toggleTimer(): void;
  addStatement(statement: Pick<Statement, 'text' | 'language' | 'interpreter'>): void;
  removeStatement(id: string): void;
  toggleQuestion(id: string): void;
  addQuestion(text: string): void;
  /** Saves the draft into the vault (it survives a lock or a crash). */
  save(): Promise<void>;
  file(scope: SharingScope): Promise<{ noteId: string; clientId: string }>;
  discard(): Promise<void>;
  /** Closes the screen; the draft stays in the vault to be resumed. */
  leave(): Promise<void>;
}

function edit(state: VisitState, change: (draft: VisitDraft) => VisitDraft): Partial<VisitState> {
  if (!state.active) return {};
  return { active: { ...state.active, draft: change(state.active.draft), dirty: true } };
}

/** The visit in progress. A client store: a lock clears the screen (the draft saved in the vault remains). */
export const useVisitStore = createClientStore<VisitState>((set, get) => ({
  active: null,
  launcherOpen: false,
  starting: false,
  openLauncher: () => set({ launcherOpen: true }),
  closeLauncher: () => set({ launcherOpen: false }),

  start: async (clientId) => {
    if (get().active?.clientId === clientId) return set({ launcherOpen: false });
    if (get().active) await get().leave();
    set({ starting: true });
    try {
      const [dossier, prepared] = await Promise.all([
        invoke('dossier.get', { id: clientId }),
        invoke('visit.prepare', { clientId }),
      ]);
      const { client } = dossier;
      const draft: VisitDraft = prepared.draft ?? {
        startedAt: localIso(),
        elapsedSeconds: 0,
        place: '',
        notes: '',
        questions: prepared.questions,
        statements: [],
        language: client.interpreterLanguage ?? client.languages[0] ?? '',
        interpreter: '',
      };
      set({
        launcherOpen: false,
        active: {
          clientId,
          familyName: client.familyName,
          givenNames: client.givenNames,
          draft,
          running: true,
          resumed: prepared.draft !== null,
          dirty: prepared.draft === null,
          savedAt: null,
          saveError: null,
        },
      });
    } finally {
      set({ starting: false });
    }
  },

  patch: (patch) => set((state) => edit(state, (draft) => ({ ...draft, ...patch }))),

  tick: () =>
    set((state) =>
      state.active?.running
        ? {
            active: {
              ...state.active,
              draft: { ...state.active.draft, elapsedSeconds: state.active.draft.elapsedSeconds + 1 },
            },
          }
        : {},
    ),

  toggleTimer: () =>
    set((state) =>
      state.active ? { active: { ...state.active, running: !state.active.running, dirty: true } } : {},
    ),

  addStatement: ({ text, language, interpreter }) =>
    set((state) =>
      edit(state, (draft) => ({
        ...draft,
        language,
        interpreter,
        statements: [
          ...draft.statements,
          { id: crypto.randomUUID(), at: localIso(), text: text.trim(), language, interpreter },
        ],
      })),
    ),

  removeStatement: (id) =>
    set((state) =>
      edit(state, (draft) => ({ ...draft, statements: draft.statements.filter((s) => s.id !== id) })),
    ),

  toggleQuestion: (id) =>
    set((state) =>
      edit(state, (draft) => ({
        ...draft,
        questions: draft.questions.map((q) => (q.id === id ? { ...q, done: !q.done } : q)),
      })),
    ),

  addQuestion: (text) =>
    set((state) =>
      edit(state, (draft) => ({
        ...draft,
        questions: [
          ...draft.questions,
          { id: `visit:added:${crypto.randomUUID()}`, text: text.trim(), done: false, source: 'visit' },
        ],
      })),
    ),

  save: async () => {
    const active = get().active;
    if (!active) return;
    const { draft, clientId } = active;
    try {
      const { savedAt } = await invoke('visit.saveDraft', { clientId, draft });
      set((state) =>
        state.active?.clientId === clientId
          ? {
              active: {
                ...state.active,
                // Still dirty if something changed while saving.
                dirty: state.active.draft !== draft,
                savedAt,
                saveError: null,
              },
            }
          : {},
      );
    } catch {
      set((state) =>
        state.active ? { active: { ...state.active, saveError: 'Not saved yet: retrying.' } } : {},
      );
    }
  },

  file: async (scope) => {
    const active = get().active;
    if (!active) throw new Error('no visit');
    const { noteId } = await invoke('visit.file', {
      clientId: active.clientId,
      visit: { ...active.draft, endedAt: localIso(), scope },
    });
    set({ active: null });
    return { noteId, clientId: active.clientId };
  },

  discard: async () => {
    const active = get().active;
    if (!active) return;
    await invoke('visit.discardDraft', { clientId: active.clientId });
    set({ active: null });
  },

  leave: async () => {
    await get().save();
    set({ active: null });
  },
}));
