import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ComputedDeadline } from '../../../../shared/deadlines/engine';
import {
  type ChecklistItem,
  type DueInput,
  NOT_OBTAINABLE_RULE,
  notObtainableReasonSchema,
} from '../../../../shared/evidence/checklist';
import { isoDate } from '../../../../shared/dossier/common';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field, TextField } from '../../ui/Field';
import { applyServerError } from '../../ui/form-errors';
import { Modal } from '../dossiers/ui/Modal';
import { formatDate } from './format';

const reasonForm = z.object({ reason: notObtainableReasonSchema });

/** Not obtainable needs the reason the REAL ID Act asks for; the dialog will not close without one. */
export function ReasonDialog({
  item,
  onSave,
  onClose,
}: {
  item: ChecklistItem;
  onSave(reason: string): Promise<void>;
  onClose(): void;
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ reason: string }>({
    resolver: zodResolver(reasonForm),
    defaultValues: { reason: item.notObtainableReason ?? '' },
  });
  const submit = handleSubmit(async ({ reason }) => {
    try {
      await onSave(reason);
      onClose();
    } catch (error) {
      applyServerError(error, setError, { byServerField: { 'patch.notObtainableReason': 'reason' } });
    }
  });
  return (
    <Modal
      title="Mark as not obtainable"
      description={item.title}
      onRequestClose={onClose}
      size="sm"
      testId="reason-dialog"
      initialFocus="textarea"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="reason-form" pending={isSubmitting}>
            Mark not obtainable
          </Button>
        </>
      }
    >
      <form id="reason-form" className="form-stack" onSubmit={submit} noValidate>
        <Alert tone="info">{NOT_OBTAINABLE_RULE}</Alert>
        {errors.root?.server && <Alert tone="danger">{errors.root.server.message}</Alert>}
        <Field
          label="Why it cannot reasonably be obtained"
          hint="Be specific: who was asked, when, and what made it impossible or unsafe."
          error={errors.reason?.message}
        >
          {(control) => <textarea className="ev-textarea" rows={5} {...control} {...register('reason')} />}
        </Field>
      </form>
    </Modal>
  );
}

type DueMode = DueInput['mode'];

/** A due date typed in, or one that follows a computed deadline of the dossier (and moves when it moves). */
export function DueDialog({
  item,
  deadlines,
  onSave,
  onClose,
}: {
  item: ChecklistItem;
  deadlines: readonly ComputedDeadline[];
  onSave(due: DueInput): Promise<void>;
  onClose(): void;
}) {
  const [mode, setMode] = useState<DueMode>(item.due.mode);
  const [date, setDate] = useState(item.due.mode === 'date' ? item.due.date : '');
  const [key, setKey] = useState(item.due.mode === 'deadline' ? item.due.key : (deadlines[0]?.key ?? ''));
  const [error, setErrorText] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    let due: DueInput;
    if (mode === 'date') {
      if (!isoDate.safeParse(date).success) {
        setErrorText('Enter a date.');
        return;
      }
      due = { mode, date };
    } else if (mode === 'deadline') {
      if (!key) {
        setErrorText('Choose a deadline.');
        return;
      }
      due = { mode, key };
    } else due = { mode: 'none' };
    setSaving(true);
    try {
      await onSave(due);
      onClose();
    } catch (e) {
      setErrorText(e instanceof Error ? e.message : 'The due date could not be saved.');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title="Due date"
      description={item.title}
      onRequestClose={onClose}
      size="sm"
      testId="due-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" pending={saving} onClick={() => void save()}>
            Save due date
          </Button>
        </>
      }
    >
      <div className="form-stack">
        {error && (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        )}
        <fieldset className="ev-radio-group">
          <legend className="visually-hidden">How the due date is set</legend>
          <label className="ev-radio">
            <input type="radio" name="due-mode" checked={mode === 'none'} onChange={() => setMode('none')} />
            <span>No due date</span>
          </label>
          <label className="ev-radio">
            <input type="radio" name="due-mode" checked={mode === 'date'} onChange={() => setMode('date')} />
            <span>A date</span>
          </label>
          {mode === 'date' && (
            <TextField label="Due on" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          )}
          <label className="ev-radio">
            <input
              type="radio"
              name="due-mode"
              checked={mode === 'deadline'}
              disabled={deadlines.length === 0}
              onChange={() => setMode('deadline')}
            />
            <span>
              Follow a deadline of this dossier
              <small>Moves when the deadline moves (a hearing is rescheduled, a date is corrected).</small>
            </span>
          </label>
          {deadlines.length === 0 && (
            <p className="ev-muted">
              This dossier has no computed deadlines yet (add a hearing, for instance).
            </p>
          )}
          {mode === 'deadline' && (
            <Field label="Deadline">
              {(control) => (
                <select
                  className="ev-select"
                  value={key}
                  onChange={(e) => setKey(e.target.value)}
                  {...control}
                >
                  {deadlines.map((d) => (
                    <option key={d.key} value={d.key}>
                      {formatDate(d.dueDate)} — {d.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </fieldset>
      </div>
    </Modal>
  );
}
