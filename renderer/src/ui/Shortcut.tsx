import { MOD_KEY_LABEL, SHIFT_KEY_LABEL } from './shortcuts';

interface ShortcutProps {
  keyLabel: string;
  /** Ctrl/Cmd + Shift + key, e.g. privacy mode. */
  shift?: boolean;
  className?: string;
  /**
   * Hidden from assistive technology when it sits inside a control that already announces it through
   * aria-keyshortcuts, so the control's name stays "Lock" rather than "Lock Ctrl L".
   */
  decorative?: boolean;
}

/** A command-key combination drawn as key caps, e.g. Ctrl + L or Ctrl + Shift + P. */
export function Shortcut({ keyLabel, shift = false, className, decorative = false }: ShortcutProps) {
  return (
    <span className={['shortcut', className].filter(Boolean).join(' ')} aria-hidden={decorative || undefined}>
      <kbd>{MOD_KEY_LABEL}</kbd>
      {shift && <kbd>{SHIFT_KEY_LABEL}</kbd>}
      <kbd>{keyLabel}</kbd>
    </span>
  );
}
