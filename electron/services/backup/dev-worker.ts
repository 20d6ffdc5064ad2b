import { fileURLToPath } from 'node:url';
import type { WorkerScript } from './job-runner';

/**
 * The job worker from source, run through tsx's loader: for the CLI and the tests, which run TypeScript directly.
 * Never imported by the Electron bundle (which passes dist/electron/job-worker.cjs instead).
 */
export function sourceJobWorker(): WorkerScript {
  return {
    path: fileURLToPath(new URL('./job-worker.ts', import.meta.url)),
    tsxApi: import.meta.resolve('tsx/esm/api'),
  };
}
