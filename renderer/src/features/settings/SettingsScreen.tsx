import { useEffect } from 'react';
import { Alert } from '../../ui/Alert';
import { Page } from '../../ui/Page';
import { BundlesPanel } from '../bundles/BundlesPanel';
import { BackupPanel } from '../safety/BackupPanel';
import { PanicPanel } from '../safety/PanicPanel';
import { RestorePanel } from '../safety/RestorePanel';
import { AppearanceSettings } from './AppearanceSettings';
import { ChangePassphraseSettings } from './ChangePassphraseSettings';
import { DeadlineRulesSettings } from './DeadlineRulesSettings';
import { IdleLockSettings } from './IdleLockSettings';
import { KeyboardShortcutsSettings } from './KeyboardShortcutsSettings';
import { takeRequestedSettingsPanel } from './settings-panel-request';
import { useSettingsStore } from './settings-store';
import { VaultLocationSettings } from './VaultLocationSettings';
import './settings.css';

export function SettingsScreen() {
  const loadError = useSettingsStore((state) => state.loadError);
  useEffect(() => {
    void useSettingsStore.getState().load();
  }, []);

  // Another screen asked for one panel: bring it into view and put focus on its heading (after Page focused its own).
  useEffect(() => {
    const panel = takeRequestedSettingsPanel();
    if (!panel) return;
    const heading = document.getElementById(`settings-${panel}-title`);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.closest('section')?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <Page
      title="Settings"
      description="Security of the vault, the deadline rules, and how Safe Harbor looks on this computer."
      testId="section-settings"
    >
      {loadError && (
        <Alert tone="danger" role="alert" title="Settings could not be loaded">
          {loadError}
        </Alert>
      )}
      <div className="settings-grid">
        <IdleLockSettings />
        <ChangePassphraseSettings />
        <AppearanceSettings />
        <VaultLocationSettings />
        <KeyboardShortcutsSettings />
        <BackupPanel />
        <RestorePanel />
        <PanicPanel />
        <BundlesPanel />
        <DeadlineRulesSettings />
      </div>
    </Page>
  );
}
