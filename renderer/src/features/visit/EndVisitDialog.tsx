import { type FormEvent, useId, useState } from 'react';
import type { SharingScope } from '../../../../shared/dossier/common';
import { formatDuration } from '../../../../shared/visit/visit';
import { useNavigationStore } from '../../app/navigation-store';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { showToast } from '../../ui/toast-store';
import { errorMessage } from '../safety/BackupPanel';
import { Modal } from '../safety/ui/Modal';
import { type ActiveVisit, useVisitStore } from './visit-store';

const SCOPES: { scope: SharingScope; title: string; detail: string }[] = [
  { scope: 'counsel-team', title: 'Counsel team', detail: 'Co-counsel may receive it in a case bundle.' },
  { scope: 'client-only', title: 'Client only', detail: 'Never leaves this vault.' },
];

/** Ends the visit: a summary, who may see the note, then filing into the dossier (or discarding). */
export function EndVisitDialog({ visit, onClose }: { visit: ActiveVisit; onClose(): void }) {
  const [scope, setScope] = useState<SharingScope>('counsel-team');
  const [busy, setBusy] = useState<'file' | 'discard' | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formId = useId();
  const { draft } = visit;
  const done = draft.questions.filter((q) => q.done).length;

  const file = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('file');
    try {
      const { clientId } = await useVisitStore.getState().file(scope);
      showToast({
        tone: 'success',
        title: 'Visit filed into the dossier',
        description: `A note and ${draft.statements.length} statement${draft.statements.length === 1 ? '' : 's'}.`,
      });
      useNavigationStore.getState().openDossier(clientId);
    } catch (e) {
      if (!endSessionIfLocked(e)) setError(errorMessage(e));
      setBusy(null);
    }
  };

  const discard = async () => {
    setBusy('discard');
    try {
      await useVisitStore.getState().discard();
      showToast({ tone: 'info', title: 'Visit discarded' });
    } catch (e) {
      if (!endSessionIfLocked(e)) setError(errorMessage(e));
      setBusy(null);
    }
  };

  return (
    <Modal
      title="End the visit"
      description="The notes, the questions and every statement become one note in the dossier, with the statements kept as structured entries."
      onRequestClose={() => {
        if (!busy) onClose();
      }}
      testId="end-visit-dialog"
      initialFocus="[data-testid='file-visit']"
      footer={
        <>
          {confirmDiscard ? (
            <Button
              variant="danger"
              className="sh-modal__footer-start"
              pending={busy === 'discard'}
              onClick={() => void discard()}
            >
              Discard for good
            </Button>
          ) : (
            <Button
              variant="ghost"
              className="sh-modal__footer-start"
              onClick={() => setConfirmDiscard(true)}
              disabled={busy !== null}
            >
              Discard visit…
            </Button>
          )}
          <Button onClick={onClose} disabled={busy !== null}>
            Keep visiting
          </Button>
          <Button
            type="submit"
            form={formId}
            variant="primary"
            pending={busy === 'file'}
            data-testid="file-visit"
          >
            File into the dossier
          </Button>
        </>
      }
    >
      <form id={formId} className="end-visit" onSubmit={(e) => void file(e)} noValidate>
        <dl className="end-visit__summary">
          <div>
            <dt>Time</dt>
            <dd>{formatDuration(draft.elapsedSeconds)}</dd>
          </div>
          <div>
            <dt>Statements</dt>
            <dd>{draft.statements.length}</dd>
          </div>
          <div>
            <dt>Questions</dt>
            <dd>
              {done} of {draft.questions.length}
            </dd>
          </div>
          <div>
            <dt>Notes</dt>
            <dd>{draft.notes.trim() ? `${draft.notes.trim().split(/\s+/).length} words` : 'none'}</dd>
          </div>
        </dl>
        <fieldset className="choice-cards">
          <legend className="field__label">Who may see the note</legend>
          <div className="choices-row">
            {SCOPES.map((s) => (
              <label key={s.scope} className="choice-card" data-checked={scope === s.scope || undefined}>
                <input
                  type="radio"
                  name={`${formId}-scope`}
                  checked={scope === s.scope}
                  onChange={() => setScope(s.scope)}
                />
                <span className="choice-card__text">
                  <span className="choice-card__title">{s.title}</span>
                  <span className="choice-card__detail">{s.detail}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {confirmDiscard && (
          <Alert tone="danger" role="alert" title="Discard this visit?">
            The notes and statements are deleted from the vault and cannot be brought back.
          </Alert>
        )}
        {error && (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        )}
      </form>
    </Modal>
  );
}
