import type { Progress } from '../../../../shared/evidence/checklist';

interface ProgressBarProps {
  progress: Progress;
  label: string;
  size?: 'sm' | 'md';
}

/**
 * Filed, in hand, explained as not obtainable, requested: one bar, segments in that order. The numbers are in the
 * accessible name; the colours only repeat them.
 */
export function ProgressBar({ progress, label, size = 'md' }: ProgressBarProps) {
  const share = (n: number) => (progress.total === 0 ? 0 : (n / progress.total) * 100);
  const percent = Math.round(progress.settledRatio * 100);
  const segments = [
    ['filed', progress.filed],
    ['in-hand', progress.inHand - progress.filed],
    ['not-obtainable', progress.notObtainable],
    ['requested', progress.requested],
  ] as const;
  return (
    <div
      className={`ev-progress ev-progress--${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%: ${progress.inHand} of ${progress.total} in hand, ${progress.notObtainable} not obtainable, ${progress.requested} requested`}
    >
      {segments.map(([kind, n]) =>
        n > 0 ? (
          <span
            key={kind}
            className={`ev-progress__segment ev-progress__segment--${kind}`}
            style={{ width: `${share(n)}%` }}
          />
        ) : null,
      )}
    </div>
  );
}

export function ProgressLegend() {
  return (
    <ul className="ev-legend" aria-label="Legend">
      <li>
        <span className="ev-legend__swatch ev-progress__segment--filed" /> Filed / served
      </li>
      <li>
        <span className="ev-legend__swatch ev-progress__segment--in-hand" /> Received or translated
      </li>
      <li>
        <span className="ev-legend__swatch ev-progress__segment--not-obtainable" /> Not obtainable (explained)
      </li>
      <li>
        <span className="ev-legend__swatch ev-progress__segment--requested" /> Requested
      </li>
    </ul>
  );
}
