import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { HarborError } from '../../../shared/ipc/errors';
import { type JobInput, type JobResult, type ProgressSink, runJob } from './jobs';
import { type WorkerMessage, deserializeJobError, serializeJobError } from './job-messages';

/** Runs one long job; `signal` stops it (the vault locked). */
export type JobRunner = (input: JobInput, progress: ProgressSink, signal: AbortSignal) => Promise<JobResult>;

/** Where the worker script is: the bundled .cjs in the app, or the .ts source loaded through tsx (tests, CLI). */
export interface WorkerScript {
  path: string;
  /** URL of tsx's ESM API (`tsx/esm/api`): the worker then imports `path` through it. */
  tsxApi?: string;
}

function startWorker(script: WorkerScript, options: WorkerOptions): Worker {
  if (!script.tsxApi) return new Worker(script.path, options);
  // `--import tsx` is not applied to a worker's entry module, so the entry is a one-line loader instead.
  const url = JSON.stringify(pathToFileURL(script.path).href);
  const loader = `import(${JSON.stringify(script.tsxApi)}).then((api) => api.tsImport(${url}, ${url}));`;
  return new Worker(loader, { ...options, eval: true });
}

function stopped(): HarborError {
  return new HarborError('VAULT_LOCKED', 'The vault locked, so the job was stopped. Nothing was kept.');
}

/**
 * Runs the job in a worker thread: the main process keeps answering the window while Argon2id, the snapshot and the
 * encryption run. The worker is terminated when the signal aborts.
 */
export function workerJobRunner(script: WorkerScript): JobRunner {
  return (input, progress, signal) =>
    new Promise<JobResult>((resolve, reject) => {
      if (signal.aborted) {
        reject(stopped());
        return;
      }
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        fn();
      };
      // The worker needs no environment: nothing of the parent's variables (secrets included) is copied in.
      const worker = startWorker(script, { workerData: input, env: {} });
      const onAbort = (): void => {
        void worker.terminate();
        settle(() => reject(stopped()));
      };
      signal.addEventListener('abort', onAbort);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') progress(message.phase, message.done, message.total);
        else if (message.type === 'done') settle(() => resolve(message.result));
        else settle(() => reject(deserializeJobError(message.error)));
      });
      worker.on('error', (error: unknown) =>
        settle(() => reject(deserializeJobError(serializeJobError(error)))),
      );
      worker.on('exit', (code) => {
        settle(() =>
          reject(new HarborError('INTERNAL', `The background job stopped unexpectedly (${code}).`)),
        );
      });
    });
}

/** The same jobs on the calling thread: for the CLI, which has no window to keep responsive. */
export const inProcessJobRunner: JobRunner = async (input, progress, signal) => {
  if (signal.aborted) throw stopped();
  return runJob(input, progress);
};
