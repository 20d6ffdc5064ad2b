import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { type Client, type ClientInput, clientSchema } from '../../../../shared/dossier/client';
import type { Dossier } from '../../../../shared/dossier/dossier';
import { invoke } from '../../api';
import { useNavigationStore } from '../../app/navigation-store';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ArrowLeftIcon } from '../../ui/icons';
import { Shortcut } from '../../ui/Shortcut';
import { showToast } from '../../ui/toast-store';
import { ClientName } from '../privacy/ClientName';
import { useDossierStore } from './dossier-store';
import { todayIso } from './format';
import { handleSaveError, isSaveShortcut } from './form-helpers';
import { useDossierListStore } from './list-store';
import { CLIENT_SECTIONS } from './records/client-descriptor';
import { FormSections } from './records/controls';
import { ScopeField } from './records/ScopeField';
import { ConfirmDialog } from './ui/ConfirmDialog';

function blankClient(): ClientInput {
  return {
    familyName: '',
    givenNames: '',
    aliases: [],
    nationalities: [],
    identityDocuments: [],
    languages: [],
    interpreterNeeded: 'unknown',
    contacts: [],
    family: [],
    status: 'intake',
    intakeDate: todayIso(),
    scope: 'counsel-team',
  };
}

interface ClientFormProps {
  /** The dossier being edited; none for a new client. */
  dossier?: Dossier;
  onDone(): void;
}

/**
 * New client or edit client: names and aliases, identity, languages, contacts, family, status and sharing scope.
 * Ctrl/Cmd+S saves; Esc cancels (asking first when something was changed). Editing sends the revision read, so a
 * change made elsewhere meanwhile is reported, not overwritten.
 */
export function ClientForm({ dossier, onDone }: ClientFormProps) {
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [conflict, setConflict] = useState(false);
  const methods = useForm<ClientInput, unknown, Client>({
    resolver: zodResolver(clientSchema),
    defaultValues: dossier ? structuredClone(dossier.client) : blankClient(),
  });
  const {
    handleSubmit,
    setError,
    formState: { isDirty, isSubmitting, errors },
  } = methods;

  const onSubmit = handleSubmit(async (client) => {
    try {
      const saved: Dossier = dossier
        ? await invoke('dossier.update', { id: dossier.id, revision: dossier.revision, client })
        : await invoke('dossier.create', { client });
      useDossierStore.getState().replace(saved);
      useDossierListStore.getState().reload();
      if (!dossier) useNavigationStore.getState().openDossier(saved.id);
      showToast({ tone: 'success', title: dossier ? 'Client details saved' : 'Dossier created' });
      onDone();
    } catch (error) {
      if (handleSaveError(error, setError) === 'conflict') setConflict(true);
    }
  });

  const requestCancel = () => {
    if (isDirty) setConfirmDiscard(true);
    else onDone();
  };
  const cancelRef = useRef(requestCancel);
  const submitRef = useRef(onSubmit);
  useEffect(() => {
    cancelRef.current = requestCancel;
    submitRef.current = onSubmit;
  });

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      if (isSaveShortcut(event)) {
        event.preventDefault();
        void submitRef.current();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        cancelRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const title = dossier ? 'Edit client' : 'New client';
  return (
    <div className="page dx-client-form-page" data-testid="client-form">
      <header className="page__header">
        <div className="page__heading">
          <button type="button" className="dx-back-link" onClick={requestCancel}>
            <ArrowLeftIcon size={15} />
            {dossier ? 'Back to the dossier' : 'Back to dossiers'}
          </button>
          <h1 ref={headingRef} tabIndex={-1} className="page__title">
            {title}
          </h1>
          <p className="page__description">
            {dossier ? (
              <>
                Client details of{' '}
                <ClientName familyName={dossier.client.familyName} givenNames={dossier.client.givenNames} />.
                The records of each front are edited in the dossier.
              </>
            ) : (
              'Who the client is, every spelling of the name, and how to reach them safely. The fronts of the case come next, in the dossier.'
            )}
          </p>
        </div>
        <div className="page__actions">
          <Button variant="ghost" onClick={requestCancel}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="primary" pending={isSubmitting}>
            {dossier ? 'Save changes' : 'Create dossier'}
            <Shortcut keyLabel="S" className="button__shortcut" decorative />
          </Button>
        </div>
      </header>

      {conflict && dossier && (
        <Alert
          tone="warning"
          role="alert"
          title="This dossier was changed elsewhere since you opened it"
          actions={
            <Button
              size="sm"
              onClick={() => {
                void useDossierStore.getState().load(dossier.id);
                onDone();
              }}
            >
              Load the latest version
            </Button>
          }
        >
          Your changes were not saved. Load the latest version, then make them again.
        </Alert>
      )}
      {errors.root?.server && (
        <Alert tone="danger" role="alert" title="The client was not saved">
          {errors.root.server.message}
        </Alert>
      )}

      <FormProvider {...methods}>
        <form id={formId} className="dx-client-form" onSubmit={onSubmit} noValidate aria-label={title}>
          <FormSections
            sections={CLIENT_SECTIONS}
            data={{ recordOptions: {} }}
            after={
              <section className="dx-form-section">
                <ScopeField legend="Sharing scope of the client’s details" />
              </section>
            }
          />
          <div className="dx-client-form__footer">
            <p className="dx-client-form__keys">
              <kbd>Esc</kbd> cancel · <Shortcut keyLabel="S" /> save
            </p>
            <Button variant="ghost" onClick={requestCancel}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" pending={isSubmitting}>
              {dossier ? 'Save changes' : 'Create dossier'}
            </Button>
          </div>
        </form>
      </FormProvider>

      {confirmDiscard && (
        <ConfirmDialog
          title="Discard your changes?"
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          tone="danger"
          onConfirm={() => {
            setConfirmDiscard(false);
            onDone();
          }}
          onCancel={() => setConfirmDiscard(false)}
          testId="confirm-discard"
        >
          The changes to this form have not been saved.
        </ConfirmDialog>
      )}
    </div>
  );
}
