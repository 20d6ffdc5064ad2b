import { type FormEvent, useId, useState } from 'react';
import type { BundleAudience, BundleDiff, RecordChange } from '../../../../shared/safety/bundle';
import { HarborError, invoke } from '../../api';
import { useNavigationStore } from '../../app/navigation-store';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { PassphraseField } from '../../ui/PassphraseField';
import { ClientName } from '../privacy/ClientName';
import { errorMessage } from '../safety/BackupPanel';
import { formatDateTime } from '../safety/format';
import { Modal } from '../safety/ui/Modal';
import { JobProgressBar } from '../safety/ui/ProgressBar';
import { useJob } from '../safety/use-job';
import { AUDIENCE_TEXT } from './ExportBundleDialog';
import './bundles.css';

export interface ChosenBundle {
  token: string;
  fileName: string;
  audience: BundleAudience | null;
  createdAt: string;
}

type Applied = { clientId: string; added: number; changed: number; removed: number; action: string };

/** "releaseDate" → "release date": field names as words. */
function words(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Import a case bundle: its passphrase, then what it would change in this vault (a new client, or records added,
 * changed and missing for the one already here), and only then the import, in one transaction.
 */
export function ImportBundleDialog({ file, onClose }: { file: ChosenBundle; onClose(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<{ passphrase?: string; form?: string }>({});
  const [diff, setDiff] = useState<BundleDiff | null>(null);
  const [removeMissing, setRemoveMissing] = useState(false);
  const [applied, setApplied] = useState<Applied | null>(null);
  const [applying, setApplying] = useState(false);
  const job = useJob();
  const formId = useId();

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase) return setError({ passphrase: 'Enter the bundle passphrase.' });
    setError({});
    try {
      setDiff(await job.run(() => invoke('bundle.open', { token: file.token, passphrase })));
      setPassphrase('');
    } catch (e) {
      if (endSessionIfLocked(e)) return;
      if (e instanceof HarborError && e.code === 'WRONG_PASSPHRASE') setError({ passphrase: e.message });
      else setError({ form: errorMessage(e) });
    }
  };

  const apply = async () => {
    setApplying(true);
    try {
      setApplied(await invoke('bundle.apply', { token: file.token, removeMissing }));
    } catch (e) {
      if (!endSessionIfLocked(e)) setError({ form: errorMessage(e) });
    } finally {
      setApplying(false);
    }
  };

  const changes = diff
    ? diff.added.length +
      diff.changed.length +
      diff.clientFields.length +
      (removeMissing ? diff.missing.length : 0)
    : 0;

  const footer = applied ? (
    <>
      <Button onClick={onClose}>Close</Button>
      <Button
        variant="primary"
        onClick={() => {
          useNavigationStore.getState().openDossier(applied.clientId);
          onClose();
        }}
      >
        Open the dossier
      </Button>
    </>
  ) : diff ? (
    <>
      <Button onClick={onClose} disabled={applying}>
        Cancel
      </Button>
      <Button
        variant="primary"
        pending={applying}
        disabled={diff.action === 'update' && changes === 0}
        onClick={() => void apply()}
        data-testid="apply-bundle"
      >
        {diff.action === 'new-client'
          ? 'Import as a new client'
          : changes === 0
            ? 'Nothing to change'
            : `Apply ${changes} change${changes === 1 ? '' : 's'}`}
      </Button>
    </>
  ) : (
    <>
      <Button onClick={onClose} disabled={job.running}>
        Cancel
      </Button>
      <Button type="submit" form={formId} variant="primary" pending={job.running}>
        Open and compare
      </Button>
    </>
  );

  return (
    <Modal
      title="Import a case bundle"
      description={`${file.fileName} · ${file.audience ? `for ${AUDIENCE_TEXT[file.audience].title.toLowerCase()}` : 'case bundle'} · made ${formatDateTime(file.createdAt)}`}
      size="lg"
      onRequestClose={() => {
        if (!job.running && !applying) onClose();
      }}
      testId="import-bundle-dialog"
      initialFocus="input[type=password]"
      footer={footer}
    >
      {applied ? (
        <Alert
          tone="success"
          role="status"
          title={applied.action === 'new-client' ? 'Imported as a new client' : 'Bundle applied'}
        >
          {applied.added} added, {applied.changed} changed, {applied.removed} removed — in one step, recorded
          in the dossier’s history.
        </Alert>
      ) : diff ? (
        <BundleDiffView diff={diff} removeMissing={removeMissing} onRemoveMissing={setRemoveMissing} />
      ) : (
        <form id={formId} className="form-stack" onSubmit={(e) => void open(e)} noValidate>
          <p className="bundle-import__intro">
            Nothing is imported yet: the bundle is opened and compared with this vault first, and you see
            every change before it is applied.
          </p>
          <PassphraseField
            label="Bundle passphrase"
            autoComplete="off"
            value={passphrase}
            error={error.passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={job.running}
          />
          {job.running && <JobProgressBar progress={job.progress} label="Opening the bundle" />}
        </form>
      )}
      {error.form && (
        <Alert tone="danger" role="alert" title="The bundle was refused" className="bundle-import__error">
          {error.form}
        </Alert>
      )}
    </Modal>
  );
}

function ChangeList({ items, showFields }: { items: readonly RecordChange[]; showFields?: boolean }) {
  return (
    <ul className="bundle-diff__list">
      {items.map((item) => (
        <li key={item.id}>
          <span className="bundle-diff__label">{item.label}</span>
          {showFields && item.fields.length > 0 && (
            <span className="bundle-diff__fields">
              {item.fields.map((f) => (
                <span key={f} className="bundle-diff__field">
                  {words(f)}
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function BundleDiffView({
  diff,
  removeMissing,
  onRemoveMissing,
}: {
  diff: BundleDiff;
  removeMissing: boolean;
  onRemoveMissing(value: boolean): void;
}) {
  return (
    <div className="bundle-diff" data-testid="bundle-diff">
      <div className="bundle-diff__head">
        <span className={`bundle-diff__action bundle-diff__action--${diff.action}`}>
          {diff.action === 'new-client' ? 'New client' : 'Update'}
        </span>
        <span className="bundle-diff__client">
          <ClientName familyName={diff.familyName} givenNames={diff.givenNames} />
        </span>
      </div>

      {diff.action === 'update' && diff.clientFields.length > 0 && (
        <section className="bundle-diff__section bundle-diff__section--changed">
          <h3>
            Profile · {diff.clientFields.length} field{diff.clientFields.length === 1 ? '' : 's'} changed
          </h3>
          <p className="bundle-diff__fields">
            {diff.clientFields.map((f) => (
              <span key={f} className="bundle-diff__field">
                {words(f)}
              </span>
            ))}
          </p>
        </section>
      )}
      <section className="bundle-diff__section bundle-diff__section--added">
        <h3>
          {diff.added.length} record{diff.added.length === 1 ? '' : 's'} added
        </h3>
        {diff.added.length > 0 && <ChangeList items={diff.added} />}
      </section>
      {diff.action === 'update' && (
        <section className="bundle-diff__section bundle-diff__section--changed">
          <h3>
            {diff.changed.length} record{diff.changed.length === 1 ? '' : 's'} changed
          </h3>
          {diff.changed.length > 0 && <ChangeList items={diff.changed} showFields />}
        </section>
      )}
      {diff.missing.length > 0 && (
        <section className="bundle-diff__section bundle-diff__section--missing">
          <h3>
            {diff.missing.length} record{diff.missing.length === 1 ? '' : 's'} here but not in the bundle
          </h3>
          <ChangeList items={diff.missing} />
          <label className="bundle-diff__remove">
            <input
              type="checkbox"
              checked={removeMissing}
              onChange={(e) => onRemoveMissing(e.target.checked)}
            />
            Remove {diff.missing.length === 1 ? 'it' : 'them'} from this vault too (co-counsel deleted{' '}
            {diff.missing.length === 1 ? 'it' : 'them'}, or they are your own: kept unless you tick this)
          </label>
        </section>
      )}
      <p className="bundle-diff__footnote">
        {diff.action === 'update' && `${diff.unchanged} unchanged · `}
        {diff.visits} visit{diff.visits === 1 ? '' : 's'} with statements
        {diff.overrides > 0 && ` · ${diff.overrides} deadline override${diff.overrides === 1 ? '' : 's'}`}
      </p>
    </div>
  );
}
