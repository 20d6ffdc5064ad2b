import type { Writable } from 'node:stream';
import type * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type {
  Block,
  Caption,
  Cell,
  Column,
  Field,
  PdfDocument,
  Section,
  Tone,
} from '../../../shared/pdf/model';
import { FONT_KEYS, type FontKey, type FontSet } from './fonts';
import { type Line, TextEngine } from './text';

/**
 * The render step: the document model → PDF, typeset on pdfkit.
 *
 * Why pdfkit: it runs under plain Node (here in a worker thread), embeds TrueType/OpenType fonts as subsets of the
 * glyphs used, shapes text with fontkit (Arabic joining included) and streams its output, so the file is written
 * straight to the path the attorney chose. pdfmake sits on pdfkit and adds a declarative layout with repeated table
 * headers, but it picks one font per text node (no fallback from Latin to Arabic or CJK inside a name) and has no
 * bidi support; pdf-lib edits PDFs well but has no text layout at all. So the layout here is our own — line breaking
 * with per-script fonts and the Unicode bidi algorithm (text.ts), tables that break across pages with their header
 * row repeated, keep-with-next headings — on pdfkit's drawing and font embedding.
 */

const PAGE = { width: 612, height: 792 } as const; // US Letter
const MARGIN = { left: 64, right: 64 } as const;
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY_TOP = 78;
const BODY_BOTTOM = 714;
const FOOTER_RULE = 726;

const COLOR = {
  text: '#1b2431',
  muted: '#5f6b7a',
  navy: '#15294a',
  accent: '#1d5bbf',
  rule: '#c9d0da',
  hairline: '#e1e6ed',
  headerFill: '#edf1f7',
  zebra: '#f7f9fc',
  privilege: '#8a1c1c',
} as const;

const TONE_COLOR: Record<Tone, string> = {
  normal: COLOR.text,
  muted: COLOR.muted,
  ok: '#0b7a4b',
  warning: '#a14a0b',
  critical: '#b42318',
};

const CALLOUT = {
  info: { fill: '#eef4fd', bar: '#1d5bbf' },
  warning: { fill: '#fff7e8', bar: '#c2700a' },
  critical: { fill: '#fdf0ef', bar: '#b42318' },
} as const;

/** The structure element each block is tagged as. */
const STRUCT_TYPE: Record<Block['type'], string> = {
  subheading: 'H2',
  paragraph: 'P',
  fields: 'Div',
  table: 'Table',
  list: 'L',
  callout: 'Note',
  questions: 'L',
  ruled: 'Div',
};

const SIZE = { body: 9.5, small: 8.5, table: 8.4, label: 6.9, subheading: 10.8, heading: 14.5 } as const;
const LEADING = 1.38;

export interface RenderResult {
  pages: number;
  /** The page (0-based) each section of the model starts on, in the model's order. */
  sectionStarts: number[];
}

export interface RenderOptions {
  fonts: FontSet;
  /** Called as blocks are set: how many of how many. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * pdfkit accepts an already-parsed fontkit font (its font factory takes any object with `layout`), which its type
 * definitions do not list; passing the parsed font lets one parse serve every document a process writes.
 */
function registerParsedFont(doc: PDFKit.PDFDocument, name: FontKey, font: fontkit.Font): void {
  doc.registerFont(name, font as unknown as Uint8Array);
}

/** Writes the PDF of `model` to `out` and resolves once every byte has been handed to it. */
export function renderPdf(model: PdfDocument, out: Writable, options: RenderOptions): Promise<RenderResult> {
  return new Promise<RenderResult>((resolve, reject) => {
    let result: RenderResult | null = null;
    out.once('error', reject);
    out.once('finish', () => (result ? resolve(result) : reject(new Error('PDF output ended early'))));
    try {
      const setter = new Typesetter(model, options);
      setter.doc.pipe(out);
      result = setter.run();
      setter.doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

interface TocEntry {
  section: Section;
  page: number;
  x: number;
  y: number;
  width: number;
}

class Typesetter {
  readonly doc: PDFKit.PDFDocument;
  readonly #text: TextEngine;
  readonly #fonts: FontSet;
  readonly #model: PdfDocument;
  readonly #progress: ((done: number, total: number) => void) | undefined;
  #y = BODY_TOP;
  #page = 0;
  readonly #sectionStart = new Map<Section, number>();
  readonly #toc: TocEntry[] = [];

  constructor(model: PdfDocument, { fonts, onProgress }: RenderOptions) {
    this.#model = model;
    this.#progress = onProgress;
    this.#text = new TextEngine(fonts);
    this.doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      bufferPages: true,
      autoFirstPage: true,
      // No default font: pdfkit would load Helvetica's metrics from disk for nothing.
      font: null as unknown as string,
      lang: 'en-US',
      tagged: true,
      displayTitle: true,
      info: {
        // No client name in the metadata: file managers show it without opening the file. Papers that leave the
        // firm (a court filing, a CCF submission) say nothing of the app in their properties either.
        Title: model.privilegeLine ? `${model.title} — ${model.audience}` : model.title,
        ...(model.privilegeLine ? { Author: 'Safe Harbor', Creator: 'Safe Harbor' } : {}),
        Producer: 'pdfkit',
        CreationDate: new Date(model.generatedAt),
      },
    });
    for (const key of FONT_KEYS) registerParsedFont(this.doc, key, fonts[key].font);
    this.#fonts = fonts;
  }

  run(): RenderResult {
    const blocks = this.#model.sections.reduce((n, s) => n + s.blocks.length + 1, 0);
    const total = blocks + 2;
    let done = 0;
    const tick = () => this.#progress?.(++done, total);

    // Tagged for screen readers: a Document of sections, each a heading and its blocks in reading order; the
    // running header, footer and page numbers are artifacts.
    const root = this.doc.struct('Document');
    this.doc.addStructure(root);
    const caption = this.#model.caption;
    root.add(
      this.doc.struct('Sect', {}, [
        this.doc.struct('P', {}, () => (caption ? this.#caption(caption) : this.#cover())),
      ]),
    );
    tick();
    for (const [index, section] of this.#model.sections.entries()) {
      const onCover = this.#model.cover.compact || this.#model.caption !== null;
      if ((index === 0 && !onCover) || section.newPage) this.#newPage();
      const sect = this.doc.struct('Sect');
      root.add(sect);
      if (!section.untitled)
        sect.add(this.doc.struct('H1', {}, () => this.#sectionHeading(section, section.blocks[0])));
      else this.#sectionStart.set(section, this.#page);
      tick();
      section.blocks.forEach((block, i) => {
        sect.add(
          this.doc.struct(STRUCT_TYPE[block.type], {}, () =>
            this.#block(block, section, section.blocks[i + 1]),
          ),
        );
        tick();
      });
      sect.end();
      this.#y += 10;
    }
    root.end();
    this.#pageFurniture();
    tick();
    return {
      pages: this.doc.bufferedPageRange().count,
      sectionStarts: this.#model.sections.map((s) => this.#sectionStart.get(s) ?? 0),
    };
  }

  /**
   * How much of `block` must fit under what precedes it (a heading) for the two to stay together: measured from
   * the block itself — a table's header row and its first rows, a paragraph's first two lines, a list's first item.
   */
  #opening(block: Block | undefined): number {
    if (!block) return 0;
    const lh = (size: number) => this.#lineHeight(size);
    switch (block.type) {
      case 'subheading':
        return SIZE.subheading * 1.32 + 8;
      case 'paragraph': {
        const size = block.small ? SIZE.small : SIZE.body;
        return Math.min(2, this.#lines(block.text, size, false, CONTENT_WIDTH).length) * lh(size);
      }
      case 'fields': {
        const first = block.items[0];
        if (!first) return 0;
        const lines = this.#lines(first.value.text, SIZE.body, first.value.bold ?? false, CONTENT_WIDTH / 2);
        return lh(SIZE.label) + Math.min(3, lines.length) * lh(SIZE.body) + 7;
      }
      case 'table': {
        if (block.rows.length === 0) return lh(SIZE.body);
        const total = block.columns.reduce((sum, c) => sum + c.width, 0);
        const rowLines = (row: readonly Cell[] | undefined) =>
          Math.max(
            1,
            ...(row ?? []).map((c, i) => {
              const w = ((block.columns[i]?.width ?? 0) / total) * CONTENT_WIDTH - 10;
              return this.#lines(c.text, SIZE.table, c.bold ?? false, w).length + (c.note ? 1 : 0);
            }),
          );
        const rows = Math.min(
          6,
          rowLines(block.rows[0]) + (block.rows.length > 1 ? rowLines(block.rows[1]) : 0),
        );
        return lh(SIZE.label) * 2 + 9 + rows * lh(SIZE.table) + 14;
      }
      case 'list': {
        const first = block.items[0];
        return first
          ? Math.min(2, this.#lines(first.text, SIZE.body, false, CONTENT_WIDTH - 16).length) * lh(SIZE.body)
          : 0;
      }
      case 'callout':
        return 60;
      case 'questions':
        return lh(SIZE.body) * 2 + (block.items[0]?.lines ?? 0) * 21;
      case 'ruled':
        return 46;
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Primitives
  // -------------------------------------------------------------------------------------------------------------

  #newPage(): void {
    // Closes the marked content open on this page and reopens it on the next, so tagged structure spans the break.
    this.doc.continueOnNewPage({ size: 'LETTER', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    this.#page++;
    this.#y = BODY_TOP;
  }

  /** Starts a new page unless `height` still fits on this one. */
  #ensure(height: number): void {
    if (this.#y + height > BODY_BOTTOM && this.#y > BODY_TOP) this.#newPage();
  }

  #lines(text: string, size: number, bold: boolean, width: number): Line[] {
    return this.#text.layout(text, size, bold, width);
  }

  /**
   * Draws one laid-out line with its baseline `ascent` below `top`. `align` names the start of the line: a line of a
   * right-to-left paragraph asked to start at the left is set flush right instead (and the reverse).
   */
  #drawLine(
    line: Line,
    x: number,
    top: number,
    size: number,
    color: string,
    align: 'left' | 'right' | 'center' = 'left',
    width = 0,
    spacing = 0,
  ): void {
    const effective =
      line.rtl && width > 0 && align !== 'center' ? (align === 'left' ? 'right' : 'left') : align;
    let cx =
      effective === 'left'
        ? x
        : effective === 'right'
          ? x + width - line.width
          : x + (width - line.width) / 2;
    const baseline = top + size * 1.069; // Noto Sans's ascent: every face shares one baseline
    this.doc.fillColor(color);
    for (const run of line.runs) {
      if (run.text === '') continue;
      const face = this.#fonts[run.font];
      const runSize = size * run.scale;
      this.doc.font(run.font).fontSize(runSize);
      if (run.syntheticBold) this.doc.lineWidth(runSize * 0.035).strokeColor(color);
      this.doc.text(run.text, cx, baseline - face.ascent * runSize, {
        lineBreak: false,
        ...(run.shapeWhole ? { features: ['rlig'] } : {}),
        ...(spacing ? { characterSpacing: spacing } : {}),
        ...(run.syntheticBold ? { fill: true, stroke: true } : {}),
      });
      cx += run.width + (spacing ? spacing * [...run.text].length : 0);
    }
  }

  #lineHeight(size: number): number {
    return size * LEADING;
  }

  /** Lines of text flowed down the page, breaking to a new page between lines. */
  #flow(lines: readonly Line[], x: number, size: number, color: string): void {
    const lh = this.#lineHeight(size);
    for (const line of lines) {
      this.#ensure(lh);
      this.#drawLine(line, x, this.#y, size, color, 'left', PAGE.width - MARGIN.right - x);
      this.#y += lh;
    }
  }

  #rule(
    y: number,
    color: string = COLOR.rule,
    width = 0.5,
    x0: number = MARGIN.left,
    x1: number = PAGE.width - MARGIN.right,
  ): void {
    this.doc.save().moveTo(x0, y).lineTo(x1, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  #fill(x: number, y: number, w: number, h: number, color: string): void {
    this.doc.save().rect(x, y, w, h).fillColor(color).fill().restore();
  }

  #label(text: string, x: number, y: number, color: string = COLOR.muted, width = CONTENT_WIDTH): number {
    const lines = this.#lines(text.toUpperCase(), SIZE.label, true, width);
    for (const [i, line] of lines.entries())
      this.#drawLine(line, x, y + i * this.#lineHeight(SIZE.label), SIZE.label, color, 'left', 0, 0.35);
    return lines.length * this.#lineHeight(SIZE.label);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Cover, headings, page furniture
  // -------------------------------------------------------------------------------------------------------------

  #cover(): void {
    const m = this.#model;
    const x = MARGIN.left;
    let y = 92;
    if (m.cover.overline) this.#label(m.cover.overline, x, y, COLOR.accent);
    y += 16;
    for (const line of this.#lines(m.title, 25, true, CONTENT_WIDTH)) {
      this.#drawLine(line, x, y, 25, COLOR.navy);
      y += 31;
    }
    this.doc
      .save()
      .rect(x, y + 4, 44, 2.2)
      .fillColor(COLOR.accent)
      .fill()
      .restore();
    y += 20;
    for (const line of this.#lines(m.clientName, 19, true, CONTENT_WIDTH)) {
      this.#drawLine(line, x, y, 19, COLOR.text);
      y += 25;
    }
    for (const name of m.cover.names) {
      const line = this.#lines(name.name, 12, false, CONTENT_WIDTH * 0.6)[0];
      if (!line) continue;
      this.#drawLine(line, x, y, 12, COLOR.text);
      const note = this.#lines(name.note, SIZE.small, false, CONTENT_WIDTH * 0.38)[0];
      if (note) this.#drawLine(note, x + line.width + 10, y + 3, SIZE.small, COLOR.muted);
      y += 18;
    }
    y += 14;
    this.#y = y;
    this.#fields(m.cover.facts);
    this.#y += 6;
    if (m.cover.notice)
      this.#flow(this.#lines(m.cover.notice, SIZE.body, false, CONTENT_WIDTH), x, SIZE.body, COLOR.text);
    this.#y += 3;
    if (m.cover.disclaimer)
      this.#flow(
        this.#lines(m.cover.disclaimer, SIZE.small, false, CONTENT_WIDTH),
        x,
        SIZE.small,
        COLOR.muted,
      );
    if (m.cover.compact) {
      this.#y += 24;
      return;
    }

    // Contents: page numbers are written once the sections are set (#pageFurniture).
    this.#y += 18;
    this.#rule(this.#y, COLOR.rule, 0.5);
    this.#y += 10;
    this.#label('Contents', x, this.#y);
    this.#y += 16;
    const columns = m.sections.length > 8 ? 2 : 1;
    const gap = 28;
    const colWidth = (CONTENT_WIDTH - gap * (columns - 1)) / columns;
    const perColumn = Math.ceil(m.sections.length / columns);
    const rowHeight = 15.5;
    const top = this.#y;
    m.sections.forEach((section, i) => {
      const col = Math.floor(i / perColumn);
      const row = i % perColumn;
      const cx = x + col * (colWidth + gap);
      const cy = top + row * rowHeight;
      const line = this.#lines(section.title, SIZE.body, false, colWidth - 30)[0];
      if (line) this.#drawLine(line, cx, cy, SIZE.body, COLOR.text);
      this.#toc.push({ section, page: 0, x: cx, y: cy, width: colWidth });
    });
    this.#y = top + perColumn * rowHeight;
  }

  #sectionHeading(section: Section, first: Block | undefined): void {
    const headingHeight =
      this.#lines(section.title, SIZE.heading, true, CONTENT_WIDTH).length * SIZE.heading * 1.3 + 11;
    const introHeight = section.intro
      ? this.#lines(section.intro, SIZE.small, false, CONTENT_WIDTH).length * this.#lineHeight(SIZE.small) + 6
      : 0;
    this.#ensure(headingHeight + introHeight + this.#opening(first));
    this.#sectionStart.set(section, this.#page);
    const lines = this.#lines(section.title, SIZE.heading, true, CONTENT_WIDTH);
    for (const line of lines) {
      this.#drawLine(line, MARGIN.left, this.#y, SIZE.heading, COLOR.navy);
      this.#y += SIZE.heading * 1.3;
    }
    this.#y += 2;
    this.#rule(this.#y, COLOR.navy, 0.9);
    this.#y += 9;
    if (section.intro) {
      this.#flow(
        this.#lines(section.intro, SIZE.small, false, CONTENT_WIDTH),
        MARGIN.left,
        SIZE.small,
        COLOR.muted,
      );
      this.#y += 6;
    }
  }

  /**
   * The caption of a court filing, laid out as the immigration court's practice manual shows a cover page: the filing
   * attorney top left, DETAINED top right, the court centred, the parties' box with the A-number, the judge and the
   * next hearing, then the title. The first section follows on the same page.
   */
  #caption(caption: Caption): void {
    const x = MARGIN.left;
    const size = SIZE.body;
    const lh = this.#lineHeight(size);
    let y = 56;
    for (const text of caption.filer) {
      const line = this.#lines(text, size, false, CONTENT_WIDTH * 0.62)[0];
      if (line) this.#drawLine(line, x, y, size, COLOR.text);
      y += lh;
    }
    if (caption.detained) {
      const label = this.#lines('DETAINED', 12, true, 120)[0];
      if (label) {
        const w = label.width + 18;
        const bx = PAGE.width - MARGIN.right - w;
        this.doc.save().rect(bx, 52, w, 24).lineWidth(1.2).strokeColor(COLOR.text).stroke().restore();
        this.#drawLine(label, bx, 57.5, 12, COLOR.text, 'center', w);
      }
    }
    y = Math.max(y, 96) + 22;
    for (const text of caption.court) {
      const line = this.#lines(text, 10.5, true, CONTENT_WIDTH)[0];
      if (line) this.#drawLine(line, x, y, 10.5, COLOR.text, 'center', CONTENT_WIDTH);
      y += 14.5;
    }
    y += 18;
    // The parties' box: the matter on the left, closed by a column of brackets, the file number on the right.
    const left = CONTENT_WIDTH * 0.56;
    const top = y;
    const rows = ['In the Matter of:', caption.respondent, caption.proceeding];
    rows.forEach((text, i) => {
      const bold = i === 1;
      for (const line of this.#lines(text, size + (bold ? 1 : 0), bold, left - 20)) {
        this.#drawLine(line, x, y, size + (bold ? 1 : 0), COLOR.text);
        y += lh + (bold ? 2 : 0);
      }
      y += 4;
    });
    const bracket = this.#lines(')', size, false, 10)[0];
    for (let by = top; by < y - 2; by += lh)
      if (bracket) this.#drawLine(bracket, x + left, by, size, COLOR.text);
    const file = this.#lines(
      `File No.: ${caption.aNumber || '________________'}`,
      size + 1,
      true,
      CONTENT_WIDTH - left - 24,
    )[0];
    if (file) this.#drawLine(file, x + left + 24, top + (y - top) / 2 - lh / 2, size + 1, COLOR.text);
    y += 10;
    const judge = this.#lines(
      `Immigration Judge: ${caption.judge || '________________'}`,
      size,
      false,
      left,
    )[0];
    if (judge) this.#drawLine(judge, x, y, size, COLOR.text);
    const next = this.#lines(
      `Next hearing: ${caption.nextHearing || 'none scheduled'}`,
      size,
      false,
      CONTENT_WIDTH - left + 20,
    );
    next.forEach((line, i) => this.#drawLine(line, x, y + i * lh, size, COLOR.text, 'right', CONTENT_WIDTH));
    y += Math.max(1, next.length) * lh + 14;
    this.#rule(y, COLOR.text, 0.8);
    y += 18;
    for (const line of this.#lines(caption.title.toUpperCase(), 13, true, CONTENT_WIDTH)) {
      this.#drawLine(line, x, y, 13, COLOR.text, 'center', CONTENT_WIDTH);
      y += 18;
    }
    this.#y = y + 16;
  }

  /** Running header (from page 2), the footer's legend, the generated line and "Page X of Y", the contents' numbers. */
  #pageFurniture(): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.#furnitureOf(i - start, count);
      this.doc.endMarkedContent();
    }
    this.doc.switchToPage(start);
    for (const entry of this.#toc) {
      const page = (this.#sectionStart.get(entry.section) ?? 0) + 1;
      const label = this.#lines(String(page), SIZE.body, false, 40)[0];
      if (label) this.#drawLine(label, entry.x, entry.y, SIZE.body, COLOR.muted, 'right', entry.width);
    }
  }

  /** One page's running header (from page 2), legend, generated line and "Page X of Y". */
  #furnitureOf(index: number, count: number): void {
    const f = this.#model.furniture;
    if (index > 0 && (f.runningHeader.left || f.runningHeader.right)) {
      const left = this.#lines(f.runningHeader.left, 7.4, false, CONTENT_WIDTH * 0.68)[0];
      if (left) this.#drawLine(left, MARGIN.left, 44, 7.4, COLOR.muted);
      const right = this.#lines(f.runningHeader.right, 7.4, true, CONTENT_WIDTH * 0.3)[0];
      if (right) this.#drawLine(right, MARGIN.left, 44, 7.4, COLOR.navy, 'right', CONTENT_WIDTH);
      this.#rule(57, COLOR.hairline, 0.5);
    }
    if (!f.legend && !f.generatedLine && !f.pageNumbers) return;
    this.#rule(FOOTER_RULE, COLOR.rule, 0.5);
    const legend = f.legend ? this.#lines(f.legend, 7.6, true, CONTENT_WIDTH)[0] : undefined;
    if (legend) {
      const color = f.legendTone === 'privilege' ? COLOR.privilege : COLOR.text;
      this.#drawLine(legend, MARGIN.left, FOOTER_RULE + 7, 7.6, color, 'center', CONTENT_WIDTH);
    }
    const generated = f.generatedLine
      ? this.#lines(f.generatedLine, 7, false, CONTENT_WIDTH / 2)[0]
      : undefined;
    if (generated) this.#drawLine(generated, MARGIN.left, FOOTER_RULE + 21, 7, COLOR.muted);
    if (f.pageNumbers) {
      const pageLabel = this.#lines(`Page ${index + 1} of ${count}`, 7.4, true, CONTENT_WIDTH / 2)[0];
      if (pageLabel)
        this.#drawLine(pageLabel, MARGIN.left, FOOTER_RULE + 21, 7.4, COLOR.text, 'right', CONTENT_WIDTH);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Blocks
  // -------------------------------------------------------------------------------------------------------------

  #block(block: Block, section: Section, next: Block | undefined): void {
    switch (block.type) {
      case 'subheading':
        return this.#subheading(block.text, block.meta, next);
      case 'paragraph': {
        const size = block.small ? SIZE.small : SIZE.body;
        this.#flow(
          this.#lines(block.text, size, false, CONTENT_WIDTH),
          MARGIN.left,
          size,
          TONE_COLOR[block.tone ?? 'normal'],
        );
        this.#y += 5;
        return;
      }
      case 'fields':
        this.#fields(block.items);
        this.#y += 4;
        return;
      case 'table':
        this.#table(block.columns, block.rows, block.empty);
        this.#y += 10;
        return;
      case 'list':
        return this.#list(block.style, block.items);
      case 'callout':
        return this.#callout(block.tone, block.title, block.text);
      case 'questions':
        return this.#questions(block.items);
      case 'ruled':
        return this.#ruled(block.lines, block.pages, section.title);
    }
  }

  #subheading(text: string, meta: Cell | undefined, next: Block | undefined): void {
    const metaWidth = meta ? Math.min(160, this.#text.width(meta.text, SIZE.small, true) + 2) : 0;
    const lines = this.#lines(text, SIZE.subheading, true, CONTENT_WIDTH - metaWidth - 12);
    const lh = SIZE.subheading * 1.32;
    this.#ensure(lines.length * lh + 8 + this.#opening(next));
    this.#y += 4;
    lines.forEach((line, i) =>
      this.#drawLine(line, MARGIN.left, this.#y + i * lh, SIZE.subheading, COLOR.navy),
    );
    if (meta) {
      const metaLine = this.#lines(meta.text, SIZE.small, true, metaWidth)[0];
      if (metaLine)
        this.#drawLine(
          metaLine,
          MARGIN.left,
          this.#y + 1.6,
          SIZE.small,
          TONE_COLOR[meta.tone ?? 'normal'],
          'right',
          CONTENT_WIDTH,
        );
    }
    this.#y += lines.length * lh + 4;
  }

  /** Label–value pairs in a two-column grid; a long value takes the whole line. */
  #fields(items: readonly Field[]): void {
    const gap = 22;
    const half = (CONTENT_WIDTH - gap) / 2;
    const rows: Field[][] = [];
    let pending: Field | null = null;
    for (const item of items) {
      const long = item.value.text.length > 70 || item.value.text.includes('\n');
      if (long) {
        if (pending) rows.push([pending]);
        pending = null;
        rows.push([item]);
      } else if (pending) {
        rows.push([pending, item]);
        pending = null;
      } else pending = item;
    }
    if (pending) rows.push([pending]);
    const labelH = this.#lineHeight(SIZE.label);
    const lh = this.#lineHeight(SIZE.body);
    for (const row of rows) {
      const width = row.length === 1 && (row[0]?.value.text.length ?? 0) > 70 ? CONTENT_WIDTH : half;
      const laid = row.map((f) => ({
        field: f,
        lines: this.#lines(f.value.text, SIZE.body, f.value.bold ?? false, width),
      }));
      const height = Math.max(...laid.map((l) => labelH + l.lines.length * lh)) + 7;
      if (height > BODY_BOTTOM - BODY_TOP) {
        // A value longer than a page: label, then the value flowed line by line.
        const only = laid[0];
        if (!only) continue;
        this.#ensure(labelH + lh * 3);
        this.#label(only.field.label, MARGIN.left, this.#y);
        this.#y += labelH;
        this.#flow(only.lines, MARGIN.left, SIZE.body, TONE_COLOR[only.field.value.tone ?? 'normal']);
        this.#y += 7;
        continue;
      }
      this.#ensure(height);
      laid.forEach((l, i) => {
        const x = MARGIN.left + i * (half + gap);
        this.#label(l.field.label, x, this.#y, COLOR.muted, width);
        l.lines.forEach((line, k) =>
          this.#drawLine(
            line,
            x,
            this.#y + labelH + k * lh,
            SIZE.body,
            TONE_COLOR[l.field.value.tone ?? 'normal'],
            'left',
            width,
          ),
        );
      });
      this.#y += height;
    }
  }

  /** A table whose rows break across pages, the header row repeated on every page the table runs onto. */
  #table(columns: readonly Column[], rows: readonly Cell[][], empty: string): void {
    if (rows.length === 0) {
      if (empty) {
        this.#flow(this.#lines(empty, SIZE.body, false, CONTENT_WIDTH), MARGIN.left, SIZE.body, COLOR.muted);
        this.#y += 2;
      }
      return;
    }
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const padX = 5;
    const padY = 3.6;
    const lh = this.#lineHeight(SIZE.table);
    const labelLh = this.#lineHeight(SIZE.label);
    const inner = (i: number) => (widths[i] ?? 0) - 2 * padX;
    const alignOf = (i: number) => (columns[i]?.align === 'right' ? 'right' : 'left');

    const header = columns.map((c, i) => this.#lines(c.header.toUpperCase(), SIZE.label, true, inner(i)));
    const headerHeight = Math.max(...header.map((l) => l.length)) * labelLh + 2 * padY + 1;
    const drawHeader = () => {
      this.#fill(MARGIN.left, this.#y, CONTENT_WIDTH, headerHeight, COLOR.headerFill);
      header.forEach((lines, i) =>
        lines.forEach((line, k) =>
          this.#drawLine(
            line,
            (xs[i] ?? 0) + padX,
            this.#y + padY + 0.5 + k * labelLh,
            SIZE.label,
            COLOR.navy,
            alignOf(i),
            inner(i),
            0.35,
          ),
        ),
      );
      this.#y += headerHeight;
    };

    // Each cell: its text in the cell's tone, then its note (if any) in the muted colour.
    const laid = rows.map((row) =>
      columns.map((_, i) => {
        const c = row[i] ?? { text: '' };
        const color: string = TONE_COLOR[c.tone ?? 'normal'];
        const lines =
          c.text === '' && c.note ? [] : this.#lines(c.text, SIZE.table, c.bold ?? false, inner(i));
        const notes = c.note ? this.#lines(c.note, SIZE.table, false, inner(i)) : [];
        return [
          ...lines.map((line) => ({ line, color })),
          ...notes.map((line) => ({ line, color: COLOR.muted as string })),
        ];
      }),
    );
    const rowLines = (index: number) => Math.max(1, ...(laid[index]?.map((c) => c.length) ?? [1]));

    // Keep the header with its first two rows (or the first lines of a long one).
    const opening = Math.min(rowLines(0) + (laid.length > 1 ? rowLines(1) : 0), 6) * lh + 4 * padY;
    this.#ensure(headerHeight + opening);
    drawHeader();

    laid.forEach((cells, rowIndex) => {
      const lineCount = rowLines(rowIndex);
      let from = 0;
      while (from < lineCount) {
        const room = Math.floor((BODY_BOTTOM - this.#y - 2 * padY) / lh);
        const remaining = lineCount - from;
        const fitsOnFreshPage = remaining * lh + 2 * padY <= BODY_BOTTOM - BODY_TOP - headerHeight;
        // Keep a row whole when a fresh page can hold it; otherwise split it, two lines at least per piece.
        if (room < remaining && (fitsOnFreshPage || room < 2)) {
          this.#newPage();
          drawHeader();
          continue;
        }
        const take = Math.min(room, remaining);
        const height = take * lh + 2 * padY;
        if (rowIndex % 2 === 1) this.#fill(MARGIN.left, this.#y, CONTENT_WIDTH, height, COLOR.zebra);
        cells.forEach((lines, i) =>
          lines
            .slice(from, from + take)
            .forEach(({ line, color }, k) =>
              this.#drawLine(
                line,
                (xs[i] ?? 0) + padX,
                this.#y + padY + k * lh,
                SIZE.table,
                color,
                alignOf(i),
                inner(i),
              ),
            ),
        );
        this.#y += height;
        this.#rule(this.#y, COLOR.hairline, 0.5);
        from += take;
      }
    });
  }

  #list(style: 'bullet' | 'box', items: readonly Cell[]): void {
    const indent = 16;
    const lh = this.#lineHeight(SIZE.body);
    for (const item of items) {
      const lines = this.#lines(item.text, SIZE.body, item.bold ?? false, CONTENT_WIDTH - indent);
      const notes = item.note ? this.#lines(item.note, SIZE.small, false, CONTENT_WIDTH - indent) : [];
      this.#ensure(Math.min(lines.length, 3) * lh + notes.length * this.#lineHeight(SIZE.small));
      const markerY = this.#y + SIZE.body * 0.42;
      if (style === 'box') {
        this.doc
          .save()
          .rect(MARGIN.left + 1, markerY - 2.5, 8, 8)
          .lineWidth(0.8)
          .strokeColor(COLOR.navy)
          .stroke()
          .restore();
      } else {
        this.doc
          .save()
          .circle(MARGIN.left + 4, markerY + 1.5, 1.6)
          .fillColor(COLOR.navy)
          .fill()
          .restore();
      }
      this.#flow(lines, MARGIN.left + indent, SIZE.body, TONE_COLOR[item.tone ?? 'normal']);
      this.#flow(notes, MARGIN.left + indent, SIZE.small, COLOR.muted);
      this.#y += 3.5;
    }
    this.#y += 5;
  }

  #callout(tone: 'info' | 'warning' | 'critical', title: string, text: string): void {
    const pad = 9;
    const width = CONTENT_WIDTH - 2 * pad - 4;
    const titleLines = this.#lines(title, SIZE.body, true, width);
    const textLines = this.#lines(text, SIZE.small, false, width);
    const height =
      titleLines.length * this.#lineHeight(SIZE.body) +
      textLines.length * this.#lineHeight(SIZE.small) +
      2 * pad +
      2;
    this.#ensure(height);
    const style = CALLOUT[tone];
    this.#fill(MARGIN.left, this.#y, CONTENT_WIDTH, height, style.fill);
    this.#fill(MARGIN.left, this.#y, 3, height, style.bar);
    let y = this.#y + pad;
    for (const line of titleLines) {
      this.#drawLine(line, MARGIN.left + pad + 4, y, SIZE.body, COLOR.text);
      y += this.#lineHeight(SIZE.body);
    }
    y += 2;
    for (const line of textLines) {
      this.#drawLine(line, MARGIN.left + pad + 4, y, SIZE.small, COLOR.text);
      y += this.#lineHeight(SIZE.small);
    }
    this.#y += height + 10;
  }

  #questions(items: readonly { text: string; detail?: string; lines: number }[]): void {
    const indent = 20;
    const ruleGap = 21;
    items.forEach((q, i) => {
      const textLines = this.#lines(q.text, SIZE.body, true, CONTENT_WIDTH - indent);
      const detailLines = q.detail ? this.#lines(q.detail, SIZE.small, false, CONTENT_WIDTH - indent) : [];
      const height =
        textLines.length * this.#lineHeight(SIZE.body) +
        detailLines.length * this.#lineHeight(SIZE.small) +
        q.lines * ruleGap +
        8;
      this.#ensure(height);
      const number = this.#lines(`${i + 1}.`, SIZE.body, true, indent)[0];
      if (number) this.#drawLine(number, MARGIN.left, this.#y, SIZE.body, COLOR.muted);
      this.#flow(textLines, MARGIN.left + indent, SIZE.body, COLOR.text);
      this.#flow(detailLines, MARGIN.left + indent, SIZE.small, COLOR.muted);
      for (let k = 0; k < q.lines; k++) {
        this.#y += ruleGap;
        this.#rule(this.#y, COLOR.rule, 0.6, MARGIN.left + indent);
      }
      this.#y += 10;
    });
  }

  /** Ruled lines for handwriting: `lines` of them, or (0) to the foot of the page, then `pages` more pages. */
  #ruled(lines: number, pages: number, title: string): void {
    const gap = 23;
    const draw = (count: number) => {
      for (let k = 0; k < count; k++) {
        this.#y += gap;
        this.#rule(this.#y, COLOR.rule, 0.6);
      }
      this.#y += 6;
    };
    const toFoot = () => Math.floor((BODY_BOTTOM - this.#y - 12) / gap);
    draw(lines > 0 ? lines : toFoot());
    for (let p = 0; p < pages; p++) {
      this.#newPage();
      this.#label(`${title} (continued)`, MARGIN.left, this.#y);
      this.#y += 4;
      draw(toFoot());
    }
  }
}
