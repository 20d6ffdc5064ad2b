import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The fonts every PDF is set in. They ship with the app (assets/fonts, SIL Open Font License 1.1) so names print the
 * same on every machine: Noto Sans for Latin, Greek and Cyrillic; Noto Naskh Arabic, shaped by fontkit (joining
 * forms, ligatures) and laid right to left; a subset of Noto Sans CJK SC for Chinese (GB 2312 + Big5 level 1).
 * pdfkit embeds only the glyphs a document uses (a subset per font), so a PDF carries kilobytes, not megabytes.
 */

export const FONT_FILES = {
  sans: 'NotoSans-Regular.ttf',
  'sans-bold': 'NotoSans-Bold.ttf',
  arabic: 'NotoNaskhArabic-Regular.ttf',
  'arabic-bold': 'NotoNaskhArabic-Bold.ttf',
  cjk: 'NotoSansCJKsc-Regular-subset.otf',
} as const;

export type FontKey = keyof typeof FONT_FILES;
export const FONT_KEYS = Object.keys(FONT_FILES) as FontKey[];

export interface LoadedFont {
  key: FontKey;
  /** The parsed font, with `layout` replaced by a direct glyph lookup for faces that need no shaping (below). */
  font: fontkit.Font;
  /** Distance from the baseline to the top of the line box, per point of font size. */
  ascent: number;
  /** Distance below the baseline (positive), per point of font size. */
  descent: number;
}

export type FontSet = Record<FontKey, LoadedFont>;

/** Faces whose scripts need shaping: fontkit's full OpenType layout runs for them. */
const SHAPED: ReadonlySet<FontKey> = new Set(['arabic', 'arabic-bold']);

interface SimpleRun {
  glyphs: fontkit.Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  advanceWidth: number;
}

/**
 * Latin, Greek, Cyrillic and CJK need no shaping to print a name or a sentence correctly: one glyph per code point,
 * advanced by its width. fontkit's full layout (GSUB, GPOS) costs about half a millisecond a word on Noto Sans,
 * which made a 15-page summary take seconds; the direct lookup is a thousand times faster. What it gives up is
 * kerning and the fi/fl ligatures. Arabic keeps the full layout (joining forms and lam-alef are not optional).
 */
function withDirectLayout(font: fontkit.Font): fontkit.Font {
  const layout = (text: string): SimpleRun => {
    const glyphs: fontkit.Glyph[] = [];
    const positions: SimpleRun['positions'] = [];
    let advanceWidth = 0;
    for (const ch of text) {
      const glyph = font.glyphForCodePoint(ch.codePointAt(0) ?? 0x20);
      glyphs.push(glyph);
      positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
      advanceWidth += glyph.advanceWidth;
    }
    return { glyphs, positions, advanceWidth };
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Reads and parses the fonts (fontkit parses lazily: this costs milliseconds, glyphs are read as used). */
export function loadFonts(dir: string): FontSet {
  const load = (key: FontKey): LoadedFont => {
    const parsed = fontkit.create(readFileSync(join(dir, FONT_FILES[key])));
    if (!('unitsPerEm' in parsed)) throw new Error(`Font collection where a font was expected: ${key}`);
    const font: fontkit.Font = SHAPED.has(key) ? parsed : withDirectLayout(parsed);
    return { key, font, ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
  };
  return Object.fromEntries(FONT_KEYS.map((key) => [key, load(key)])) as FontSet;
}
