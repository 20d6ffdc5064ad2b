import type { Dossier } from '../../../../shared/dossier/dossier';
import type {
  Checklist,
  ChecklistItem,
  ItemPatchInput,
  MissingForHearing,
  TemplateSummary,
} from '../../../../shared/evidence/checklist';
import type { EvidenceSummary } from '../../../../shared/evidence/evidence';
import { HarborError, invoke } from '../../api';
import { createClientStore } from '../../app/client-store';
import { endSessionIfLocked } from '../../app/session';
import { showToast } from '../../ui/toast-store';
import { uploadFile } from './upload';

export type EvidenceTab = 'checklist' | 'missing' | 'files' | 'templates';

export interface UploadState {
  id: number;
  fileName: string;
  total: number;
  sent: number;
  itemId: string | null;
  status: 'sending' | 'done' | 'failed' | 'cancelled';
  error?: string;
  controller: AbortController;
}

interface EvidenceState {
  clientId: string | null;
  tab: EvidenceTab;
  /** The client's dossier: names, parties, hearings and deadlines the checklist refers to. */
  dossier: Dossier | null;
  checklists: Checklist[] | null;
  checklistId: string | null;
  evidence: EvidenceSummary[] | null;
  missing: MissingForHearing | null;
  templates: TemplateSummary[] | null;
  loading: boolean;
  error: string | null;
  /** The evidence item open in the detail dialog. */
  openEvidenceId: string | null;
  uploads: UploadState[];
  selectClient(id: string | null): Promise<void>;
  /** Opens a client's evidence from elsewhere (the search palette), optionally on one item. */
  show(clientId: string, evidenceId?: string): Promise<void>;
  setTab(tab: EvidenceTab): void;
  selectChecklist(id: string): void;
  refresh(): Promise<void>;
  loadTemplates(): Promise<void>;
  createChecklist(templateId: string): Promise<void>;
  updateItem(item: ChecklistItem, patch: ItemPatchInput): Promise<ChecklistItem>;
  attach(files: readonly File[], options?: { itemId?: string; translationOf?: string }): Promise<void>;
  cancelUpload(id: number): void;
  dismissUpload(id: number): void;
  openEvidence(id: string | null): void;
}

let nextUploadId = 1;

export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof HarborError ? error.message : fallback;
}

/** The Evidence section: one client at a time. A client store, so a lock empties it. */
export const useEvidenceStore = createClientStore<EvidenceState>((set, get) => ({
  clientId: null,
  tab: 'checklist',
  dossier: null,
  checklists: null,
  checklistId: null,
  evidence: null,
  missing: null,
  templates: null,
  loading: false,
  error: null,
  openEvidenceId: null,
  uploads: [],

  selectClient: async (id) => {
    set({
      clientId: id,
      dossier: null,
      checklists: null,
      checklistId: null,
      evidence: null,
      missing: null,
      openEvidenceId: null,
      error: null,
      tab: get().tab === 'templates' ? 'checklist' : get().tab,
    });
    if (id) await get().refresh();
  },

  show: async (clientId, evidenceId) => {
    if (get().clientId !== clientId) await get().selectClient(clientId);
    set({ openEvidenceId: evidenceId ?? null, tab: evidenceId ? 'files' : get().tab });
  },

  setTab: (tab) => {
    set({ tab });
    if (tab === 'templates') void get().loadTemplates();
  },

  selectChecklist: (id) => set({ checklistId: id }),

  refresh: async () => {
    const clientId = get().clientId;
    if (!clientId) return;
    set({ loading: true });
    try {
      const [dossier, checklists, evidence, missing] = await Promise.all([
        invoke('dossier.get', { id: clientId }),
        invoke('checklist.forClient', { clientId }),
        invoke('evidence.list', { clientId }),
        invoke('checklist.missingForHearing', { clientId }),
      ]);
      if (get().clientId !== clientId) return;
      const current = get().checklistId;
      set({
        dossier,
        checklists,
        evidence,
        missing,
        loading: false,
        error: null,
        checklistId: checklists.some((c) => c.id === current) ? current : (checklists.at(-1)?.id ?? null),
      });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      set({ loading: false, error: errorMessage(error, 'The evidence could not be loaded.') });
    }
  },

  loadTemplates: async () => {
    try {
      set({ templates: await invoke('checklist.templates', {}) });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      showToast({ tone: 'danger', title: errorMessage(error, 'The templates could not be loaded.') });
    }
  },

  createChecklist: async (templateId) => {
    const clientId = get().clientId;
    if (!clientId) return;
    const checklists = await invoke('checklist.create', { clientId, templateId });
    set({ checklists, checklistId: checklists.at(-1)?.id ?? null });
    await get().refresh();
  },

  updateItem: async (item, patch) => {
    const updated = await invoke('checklist.updateItem', { itemId: item.id, revision: item.revision, patch });
    set((state) => ({
      checklists:
        state.checklists?.map((c) =>
          c.id === updated.checklistId
            ? { ...c, items: c.items.map((i) => (i.id === updated.id ? updated : i)) }
            : c,
        ) ?? null,
    }));
    const clientId = get().clientId;
    if (clientId) {
      invoke('checklist.missingForHearing', { clientId })
        .then((missing) => {
          if (get().clientId === clientId) set({ missing });
        })
        .catch(() => undefined);
    }
    return updated;
  },

  attach: async (files, options = {}) => {
    const clientId = get().clientId;
    if (!clientId) return;
    let attached = 0;
    for (const file of files) {
      const id = nextUploadId++;
      const controller = new AbortController();
      const upload: UploadState = {
        id,
        fileName: file.name,
        total: file.size,
        sent: 0,
        itemId: options.itemId ?? null,
        status: 'sending',
        controller,
      };
      set((state) => ({ uploads: [...state.uploads, upload] }));
      const patch = (change: Partial<UploadState>) =>
        set((state) => ({ uploads: state.uploads.map((u) => (u.id === id ? { ...u, ...change } : u)) }));
      try {
        await uploadFile(
          file,
          { clientId, ...options },
          { signal: controller.signal, onProgress: (sent) => patch({ sent }) },
        );
        patch({ status: 'done', sent: file.size });
        attached++;
        // A finished upload leaves the list after a moment; failures stay until dismissed.
        setTimeout(() => get().dismissUpload(id), 4000);
      } catch (error) {
        if (endSessionIfLocked(error)) return;
        if (controller.signal.aborted) patch({ status: 'cancelled' });
        else patch({ status: 'failed', error: errorMessage(error, 'The file could not be taken in.') });
      }
    }
    if (attached > 0) {
      showToast({
        tone: 'success',
        title: attached === 1 ? 'File taken into the vault' : `${attached} files taken into the vault`,
        description: 'Encrypted, fingerprinted (SHA-256) and logged in the chain of custody.',
      });
      if (get().clientId === clientId) await get().refresh();
    }
  },

  cancelUpload: (id) =>
    get()
      .uploads.find((u) => u.id === id)
      ?.controller.abort(),
  dismissUpload: (id) => set((state) => ({ uploads: state.uploads.filter((u) => u.id !== id) })),
  openEvidence: (id) => set({ openEvidenceId: id }),
}));
