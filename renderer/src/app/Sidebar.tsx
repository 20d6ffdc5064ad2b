import { PrivacyToggle } from '../features/privacy/PrivacyToggle';
import { Logo } from '../ui/Logo';
import { LockIcon, ShieldCheckIcon } from '../ui/icons';
import { Shortcut } from '../ui/Shortcut';
import { ariaShortcut } from '../ui/shortcuts';
import { Tooltip } from '../ui/Tooltip';
import { useNavigationStore } from './navigation-store';
import { SECTIONS } from './sections';
import { lockNow } from './session';

export function Sidebar() {
  const current = useNavigationStore((state) => state.section);
  const go = useNavigationStore((state) => state.go);
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <Logo tone="inverse" size={28} />
      </div>
      <nav className="sidebar__nav" aria-label="Sections">
        <ul>
          {SECTIONS.map(({ id, label, shortcutKey, Icon }) => (
            <li key={id}>
              <button
                type="button"
                className="sidebar__link"
                aria-current={current === id ? 'page' : undefined}
                aria-keyshortcuts={ariaShortcut(shortcutKey)}
                onClick={() => go(id)}
              >
                <Icon size={18} />
                <span className="sidebar__link-label">{label}</span>
                <Shortcut keyLabel={shortcutKey} className="sidebar__shortcut" decorative />
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar__footer">
        <PrivacyToggle />
        <p className="sidebar__status">
          <ShieldCheckIcon size={16} />
          <span>
            <strong>Vault unlocked</strong>
            <span>Encrypted · offline</span>
          </span>
        </p>
        <Tooltip content="Close the vault and clear the screen" side="right">
          <button
            type="button"
            className="sidebar__lock"
            aria-keyshortcuts={ariaShortcut('L')}
            onClick={() => void lockNow('manual')}
          >
            <LockIcon size={17} />
            <span>Lock</span>
            <Shortcut keyLabel="L" className="sidebar__shortcut" decorative />
          </button>
        </Tooltip>
      </div>
    </aside>
  );
}
