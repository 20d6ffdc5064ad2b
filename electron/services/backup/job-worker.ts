import { parentPort, workerData } from 'node:worker_threads';
import { type JobInput, runJob } from './jobs';
import { type WorkerMessage, serializeJobError } from './job-messages';

/**
 * The backup worker: runs one job (backup, verify, restore, seal, unseal) off the main thread with its own database
 * connection, posts progress and the result, and exits. Bundled as dist/electron/job-worker.cjs; run with tsx in
 * tests and the CLI.
 */
const input = workerData as JobInput;
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

runJob(input, (phase, done, total) => post({ type: 'progress', phase, done, total }))
  .then((result) => post({ type: 'done', result }))
  .catch((error: unknown) => post({ type: 'error', error: serializeJobError(error) }))
  .finally(() => {
    if (input.kind === 'backup') input.dataKey.fill(0);
    if ('secret' in input && 'dataKey' in input.secret) input.secret.dataKey.fill(0);
  });
