import type { PdfDocument } from '../../../shared/pdf/model';

/** What the PDF worker is started with: only where the fonts are. Client data comes with each job. */
export interface PdfWorkerData {
  fontsDir: string;
  /** Typeset a document of no one first (when started ahead of an export, by the dialog's preview). */
  warmUp: boolean;
}

/** One job: typeset `model` into `outPath`, the file the attorney chose (the only place the PDF is written). */
export interface PdfWorkerJob {
  type: 'render';
  jobId: string;
  model: PdfDocument;
  outPath: string;
}

export type PdfWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; jobId: string; done: number; total: number }
  | { type: 'done'; jobId: string; pages: number; bytes: number }
  | { type: 'error'; jobId: string; name: string };
