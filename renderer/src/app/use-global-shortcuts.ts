import { useEffect } from 'react';
import { usePrivacyStore } from '../features/privacy/privacy-store';
import { hasCommandModifier, hasCommandShiftModifier } from '../ui/shortcuts';
import { useNavigationStore } from './navigation-store';
import { SECTIONS } from './sections';
import { lockNow } from './session';

/**
 * Ctrl/Cmd+L locks, Ctrl/Cmd+1..5 open the sections, Ctrl/Cmd+Shift+P turns privacy mode on or off. Active only
 * while the app frame is shown (unlocked). Digits are read from `event.code` so they work on layouts where the digit
 * row needs Shift (AZERTY).
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat) return;
      if (hasCommandShiftModifier(event) && (event.code === 'KeyP' || event.key.toLowerCase() === 'p')) {
        event.preventDefault();
        usePrivacyStore.getState().toggle();
        return;
      }
      if (!hasCommandModifier(event)) return;
      if (event.code === 'KeyL' || event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lockNow('shortcut');
        return;
      }
      const section = SECTIONS.find(
        (s) => event.code === `Digit${s.shortcutKey}` || event.key === s.shortcutKey,
      );
      if (section) {
        event.preventDefault();
        useNavigationStore.getState().go(section.id);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
