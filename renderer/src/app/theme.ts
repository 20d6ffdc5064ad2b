import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** A display preference, not client data: kept in localStorage, outside the vault, and not cleared on lock. */
const STORAGE_KEY = 'safe-harbor.theme';

function readStoredChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return THEME_CHOICES.includes(stored as ThemeChoice) ? (stored as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

/**
 * "System" removes the attribute so the stylesheet's `color-scheme: light dark` follows the operating system
 * (every colour is a light-dark() pair); "light" and "dark" pin it.
 */
function applyToDocument(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

interface ThemeState {
  choice: ThemeChoice;
  setChoice(choice: ThemeChoice): void;
}

export const useThemeStore = create<ThemeState>()((set) => ({
  choice: readStoredChoice(),
  setChoice: (choice) => {
    try {
      localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Storage can be unavailable; the choice still applies for this run.
    }
    applyToDocument(choice);
    set({ choice });
  },
}));

/** Called once before the first render so the first paint already has the chosen theme. */
export function applyStoredTheme(): void {
  applyToDocument(useThemeStore.getState().choice);
}
