import { create } from 'zustand';

export type ToastTone = 'success' | 'info' | 'danger';

export interface ToastMessage {
  id: number;
  tone: ToastTone;
  title: string;
  description?: string;
}

interface ToastState {
  toasts: ToastMessage[];
  show(toast: Omit<ToastMessage, 'id'>): void;
  dismiss(id: number): void;
  clear(): void;
}

let nextId = 1;

/**
 * Short confirmations ("Passphrase changed"). Toast text never quotes client data, but the list is still cleared on
 * lock (see app/session.ts) so nothing from the unlocked session stays on screen.
 */
export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  show: (toast) => set((state) => ({ toasts: [...state.toasts, { ...toast, id: nextId++ }] })),
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
  clear: () => set({ toasts: [] }),
}));

export function showToast(toast: Omit<ToastMessage, 'id'>): void {
  useToastStore.getState().show(toast);
}
