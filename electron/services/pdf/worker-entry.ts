import { fileURLToPath } from 'node:url';

/** How to start the PDF worker: a script, and the Node options it needs. */
export interface PdfWorkerEntry {
  file: string;
  execArgv?: string[];
}

/** Where the PDF engine finds the worker and its fonts. */
export interface PdfEngineLocation {
  worker: PdfWorkerEntry;
  fontsDir: string;
}

/**
 * From the sources (tests, the CLI, the benchmark, the e2e harness): the TypeScript worker through tsx, the fonts in
 * assets/fonts. The packaged app passes the bundled worker and the fonts copied beside it instead
 * (electron/main/lifecycle.ts), so `import.meta.url` is never read there.
 */
export function sourcePdfEngine(): PdfEngineLocation {
  return {
    worker: { file: fileURLToPath(new URL('./worker-dev.mjs', import.meta.url)) },
    fontsDir: fileURLToPath(new URL('../../../assets/fonts/', import.meta.url)),
  };
}
