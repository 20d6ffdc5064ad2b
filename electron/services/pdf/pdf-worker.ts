import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfDocument } from '../../../shared/pdf/model';
import { loadFonts } from './fonts';
import { renderPdf } from './render';
import { FilingPartsError, measureFiling, writeFiling } from './filing';
import type {
  PdfFilingJob,
  PdfWorkerData,
  PdfWorkerInbound,
  PdfWorkerJob,
  PdfWorkerMessage,
} from './worker-protocol';

/**
 * The PDF worker thread: typesets document models and streams each PDF straight into its file, so the main thread
 * (and the window it serves) never waits on it. In the app it starts when the export dialog opens and warms itself
 * on a document with no client data in it, so the export that follows is quick; it ends when the vault locks or
 * after a while unused. Errors are reported by class only: a message could quote client data.
 */
const port = parentPort;
if (!port) throw new Error('pdf-worker must run as a worker thread');
const post = (message: PdfWorkerMessage) => port.postMessage(message);

const { fontsDir, warmUp: warm } = workerData as PdfWorkerData;
const fonts = loadFonts(fontsDir);

/** A document of no one, in every script and block the real ones use: typesetting it once readies the engine. */
const WARM_UP: PdfDocument = {
  profile: 'internal',
  title: 'Warm-up',
  audience: 'Nobody',
  clientName: 'DOE, Jane — Иван — محمد علي — 王小明',
  generatedAt: '2026-01-01T00:00:00.000Z',
  generatedLabel: 'Jan 1, 2026',
  privilegeLine: 'Privileged',
  furniture: {
    legend: 'Privileged',
    legendTone: 'privilege',
    generatedLine: 'Generated',
    runningHeader: { left: 'Warm-up', right: 'Nobody' },
    pageNumbers: true,
  },
  caption: null,
  cover: {
    overline: 'Nobody',
    names: [{ name: 'إيفان', note: 'x' }],
    facts: [],
    notice: 'x',
    disclaimer: 'x',
    compact: false,
  },
  sections: [
    {
      id: 'timeline',
      title: 'Warm-up',
      blocks: [
        { type: 'fields', items: [{ label: 'A', value: { text: 'b', bold: true } }] },
        {
          type: 'table',
          columns: [
            { header: 'A', width: 1 },
            { header: 'B', width: 2 },
          ],
          rows: Array.from({ length: 40 }, (_, i) => [
            { text: `Row ${i} Петров`, bold: i % 2 === 0 },
            { text: 'Lorem ipsum dolor sit amet, consectetur adipiscing', note: 'Source 8 CFR 1003.38' },
          ]),
          empty: '',
        },
        { type: 'list', style: 'box', items: [{ text: 'x', note: 'y' }] },
        { type: 'questions', items: [{ text: 'x', lines: 1 }] },
      ],
    },
  ],
  omitted: {
    hiddenSections: [],
    hiddenFields: [],
    recordsOutOfScope: 0,
    evidenceOutOfScope: 0,
    cardsOutOfScope: 0,
    deadlinesOutOfScope: 0,
    clientDetailsOutOfScope: false,
    unnumberedExhibits: 0,
    withheldValues: 0,
  },
};

async function warmUp(): Promise<void> {
  await renderPdf(WARM_UP, new Writable({ write: (_chunk, _encoding, done) => done() }), { fonts });
}

/** Where a job's PDF goes: the chosen file (created owner-only), or memory, to hand the bytes back. */
function sinkFor(outPath: string | null): { out: Writable; bytes(): Uint8Array | undefined } {
  if (outPath !== null) return { out: createWriteStream(outPath, { mode: 0o600 }), bytes: () => undefined };
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

function finished(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

function progress(jobId: string): (done: number, total: number) => void {
  let lastPercent = -1;
  return (done, total) => {
    const percent = Math.floor((done / total) * 100);
    if (percent !== lastPercent) {
      lastPercent = percent;
      post({ type: 'progress', jobId, done, total });
    }
  };
}

async function render(job: PdfWorkerJob): Promise<void> {
  const sink = sinkFor(job.outPath);
  const { pages } = await renderPdf(job.model, sink.out, { fonts, onProgress: progress(job.jobId) });
  const data = sink.bytes();
  const bytes = data ? data.byteLength : (sink.out as ReturnType<typeof createWriteStream>).bytesWritten;
  post({ type: 'done', jobId: job.jobId, pages, bytes, ...(data ? { data } : {}) });
}

// Files asked of the main side, by request: the answer arrives as a message while the job waits.
let nextRequest = 0;
const pending = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();

function fetchPart(jobId: string, evidenceId: string): Promise<Uint8Array> {
  const requestId = ++nextRequest;
  return new Promise((resolve, reject) => {
    pending.set(requestId, { resolve, reject });
    post({ type: 'fetch', jobId, requestId, evidenceId });
  });
}

async function filing(job: PdfFilingJob): Promise<void> {
  const fetch = (evidenceId: string) => fetchPart(job.jobId, evidenceId);
  try {
    const measured = await measureFiling(job.plan, fetch, fonts);
    post({
      type: 'measured',
      jobId: job.jobId,
      pages: measured.numbering.totalPages,
      ownBytes: measured.ownBytes.byteLength,
      ranges: measured.numbering.ranges,
    });
    if (job.mode === 'measure') return;
    const sink = sinkFor(job.mode === 'write' ? job.outPath : null);
    const result = await writeFiling(job.plan, measured, fetch, sink.out, progress(job.jobId));
    await finished(sink.out);
    const data = sink.bytes();
    post({
      type: 'done',
      jobId: job.jobId,
      pages: result.pages,
      bytes: result.bytes,
      ...(data ? { data } : {}),
    });
  } catch (error) {
    if (error instanceof FilingPartsError)
      post({ type: 'parts-error', jobId: job.jobId, parts: error.parts });
    else throw error;
  }
}

// Jobs arrive one at a time (the service queues them); the port holds them until the warm-up is over.
const ready = (warm ? warmUp() : Promise.resolve()).then(() => post({ type: 'ready' }));
port.on('message', (message: PdfWorkerInbound) => {
  if (message.type === 'fetched' || message.type === 'fetch-failed') {
    const waiting = pending.get(message.requestId);
    pending.delete(message.requestId);
    if (message.type === 'fetched') waiting?.resolve(message.bytes);
    else waiting?.reject(new Error('The file could not be read from the vault.'));
    return;
  }
  void ready
    .then(() => (message.type === 'render' ? render(message) : filing(message)))
    .catch((error: unknown) =>
      post({ type: 'error', jobId: message.jobId, name: error instanceof Error ? error.name : 'Error' }),
    );
});
