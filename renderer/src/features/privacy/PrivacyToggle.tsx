import { EyeIcon, EyeOffIcon } from '../../ui/icons';
import { ariaShortcut } from '../../ui/shortcuts';
import { Tooltip } from '../../ui/Tooltip';
import { PRIVACY_SHORTCUT_KEY, PRIVACY_TOGGLE_ID, PrivacyShortcut } from './privacy-shortcut';
import { usePrivacyStore } from './privacy-store';
import './privacy.css';

/** The sidebar switch: "Privacy mode", its state in words and as a switch, and its shortcut. */
export function PrivacyToggle() {
  const enabled = usePrivacyStore((state) => state.enabled);
  const toggle = usePrivacyStore((state) => state.toggle);
  return (
    <Tooltip
      side="right"
      content={
        <>
          {enabled ? 'Show full client names again' : 'Names as initials, for a screen others can see'}
          <PrivacyShortcut />
        </>
      }
    >
      <button
        type="button"
        id={PRIVACY_TOGGLE_ID}
        role="switch"
        aria-checked={enabled}
        aria-label="Privacy mode"
        aria-keyshortcuts={ariaShortcut(PRIVACY_SHORTCUT_KEY, { shift: true })}
        className="privacy-toggle"
        data-state={enabled ? 'on' : 'off'}
        onClick={toggle}
      >
        {enabled ? <EyeOffIcon size={17} /> : <EyeIcon size={17} />}
        <span className="privacy-toggle__text" aria-hidden="true">
          <span className="privacy-toggle__label">Privacy mode</span>
          <span className="privacy-toggle__state">{enabled ? 'On · initials only' : 'Off'}</span>
        </span>
        <span className="privacy-toggle__switch" aria-hidden="true" />
      </button>
    </Tooltip>
  );
}
