import { useEffect } from 'react';
import { Button } from '../../ui/Button';
import { AlertTriangleIcon } from '../../ui/icons';
import { requestSettingsPanel } from '../settings/settings-panel-request';
import { daysAgo } from './format';
import { useSafetyStore } from './safety-store';
import './safety.css';

/**
 * The strip across the top of the app when the last backup is older than the reminder allows. "Back up now" opens
 * Settings at the backup panel; "Later" hides it for this session.
 */
export function BackupReminderBanner() {
  const status = useSafetyStore((state) => state.status);
  const dismissed = useSafetyStore((state) => state.reminderDismissed);
  useEffect(() => {
    void useSafetyStore.getState().loadStatus();
  }, []);
  if (!status?.due || dismissed) return null;
  return (
    <div className="backup-reminder-banner" role="status" data-testid="backup-reminder">
      <AlertTriangleIcon size={16} className="backup-reminder-banner__icon" />
      <p className="backup-reminder-banner__text">
        <strong>
          {status.lastBackupAt ? `Last backup ${daysAgo(status.daysSince ?? 0)}.` : 'No backup yet.'}
        </strong>{' '}
        A lost or seized laptop should not lose a case: back the vault up to another disk.
      </p>
      <Button size="sm" variant="primary" onClick={() => requestSettingsPanel('backups')}>
        Back up now
      </Button>
      <Button size="sm" variant="ghost" onClick={() => useSafetyStore.getState().dismissReminder()}>
        Later
      </Button>
    </div>
  );
}
