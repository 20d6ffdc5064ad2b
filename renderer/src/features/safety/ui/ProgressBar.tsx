import { JOB_PHASE_LABELS, type JobProgress } from '../../../../../shared/safety/backup';
import { formatBytes } from '../format';
import './progress.css';

/** A long job's progress: the phase in words, and a bar with the share done when the phase streams bytes. */
export function JobProgressBar({ progress, label }: { progress: JobProgress | null; label: string }) {
  const determinate = progress !== null && progress.total > 0;
  const percent = determinate ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  const phase = progress ? JOB_PHASE_LABELS[progress.phase] : 'Starting';
  return (
    <div className="job-progress" data-testid="job-progress">
      <div className="job-progress__row">
        <span className="job-progress__phase">
          <span className="job-progress__spinner" aria-hidden="true" />
          {phase}…
        </span>
        {determinate && (
          <span className="job-progress__figures">
            {formatBytes(progress.done)} of {formatBytes(progress.total)}
          </span>
        )}
      </div>
      <div
        className={`job-progress__track${determinate ? '' : ' job-progress__track--indeterminate'}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? phase : `${phase}: ${percent}%`}
      >
        <span className="job-progress__bar" style={{ width: `${percent ?? 35}%` }} />
      </div>
    </div>
  );
}
