/**
 * Keyboard shortcut wording per platform. The renderer is sandboxed and has no `process.platform`, so the user
 * agent decides; it only affects labels, never what the keys do (Ctrl and Cmd both work everywhere).
 */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The modifier as shown on a key cap. */
export const MOD_KEY_LABEL = IS_MAC ? '⌘' : 'Ctrl';

export const SHIFT_KEY_LABEL = IS_MAC ? '⇧' : 'Shift';

/** For aria-keyshortcuts, which uses "Control"/"Meta" names. */
export function ariaShortcut(key: string, { shift = false }: { shift?: boolean } = {}): string {
  return `${IS_MAC ? 'Meta' : 'Control'}+${shift ? 'Shift+' : ''}${key}`;
}

/**
 * True for Ctrl or Cmd without Alt or Shift. Both modifiers are accepted on every platform, so a Mac keyboard on
 * Windows, or habit, still works.
 */
export function hasCommandModifier(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** True for Ctrl or Cmd with Shift, without Alt (Ctrl/Cmd+Shift+P). */
export function hasCommandShiftModifier(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey;
}
