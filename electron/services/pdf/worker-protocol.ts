import type { FilingPartError } from '../../../shared/filings/preflight';
import type { PdfDocument } from '../../../shared/pdf/model';
import type { FilingPlan } from './filing';

/** What the PDF worker is started with: only where the fonts are. Client data comes with each job. */
export interface PdfWorkerData {
  fontsDir: string;
  /** Typeset a document of no one first (when started ahead of an export, by the dialog's preview). */
  warmUp: boolean;
}

/**
 * One job: typeset `model` into `outPath`, the file the attorney chose (the only place the PDF is written), or,
 * with no path, hand the bytes back (the in-app preview shows the real PDF).
 */
export interface PdfWorkerJob {
  type: 'render';
  jobId: string;
  model: PdfDocument;
  outPath: string | null;
}

/**
 * A filing: `measure` counts pages (the pre-flight), `write` streams the filing into `outPath`, `bytes` hands it
 * back. The worker asks for each file's bytes (`fetch`) as it needs them.
 */
export interface PdfFilingJob {
  type: 'filing';
  jobId: string;
  plan: FilingPlan;
  mode: 'measure' | 'write' | 'bytes';
  outPath: string | null;
}

/** The main side's answer to a `fetch`: the file's bytes (transferred), or that it could not be read. */
export type PdfFetchReply =
  | { type: 'fetched'; jobId: string; requestId: number; bytes: Uint8Array }
  | { type: 'fetch-failed'; jobId: string; requestId: number };

export type PdfWorkerInbound = PdfWorkerJob | PdfFilingJob | PdfFetchReply;

export type PdfWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; jobId: string; done: number; total: number }
  | { type: 'fetch'; jobId: string; requestId: number; evidenceId: string }
  | { type: 'measured'; jobId: string; pages: number; ownBytes: number; ranges: [number, number][] }
  | { type: 'done'; jobId: string; pages: number; bytes: number; data?: Uint8Array }
  | { type: 'parts-error'; jobId: string; parts: FilingPartError[] }
  | { type: 'error'; jobId: string; name: string };
