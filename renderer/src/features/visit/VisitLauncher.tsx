import { useEffect, useState } from 'react';
import type { DossierListItem } from '../../../../shared/dossier/dossier';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../safety/BackupPanel';
import { ClientPicker } from '../safety/ui/ClientPicker';
import { Modal } from '../safety/ui/Modal';
import { useVisitStore } from './visit-store';

/** Ctrl/Cmd+Shift+K from anywhere in the app: pick the client (visits in progress first) and the visit starts. */
export function VisitLauncher() {
  const [inProgress, setInProgress] = useState<DossierListItem[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const { clientIds } = await invoke('visit.drafts', {});
      const dossiers = await Promise.all(clientIds.slice(0, 5).map((id) => invoke('dossier.get', { id })));
      if (cancelled) return;
      setInProgress(
        dossiers.map((d) => ({
          id: d.id,
          familyName: d.client.familyName,
          givenNames: d.client.givenNames,
          displayName: `${d.client.familyName}, ${d.client.givenNames}`,
          nationalities: d.client.nationalities,
          status: d.client.status,
          detained: d.detained,
          fronts: d.fronts,
          nextDeadline: null,
          updatedAt: d.updatedAt,
        })),
      );
    };
    load().catch((e: unknown) => {
      if (!endSessionIfLocked(e) && !cancelled) setError(errorMessage(e));
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const start = (client: DossierListItem) => {
    useVisitStore
      .getState()
      .start(client.id)
      .catch((e: unknown) => {
        if (!endSessionIfLocked(e)) setError(errorMessage(e));
      });
  };

  return (
    <Modal
      title="Start a visit"
      description="A distraction-free screen for a detention-center or interview visit, filed into the dossier at the end."
      onRequestClose={() => useVisitStore.getState().closeLauncher()}
      testId="visit-launcher"
      initialFocus="input[role=combobox]"
    >
      <div className="form-stack">
        <ClientPicker
          label="Client"
          onPick={start}
          pinned={inProgress}
          pinnedLabel="visit in progress"
          footer={
            <p className="field__hint">
              <kbd>↑</kbd> <kbd>↓</kbd> to choose · <kbd>Enter</kbd> to start the visit · <kbd>Esc</kbd> to
              close
            </p>
          }
        />
        {error && (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        )}
      </div>
    </Modal>
  );
}
