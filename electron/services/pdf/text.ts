import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import type { FontKey, FontSet } from './fonts';

/**
 * Line layout for mixed scripts. pdfkit draws glyph runs; it neither picks a font per script nor orders
 * right-to-left text within a left-to-right line, so this does both:
 *
 * 1. Each character gets a font: Arabic letters the Naskh face, CJK ideographs the CJK face, the rest Noto Sans;
 *    spaces and punctuation stay with the font of the text around them.
 * 2. Lines are broken greedily at spaces (and between CJK ideographs, which need none), measured with fontkit.
 * 3. Each line is cut into runs of one font and one bidi embedding level (Unicode Bidirectional Algorithm, bidi-js)
 *    and the runs are put in visual order (rule L2). A paragraph takes its base direction from its first strong
 *    character (rules P2–P3): an Arabic sentence holding a case number or a Latin name reads in order, and its
 *    lines are set flush right. An Arabic run is handed to fontkit whole, which shapes it (joining forms, lam-alef)
 *    and lays it right to left.
 * 4. Arabic and CJK are set at a size that matches the Latin around them (`SCRIPT_SCALE`), and a bold run of a
 *    face that has no bold weight (the CJK subset) is drawn with a thin outline ("synthetic bold").
 */

export interface Run {
  text: string;
  font: FontKey;
  width: number;
  /** Shape the run as one unit (fontkit orders an Arabic run right to left itself). */
  shapeWhole: boolean;
  /** The run's font size as a multiple of the line's (SCRIPT_SCALE). */
  scale: number;
  /** Bold asked for where the face has no bold weight: drawn with an outline of the glyphs. */
  syntheticBold: boolean;
}

export interface Line {
  runs: Run[];
  width: number;
  /** The paragraph's base direction is right to left: the line is set flush right. */
  rtl: boolean;
}

/**
 * Size of each face relative to Noto Sans at the same point size, so that scripts side by side look one size:
 * Naskh's alef is 0.67 em tall against Noto Sans's ascender of 0.76 em (×1.15 brings them level), and CJK
 * ideographs rise to 0.80 em against a cap height of 0.71 em (×0.92).
 */
export const SCRIPT_SCALE: Record<FontKey, number> = {
  sans: 1,
  'sans-bold': 1,
  arabic: 1.15,
  'arabic-bold': 1.15,
  cjk: 0.92,
};

/** Faces with no bold weight of their own. */
const NO_BOLD: ReadonlySet<FontKey> = new Set(['cjk']);

const bidi = bidiFactory();

const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

type Script = 'arabic' | 'cjk' | 'latin' | 'neutral';

function scriptOf(cp: number): Script {
  if ((cp >= 0x0600 && cp <= 0x08ff) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff))
    return 'arabic';
  if (
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0x3000 && cp <= 0x30ff) ||
    (cp >= 0x3100 && cp <= 0x31ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x2ffff)
  )
    return 'cjk';
  if (
    cp <= 0x40 ||
    (cp >= 0x5b && cp <= 0x60) ||
    (cp >= 0x7b && cp <= 0xbf) ||
    (cp >= 0x2000 && cp <= 0x206f)
  )
    return 'neutral';
  return 'latin';
}

/** Ideographs may break anywhere; CJK punctuation too. */
function breaksAround(cp: number): boolean {
  return scriptOf(cp) === 'cjk';
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x3000;
}

interface Unit {
  start: number;
  end: number;
}

export class TextEngine {
  readonly #widths = new Map<string, number>();

  constructor(private readonly fonts: FontSet) {}

  /** The face for a script, regular or bold. The CJK subset has one weight. */
  #face(script: Exclude<Script, 'neutral'>, bold: boolean): FontKey {
    if (script === 'arabic') return bold ? 'arabic-bold' : 'arabic';
    if (script === 'cjk') return 'cjk';
    return bold ? 'sans-bold' : 'sans';
  }

  /** One font per code unit of `text` (both halves of a surrogate pair get the same one). */
  fontsFor(text: string, bold: boolean): FontKey[] {
    const out: FontKey[] = new Array<FontKey>(text.length);
    let previous: FontKey | null = null;
    const pending: number[] = [];
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i) ?? 0x20;
      const len = cp > 0xffff ? 2 : 1;
      const script = scriptOf(cp);
      if (script === 'neutral') {
        const usable = previous !== null && this.fonts[previous].font.hasGlyphForCodePoint(cp);
        if (usable && previous !== null) for (let k = 0; k < len; k++) out[i + k] = previous;
        else for (let k = 0; k < len; k++) pending.push(i + k);
      } else {
        let face = this.#face(script, bold);
        if (!this.fonts[face].font.hasGlyphForCodePoint(cp)) {
          const fallback = FALLBACK_ORDER.map((s) => this.#face(s, bold)).find((f) =>
            this.fonts[f].font.hasGlyphForCodePoint(cp),
          );
          if (fallback) face = fallback;
        }
        // Neutrals at the start of a line take the font that follows them, if it has the glyph.
        for (const p of pending) {
          const pcp = text.codePointAt(p) ?? 0x20;
          out[p] = this.fonts[face].font.hasGlyphForCodePoint(pcp) ? face : this.#face('latin', bold);
        }
        pending.length = 0;
        for (let k = 0; k < len; k++) out[i + k] = face;
        previous = face;
      }
      i += len;
    }
    for (const p of pending) out[p] = this.#face('latin', bold);
    return out;
  }

  /** Advance width in points of `text` set in one font, at that font's scale of `size`. */
  measure(text: string, font: FontKey, size: number): number {
    const key = `${font}\u0000${text}`;
    let perPoint = this.#widths.get(key);
    if (perPoint === undefined) {
      const face = this.fonts[font].font;
      perPoint = face.layout(text).advanceWidth / face.unitsPerEm;
      this.#widths.set(key, perPoint);
    }
    return perPoint * size * SCRIPT_SCALE[font];
  }

  #measureRange(text: string, fonts: readonly FontKey[], start: number, end: number, size: number): number {
    let width = 0;
    let runStart = start;
    for (let i = start + 1; i <= end; i++) {
      if (i === end || fonts[i] !== fonts[runStart]) {
        const font = fonts[runStart];
        if (font) width += this.measure(text.slice(runStart, i), font, size);
        runStart = i;
      }
    }
    return width;
  }

  /** Breaks `text` into lines no wider than `maxWidth`; '\n' always breaks. */
  layout(text: string, size: number, bold: boolean, maxWidth: number): Line[] {
    const lines: Line[] = [];
    for (const hard of text.normalize('NFC').split('\n'))
      lines.push(...this.#layoutParagraph(hard, size, bold, maxWidth));
    return lines;
  }

  /** The width of `text` on one line. */
  width(text: string, size: number, bold: boolean): number {
    return this.#measureRange(text, this.fontsFor(text, bold), 0, text.length, size);
  }

  #layoutParagraph(text: string, size: number, bold: boolean, maxWidth: number): Line[] {
    if (text.trim() === '') return [{ runs: [], width: 0, rtl: false }];
    const rtl = firstStrongIsRtl(text);
    const fonts = this.fontsFor(text, bold);
    const units = toUnits(text);
    const ranges: Unit[] = [];
    let current: Unit | null = null;
    let currentWidth = 0;
    for (const unit of units) {
      const trimmedEnd = trimEnd(text, unit.start, unit.end);
      const full = this.#measureRange(text, fonts, unit.start, unit.end, size);
      const visible = this.#measureRange(text, fonts, unit.start, trimmedEnd, size);
      if (current !== null && currentWidth + visible > maxWidth) {
        ranges.push(current);
        current = null;
        currentWidth = 0;
      }
      if (current === null && visible > maxWidth) {
        // A word longer than the line: cut it where it must be cut.
        let pieceStart = unit.start;
        let pieceWidth = 0;
        for (let i = unit.start; i < trimmedEnd;) {
          const len = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
          const w = this.#measureRange(text, fonts, i, i + len, size);
          if (pieceWidth + w > maxWidth && i > pieceStart) {
            ranges.push({ start: pieceStart, end: i });
            pieceStart = i;
            pieceWidth = 0;
          }
          pieceWidth += w;
          i += len;
        }
        current = { start: pieceStart, end: unit.end };
        currentWidth = pieceWidth + (full - visible);
        continue;
      }
      if (current === null) current = { start: unit.start, end: unit.end };
      else current.end = unit.end;
      currentWidth += full;
    }
    if (current !== null) ranges.push(current);

    let levels: EmbeddingLevels | null = null;
    return ranges.map((range) => {
      const end = trimEnd(text, range.start, range.end);
      if (rtl || RTL_CHARS.test(text.slice(range.start, end))) {
        levels ??= bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr');
        return this.#visualLine(text, fonts, range.start, end, size, bold, levels.levels, rtl);
      }
      return this.#visualLine(text, fonts, range.start, end, size, bold, null, false);
    });
  }

  /** The runs of one line in visual order, left to right. */
  #visualLine(
    text: string,
    fonts: readonly FontKey[],
    start: number,
    end: number,
    size: number,
    bold: boolean,
    levels: Uint8Array | null,
    rtl: boolean,
  ): Line {
    const level = (i: number) => (levels ? (levels[i] ?? 0) : 0);
    const runs: { start: number; end: number; level: number; font: FontKey }[] = [];
    for (let i = start; i < end; i++) {
      const font = fonts[i] ?? 'sans';
      const last = runs.at(-1);
      if (last && last.font === font && last.level === level(i)) last.end = i + 1;
      else runs.push({ start: i, end: i + 1, level: level(i), font });
    }
    // Rule L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
    const maxLevel = Math.max(0, ...runs.map((r) => r.level));
    for (let target = maxLevel; target >= 1; target--) {
      for (let i = 0; i < runs.length;) {
        if ((runs[i]?.level ?? 0) < target) {
          i++;
          continue;
        }
        let j = i;
        while (j < runs.length && (runs[j]?.level ?? 0) >= target) j++;
        const reversed = runs.slice(i, j).reverse();
        runs.splice(i, j - i, ...reversed);
        i = j;
      }
    }
    const out: Run[] = runs.map((r) => {
      let piece = text.slice(r.start, r.end);
      const rightToLeft = r.level % 2 === 1;
      const arabic = r.font === 'arabic' || r.font === 'arabic-bold';
      if (rightToLeft && !arabic) piece = mirrorReverse(piece);
      return {
        text: piece,
        font: r.font,
        width: this.measure(piece, r.font, size),
        shapeWhole: rightToLeft && arabic,
        scale: SCRIPT_SCALE[r.font],
        syntheticBold: bold && NO_BOLD.has(r.font),
      };
    });
    return { runs: out, width: out.reduce((sum, r) => sum + r.width, 0), rtl };
  }
}

const FALLBACK_ORDER: Exclude<Script, 'neutral'>[] = ['latin', 'arabic', 'cjk'];

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LTR = /\p{L}/u;

/** Rules P2–P3: the first strong character decides the paragraph's direction (none: left to right). */
export function firstStrongIsRtl(text: string): boolean {
  for (const ch of text) {
    if (!STRONG_LTR.test(ch)) continue; // digits, spaces, punctuation: weak or neutral
    return STRONG_RTL.test(ch);
  }
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Break opportunities: after each run of spaces, and on both sides of an ideograph. */
function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0x20;
    const len = cp > 0xffff ? 2 : 1;
    if (isSpace(cp)) {
      let j = i;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      units.push({ start, end: j });
      start = j;
      i = j;
      continue;
    }
    if (breaksAround(cp)) {
      if (i > start) units.push({ start, end: i });
      let j = i + len;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      units.push({ start: i, end: j });
      start = j;
      i = j;
      continue;
    }
    i += len;
  }
  if (start < text.length) units.push({ start, end: text.length });
  return units;
}

/** A right-to-left run set in a left-to-right font: reversed by code point, brackets mirrored. */
function mirrorReverse(piece: string): string {
  return [...piece]
    .reverse()
    .map((ch) => bidi.getMirroredCharacter(ch) ?? ch)
    .join('');
}
