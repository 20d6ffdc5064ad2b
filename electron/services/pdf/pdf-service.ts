import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { recordAudit } from '../../../db/audit';
import type { Db } from '../../../db/vault';
import { PART_REASON_TEXT, type FilingPartError } from '../../../shared/filings/preflight';
import { HarborError } from '../../../shared/ipc/errors';
import { buildPdfDocument } from '../../../shared/pdf/build-document';
import type { PdfDocument, PdfExportResult, PdfProgress } from '../../../shared/pdf/model';
import {
  PDF_PROFILE_INFO,
  hiddenFor,
  pdfRequestSchema,
  type PdfRequest,
  type PdfRequestInput,
} from '../../../shared/pdf/profiles';
import type { Clock } from '../clock';
import type { Dialogs } from '../dialogs';
import type { DossierService } from '../dossier-service';
import { type OutputJournal, vaultJournal, writeOutputFile } from '../partial-output';
import type { VaultAccess } from '../vault-service';
import { type PdfSourceReaders, readSources } from './sources';
import type { PdfEngineLocation } from './worker-entry';
import type { FilingPlan } from './filing';
import type {
  PdfFetchReply,
  PdfFilingJob,
  PdfWorkerData,
  PdfWorkerJob,
  PdfWorkerMessage,
} from './worker-protocol';

export interface PdfFileResult {
  fileName: string;
  pages: number;
  bytes: number;
  milliseconds: number;
}

type ProgressListener = (progress: PdfProgress) => void;

interface WorkerDone {
  pages: number;
  bytes: number;
  data?: Uint8Array;
}

export interface FilingRun {
  measured: { pages: number; ownBytes: number; ranges: [number, number][] };
  done: WorkerDone;
}

/** Files of a filing that cannot be merged, each named by its exhibit or annex number and the reason. */
export class FilingPartsHarborError extends HarborError {
  constructor(readonly parts: FilingPartError[]) {
    super(
      'BAD_INPUT',
      `Nothing was written: ${parts
        .map((p) => `${p.number ? `No. ${p.number}` : 'a file'} is ${PART_REASON_TEXT[p.reason]}`)
        .join('; ')}.`,
    );
  }
}

/** The worker stays warm this long after the dialog opened or the last export ended. */
const IDLE_STOP_MS = 2 * 60_000;

/**
 * PDF case summaries: the document model for a client, profile and hidden sections (`preview`, which the export
 * dialog draws), and its rendering in a worker thread straight into the file the attorney picks (`exportPdf`) or the
 * CLI names (`exportToPath`). Each export is one audit entry naming the profile and what was hidden, never content.
 * Nothing is written anywhere but beside the chosen file: a partial file that becomes it once complete, and that a
 * failed export removes (a crash's, the next session).
 */
export class PdfService {
  readonly #listeners = new Set<ProgressListener>();
  #worker: Worker | null = null;
  #idleTimer: ReturnType<typeof setTimeout> | null = null;
  #queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly vaults: VaultAccess & { onLocked?(listener: () => void): () => void },
    private readonly dossiers: DossierService,
    private readonly clock: Clock,
    private readonly sources: PdfSourceReaders,
    private readonly engine: PdfEngineLocation,
    private readonly dialogs: Dialogs,
  ) {
    // A lock ends the worker and any export under way: it may hold decrypted client data.
    vaults.onLocked?.(() => this.#stopWorker());
  }

  private get db(): Db {
    return this.vaults.current().db;
  }

  /** Where the worker and the fonts are (for tests that need a second composition over the same engine). */
  get engineLocation(): PdfEngineLocation {
    return this.engine;
  }

  onProgress(listener: ProgressListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The document exactly as it will be written. */
  preview(input: PdfRequestInput): PdfDocument {
    const model = this.#build(pdfRequestSchema.parse(input));
    this.warmUp();
    return model;
  }

  #build(request: PdfRequest): PdfDocument {
    const dossier = this.dossiers.get(request.clientId);
    return buildPdfDocument({
      dossier,
      profile: request.profile,
      hide: request.hide,
      generatedAt: this.clock.now(),
      today: this.clock.today(),
      sources: readSources(this.sources, request.clientId),
    });
  }

  /** A file name for the save dialog: the family name, what the document is, the date. */
  suggestedFileName(model: PdfDocument): string {
    const family = model.clientName.split(',')[0]?.trim() ?? 'Client';
    // Characters no file system takes (and control characters) become spaces.
    const safe =
      [...family]
        .map((ch) => ('\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20 ? ' ' : ch))
        .join('')
        .trim() || 'Client';
    return `${safe} - ${PDF_PROFILE_INFO[model.profile].fileLabel} - ${model.generatedAt.slice(0, 10)}.pdf`;
  }

  /** Asks where to save, then writes the PDF there. */
  async exportPdf(input: PdfRequestInput, jobId: string = randomUUID()): Promise<PdfExportResult> {
    const request = pdfRequestSchema.parse(input);
    const model = this.#build(request);
    const path = await this.dialogs.chooseSavePath(this.suggestedFileName(model));
    if (path === null) return { status: 'cancelled' };
    const result = await this.#write(request, model, path, jobId);
    return { status: 'saved', ...result };
  }

  /** Writes the PDF to a path given by the caller (the CLI). */
  exportToPath(input: PdfRequestInput, path: string, jobId: string = randomUUID()): Promise<PdfFileResult> {
    const request = pdfRequestSchema.parse(input);
    return this.#write(request, this.#build(request), path, jobId);
  }

  async #write(
    request: PdfRequest,
    model: PdfDocument,
    outPath: string,
    jobId: string,
  ): Promise<PdfFileResult> {
    return this.#queued(async () => {
      const started = performance.now();
      this.#emit({ jobId, phase: 'preparing', done: 0, total: 1 });
      try {
        const done = await writeOutputFile(
          outPath,
          (partial) => this.#render(model, partial, jobId),
          this.#journal(),
        );
        const milliseconds = Math.round(performance.now() - started);
        recordAudit(this.db, {
          action: 'export',
          entityType: 'client',
          entityId: request.clientId,
          clientId: request.clientId,
          detail: exportDetail(request, done.pages),
        });
        this.#emit({ jobId, phase: 'done', done: 1, total: 1 });
        return { fileName: basename(outPath), pages: done.pages, bytes: done.bytes, milliseconds };
      } catch (error) {
        // What was begun is plaintext client data: writeOutputFile removed it, and the chosen file is untouched.
        this.#emit({ jobId, phase: 'failed', done: 0, total: 1 });
        throw error;
      }
    });
  }

  /** Starts the worker (if it is not running) so it warms up while the attorney chooses; the preview calls it. */
  warmUp(): void {
    this.#ensureWorker(true);
  }

  #ensureWorker(warmUp: boolean): Worker {
    if (this.#worker) return this.#worker;
    const data: PdfWorkerData = { fontsDir: this.engine.fontsDir, warmUp };
    const worker = new Worker(this.engine.worker.file, {
      workerData: data,
      ...(this.engine.worker.execArgv ? { execArgv: this.engine.worker.execArgv } : {}),
      // No environment (nothing of the parent's variables, secrets included, is copied in), and no output to the
      // app's own streams, where a log could keep it.
      env: {},
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    worker.on('exit', () => {
      if (this.#worker === worker) this.#worker = null;
    });
    // An error before any job listens (the fonts missing, say) ends this worker; the next export starts another.
    worker.on('error', () => undefined);
    this.#worker = worker;
    this.#scheduleIdleStop();
    return worker;
  }

  #render(model: PdfDocument, outPath: string | null, jobId: string): Promise<WorkerDone> {
    return this.#run({ type: 'render', jobId, model, outPath }, () => undefined);
  }

  /**
   * Runs one job on the worker: answers its requests for files, reports its progress, and settles with its result.
   * A worker that fails a job is ended (it is not trusted with the next one); a lock ends it too.
   */
  #run(
    job: PdfWorkerJob | PdfFilingJob,
    onMeasured: (measured: Extract<PdfWorkerMessage, { type: 'measured' }>) => void,
    fetch?: (evidenceId: string) => Promise<Uint8Array>,
  ): Promise<WorkerDone> {
    const worker = this.#ensureWorker(false);
    const { jobId } = job;
    return new Promise((resolve, reject) => {
      // Referenced while it works (a CLI run waits for it), unreferenced while it idles.
      worker.ref();
      const stop = () => {
        worker.unref();
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (error: Error) => {
        stop();
        this.#stopWorker();
        reject(error);
      };
      const onMessage = (message: PdfWorkerMessage) => {
        if (message.type === 'ready' || message.jobId !== jobId) return;
        switch (message.type) {
          case 'progress':
            return this.#emit({ jobId, phase: 'typesetting', done: message.done, total: message.total });
          case 'fetch': {
            const reply = (answer: PdfFetchReply, transfer: ArrayBuffer[] = []) =>
              worker.postMessage(answer, transfer);
            if (!fetch) return reply({ type: 'fetch-failed', jobId, requestId: message.requestId });
            fetch(message.evidenceId).then(
              (bytes) =>
                reply({ type: 'fetched', jobId, requestId: message.requestId, bytes }, [
                  bytes.buffer as ArrayBuffer,
                ]),
              () => reply({ type: 'fetch-failed', jobId, requestId: message.requestId }),
            );
            return;
          }
          case 'measured':
            onMeasured(message);
            if (job.type === 'filing' && job.mode === 'measure') {
              stop();
              resolve({ pages: message.pages, bytes: 0 });
            }
            return;
          case 'done':
            stop();
            return resolve({
              pages: message.pages,
              bytes: message.bytes,
              ...(message.data ? { data: message.data } : {}),
            });
          case 'parts-error':
            stop();
            return reject(new FilingPartsHarborError(message.parts));
          case 'error':
            return fail(new HarborError('INTERNAL', `The PDF could not be written (${message.name}).`));
        }
      };
      const onError = (error: Error) =>
        fail(new HarborError('INTERNAL', `The PDF could not be written (${error.name}).`));
      const onExit = () => {
        stop();
        reject(new HarborError('VAULT_LOCKED', 'The export stopped: the vault was locked.'));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /**
   * Runs a filing job: `measure` for the pre-flight (page counts, nothing written), `write` into `outPath` (removed
   * again if the job fails), `bytes` for the preview. One job at a time, like every export.
   */
  async runFiling(
    plan: FilingPlan,
    mode: 'measure' | 'write' | 'bytes',
    outPath: string | null,
    fetch: (evidenceId: string) => Promise<Uint8Array>,
    jobId: string = randomUUID(),
  ): Promise<FilingRun> {
    return this.#queued(async () => {
      let measured: FilingRun['measured'] = { pages: 0, ownBytes: 0, ranges: [] };
      this.#emit({ jobId, phase: 'preparing', done: 0, total: 1 });
      try {
        const run = (target: string | null) =>
          this.#run(
            { type: 'filing', jobId, plan, mode, outPath: target },
            (m) => {
              measured = { pages: m.pages, ownBytes: m.ownBytes, ranges: m.ranges };
            },
            fetch,
          );
        // A filing that fails half-way is plaintext client data: writeOutputFile removes what was begun.
        const done =
          outPath === null ? await run(null) : await writeOutputFile(outPath, run, this.#journal());
        this.#emit({ jobId, phase: 'done', done: 1, total: 1 });
        return { measured, done };
      } catch (error) {
        this.#emit({ jobId, phase: 'failed', done: 0, total: 1 });
        throw error;
      }
    });
  }

  /** The PDF of a summary as bytes, for the preview that shows the real file. */
  previewBytes(input: PdfRequestInput): Promise<{ pages: number; bytes: Uint8Array<ArrayBuffer> }> {
    const model = this.#build(pdfRequestSchema.parse(input));
    return this.#queued(async () => {
      const done = await this.#render(model, null, randomUUID());
      return { pages: done.pages, bytes: new Uint8Array(done.data ?? []) };
    });
  }

  /** One job at a time: the worker typesets one document after the other. */
  /** Partial output files are recorded in the open vault, so a crash's leftovers are removed at the next unlock. */
  #journal(): OutputJournal {
    return vaultJournal(
      () => this.db,
      () => this.clock.now(),
    );
  }

  async #queued<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.#queue;
    let release = () => {};
    this.#queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    try {
      return await work();
    } finally {
      this.#scheduleIdleStop();
      release();
    }
  }

  /** Ends the worker a while after its last use: it holds nothing of a client then, but it holds memory. */
  #scheduleIdleStop(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.#stopWorker(), IDLE_STOP_MS);
    this.#idleTimer.unref();
  }

  #stopWorker(): void {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) void worker.terminate();
  }

  #emit(progress: PdfProgress): void {
    for (const listener of this.#listeners) listener(progress);
  }
}

/** The audit line: the profile and what was hidden, the page count. Never a name, a path or content. */
export function exportDetail(request: PdfRequest, pages: number): string {
  const hidden = hiddenFor(request.profile, request.hide);
  return `pdf: profile ${request.profile}; hidden: ${hidden.length > 0 ? hidden.join(', ') : 'none'}; ${pages} page(s)`;
}
