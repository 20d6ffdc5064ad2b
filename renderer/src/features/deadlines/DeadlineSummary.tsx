import type { Bucket } from '../../../../shared/deadlines/engine';
import { BUCKET_INFO, formatCount } from './deadline-view';

interface DeadlineSummaryProps {
  buckets: readonly Bucket[];
  counts: Record<Bucket, number>;
  today: string;
  selected: Bucket | null;
  onToggle(bucket: Bucket): void;
}

/** The counts per bucket at the top; each card also shows that bucket alone (pressed) or all of them again. */
export function DeadlineSummary({ buckets, counts, today, selected, onToggle }: DeadlineSummaryProps) {
  return (
    <div
      className={`deadline-summary deadline-summary--${buckets.length}`}
      role="group"
      aria-label="Deadlines by when they are due"
    >
      {buckets.map((bucket) => {
        const info = BUCKET_INFO[bucket];
        const count = counts[bucket];
        return (
          <button
            key={bucket}
            type="button"
            className={`summary-card summary-card--${bucket}`}
            data-empty={count === 0 || undefined}
            aria-pressed={selected === bucket}
            data-testid={`summary-${bucket}`}
            onClick={() => onToggle(bucket)}
          >
            <span className="summary-card__label">{info.label}</span>
            <span className="summary-card__count" data-testid="summary-count">
              {formatCount(count)}
            </span>
            <span className="summary-card__caption">{info.caption(today)}</span>
          </button>
        );
      })}
    </div>
  );
}
