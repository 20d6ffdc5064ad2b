import { type FormEvent, useEffect, useId, useState } from 'react';
import { RECORD_KIND_LABELS } from '../../../../shared/dossier/records';
import {
  BUNDLE_AUDIENCES,
  type BundleAudience,
  type BundleExportPreview,
} from '../../../../shared/safety/bundle';
import { passphraseProblem } from '../../../../shared/vault/passphrase';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { PassphraseField } from '../../ui/PassphraseField';
import { ClientName } from '../privacy/ClientName';
import { errorMessage } from '../safety/BackupPanel';
import { formatBytes } from '../safety/format';
import { JobProgressBar } from '../safety/ui/ProgressBar';
import { Modal } from '../safety/ui/Modal';
import { useJob } from '../safety/use-job';
import './bundles.css';

export const AUDIENCE_TEXT: Record<BundleAudience, { title: string; detail: string }> = {
  'counsel-team': {
    title: 'Counsel team',
    detail: 'Co-counsel on this case: everything except what is marked client only.',
  },
  court: { title: 'Court', detail: 'Only what is marked for the court or public.' },
  ccf: { title: 'CCF', detail: 'Only what is marked for the CCF or public.' },
  public: { title: 'Public', detail: 'Only what is marked public.' },
};

interface ExportBundleDialogProps {
  clientId: string;
  familyName: string;
  givenNames: string;
  onClose(): void;
}

/**
 * Export one client's case bundle: the audience decides which records go (by each record's sharing scope), the
 * preview says how many stay behind, and a bundle passphrase seals the file.
 */
export function ExportBundleDialog({ clientId, familyName, givenNames, onClose }: ExportBundleDialogProps) {
  const [audience, setAudience] = useState<BundleAudience>('counsel-team');
  const [preview, setPreview] = useState<BundleExportPreview | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string; form?: string }>({});
  const [saved, setSaved] = useState<{ fileName: string; records: number; bytes: number } | null>(null);
  const job = useJob();
  const groupId = useId();

  useEffect(() => {
    let cancelled = false;
    invoke('bundle.preview', { clientId, audience })
      .then((result) => {
        if (!cancelled) setPreview(result);
      })
      .catch((error: unknown) => {
        if (!endSessionIfLocked(error) && !cancelled) setErrors({ form: errorMessage(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, audience]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passphraseProblem(passphrase);
    if (problem) return setErrors({ passphrase: problem });
    if (confirm !== passphrase) return setErrors({ confirm: 'The two entries do not match.' });
    setErrors({});
    try {
      const result = await job.run(() => invoke('bundle.export', { clientId, audience, passphrase }));
      if (result.cancelled) return;
      setSaved(result);
      setPassphrase('');
      setConfirm('');
    } catch (error) {
      if (!endSessionIfLocked(error)) setErrors({ form: errorMessage(error) });
    }
  };

  return (
    <Modal
      title="Export a case bundle"
      description={
        <>
          For <ClientName familyName={familyName} givenNames={givenNames} /> — an encrypted file for
          co-counsel, opened in their own Safe Harbor with the bundle passphrase.
        </>
      }
      size="lg"
      onRequestClose={() => {
        if (!job.running) onClose();
      }}
      testId="export-bundle-dialog"
      initialFocus="input[type=radio]:checked"
      footer={
        saved ? (
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={job.running}>
              Cancel
            </Button>
            <Button
              type="submit"
              form={`${groupId}-form`}
              variant="primary"
              pending={job.running}
              disabled={!preview?.allowed}
            >
              Save bundle…
            </Button>
          </>
        )
      }
    >
      {saved ? (
        <Alert tone="success" role="status" title="Bundle saved">
          <p>
            {saved.fileName} · {saved.records} record{saved.records === 1 ? '' : 's'} ·{' '}
            {formatBytes(saved.bytes)}
          </p>
          <p>
            Send the passphrase by another way than the file — by phone or in person, never in the same email.
          </p>
        </Alert>
      ) : (
        <form id={`${groupId}-form`} className="bundle-export" onSubmit={(e) => void onSubmit(e)} noValidate>
          <fieldset className="choice-cards" disabled={job.running}>
            <legend className="field__label">Who is it for?</legend>
            <div className="choices-row">
              {BUNDLE_AUDIENCES.map((value) => (
                <label key={value} className="choice-card" data-checked={audience === value || undefined}>
                  <input
                    type="radio"
                    name={`${groupId}-audience`}
                    value={value}
                    checked={audience === value}
                    onChange={() => setAudience(value)}
                  />
                  <span className="choice-card__text">
                    <span className="choice-card__title">{AUDIENCE_TEXT[value].title}</span>
                    <span className="choice-card__detail">{AUDIENCE_TEXT[value].detail}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>

          {preview && !preview.allowed && (
            <Alert tone="warning" role="status" title="This dossier cannot go to that audience">
              {preview.reason}
            </Alert>
          )}
          {preview?.allowed && (
            <div className="bundle-preview" data-testid="bundle-preview" aria-live="polite">
              <p className="bundle-preview__summary">
                <strong>{preview.included}</strong> record{preview.included === 1 ? '' : 's'} go into the
                bundle; <strong>{preview.excluded}</strong> stay{preview.excluded === 1 ? 's' : ''} in this
                vault.
              </p>
              {preview.byKind.length > 0 && (
                <table className="bundle-preview__table">
                  <thead>
                    <tr>
                      <th scope="col">Kind</th>
                      <th scope="col">Included</th>
                      <th scope="col">Kept back</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.byKind.map((row) => (
                      <tr key={row.kind}>
                        <th scope="row">{RECORD_KIND_LABELS[row.kind]}</th>
                        <td>{row.included}</td>
                        <td data-zero={row.excluded === 0 || undefined}>{row.excluded}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          )}

          <div className="bundle-export__passphrases">
            <PassphraseField
              label="Bundle passphrase"
              autoComplete="new-password"
              hint="At least 12 characters; not the vault’s own passphrase."
              value={passphrase}
              error={errors.passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              disabled={job.running}
            />
            <PassphraseField
              label="Type it again"
              autoComplete="new-password"
              value={confirm}
              error={errors.confirm}
              onChange={(e) => setConfirm(e.target.value)}
              disabled={job.running}
            />
          </div>
          {job.running && <JobProgressBar progress={job.progress} label="Sealing the bundle" />}
          {errors.form && (
            <Alert tone="danger" role="alert">
              {errors.form}
            </Alert>
          )}
        </form>
      )}
    </Modal>
  );
}
