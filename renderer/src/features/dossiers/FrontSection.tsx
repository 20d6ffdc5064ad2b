import { useState } from 'react';
import type { Dossier } from '../../../../shared/dossier/dossier';
import {
  type DossierRecord,
  type Front,
  RECORD_FRONT,
  RECORD_KINDS,
  type RecordKind,
  SINGLETON_KINDS,
} from '../../../../shared/dossier/records';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Button } from '../../ui/Button';
import { showToast } from '../../ui/toast-store';
import { useDossierStore } from './dossier-store';
import { FRONT_DESCRIPTIONS, FRONT_LABELS } from './fronts';
import { useDossierListStore } from './list-store';
import { KIND_DESCRIPTORS } from './records/descriptors';
import { RecordCard } from './records/RecordCard';
import { RecordForm } from './records/RecordForm';
import { KIND_PLURALS, recordSummary } from './records/summaries';
import { ConfirmDialog } from './ui/ConfirmDialog';
import { PlusIcon } from './ui/feature-icons';
import { FrontDot } from './ui/badges';

export function kindsOf(front: Front): RecordKind[] {
  return RECORD_KINDS.filter((kind) => RECORD_FRONT[kind] === front);
}

/** Newest first by the record's own date; undated records after, newest created first. */
function byDateDesc(a: DossierRecord, b: DossierRecord): number {
  const da = recordSummary(a).date ?? '';
  const db = recordSummary(b).date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : -1;
}

type Editing = { kind: RecordKind; record?: DossierRecord } | null;

/** One front of the case: its records as cards, grouped by kind, each with add, edit and delete. */
export function FrontSection({ dossier, front }: { dossier: Dossier; front: Front }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<DossierRecord | null>(null);
  const [pending, setPending] = useState(false);
  const kinds = kindsOf(front);

  const remove = async (record: DossierRecord) => {
    setPending(true);
    try {
      const next = await invoke('dossier.deleteRecord', { clientId: dossier.id, recordId: record.id });
      useDossierStore.getState().replace(next);
      useDossierListStore.getState().reload();
      showToast({ tone: 'success', title: 'Record deleted' });
    } catch (error) {
      if (!endSessionIfLocked(error)) {
        showToast({
          tone: 'danger',
          title: 'The record was not deleted',
          description: String((error as Error).message),
        });
      }
    } finally {
      setPending(false);
      setDeleting(null);
    }
  };

  return (
    <section
      className="dx-front-section"
      aria-labelledby={`front-${front}-title`}
      data-testid={`front-${front}`}
    >
      <header className="dx-front-section__header">
        <div>
          <h2 id={`front-${front}-title`} className="dx-tab-title">
            <FrontDot front={front} />
            {FRONT_LABELS[front]}
          </h2>
          <p className="dx-tab-description">{FRONT_DESCRIPTIONS[front]}</p>
        </div>
      </header>

      {kinds.map((kind) => {
        const records = dossier.records.filter((r) => r.kind === kind).sort(byDateDesc);
        const descriptor = KIND_DESCRIPTORS[kind];
        const canAdd = !(SINGLETON_KINDS.includes(kind) && records.length > 0);
        return (
          <div key={kind} className="dx-kind-group" data-testid={`kind-${kind}`}>
            <div className="dx-kind-group__header">
              <h3 className="dx-kind-group__title">
                {KIND_PLURALS[kind]}
                <span className="dx-kind-group__count">{records.length}</span>
              </h3>
              {canAdd && (
                <Button size="sm" icon={<PlusIcon size={15} />} onClick={() => setEditing({ kind })}>
                  Add {descriptor.noun}
                </Button>
              )}
            </div>
            {records.length === 0 ? (
              <button type="button" className="dx-kind-group__empty" onClick={() => setEditing({ kind })}>
                <PlusIcon size={16} />
                <span>
                  No {KIND_PLURALS[kind].toLowerCase()} recorded. <strong>Add {descriptor.noun}</strong>
                </span>
              </button>
            ) : (
              <div className="dx-kind-group__cards">
                {records.map((record) => (
                  <RecordCard
                    key={record.id}
                    record={record}
                    records={dossier.records}
                    checks={dossier.checks.filter((c) => c.relatedRecordId === record.id)}
                    onEdit={() => setEditing({ kind, record })}
                    onDelete={() => setDeleting(record)}
                  />
                ))}
              </div>
            )}
          </div>
        );
      })}

      {editing && (
        <RecordForm
          key={editing.record?.id ?? editing.kind}
          dossier={dossier}
          kind={editing.kind}
          record={editing.record}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this record?"
          confirmLabel="Delete record"
          tone="danger"
          pending={pending}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
          testId="confirm-delete-record"
        >
          <p>
            <strong>{recordSummary(deleting).title}</strong> will be removed from the dossier, and the
            deadlines computed from it with it. The history keeps a copy of what it held.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
