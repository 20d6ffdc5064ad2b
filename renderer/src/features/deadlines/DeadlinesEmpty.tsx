import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { CalendarClockIcon } from '../../ui/icons';
import { WINDOW_CHOICES, type WindowDays } from './deadline-view';

/** What records produce a deadline (shared/dossier/facts.ts and the engine): said plainly, no sample data. */
const WHAT_CREATES_DEADLINES = [
  {
    title: 'A last arrival date',
    text: 'The one-year asylum filing deadline, until the I-589 is recorded as filed.',
  },
  {
    title: 'Upcoming hearings',
    text: 'Filings due before a non-detained master or individual calendar hearing.',
  },
  {
    title: 'Decisions and final orders',
    text: 'Appeal to the BIA, petition for review, motions to reopen or reconsider, the removal period.',
  },
  {
    title: 'Custody',
    text: 'Appeal of a bond decision or of a DHS custody determination.',
  },
  {
    title: 'CCF requests',
    text: 'The CCF’s decision, counted from admissibility; revision within 6 months of a new fact.',
  },
  {
    title: 'Provisional arrest, commitment',
    text: 'The treaty window for the formal extradition request; release under 18 U.S.C. 3188.',
  },
] as const;

interface DeadlinesEmptyProps {
  withinDays: WindowDays;
  onShowAll(): void;
}

/** No open deadline in the window: says why, what would create one, and offers to look further ahead. */
export function DeadlinesEmpty({ withinDays, onShowAll }: DeadlinesEmptyProps) {
  const phrase = WINDOW_CHOICES.find((choice) => choice.value === withinDays)?.phrase ?? '';
  return (
    <EmptyState
      icon={<CalendarClockIcon size={26} />}
      title={withinDays === null ? 'No open deadlines' : `Nothing overdue and nothing due ${phrase}`}
      points={WHAT_CREATES_DEADLINES}
      footnote="Deadlines already met (the filing is recorded on time) and closed dossiers are not listed."
    >
      <p>
        Deadlines are computed from the dates recorded in each dossier, each with its rule and source.
        {withinDays === null
          ? ' No dossier has a date that starts one yet.'
          : ' Later deadlines, if any, appear when you look further ahead.'}
      </p>
      {withinDays !== null && (
        <div className="deadlines-empty__actions">
          <Button onClick={onShowAll}>Show deadlines at any date</Button>
        </div>
      )}
    </EmptyState>
  );
}
