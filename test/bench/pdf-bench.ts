import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { createServices } from '../../electron/services';
import { fixedClock } from '../../electron/services/clock';
import { loadFonts } from '../../electron/services/pdf/fonts';
import { renderPdf } from '../../electron/services/pdf/render';
import { type PdfEngineLocation, sourcePdfEngine } from '../../electron/services/pdf/worker-entry';
import { seedPdfCase } from '../support/pdf-case';

/**
 * PDF case summaries (design.md §7: a 30-evidence case in ≤ 1 s): the internal profile, the largest, for a case with
 * 30 evidence items and one with 500. Four figures each: building the document model (main thread), typesetting
 * it in-process once warm, the whole export with the worker warm (in the app the export dialog's preview starts it)
 * and with a new worker (spawn, fonts, then the document: the CLI's case). The app's bundled worker is used when `npm run build` has made it; otherwise the
 * TypeScript worker through tsx, whose compile time the figure then includes (the row says which).
 */

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
}

export function bundledEngine(): PdfEngineLocation | null {
  const dist = resolve('dist', 'electron');
  const file = join(dist, 'pdf-worker.cjs');
  return existsSync(file) ? { worker: { file }, fontsDir: join(dist, 'fonts') } : null;
}

async function time<T>(fn: () => Promise<T> | T): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function pdfBench(
  dir: string,
  passphrase: string,
  today: string,
): Promise<{ figures: Record<string, number | string>; rows: [string, string, string][] }> {
  const bundled = bundledEngine();
  const engine = bundled ?? sourcePdfEngine();
  const services = createServices(join(dir, 'vault'), fixedClock(today), { pdfEngine: engine });
  await services.vault.create(passphrase);
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  const fonts = loadFonts(engine.fontsDir);
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const figures: Record<string, number | string> = { pdfWorker: bundled ? 'bundled' : 'source (tsx)' };
  const rows: [string, string, string][] = [];
  try {
    for (const evidence of [30, 500]) {
      const clientId = seedPdfCase(services, { evidence });
      const request = { clientId, profile: 'internal' as const, hide: [] };
      const models: number[] = [];
      for (let i = 0; i < 5; i++) models.push(await time(() => services.pdf.preview(request)));
      const model = services.pdf.preview(request);
      let pages = 0;
      const renders: number[] = [];
      for (let i = 0; i < 4; i++) {
        const ms = await time(async () => {
          pages = (await renderPdf(model, sink(), { fonts })).pages;
        });
        if (i > 0) renders.push(ms); // the first run warms the JIT and fontkit's tables
      }
      // Cold: a lock ends the worker, so the export starts a new one (as the CLI does every time).
      services.vault.lock('manual');
      await services.vault.unlock(passphrase);
      const cold = await time(() =>
        services.pdf.exportToPath(request, join(out, `case-${evidence}-cold.pdf`)),
      );
      // Warm: in the app, opening the export dialog (its preview) has started the worker before Export is clicked.
      const exports: number[] = [];
      for (let i = 0; i < 3; i++) {
        exports.push(
          await time(() => services.pdf.exportToPath(request, join(out, `case-${evidence}-${i}.pdf`))),
        );
      }
      figures[`pdfModel${evidence}Ms`] = median(models);
      figures[`pdfRenderWarm${evidence}Ms`] = median(renders);
      figures[`pdfExport${evidence}Ms`] = median(exports);
      figures[`pdfExportCold${evidence}Ms`] = Math.round(cold);
      figures[`pdfPages${evidence}`] = pages;
      rows.push(
        [
          `PDF, ${evidence}-evidence case: document model`,
          `${figures[`pdfModel${evidence}Ms`]} ms`,
          `${pages} pages`,
        ],
        [
          `PDF, ${evidence}-evidence case: typeset, warm`,
          `${figures[`pdfRenderWarm${evidence}Ms`]} ms`,
          'in-process',
        ],
        [
          `PDF, ${evidence}-evidence case: export, warm worker`,
          `${figures[`pdfExport${evidence}Ms`]} ms`,
          `${evidence === 30 ? 'target ≤ 1000 ms; ' : ''}${figures.pdfWorker} worker, file written`,
        ],
        [
          `PDF, ${evidence}-evidence case: export, new worker`,
          `${figures[`pdfExportCold${evidence}Ms`]} ms`,
          'spawn, load the fonts, then the document (the CLI’s case)',
        ],
      );
    }
  } finally {
    services.vault.lock('manual');
  }
  return { figures, rows };
}
