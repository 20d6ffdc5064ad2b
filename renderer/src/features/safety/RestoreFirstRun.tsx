import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { RestoreReport, SealedFileInfo } from '../../../../shared/safety/backup';
import { HarborError, invoke } from '../../api';
import { Alert } from '../../ui/Alert';
import { AuthHeader, AuthLayout } from '../../ui/AuthLayout';
import { Button } from '../../ui/Button';
import { ArrowLeftIcon, KeyIcon, ShieldIcon } from '../../ui/icons';
import { PassphraseField } from '../../ui/PassphraseField';
import { useVaultStore } from '../vault/vault-store';
import { errorMessage } from './BackupPanel';
import { formatBytes, formatDateTime } from './format';
import { FileCheckIcon, UploadIcon } from './icons';
import { JobProgressBar } from './ui/ProgressBar';
import { useJob } from './use-job';
import './safety.css';

/**
 * A lost or seized laptop, a new computer: on the first screen, instead of creating an empty vault, restore the last
 * backup into this computer's vault folder (which holds no vault yet), then unlock it as before.
 */
export function RestoreFirstRun({ onBack }: { onBack(): void }) {
  const [file, setFile] = useState<SealedFileInfo | null>(null);
  const [secret, setSecret] = useState('');
  const [secretError, setSecretError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);
  const [choosing, setChoosing] = useState(false);
  const job = useJob();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const choose = async () => {
    setChoosing(true);
    setError(null);
    try {
      const chosen = await invoke('backup.chooseFile', {});
      if (!chosen.cancelled) setFile(chosen);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setChoosing(false);
    }
  };

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    if (!secret) return setSecretError('Enter it to open the backup.');
    setSecretError(undefined);
    setError(null);
    try {
      setReport(await job.run(() => invoke('backup.restoreHere', { fileToken: file.token, secret })));
      setSecret('');
    } catch (e) {
      if (e instanceof HarborError && e.code === 'WRONG_PASSPHRASE') setSecretError(e.message);
      else setError(errorMessage(e));
    }
  };

  return (
    <AuthLayout testId="restore-first-run">
      <AuthHeader eyebrow="Restore" title="Restore the vault from a backup" headingRef={headingRef}>
        <p>
          Choose a Safe Harbor backup file. It is checked part by part as it is restored; a damaged or altered
          file is refused before anything is written.
        </p>
      </AuthHeader>
      {report ? (
        <div className="form-stack">
          <Alert tone="success" role="status" title="The vault is restored">
            {report.dossiers} dossier{report.dossiers === 1 ? '' : 's'} from the backup of{' '}
            {formatDateTime(report.createdAt)}. Unlock it with the passphrase it had then (or its recovery
            code).
          </Alert>
          <Button variant="primary" size="lg" fullWidth onClick={() => void useVaultStore.getState().load()}>
            Continue to unlock
          </Button>
        </div>
      ) : (
        <form
          className="form-stack"
          onSubmit={(e) => void restore(e)}
          noValidate
          aria-label="Restore from a backup"
        >
          {file ? (
            <div className="sealed-file" data-testid="chosen-backup">
              <FileCheckIcon size={20} className="sealed-file__icon" />
              <div className="sealed-file__text">
                <p className="sealed-file__name">{file.fileName}</p>
                <p className="sealed-file__meta">
                  Made {formatDateTime(file.createdAt)} · {formatBytes(file.bytes)}
                </p>
                <p className="sealed-file__badges">
                  <span className="sealed-file__badge">
                    {file.mode === 'vault-key' ? <ShieldIcon size={13} /> : <KeyIcon size={13} />}
                    {file.mode === 'vault-key' ? 'Vault key' : 'Own passphrase'}
                  </span>
                </p>
              </div>
              <Button size="sm" variant="ghost" onClick={() => void choose()} disabled={job.running}>
                Change…
              </Button>
            </div>
          ) : (
            <Button
              icon={<UploadIcon size={17} />}
              onClick={() => void choose()}
              pending={choosing}
              fullWidth
            >
              Choose a backup file…
            </Button>
          )}
          {file && (
            <PassphraseField
              label={file.mode === 'passphrase' ? 'Backup passphrase' : 'Vault passphrase or recovery code'}
              hint={
                file.mode === 'passphrase'
                  ? 'The passphrase chosen for this backup.'
                  : 'The passphrase the vault had when it was backed up, or its recovery code.'
              }
              autoComplete="off"
              value={secret}
              error={secretError}
              onChange={(e) => setSecret(e.target.value)}
              disabled={job.running}
            />
          )}
          {job.running && <JobProgressBar progress={job.progress} label="Restoring the vault" />}
          {error && (
            <Alert tone="danger" role="alert" title="The backup cannot be restored">
              {error}
            </Alert>
          )}
          {file && (
            <Button type="submit" variant="primary" size="lg" fullWidth pending={job.running}>
              Restore the vault
            </Button>
          )}
          <Button variant="link" icon={<ArrowLeftIcon size={15} />} onClick={onBack} disabled={job.running}>
            Create a new vault instead
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
