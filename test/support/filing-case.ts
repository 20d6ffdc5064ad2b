import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import type { Services } from '../../electron/services';
import type { SharingScope } from '../../shared/dossier/common';
import type { EvidenceMetadataInput } from '../../shared/evidence/evidence';
import { attachBytes } from './evidence';

/**
 * Real files for the filing tests: PDFs whose every page says which document and page it is (so the merged
 * packet can be read back page by page), a rotated page, A4 pages, a scanned-style image, a plain-text letter,
 * an encrypted PDF and a damaged one.
 */

export async function samplePdf(
  label: string,
  pages: number,
  options: { a4?: boolean; rotateSecond?: boolean; classicTrailer?: boolean } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage(options.a4 ? [595, 842] : [612, 792]);
    page.drawText(`${label} source page ${i} of ${pages}`, { x: 60, y: 700, size: 16, font });
    // Content down to the very foot of the page: the stamp must not cover it.
    page.drawText(`${label} foot line ${i}`, { x: 60, y: 4, size: 9, font });
    if (options.rotateSecond && i === 2) page.setRotation(degrees(90));
  }
  return doc.save({ useObjectStreams: !options.classicTrailer });
}

/** A PDF that declares itself encrypted (the trailer names an /Encrypt dictionary), as a protected bank statement. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const bytes = Buffer.from(await samplePdf('Locked', 1, { classicTrailer: true }));
  const text = bytes.toString('latin1');
  if (!/trailer\s*<</.test(text)) throw new Error('expected a classic trailer');
  const patched = text.replace(/trailer\s*<<\s*/, (m) => `${m}/Encrypt << /Filter /Standard /V 1 /R 2 >>\n`);
  return Buffer.from(patched, 'latin1');
}

/** A file that starts like a PDF and is not one. */
export function damagedPdf(): Uint8Array {
  return Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without an end', 'latin1');
}

/** A PNG and a JPEG drawn by poppler from a one-page PDF (what a phone scan looks like to the app). */
export async function sampleImages(label: string): Promise<{ png: Uint8Array; jpeg: Uint8Array }> {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-img-'));
  try {
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, await samplePdf(label, 1));
    execFileSync('pdftoppm', ['-png', '-r', '30', '-singlefile', pdf, join(dir, 'out')]);
    execFileSync('pdftoppm', ['-jpeg', '-r', '30', '-singlefile', pdf, join(dir, 'out')]);
    return { png: readFileSync(join(dir, 'out.png')), jpeg: readFileSync(join(dir, 'out.jpg')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface AttachedExhibit {
  id: string;
  title: string;
}

/** Attaches a file and sets its metadata (scope, number, tab, language, pairing) as the attorney would. */
export async function attachExhibit(
  services: Services,
  clientId: string,
  fileName: string,
  bytes: Uint8Array,
  metadata: Partial<EvidenceMetadataInput> & { scope: SharingScope; title: string },
  options: { translationOf?: string; certificateFor?: string } = {},
): Promise<AttachedExhibit> {
  const summary = await (options.certificateFor
    ? services.evidence.attachStream(
        { clientId, fileName, byteSize: bytes.byteLength, certificateFor: options.certificateFor },
        [bytes],
      )
    : attachBytes(services, clientId, fileName, bytes, { translationOf: options.translationOf }));
  const detail = services.evidence.get(summary.id);
  services.evidence.update(summary.id, detail.revision, {
    title: metadata.title,
    scope: metadata.scope,
    exhibitNumber: metadata.exhibitNumber,
    exhibitTab: metadata.exhibitTab,
    language: metadata.language,
    description: metadata.description,
    documentDate: metadata.documentDate,
    translationOf: detail.translationOf,
    certificateFor: detail.certificateFor,
  });
  return { id: summary.id, title: metadata.title };
}
