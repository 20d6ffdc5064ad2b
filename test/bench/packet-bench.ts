import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createServices } from '../../electron/services';
import { fixedClock } from '../../electron/services/clock';
import type { PdfEngineLocation } from '../../electron/services/pdf/worker-entry';
import { attachExhibit } from '../support/filing-case';
import { seedPdfCase } from '../support/pdf-case';

/**
 * The exhibit packet at the size of a real asylum filing: 40 exhibits of 10 scanned pages each (a JPEG page image
 * and a line of text on every page), 400 merged pages plus the caption, contents, tab pages and proof of service.
 * Figures: the pre-flight (every file measured), the export (merged and streamed into the file) and the process's
 * peak resident memory during the export, over what it held before — the merge is meant to hold one file at a
 * time, not the packet.
 */

const EXHIBITS = 40;
const PAGES_EACH = 10;

async function scannedExhibit(label: string, jpeg: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const image = await doc.embedJpg(jpeg);
  for (let i = 1; i <= PAGES_EACH; i++) {
    const page = doc.addPage([612, 792]);
    page.drawImage(image, { x: 36, y: 60, width: 540, height: 700 });
    page.drawText(`${label}, page ${i}`, { x: 40, y: 30, size: 10, font });
  }
  return doc.save();
}

export async function packetBench(
  dir: string,
  passphrase: string,
  today: string,
  engine: PdfEngineLocation,
): Promise<{ figures: Record<string, number>; rows: [string, string, string][] }> {
  const services = createServices(join(dir, 'vault'), fixedClock(today), { pdfEngine: engine });
  await services.vault.create(passphrase);
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  try {
    const clientId = seedPdfCase(services, { evidence: 0 });
    services.filings.saveProfile({ attorney: { name: 'Bench Attorney', eoirId: 'AB123456' } });
    const source = await PDFDocument.create();
    const font = await source.embedFont(StandardFonts.TimesRoman);
    const page = source.addPage([612, 792]);
    for (let line = 0; line < 40; line++)
      page.drawText('Certified copy of the record of the criminal case against the applicant.', {
        x: 50,
        y: 740 - line * 17,
        size: 12,
        font,
      });
    const scanPdf = join(out, 'scan.pdf');
    writeFileSync(scanPdf, await source.save());
    execFileSync('pdftoppm', ['-jpeg', '-r', '100', '-singlefile', scanPdf, join(out, 'scan')]);
    const jpeg = readFileSync(join(out, 'scan.jpg'));
    for (let i = 1; i <= EXHIBITS; i++) {
      const bytes = await scannedExhibit(`Exhibit ${i}`, jpeg);
      await attachExhibit(services, clientId, `exhibit-${i}.pdf`, bytes, {
        scope: 'court',
        title: `Exhibit document ${i}`,
        exhibitNumber: String(i),
        exhibitTab: String(i),
      });
    }
    const request = { kind: 'packet' as const, clientId };
    // The worker warms up on the pre-flight, as in the app (the dialog runs it before Export).
    const preflightStart = performance.now();
    const report = await services.filings.preflight(request);
    const preflightMs = Math.round(performance.now() - preflightStart);

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const exportStart = performance.now();
    const result = await services.filings.writeToPath(request, join(out, 'packet.pdf'));
    const exportMs = Math.round(performance.now() - exportStart);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const peakMiB = Math.round((peak - before) / 1024 / 1024);
    const fileMiB = Math.round((result.bytes / 1024 / 1024) * 10) / 10;
    return {
      figures: {
        packetPages: result.pages,
        packetPreflightMs: preflightMs,
        packetExportMs: exportMs,
        packetPeakRssOverBaselineMiB: peakMiB,
        packetFileMiB: fileMiB,
      },
      rows: [
        [
          `Exhibit packet, ${EXHIBITS} exhibits: pre-flight`,
          `${preflightMs} ms`,
          `${report.totalPages} pages measured`,
        ],
        [
          `Exhibit packet, ${EXHIBITS * PAGES_EACH} merged pages: export`,
          `${exportMs} ms`,
          `${result.pages} pages, ${fileMiB} MiB written`,
        ],
        [
          'Exhibit packet: peak memory during the export',
          `+${peakMiB} MiB`,
          'resident set over the baseline before the export (the worker included)',
        ],
      ],
    };
  } finally {
    services.vault.lock('manual');
  }
}
