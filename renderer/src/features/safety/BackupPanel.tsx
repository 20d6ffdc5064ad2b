import { type FormEvent, useEffect, useId, useState } from 'react';
import {
  BACKUP_REMINDER_MAX_DAYS,
  BACKUP_REMINDER_MIN_DAYS,
  type BackupMode,
  type BackupStatus,
} from '../../../../shared/safety/backup';
import { passphraseProblem } from '../../../../shared/vault/passphrase';
import { HarborError, invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { AlertTriangleIcon, CheckCircleIcon, InfoIcon, KeyIcon, ShieldIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { PassphraseField } from '../../ui/PassphraseField';
import { showToast } from '../../ui/toast-store';
import { useSettingsStore } from '../settings/settings-store';
import { daysAgo, formatBytes, formatDateTime } from './format';
import { ArchiveIcon } from './icons';
import { useSafetyStore } from './safety-store';
import { JobProgressBar } from './ui/ProgressBar';
import { useJob } from './use-job';
import './safety.css';

export function errorMessage(
  error: unknown,
  fallback = 'Something went wrong. Nothing was changed; try again.',
): string {
  return error instanceof HarborError ? error.message : fallback;
}

/** Settings → Backups & safety: when the last backup was made, the reminder, and "Back up now". */
export function BackupPanel() {
  const status = useSafetyStore((state) => state.status);
  useEffect(() => {
    void useSafetyStore.getState().loadStatus();
  }, []);

  return (
    <Panel
      id="settings-backups"
      icon={<ArchiveIcon size={18} />}
      title="Backups & safety"
      description="One encrypted file holds the whole vault, attachments included. Keep it on another disk or with someone you trust: a lost or seized laptop must not lose a case."
    >
      <div className="backup-layout">
        <div className="backup-layout__status">
          <BackupStatusCard status={status} />
          <ReminderForm />
          <ul className="backup-facts">
            <li>
              <strong>Everything</strong> in the vault: dossiers, evidence files, the board and the history.
            </li>
            <li>
              <strong>A consistent copy</strong> taken while you keep working, in the background.
            </li>
            <li>
              <strong>Encrypted end to end</strong> (AES-256) and checked part by part: a damaged or altered
              file is refused, never half restored.
            </li>
          </ul>
        </div>
        <BackupNowForm />
      </div>
    </Panel>
  );
}

function BackupStatusCard({ status }: { status: BackupStatus | null }) {
  if (!status) return <div className="backup-status backup-status--loading" aria-busy="true" />;
  const due = status.due;
  const tone = due ? 'due' : status.lastBackupAt ? 'ok' : 'none';
  return (
    <div className={`backup-status backup-status--${tone}`} data-testid="backup-status">
      <span className="backup-status__icon">
        {tone === 'due' ? (
          <AlertTriangleIcon size={20} />
        ) : tone === 'ok' ? (
          <CheckCircleIcon size={20} />
        ) : (
          <InfoIcon size={20} />
        )}
      </span>
      <div className="backup-status__text">
        <p className="backup-status__label">Last backup</p>
        <p className="backup-status__value">
          {status.lastBackupAt ? daysAgo(status.daysSince ?? 0) : 'None yet'}
        </p>
        <p className="backup-status__detail">
          {status.lastBackupAt
            ? `${formatDateTime(status.lastBackupAt)} · ${due ? 'a new backup is due' : 'up to date'}`
            : due
              ? 'This vault has never been backed up.'
              : 'Make the first backup soon.'}
        </p>
      </div>
    </div>
  );
}

function ReminderForm() {
  const settings = useSettingsStore((state) => state.settings);
  // What the attorney typed; null follows the stored value.
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const stored = settings ? String(settings.backupReminderDays) : '';
  const days = typed ?? stored;
  const dirty = settings !== null && days !== stored;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < BACKUP_REMINDER_MIN_DAYS || value > BACKUP_REMINDER_MAX_DAYS) {
      setError(
        `Enter a whole number of days from ${BACKUP_REMINDER_MIN_DAYS} to ${BACKUP_REMINDER_MAX_DAYS}.`,
      );
      return;
    }
    setSaving(true);
    try {
      await useSettingsStore.getState().update({ backupReminderDays: value });
      await useSafetyStore.getState().loadStatus();
      setTyped(null);
      setError(null);
      showToast({
        tone: 'success',
        title: 'Reminder updated',
        description: `After ${value} days without a backup.`,
      });
    } catch (e) {
      if (!endSessionIfLocked(e)) setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="settings-inline-form backup-reminder"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label="Backup reminder"
    >
      <TextField
        label="Remind me after"
        type="number"
        inputMode="numeric"
        min={BACKUP_REMINDER_MIN_DAYS}
        max={BACKUP_REMINDER_MAX_DAYS}
        step={1}
        suffix="days without a backup"
        className="settings-inline-form__field"
        hint="Shown at the top of the app when it is due."
        disabled={!settings}
        value={days}
        error={error ?? undefined}
        onChange={(e) => setTyped(e.target.value)}
      />
      <Button type="submit" pending={saving} disabled={!dirty}>
        Save
      </Button>
    </form>
  );
}

const MODES: { mode: BackupMode; title: string; detail: string; Icon: typeof KeyIcon }[] = [
  {
    mode: 'vault-key',
    title: 'With the vault’s key',
    detail: 'Restores with this vault’s passphrase or its recovery code. Best for your own copies.',
    Icon: ShieldIcon,
  },
  {
    mode: 'passphrase',
    title: 'With a separate passphrase',
    detail: 'For a copy someone else keeps: they never learn the vault’s passphrase.',
    Icon: KeyIcon,
  },
];

function BackupNowForm() {
  const [mode, setMode] = useState<BackupMode>('vault-key');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldError, setFieldError] = useState<{ passphrase?: string; confirm?: string }>({});
  const [result, setResult] = useState<{ tone: 'success' | 'danger'; title: string; text: string } | null>(
    null,
  );
  const job = useJob();
  const groupId = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (mode === 'passphrase') {
      const problem = passphraseProblem(passphrase);
      if (problem) return setFieldError({ passphrase: problem });
      if (confirm !== passphrase) return setFieldError({ confirm: 'The two entries do not match.' });
    }
    setFieldError({});
    try {
      const created = await job.run(() =>
        invoke('backup.create', mode === 'passphrase' ? { mode, passphrase } : { mode }),
      );
      if (created.cancelled) return;
      setPassphrase('');
      setConfirm('');
      await useSafetyStore.getState().loadStatus();
      setResult({
        tone: 'success',
        title: 'Backup saved',
        text: `${created.fileName} · ${formatBytes(created.bytes)} · ${
          created.mode === 'vault-key'
            ? 'opens with the vault’s passphrase or recovery code'
            : 'opens with the backup passphrase only'
        }`,
      });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      setResult({ tone: 'danger', title: 'The backup was not made', text: errorMessage(error) });
    }
  };

  return (
    <form className="backup-now" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Back up now">
      <fieldset className="choice-cards" aria-describedby={`${groupId}-hint`} disabled={job.running}>
        <legend className="field__label">Protect the backup</legend>
        {MODES.map(({ mode: value, title, detail, Icon }) => (
          <label key={value} className="choice-card" data-checked={mode === value || undefined}>
            <input
              type="radio"
              name={`${groupId}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            <Icon size={18} className="choice-card__icon" />
            <span className="choice-card__text">
              <span className="choice-card__title">{title}</span>
              <span className="choice-card__detail">{detail}</span>
            </span>
          </label>
        ))}
        <p id={`${groupId}-hint`} className="field__hint">
          Either way the file is encrypted end to end, and every part of it is authenticated.
        </p>
      </fieldset>
      {mode === 'passphrase' && (
        <div className="backup-now__passphrases">
          <PassphraseField
            label="Backup passphrase"
            autoComplete="new-password"
            value={passphrase}
            error={fieldError.passphrase}
            hint="At least 12 characters. Give it to the keeper of the copy apart from the file."
            onChange={(e) => {
              setPassphrase(e.target.value);
              setFieldError({});
            }}
            disabled={job.running}
          />
          <PassphraseField
            label="Type it again"
            autoComplete="new-password"
            value={confirm}
            error={fieldError.confirm}
            onChange={(e) => {
              setConfirm(e.target.value);
              setFieldError({});
            }}
            disabled={job.running}
          />
        </div>
      )}
      {job.running && <JobProgressBar progress={job.progress} label="Backing up the vault" />}
      {result && (
        <Alert tone={result.tone} role={result.tone === 'danger' ? 'alert' : 'status'} title={result.title}>
          {result.text}
        </Alert>
      )}
      <div className="backup-now__actions">
        <Button type="submit" variant="primary" icon={<ArchiveIcon size={17} />} pending={job.running}>
          Back up now…
        </Button>
        <span className="backup-now__note">You choose where the file goes.</span>
      </div>
    </form>
  );
}
