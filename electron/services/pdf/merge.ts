import { once } from 'node:events';
import type { Writable } from 'node:stream';
import {
  PDFCrossRefSection,
  PDFDocument,
  type PDFFont,
  PDFName,
  PDFNumber,
  PDFPage,
  PDFPageLeaf,
  type PDFRef,
  PDFTrailer,
  PDFTrailerDict,
  StandardFonts,
  degrees,
  rgb,
} from 'pdf-lib';

/**
 * Merging files into one PDF with pdf-lib, written to a stream as it goes. pdf-lib builds a whole document in memory
 * and serializes it at the end; a packet of a few hundred scanned pages would then sit in memory twice. Here every
 * object is written out (and forgotten) as soon as the pages that use it are finished, and only the page tree, the
 * catalog and the cross-reference table — a few bytes per page — are written at the end. Memory stays at about
 * one source file at a time.
 *
 * Every merged page is a US Letter page: the source page is drawn on it as a form XObject, scaled to fit above a
 * band at the foot where the filing's page number is stamped, so the number never covers the document's content
 * (and A4 originals come out the size a court prints). Rotated pages are turned upright.
 */

export const LETTER = { width: 612, height: 792 } as const;
/** The band at the foot of every page that holds the stamp. */
const STAMP_BAND = 26;
const STAMP_SIZE = 8.5;

/** A file that cannot go into the filing, and why: the whole filing is refused, naming it. */
export class PartError extends Error {
  constructor(
    readonly reason: 'encrypted' | 'damaged' | 'unsupported-image' | 'empty',
    message: string,
  ) {
    super(message);
    this.name = 'PartError';
  }
}

/** Opens a source PDF, refusing encrypted ones (pdf-lib cannot decrypt) and saying so apart from damaged ones. */
export async function loadSourcePdf(bytes: Uint8Array): Promise<PDFDocument> {
  if (bytes.byteLength === 0) throw new PartError('empty', 'The file is empty.');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    // pdf-lib is compiled to ES5, where its error classes lose their prototype: known by its message instead.
    if (error instanceof Error && /is encrypted/.test(error.message))
      throw new PartError('encrypted', 'The PDF is encrypted or password-protected.');
    throw new PartError('damaged', 'The PDF is damaged and cannot be read.');
  }
  if (doc.getPageCount() === 0) throw new PartError('damaged', 'The PDF has no pages.');
  return doc;
}

export function imageKindOf(bytes: Uint8Array): 'jpeg' | 'png' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  return null;
}

export class StreamingPdfWriter {
  readonly #doc: PDFDocument;
  readonly #out: Writable;
  readonly #offsets: [PDFRef, number][] = [];
  readonly #pages: PDFRef[] = [];
  readonly #own = new Map<number, PDFRef>();
  readonly #written = new Set<number>();
  readonly #keep: Set<string>;
  readonly #pagesRef: PDFRef;
  #position = 0;
  #font: PDFFont | null = null;

  private constructor(doc: PDFDocument, out: Writable) {
    this.#doc = doc;
    this.#out = out;
    const { context } = doc;
    this.#pagesRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
    const infoRef = context.trailerInfo.Info as PDFRef | undefined;
    // The catalog, the page tree and the document information are written last, once every page is known.
    this.#keep = new Set(
      [context.trailerInfo.Root as PDFRef, this.#pagesRef, infoRef].filter(Boolean).map((r) => String(r)),
    );
  }

  static async open(out: Writable, title: string): Promise<StreamingPdfWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setTitle(title);
    doc.setProducer('pdf-lib');
    doc.setCreationDate(new Date());
    const writer = new StreamingPdfWriter(doc, out);
    await writer.#write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n\n', 'latin1'));
    writer.#font = await doc.embedFont(StandardFonts.Helvetica);
    return writer;
  }

  get pageCount(): number {
    return this.#pages.length;
  }

  /** A new Letter page; `draw` puts content on it before its stamp is added. */
  #newPage(): PDFPage {
    const { context } = this.#doc;
    const leaf = PDFPageLeaf.withContextAndParent(context, this.#pagesRef);
    leaf.set(PDFName.of('MediaBox'), context.obj([0, 0, LETTER.width, LETTER.height]));
    const ref = context.register(leaf);
    this.#pages.push(ref);
    return PDFPage.of(leaf, ref, this.#doc);
  }

  #stamp(page: PDFPage, text: string): void {
    const font = this.#font;
    if (!font || text === '') return;
    const width = font.widthOfTextAtSize(text, STAMP_SIZE);
    page.drawText(text, {
      x: (LETTER.width - width) / 2,
      y: (STAMP_BAND - STAMP_SIZE) / 2 + 1,
      size: STAMP_SIZE,
      font,
      color: rgb(0.1, 0.1, 0.1),
    });
  }

  /**
   * The pages the app typeset itself (Letter already, the stamp's band left free), copied as they are and stamped
   * with their final numbers, all at once so their fonts are copied once; `placeOwn` puts them in order.
   */
  async addOwnPages(source: PDFDocument, stamps: ReadonlyMap<number, string>): Promise<void> {
    const indices = [...stamps.keys()];
    const copied = await this.#doc.copyPages(source, indices);
    copied.forEach((page, i) => {
      const index = indices[i] ?? 0;
      page.node.set(PDFName.of('Parent'), this.#pagesRef);
      this.#stamp(page, stamps.get(index) ?? '');
      this.#own.set(index, page.ref);
    });
    await this.flush();
  }

  /** Own pages `from`…`to` (0-based in the typeset document) as the next pages of the filing. */
  placeOwn(from: number, to: number): void {
    for (let i = from; i <= to; i++) {
      const ref = this.#own.get(i);
      if (ref) this.#pages.push(ref);
    }
  }

  /**
   * Every page of a source PDF, scaled onto Letter pages above the stamp band. The pages are embedded together so
   * what they share (a scan's image, a font) is copied once; the file's objects are written when its last page is.
   */
  async addPdf(source: PDFDocument, stamp: (pageNumber: number) => string): Promise<void> {
    const pages = source.getPages();
    // A page with no content stream cannot be embedded: it stays a blank page of the filing.
    const withContent = pages.filter((p) => p.node.Contents() !== undefined);
    const embeddedPages = await this.#doc.embedPages(withContent);
    const embeddedOf = new Map(withContent.map((p, i) => [p, embeddedPages[i]]));
    for (const sourcePage of pages) {
      const page = this.#newPage();
      const embedded = embeddedOf.get(sourcePage);
      if (embedded) {
        const rotation = ((sourcePage.getRotation().angle % 360) + 360) % 360;
        const turned = rotation === 90 || rotation === 270;
        const w = turned ? embedded.height : embedded.width;
        const h = turned ? embedded.width : embedded.height;
        const scale = Math.min(LETTER.width / w, (LETTER.height - STAMP_BAND) / h);
        const x0 = (LETTER.width - w * scale) / 2;
        const y0 = STAMP_BAND + (LETTER.height - STAMP_BAND - h * scale) / 2;
        // A page displayed turned by `rotation` (clockwise) is drawn turned back, anchored at the right corner.
        const anchor: Record<number, [number, number]> = {
          0: [x0, y0],
          90: [x0, y0 + h * scale],
          180: [x0 + w * scale, y0 + h * scale],
          270: [x0 + w * scale, y0],
        };
        const [x, y] = anchor[rotation] ?? [x0, y0];
        page.drawPage(embedded, { x, y, xScale: scale, yScale: scale, rotate: degrees(-rotation) });
      }
      this.#stamp(page, stamp(this.#pages.length));
    }
    for (const embedded of embeddedPages) await embedded.embed();
    await this.flush();
  }

  /** A JPEG or PNG fitted to a Letter page inside half-inch margins, above the stamp band. */
  async addImage(bytes: Uint8Array, stamp: (pageNumber: number) => string): Promise<void> {
    const kind = imageKindOf(bytes);
    if (!kind) throw new PartError('unsupported-image', 'The image is not a JPEG or PNG file.');
    let image;
    try {
      image = kind === 'jpeg' ? await this.#doc.embedJpg(bytes) : await this.#doc.embedPng(bytes);
    } catch {
      throw new PartError('damaged', 'The image is damaged and cannot be read.');
    }
    const page = this.#newPage();
    const margin = 36;
    const boxW = LETTER.width - 2 * margin;
    const boxH = LETTER.height - STAMP_BAND - 2 * margin;
    const scale = Math.min(boxW / image.width, boxH / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    page.drawImage(image, {
      x: (LETTER.width - w) / 2,
      y: STAMP_BAND + margin + (boxH - h) / 2,
      width: w,
      height: h,
    });
    await image.embed();
    this.#stamp(page, stamp(this.#pages.length));
    await this.flush();
  }

  /** Writes every object made so far (but the catalog, page tree and info) and lets go of it. */
  async flush(): Promise<void> {
    const { context } = this.#doc;
    // pdf-lib wraps every page it draws on between two content streams it shares across the document (save and
    // restore the graphics state): they stay until the end, when they are written once.
    const shared = context as unknown as {
      pushGraphicsStateContentStreamRef?: PDFRef;
      popGraphicsStateContentStreamRef?: PDFRef;
    };
    const keep = new Set([
      ...this.#keep,
      String(shared.pushGraphicsStateContentStreamRef),
      String(shared.popGraphicsStateContentStreamRef),
    ]);
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (keep.has(String(ref))) continue;
      await this.#writeObject(ref, object);
      context.delete(ref);
    }
  }

  /** The page tree, the catalog, the cross-reference table and the trailer. */
  async finish(): Promise<{ pages: number; bytes: number }> {
    await this.flush();
    // The stamp's font (a standard font: nothing to subset) is written once, here; pdf-lib would rewrite it on
    // every embed after it was used.
    await this.#font?.embed();
    const { context } = this.#doc;
    const tree = context.lookup(this.#pagesRef);
    if (tree && 'set' in tree) {
      const node = tree as unknown as { set(key: PDFName, value: unknown): void };
      node.set(PDFName.of('Kids'), context.obj(this.#pages));
      node.set(PDFName.of('Count'), PDFNumber.of(this.#pages.length));
    }
    for (const [ref, object] of context.enumerateIndirectObjects()) await this.#writeObject(ref, object);
    const xref = PDFCrossRefSection.create();
    for (const [ref, offset] of [...this.#offsets].sort((a, b) => a[0].objectNumber - b[0].objectNumber))
      xref.addEntry(ref, offset);
    const xrefOffset = this.#position;
    const trailerDict = PDFTrailerDict.of(
      context.obj({
        Size: context.largestObjectNumber + 1,
        Root: context.trailerInfo.Root,
        Info: context.trailerInfo.Info,
      }),
    );
    const tail = `${xref.toString()}\n${trailerDict.toString()}\n\n${PDFTrailer.forLastCrossRefSectionOffset(xrefOffset).toString()}`;
    await this.#write(Buffer.from(tail, 'latin1'));
    return { pages: this.#pages.length, bytes: this.#position };
  }

  async #writeObject(
    ref: PDFRef,
    object: { sizeInBytes(): number; copyBytesInto(b: Uint8Array, o: number): number },
  ) {
    if (this.#written.has(ref.objectNumber)) throw new Error(`Object ${ref.objectNumber} written twice.`);
    this.#written.add(ref.objectNumber);
    const head = Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1');
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    this.#offsets.push([ref, this.#position]);
    await this.#write(Buffer.concat([head, body, Buffer.from('\nendobj\n\n', 'latin1')]));
  }

  async #write(chunk: Buffer): Promise<void> {
    this.#position += chunk.byteLength;
    if (!this.#out.write(chunk)) await once(this.#out, 'drain');
  }
}
