import { useCallback, useRef, useState } from 'react';
import type { JobProgress } from '../../../../shared/safety/backup';
import { subscribe } from '../../api';

/**
 * Runs one long request (a backup, a restore, a bundle) and follows its progress events while it runs. The progress
 * shown is that of the job this component started: events of other jobs are ignored once the first one is seen.
 */
export function useJob(): {
  running: boolean;
  progress: JobProgress | null;
  run<T>(task: () => Promise<T>): Promise<T>;
} {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const jobId = useRef<string | null>(null);

  const run = useCallback(async <T>(task: () => Promise<T>): Promise<T> => {
    jobId.current = null;
    setProgress(null);
    setRunning(true);
    const stop = subscribe('job.progress', (event) => {
      jobId.current ??= event.jobId;
      if (event.jobId === jobId.current) setProgress(event);
    });
    try {
      return await task();
    } finally {
      stop();
      setRunning(false);
      setProgress(null);
    }
  }, []);

  return { running, progress, run };
}
