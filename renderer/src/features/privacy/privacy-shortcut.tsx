import { Shortcut } from '../../ui/Shortcut';

/** Ctrl/Cmd+Shift+P turns privacy mode on or off (handled in app/use-global-shortcuts.ts). */
export const PRIVACY_SHORTCUT_KEY = 'P';

/** The sidebar switch, where focus returns when the banner's own button turns privacy mode off. */
export const PRIVACY_TOGGLE_ID = 'privacy-toggle';

/** The shortcut as key caps. */
export function PrivacyShortcut({ className, decorative }: { className?: string; decorative?: boolean }) {
  return <Shortcut keyLabel={PRIVACY_SHORTCUT_KEY} shift className={className} decorative={decorative} />;
}
