import { IS_MAC } from '../../ui/shortcuts';

/** The system-wide lock shortcut as key caps (main registers CommandOrControl+Shift+L). */
export function PanicShortcut({ className }: { className?: string }) {
  return (
    <span className={['shortcut', className].filter(Boolean).join(' ')} data-testid="panic-shortcut">
      <kbd>{IS_MAC ? '⌘' : 'Ctrl'}</kbd>
      <kbd>{IS_MAC ? '⇧' : 'Shift'}</kbd>
      <kbd>L</kbd>
    </span>
  );
}
