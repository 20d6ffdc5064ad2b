import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isoDate } from '../../../../shared/dossier/common';
import type { Dossier } from '../../../../shared/dossier/dossier';
import type { ComputedDeadline } from '../../../../shared/deadlines/engine';
import { invoke } from '../../api';
import { endSessionIfLocked } from '../../app/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { CalendarClockIcon, RotateCcwIcon } from '../../ui/icons';
import { showToast } from '../../ui/toast-store';
import { useDossierStore } from './dossier-store';
import { formatDate, formatDateWithWeekday, relativeDays, todayIso, urgencyOf } from './format';
import { handleSaveError } from './form-helpers';
import { useDossierListStore } from './list-store';
import { recordSummary } from './records/summaries';
import { VerifyBadge } from './ui/badges';
import { Modal } from './ui/Modal';
import { SourceLine } from './ui/SourceLine';

export const STANDING_NOTE =
  'Computed deadlines are an aid, not legal advice: each shows the rule and source it was computed from. Check every date against the source and the facts of the case, and override it with a reason where it differs.';

const UNIT = { days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'] } as const;

/** "1 year after Last arrival in the United States (Sep 15, 2025)" */
export function triggerText(deadline: ComputedDeadline): string {
  const { amount, unit, direction } = deadline.period;
  const word = UNIT[unit][amount === 1 ? 0 : 1];
  return `${amount} ${word} ${direction} ${deadline.trigger.label.charAt(0).toLowerCase()}${deadline.trigger.label.slice(1)} (${formatDate(deadline.trigger.date)})`;
}

function statusOf(deadline: ComputedDeadline, today: string): { label: string; tone: string } {
  if (deadline.status === 'met') return { label: 'Met', tone: 'success' };
  if (deadline.status === 'late') return { label: 'Done late', tone: 'warning' };
  return urgencyOf(deadline.dueDate, today) === 'overdue'
    ? { label: 'Overdue', tone: 'danger' }
    : { label: 'Open', tone: 'accent' };
}

export function DeadlinesTab({ dossier }: { dossier: Dossier }) {
  const [overriding, setOverriding] = useState<ComputedDeadline | null>(null);
  const [clearing, setClearing] = useState<string | null>(null);
  const today = todayIso();
  const open = dossier.deadlines.filter((d) => d.status === 'open');
  const done = dossier.deadlines.filter((d) => d.status !== 'open');

  const clearOverride = async (key: string) => {
    setClearing(key);
    try {
      const next = await invoke('deadline.clearOverride', { clientId: dossier.id, key });
      useDossierStore.getState().replace(next);
      useDossierListStore.getState().reload();
      showToast({
        tone: 'success',
        title: 'Override cleared',
        description: 'The computed date applies again.',
      });
    } catch (error) {
      if (!endSessionIfLocked(error)) showToast({ tone: 'danger', title: 'The override was not cleared' });
    } finally {
      setClearing(null);
    }
  };

  const render = (deadline: ComputedDeadline) => (
    <DeadlineCard
      key={deadline.key}
      deadline={deadline}
      dossier={dossier}
      today={today}
      clearing={clearing === deadline.key}
      onOverride={() => setOverriding(deadline)}
      onClearOverride={() => void clearOverride(deadline.key)}
    />
  );

  return (
    <section className="dx-deadlines-tab" aria-labelledby="deadlines-title" data-testid="deadlines-tab">
      <header>
        <h2 id="deadlines-title" className="dx-tab-title">
          Deadlines
        </h2>
        <p className="dx-tab-description">
          Computed from the dates in the records, with the rule, its source and how the date was counted.
        </p>
      </header>
      <Alert tone="info" title="An aid to be checked" className="dx-standing-note">
        {STANDING_NOTE}
      </Alert>
      {dossier.deadlines.length === 0 ? (
        <div className="dx-tab-empty">
          <CalendarClockIcon size={22} />
          <p>
            <strong>No deadline can be computed yet.</strong> Record the last arrival, NTA and hearing dates,
            decisions, custody and bond dates, CCF admissibility or an extradition arrest, and the deadlines
            that follow from them appear here.
          </p>
        </div>
      ) : (
        <>
          {open.length > 0 && (
            <div className="dx-deadline-group">
              <h3 className="dx-deadline-group__title">Open · {open.length}</h3>
              <ol className="dx-deadline-list">{open.map(render)}</ol>
            </div>
          )}
          {done.length > 0 && (
            <div className="dx-deadline-group">
              <h3 className="dx-deadline-group__title">Done · {done.length}</h3>
              <ol className="dx-deadline-list">{done.map(render)}</ol>
            </div>
          )}
        </>
      )}
      {overriding && (
        <OverrideDialog dossier={dossier} deadline={overriding} onClose={() => setOverriding(null)} />
      )}
    </section>
  );
}

interface DeadlineCardProps {
  deadline: ComputedDeadline;
  dossier: Dossier;
  today: string;
  clearing: boolean;
  onOverride(): void;
  onClearOverride(): void;
}

function DeadlineCard({
  deadline,
  dossier,
  today,
  clearing,
  onOverride,
  onClearOverride,
}: DeadlineCardProps) {
  const status = statusOf(deadline, today);
  const urgency = deadline.status === 'open' ? urgencyOf(deadline.dueDate, today) : 'done';
  const related = deadline.relatedRecordId
    ? dossier.records.find((r) => r.id === deadline.relatedRecordId)
    : undefined;
  const [weekday, ...rest] = formatDateWithWeekday(deadline.dueDate).split(', ');
  return (
    <li
      className={`dx-deadline dx-deadline--${urgency}`}
      data-testid="deadline-card"
      data-rule={deadline.ruleId}
    >
      <div className="dx-deadline__date" aria-hidden="true">
        <span className="dx-deadline__weekday">{weekday}</span>
        <span className="dx-deadline__day">{rest[0]}</span>
        <span className="dx-deadline__year">{rest[1]}</span>
      </div>
      <div className="dx-deadline__main">
        <div className="dx-deadline__head">
          <h4 className="dx-deadline__title">{deadline.title}</h4>
          <span className={`dx-badge dx-badge--tone-${status.tone}`}>{status.label}</span>
          {deadline.verify && <VerifyBadge />}
          {deadline.override && <span className="dx-badge dx-badge--tone-warning">Overridden</span>}
        </div>
        <p className="dx-deadline__due">
          Due <strong>{formatDateWithWeekday(deadline.dueDate)}</strong>
          {deadline.status === 'open' && (
            <span className={`dx-deadline__relative dx-deadline__relative--${urgency}`}>
              {relativeDays(deadline.dueDate, today, true)}
            </span>
          )}
          {deadline.completion && (
            <span className="dx-deadline__completion">
              {deadline.completion.label} on {formatDate(deadline.completion.date)}
            </span>
          )}
        </p>
        <dl className="dx-deadline__facts">
          <div>
            <dt>Counted</dt>
            <dd>
              {triggerText(deadline)}
              {related && <span className="dx-deadline__record"> · {recordSummary(related).title}</span>}
            </dd>
          </div>
          {deadline.rolled && (
            <div>
              <dt>Moved</dt>
              <dd>
                From {formatDateWithWeekday(deadline.rolled.from)}: {deadline.rolled.reason}
              </dd>
            </div>
          )}
          {deadline.override && (
            <div className="dx-deadline__override" data-testid="override-note">
              <dt>Override</dt>
              <dd>
                Overridden: was {formatDate(deadline.override.originalDueDate)} — {deadline.override.reason}
              </dd>
            </div>
          )}
        </dl>
        <details className="dx-deadline__rule">
          <summary>The rule and how it is counted</summary>
          <p>{deadline.description}</p>
        </details>
        <SourceLine source={deadline.source} url={deadline.sourceUrl} />
      </div>
      <div className="dx-deadline__actions">
        <Button size="sm" variant="secondary" onClick={onOverride}>
          {deadline.override ? 'Change override' : 'Override date'}
        </Button>
        {deadline.override && (
          <Button
            size="sm"
            variant="ghost"
            icon={<RotateCcwIcon size={14} />}
            pending={clearing}
            onClick={onClearOverride}
          >
            Clear override
          </Button>
        )}
      </div>
    </li>
  );
}

const overrideSchema = z.object({
  dueDate: isoDate,
  reason: z.string().trim().min(3, 'Say why the date differs (at least a few words).').max(2000),
});
type OverrideValues = z.infer<typeof overrideSchema>;

function OverrideDialog({
  dossier,
  deadline,
  onClose,
}: {
  dossier: Dossier;
  deadline: ComputedDeadline;
  onClose(): void;
}) {
  const formId = useId();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OverrideValues>({
    resolver: zodResolver(overrideSchema),
    defaultValues: { dueDate: deadline.dueDate, reason: deadline.override?.reason ?? '' },
  });
  const computed = deadline.override?.originalDueDate ?? deadline.dueDate;
  const onSubmit = handleSubmit(async ({ dueDate, reason }) => {
    try {
      const next = await invoke('deadline.override', {
        clientId: dossier.id,
        key: deadline.key,
        dueDate,
        reason,
      });
      useDossierStore.getState().replace(next);
      useDossierListStore.getState().reload();
      showToast({
        tone: 'success',
        title: 'Deadline overridden',
        description: 'The reason is kept with the date and in the history.',
      });
      onClose();
    } catch (error) {
      handleSaveError(error, setError);
    }
  });
  return (
    <Modal
      title="Override the deadline"
      description={deadline.title}
      onRequestClose={onClose}
      testId="override-dialog"
      initialFocus="input"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="primary" pending={isSubmitting}>
            Override
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className="form-stack"
        onSubmit={onSubmit}
        noValidate
        aria-label="Override the deadline"
      >
        {errors.root?.server && (
          <Alert tone="danger" role="alert" title="The date was not overridden">
            {errors.root.server.message}
          </Alert>
        )}
        <p className="dx-override__computed">
          Computed date: <strong>{formatDateWithWeekday(computed)}</strong>, {triggerText(deadline)}.
        </p>
        <Field label="New due date" error={errors.dueDate?.message}>
          {(control) => (
            <div className="input-box dx-override__date">
              <input className="input" type="date" {...control} {...register('dueDate')} />
            </div>
          )}
        </Field>
        <Field
          label="Reason"
          hint="Required. Kept beside the date and in the dossier’s history, e.g. “Entry stamp shows an earlier arrival”."
          error={errors.reason?.message}
        >
          {(control) => <textarea className="dx-textarea" rows={3} {...control} {...register('reason')} />}
        </Field>
      </form>
    </Modal>
  );
}
