import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import type { PdfDocument } from '../../../shared/pdf/model';
import { loadFonts } from './fonts';
import { renderPdf } from './render';
import type { PdfWorkerData, PdfWorkerJob, PdfWorkerMessage } from './worker-protocol';

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

async function render(job: PdfWorkerJob): Promise<void> {
  const out = createWriteStream(job.outPath, { mode: 0o600 });
  let lastPercent = -1;
  const { pages } = await renderPdf(job.model, out, {
    fonts,
    onProgress: (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent !== lastPercent) {
        lastPercent = percent;
        post({ type: 'progress', jobId: job.jobId, done, total });
      }
    },
  });
  post({ type: 'done', jobId: job.jobId, pages, bytes: out.bytesWritten });
}

// Jobs arrive one at a time (the service queues them); the port holds them until the warm-up is over.
const ready = (warm ? warmUp() : Promise.resolve()).then(() => post({ type: 'ready' }));
port.on('message', (job: PdfWorkerJob) => {
  void ready
    .then(() => render(job))
    .catch((error: unknown) =>
      post({ type: 'error', jobId: job.jobId, name: error instanceof Error ? error.name : 'Error' }),
    );
});
