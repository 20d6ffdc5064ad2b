import { EyeOffIcon } from '../../ui/icons';
import { PRIVACY_TOGGLE_ID, PrivacyShortcut } from './privacy-shortcut';
import { usePrivacyStore } from './privacy-store';
import './privacy.css';

/**
 * The strip across the top of the app while privacy mode is on, so nobody mistakes initials for missing data. The
 * live region is always in the page, so turning the mode on or off is announced.
 */
export function PrivacyBanner() {
  const enabled = usePrivacyStore((state) => state.enabled);
  const turnOff = () => {
    usePrivacyStore.getState().set(false);
    // The button disappears with the banner: focus goes to the sidebar switch rather than to the page's start.
    document.getElementById(PRIVACY_TOGGLE_ID)?.focus();
  };
  return (
    <div role="status" className="privacy-live">
      {enabled && (
        <div className="privacy-banner" data-testid="privacy-banner">
          <EyeOffIcon size={16} className="privacy-banner__icon" />
          <p className="privacy-banner__text">
            <strong>Privacy mode</strong> — names shown as initials
          </p>
          <PrivacyShortcut className="privacy-banner__shortcut" decorative />
          <button type="button" className="privacy-banner__off" onClick={turnOff}>
            Show names
          </button>
        </div>
      )}
    </div>
  );
}
