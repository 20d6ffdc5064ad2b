import { type FormEvent, useState } from 'react';
import type { BackupVerifyReport, RestoreReport, SealedFileInfo } from '../../../../shared/safety/backup';
import { HarborError, invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { HardDriveIcon, KeyIcon, ShieldIcon } from '../../ui/icons';
import { Panel } from '../../ui/Panel';
import { PassphraseField } from '../../ui/PassphraseField';
import { errorMessage } from './BackupPanel';
import { formatBytes, formatDateTime } from './format';
import { FileCheckIcon, UploadIcon } from './icons';
import { JobProgressBar } from './ui/ProgressBar';
import { useJob } from './use-job';

type Outcome =
  | { kind: 'verified'; report: BackupVerifyReport }
  | { kind: 'restored'; report: RestoreReport }
  | { kind: 'error'; message: string };

/** Settings → Check or restore a backup: verify one without restoring it, or restore it into a new folder. */
export function RestorePanel() {
  const [file, setFile] = useState<SealedFileInfo | null>(null);
  const [secret, setSecret] = useState('');
  const [secretError, setSecretError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [choosing, setChoosing] = useState(false);
  const job = useJob();
  const needsSecret = file !== null && (file.mode === 'passphrase' || !file.openedByThisVault);

  const choose = async () => {
    setChoosing(true);
    setOutcome(null);
    try {
      const chosen = await invoke('backup.chooseFile', {});
      if (chosen.cancelled) return;
      setFile(chosen);
      setSecret('');
      setSecretError(undefined);
    } catch (error) {
      if (!endSessionIfLocked(error)) setOutcome({ kind: 'error', message: errorMessage(error) });
    } finally {
      setChoosing(false);
    }
  };

  const run = async (action: 'verify' | 'restore') => {
    if (!file) return;
    if (needsSecret && !secret) {
      setSecretError(
        file.mode === 'passphrase'
          ? 'Enter the backup passphrase.'
          : 'Enter the passphrase or recovery code.',
      );
      return;
    }
    setSecretError(undefined);
    setOutcome(null);
    const typed = needsSecret ? { secret } : {};
    try {
      if (action === 'verify') {
        const report = await job.run(() => invoke('backup.verify', { token: file.token, ...typed }));
        setOutcome({ kind: 'verified', report });
        return;
      }
      const folder = await invoke('backup.chooseRestoreFolder', {});
      if (folder.cancelled) return;
      const report = await job.run(() =>
        invoke('backup.restore', { fileToken: file.token, folderToken: folder.token, ...typed }),
      );
      setOutcome({ kind: 'restored', report });
    } catch (error) {
      if (endSessionIfLocked(error)) return;
      const message = errorMessage(error);
      if (error instanceof HarborError && error.code === 'WRONG_PASSPHRASE') setSecretError(message);
      else setOutcome({ kind: 'error', message });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run('verify');
  };

  return (
    <Panel
      id="settings-restore"
      icon={<FileCheckIcon size={18} />}
      title="Check or restore a backup"
      description="Verifying reads the whole file: every part is authenticated and the database inside passes an integrity check, without restoring anything."
    >
      <form className="restore-form" onSubmit={onSubmit} noValidate aria-label="Check or restore a backup">
        {file ? (
          <div className="sealed-file" data-testid="chosen-backup">
            <FileCheckIcon size={20} className="sealed-file__icon" />
            <div className="sealed-file__text">
              <p className="sealed-file__name">{file.fileName}</p>
              <p className="sealed-file__meta">
                Made {formatDateTime(file.createdAt)} · {formatBytes(file.bytes)}
              </p>
              <p className="sealed-file__badges">
                {file.mode === 'vault-key' ? (
                  <span className="sealed-file__badge">
                    <ShieldIcon size={13} /> Vault key
                  </span>
                ) : (
                  <span className="sealed-file__badge">
                    <KeyIcon size={13} /> Own passphrase
                  </span>
                )}
                {file.openedByThisVault && (
                  <span className="sealed-file__badge sealed-file__badge--ok">From this vault</span>
                )}
              </p>
            </div>
            <Button size="sm" variant="ghost" onClick={() => void choose()} disabled={job.running}>
              Change…
            </Button>
          </div>
        ) : (
          <Button icon={<UploadIcon size={17} />} onClick={() => void choose()} pending={choosing}>
            Choose a backup file…
          </Button>
        )}

        {needsSecret && (
          <PassphraseField
            label={
              file.mode === 'passphrase'
                ? 'Backup passphrase'
                : 'Passphrase or recovery code of the vault that made it'
            }
            autoComplete="off"
            value={secret}
            error={secretError}
            onChange={(e) => setSecret(e.target.value)}
            disabled={job.running}
          />
        )}

        {job.running && <JobProgressBar progress={job.progress} label="Reading the backup" />}
        {outcome?.kind === 'verified' && (
          <Alert tone="success" role="status" title="The backup is sound" className="restore-outcome">
            {outcome.report.chunks} part{outcome.report.chunks === 1 ? '' : 's'} authenticated,{' '}
            {outcome.report.dossiers} dossier{outcome.report.dossiers === 1 ? '' : 's'} inside, integrity
            check passed. Made {formatDateTime(outcome.report.createdAt)}.
          </Alert>
        )}
        {outcome?.kind === 'restored' && (
          <Alert tone="success" role="status" title="Restored into a new vault" className="restore-outcome">
            <p>
              {outcome.report.dossiers} dossier{outcome.report.dossiers === 1 ? '' : 's'} in{' '}
              <code className="restore-outcome__path">{outcome.report.location}</code>
            </p>
            <p>
              It opens with the passphrase (or recovery code) the vault had on{' '}
              {formatDateTime(outcome.report.createdAt)}. This vault is unchanged.
            </p>
          </Alert>
        )}
        {outcome?.kind === 'error' && (
          <Alert tone="danger" role="alert" title="The backup cannot be used">
            {outcome.message}
          </Alert>
        )}

        {file && (
          <div className="restore-form__actions">
            <Button type="submit" variant="primary" icon={<FileCheckIcon size={17} />} pending={job.running}>
              Verify backup
            </Button>
            <Button
              icon={<HardDriveIcon size={17} />}
              onClick={() => void run('restore')}
              disabled={job.running}
            >
              Restore into a new folder…
            </Button>
          </div>
        )}
        <p className="restore-form__explain">
          A restore never writes over the vault you are using, or any other: it makes a complete, separate
          vault in an empty folder you choose. To work from it, quit Safe Harbor and put its two files in
          place of the vault’s (the folder under <strong>Vault</strong>), or open it from the command line
          with <code>--vault</code>. On a new computer, the first screen offers to restore a backup directly.
        </p>
      </form>
    </Panel>
  );
}
