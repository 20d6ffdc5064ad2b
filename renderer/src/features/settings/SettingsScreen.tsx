import { useEffect } from 'react';
import { Alert } from '../../ui/Alert';
import { Page } from '../../ui/Page';
import { AppearanceSettings } from './AppearanceSettings';
import { ChangePassphraseSettings } from './ChangePassphraseSettings';
import { IdleLockSettings } from './IdleLockSettings';
import { KeyboardShortcutsSettings } from './KeyboardShortcutsSettings';
import { useSettingsStore } from './settings-store';
import { VaultLocationSettings } from './VaultLocationSettings';
import './settings.css';

export function SettingsScreen() {
  const loadError = useSettingsStore((state) => state.loadError);
  useEffect(() => {
    void useSettingsStore.getState().load();
  }, []);

  return (
    <Page
      title="Settings"
      description="Security of the vault and how Safe Harbor looks on this computer."
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
      </div>
    </Page>
  );
}
