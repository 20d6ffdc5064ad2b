import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { subscribe } from '../../api';
import { EyeOffIcon } from '../../ui/icons';
import { useSettingsStore } from '../settings/settings-store';
import { useSafetyStore } from './safety-store';
import './safety.css';

/**
 * Blurs the whole window while it is in the background, when the attorney turned that on. Main sends `window.focus`
 * from Electron's blur and focus events (electron/main/panic.ts); the blur is a CSS filter on the app's root, and this
 * card, outside the root, says why.
 */
export function BlurShield() {
  const enabled = useSettingsStore((state) => state.settings?.blurOnFocusLoss ?? false);
  const blurred = useSafetyStore((state) => state.blurred);

  useEffect(() => {
    const stop = subscribe('window.focus', ({ focused }) => {
      // Main sends "lost focus" only while the setting is on; a stray one while it is off is ignored.
      if (!focused && !useSettingsStore.getState().settings?.blurOnFocusLoss) return;
      useSafetyStore.getState().setBlurred(!focused);
    });
    // Belt and braces: the page itself regaining focus always shows it again.
    const onFocus = () => useSafetyStore.getState().setBlurred(false);
    window.addEventListener('focus', onFocus);
    return () => {
      stop();
      window.removeEventListener('focus', onFocus);
    };
  }, []);

  const active = enabled && blurred;
  useEffect(() => {
    const root = document.documentElement;
    if (active) root.setAttribute('data-window-blurred', '');
    else root.removeAttribute('data-window-blurred');
    return () => root.removeAttribute('data-window-blurred');
  }, [active]);

  if (!active) return null;
  return createPortal(
    <div className="blur-shield" data-testid="blur-shield">
      <p className="blur-shield__card">
        <EyeOffIcon size={18} /> Hidden while Safe Harbor is in the background
      </p>
    </div>,
    document.body,
  );
}
