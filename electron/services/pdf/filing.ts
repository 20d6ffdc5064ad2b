import { Writable } from 'node:stream';
import { PDFDocument } from 'pdf-lib';
import { type Assembled, type Layout, type Numbering, numberFiling } from '../../../shared/filings/assembly';
import { annexPrefix, ccfDocument, type CcfPlan } from '../../../shared/filings/ccf-application';
import { packetDocument, type PacketPlan } from '../../../shared/filings/packet';
import { MAX_TEXT_PART_BYTES } from '../../../shared/filings/parts';
import type { FilingPartError } from '../../../shared/filings/preflight';
import type { FontSet } from './fonts';
import { PartError, StreamingPdfWriter, imageKindOf, loadSourcePdf } from './merge';
import { type RenderResult, renderPdf } from './render';

/**
 * A filing (the court's exhibit packet, a CCF application with its annexes), in the PDF worker:
 * 1. measure every file — page counts; an encrypted, damaged or empty file is named with its exhibit or annex, and
 *    nothing at all is written (never a half packet);
 * 2. typeset the app's own pages, number the whole filing, typeset them again with the page ranges filled in;
 * 3. stream the filing out: own pages and files in order, each page stamped with its number.
 * Files come one at a time from the vault through `fetch` and are let go of once merged.
 */

export type FilingPlan = PacketPlan | CcfPlan;

export class FilingPartsError extends Error {
  constructor(readonly parts: FilingPartError[]) {
    super(`${parts.length} file(s) cannot be merged`);
    this.name = 'FilingPartsError';
  }
}

export interface Measured {
  numbering: Numbering;
  ownBytes: Uint8Array;
  layout: Layout;
}

type Fetch = (evidenceId: string) => Promise<Uint8Array>;

function assemble(
  plan: FilingPlan,
  ranges: Numbering['ranges'] | null,
  texts: Record<string, string>,
): Assembled {
  return plan.kind === 'packet' ? packetDocument(plan, ranges, texts) : ccfDocument(plan, ranges, texts);
}

function prefixFor(plan: FilingPlan) {
  return plan.kind === 'packet' ? () => '' : annexPrefix;
}

async function renderToBytes(
  document: Assembled['document'],
  fonts: FontSet,
): Promise<{ bytes: Uint8Array; result: RenderResult }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const result = await renderPdf(document, sink, { fonts });
  return { bytes: Buffer.concat(chunks), result };
}

/** Steps 1 and 2: every file's pages, the numbering, and the own pages typeset with the ranges in them. */
export async function measureFiling(plan: FilingPlan, fetch: Fetch, fonts: FontSet): Promise<Measured> {
  const partPages: Record<string, number> = {};
  const texts: Record<string, string> = {};
  const errors: FilingPartError[] = [];
  for (const item of plan.items) {
    for (const part of item.parts) {
      try {
        const bytes = await fetch(part.evidenceId);
        if (part.kind === 'pdf') partPages[part.evidenceId] = (await loadSourcePdf(bytes)).getPageCount();
        else if (part.kind === 'image') {
          if (!imageKindOf(bytes)) throw new PartError('unsupported-image', 'Not a JPEG or PNG file.');
          partPages[part.evidenceId] = 1;
        } else {
          if (bytes.byteLength > MAX_TEXT_PART_BYTES) throw new PartError('damaged', 'Too long to typeset.');
          texts[part.evidenceId] = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
        }
      } catch (error) {
        errors.push({
          evidenceId: part.evidenceId,
          number: item.number,
          reason: error instanceof PartError ? error.reason : 'damaged',
        });
      }
    }
  }
  if (errors.length > 0) throw new FilingPartsError(errors);

  const prefix = prefixFor(plan);
  let ranges: Numbering['ranges'] | null = null;
  // The contents' length does not depend on the numbers in it (a placeholder of the same width stands in), so the
  // second pass lays out as the first; a third is there for the case where it does not.
  for (let pass = 0; pass < 3; pass++) {
    const assembled = assemble(plan, ranges, texts);
    const own = await renderToBytes(assembled.document, fonts);
    const layout: Layout = { sectionStarts: own.result.sectionStarts, ownPages: own.result.pages, partPages };
    const numbering = numberFiling(plan.items, assembled.roles, layout, prefix);
    if (ranges !== null && JSON.stringify(ranges) === JSON.stringify(numbering.ranges))
      return { numbering, ownBytes: own.bytes, layout };
    ranges = numbering.ranges;
  }
  throw new Error('The contents did not settle on page numbers.');
}

/** Step 3: the filing streamed into `out`. */
export async function writeFiling(
  plan: FilingPlan,
  measured: Measured,
  fetch: Fetch,
  out: Writable,
  onProgress: (done: number, total: number) => void,
): Promise<{ pages: number; bytes: number }> {
  const { numbering } = measured;
  const total = numbering.totalPages;
  const stampText = (prefix: string, page: number) => `${prefix}Page ${page} of ${total}`;
  const writer = await StreamingPdfWriter.open(out, plan.kind === 'packet' ? plan.caption.title : plan.title);
  const own = await PDFDocument.load(measured.ownBytes, { updateMetadata: false });

  // Own pages are stamped up front: their final numbers follow from the numbering.
  const stamps = new Map<number, string>();
  let page = 0;
  for (const segment of numbering.segments) {
    if (segment.source === 'own')
      for (let i = segment.from; i <= segment.to; i++) stamps.set(i, stampText(segment.prefix, ++page));
    else page += measured.layout.partPages[segment.evidenceId] ?? 0;
  }
  await writer.addOwnPages(own, stamps);

  let done = 0;
  for (const segment of numbering.segments) {
    if (segment.source === 'own') writer.placeOwn(segment.from, segment.to);
    else {
      const bytes = await fetch(segment.evidenceId);
      const stamp = (n: number) => stampText(segment.prefix, n);
      try {
        if (segment.kind === 'pdf') await writer.addPdf(await loadSourcePdf(bytes), stamp);
        else await writer.addImage(bytes, stamp);
      } catch (error) {
        // A file that opened but whose pages cannot be drawn (an unknown content encoding): named like the rest.
        const number = plan.items.find((i) =>
          i.parts.some((p) => p.evidenceId === segment.evidenceId),
        )?.number;
        throw new FilingPartsError([
          {
            evidenceId: segment.evidenceId,
            number: number ?? '',
            reason: error instanceof PartError ? error.reason : 'damaged',
          },
        ]);
      }
    }
    onProgress(++done, numbering.segments.length);
  }
  const result = await writer.finish();
  if (result.pages !== total) throw new Error(`Wrote ${result.pages} pages where ${total} were numbered.`);
  return result;
}
