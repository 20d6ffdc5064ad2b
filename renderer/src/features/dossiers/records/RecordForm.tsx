import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { type FieldValues, FormProvider, type Resolver, useForm } from 'react-hook-form';
import { z } from 'zod';
import { sharingScopeSchema } from '../../../../../shared/dossier/common';
import type { Dossier } from '../../../../../shared/dossier/dossier';
import {
  type DossierRecord,
  RECORD_SCHEMAS,
  type RecordInput,
  type RecordKind,
} from '../../../../../shared/dossier/records';
import { invoke } from '../../../api';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Shortcut } from '../../../ui/Shortcut';
import { useDossierStore } from '../dossier-store';
import { handleSaveError, isSaveShortcut } from '../form-helpers';
import { useDossierListStore } from '../list-store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Modal } from '../ui/Modal';
import { FormSections } from './controls';
import { KIND_DESCRIPTORS } from './descriptors';
import { recordOptionLabel } from './summaries';
import { ScopeField } from './ScopeField';

interface RecordFormProps {
  dossier: Dossier;
  kind: RecordKind;
  /** The record being edited; none to add one. */
  record?: DossierRecord;
  onClose(): void;
}

/**
 * The edit form of any record kind, built from its descriptor and validated by its zod schema. Saving returns the
 * whole dossier, which replaces the view: deadlines and checks are recomputed by then.
 */
export function RecordForm({ dossier, kind, record, onClose }: RecordFormProps) {
  const descriptor = KIND_DESCRIPTORS[kind];
  const formId = useId();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [conflict, setConflict] = useState(false);
  const schema = useMemo(() => z.object({ scope: sharingScopeSchema, data: RECORD_SCHEMAS[kind] }), [kind]);
  const methods = useForm<FieldValues>({
    // The kind is chosen at run time, so the form's values are typed loosely; the schema is the real check.
    resolver: zodResolver(schema) as unknown as Resolver<FieldValues>,
    defaultValues: {
      scope: record?.scope ?? 'counsel-team',
      data: structuredClone(
        record ? record.data : { ...schemaDefaults(RECORD_SCHEMAS[kind]), ...descriptor.blank },
      ),
    },
  });
  const {
    handleSubmit,
    setError,
    formState: { isDirty, isSubmitting, errors },
  } = methods;

  const recordOptions = useMemo(
    () => ({
      interpol: dossier.records
        .filter((r) => r.kind === 'interpol')
        .map((r) => ({ value: r.id, label: recordOptionLabel(r) })),
    }),
    [dossier.records],
  );

  const onSubmit = handleSubmit(async (values) => {
    const input = {
      kind,
      scope: values.scope,
      data: values.data,
      ...(record ? { id: record.id } : {}),
    } as RecordInput;
    try {
      const saved = await invoke('dossier.saveRecord', {
        clientId: dossier.id,
        record: input,
        ...(record ? { revision: record.revision } : {}),
      });
      useDossierStore.getState().replace(saved);
      useDossierListStore.getState().reload();
      onClose();
    } catch (error) {
      if (handleSaveError(error, setError) === 'conflict') setConflict(true);
    }
  });

  const requestClose = () => {
    if (confirmDiscard) return;
    if (isDirty) setConfirmDiscard(true);
    else onClose();
  };

  const title = `${record ? 'Edit' : 'Add'} ${descriptor.noun}`;
  return (
    <>
      <Modal
        size="lg"
        title={capitalize(title)}
        description={descriptor.description}
        onRequestClose={requestClose}
        testId="record-form"
        initialFocus="input:not([type=hidden]), select, textarea"
        footer={
          <>
            <p className="dx-modal__footer-note" aria-hidden="true">
              <kbd>Esc</kbd> cancel · <Shortcut keyLabel="S" /> save
            </p>
            <Button variant="ghost" onClick={requestClose}>
              Cancel
            </Button>
            <Button type="submit" form={formId} variant="primary" pending={isSubmitting}>
              {record ? 'Save changes' : capitalize(title)}
            </Button>
          </>
        }
      >
        {conflict && (
          <Alert
            tone="warning"
            role="alert"
            title="This record was changed elsewhere since you opened it"
            className="dx-record-form__alert"
            actions={
              <Button
                size="sm"
                onClick={() => {
                  void useDossierStore.getState().load(dossier.id);
                  onClose();
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
          <Alert
            tone="danger"
            role="alert"
            title="The record was not saved"
            className="dx-record-form__alert"
          >
            {errors.root.server.message}
          </Alert>
        )}
        <FormProvider {...methods}>
          <form
            id={formId}
            className="dx-record-form"
            onSubmit={onSubmit}
            noValidate
            aria-label={capitalize(title)}
            onKeyDown={(event) => {
              if (isSaveShortcut(event)) {
                event.preventDefault();
                void onSubmit();
              }
            }}
          >
            <FormSections
              sections={descriptor.sections}
              data={{ recordOptions }}
              prefix="data."
              after={
                <section className="dx-form-section">
                  <ScopeField />
                </section>
              }
            />
          </form>
        </FormProvider>
      </Modal>
      {confirmDiscard && (
        <ConfirmDialog
          title="Discard your changes?"
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          tone="danger"
          onConfirm={() => {
            setConfirmDiscard(false);
            onClose();
          }}
          onCancel={() => setConfirmDiscard(false)}
          testId="confirm-discard"
        >
          The changes to this {descriptor.noun} have not been saved.
        </ConfirmDialog>
      )}
    </>
  );
}

/**
 * The values a kind's schema fills in by itself (`.default(…)`), so a new record's form starts from them: a radio
 * group or checkbox list then shows the default chosen, as saving would store it.
 */
function schemaDefaults(schema: z.ZodObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const def = (field as z.ZodType)._zod.def;
    if (def.type === 'default')
      out[key] = structuredClone((def as unknown as { defaultValue: unknown }).defaultValue);
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
