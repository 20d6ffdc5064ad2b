import { create } from 'zustand';
import { THEME_CHOICES, type ThemeChoice } from '../../../shared/preferences';
import { invoke } from '../api';

export { THEME_CHOICES, type ThemeChoice };

/**
 * A display preference, not client data: stored by main in preferences.json beside the vault (the window's browser
 * storage is in memory and gone at restart). localStorage only mirrors it so a reload paints the right theme before
 * main has answered.
 */
const MIRROR_KEY = 'safe-harbor.theme';

function readMirror(): ThemeChoice {
  try {
    const stored = localStorage.getItem(MIRROR_KEY);
    return THEME_CHOICES.includes(stored as ThemeChoice) ? (stored as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

function writeMirror(choice: ThemeChoice): void {
  try {
    localStorage.setItem(MIRROR_KEY, choice);
  } catch {
    // Storage can be unavailable; the stored preference still applies.
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
  choice: readMirror(),
  setChoice: (choice) => {
    applyToDocument(choice);
    writeMirror(choice);
    set({ choice });
    // Failing to store it only means the next start shows the previous theme.
    void invoke('preferences.update', { theme: choice }).catch(() => undefined);
  },
}));

/** Called once before the first render: the mirror at once, then the stored preference when main answers. */
export async function applyStoredTheme(): Promise<void> {
  applyToDocument(useThemeStore.getState().choice);
  try {
    const { theme } = await invoke('preferences.get', {});
    applyToDocument(theme);
    writeMirror(theme);
    useThemeStore.setState({ choice: theme });
  } catch {
    // Without main's answer the mirror stands.
  }
}
