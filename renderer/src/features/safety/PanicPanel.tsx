import { useEffect, useState } from 'react';
import { endSessionIfLocked } from '../../app/session';
import { Button } from '../../ui/Button';
import { AlertOctagonIcon, EyeOffIcon, LockIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { showToast } from '../../ui/toast-store';
import { useSettingsStore } from '../settings/settings-store';
import { errorMessage } from './BackupPanel';
import { ShieldAlertIcon } from './icons';
import { PanicShortcut } from './PanicShortcut';
import { useSafetyStore } from './safety-store';
import { Switch } from './ui/Switch';
import { WipeDialog } from './WipeDialog';

/** Settings → Panic controls: the lock-from-anywhere shortcut, blur in the background, erase after failed unlocks. */
export function PanicPanel() {
  const settings = useSettingsStore((state) => state.settings);
  const guard = useSafetyStore((state) => state.guard);
  const [dialog, setDialog] = useState<'on' | 'off' | null>(null);
  const [savingBlur, setSavingBlur] = useState(false);
  useEffect(() => {
    void useSafetyStore.getState().loadGuard();
  }, []);

  const setBlur = async (blurOnFocusLoss: boolean) => {
    setSavingBlur(true);
    try {
      await useSettingsStore.getState().update({ blurOnFocusLoss });
      showToast({
        tone: 'success',
        title: blurOnFocusLoss ? 'Blur in the background on' : 'Blur in the background off',
      });
    } catch (error) {
      if (!endSessionIfLocked(error)) showToast({ tone: 'danger', title: errorMessage(error) });
    } finally {
      setSavingBlur(false);
    }
  };

  const wipe = guard?.wipeAfterFailures ?? null;
  return (
    <Panel
      id="settings-panic"
      icon={<ShieldAlertIcon size={18} />}
      title="Panic controls"
      description="For a border, a raid or a crowded waiting room: hide everything at once, and keep a stolen laptop from being guessed open."
    >
      <div className="panic-list">
        <div className="panic-row">
          <LockIcon size={18} className="panic-row__icon" />
          <div className="panic-row__text">
            <p className="panic-row__title">Lock from anywhere</p>
            <p className="panic-row__detail">
              Works even while another program is in front. The vault also locks when the computer sleeps, the
              lid closes or the screen locks.
            </p>
          </div>
          <PanicShortcut />
        </div>

        <Switch
          checked={settings?.blurOnFocusLoss ?? false}
          disabled={!settings || savingBlur}
          onChange={(checked) => void setBlur(checked)}
          testId="blur-switch"
          label={
            <span className="panic-switch-label">
              <EyeOffIcon size={16} /> Blur when Safe Harbor is in the background
            </span>
          }
          description="When you switch to another window, everything on Safe Harbor’s screen is blurred until you come back."
        />

        <div
          className={`panic-row panic-row--wipe${wipe ? ' panic-row--armed' : ''}`}
          data-testid="wipe-status"
        >
          <AlertOctagonIcon size={18} className="panic-row__icon" />
          <div className="panic-row__text">
            <p className="panic-row__title">
              Erase after failed unlocks{' '}
              <span className={`panic-badge${wipe ? ' panic-badge--on' : ''}`}>
                {wipe ? `On · after ${wipe}` : 'Off'}
              </span>
            </p>
            <p className="panic-row__detail">
              {wipe
                ? `After ${wipe} wrong passphrases or recovery codes in a row, this computer’s copy of the vault is erased. ${guard?.failedAttempts ? `${guard.failedAttempts} failed so far.` : ''}`
                : 'Off: wrong passphrases are refused, and nothing is ever erased.'}
            </p>
          </div>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => setDialog(wipe ? 'off' : 'on')}
            disabled={!guard}
          >
            {wipe ? 'Turn off…' : 'Turn on…'}
          </Button>
        </div>
      </div>
      {dialog && <WipeDialog mode={dialog} onClose={() => setDialog(null)} />}
    </Panel>
  );
}
