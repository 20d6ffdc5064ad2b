import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../electron/services/pdf/fonts';
import { SCRIPT_SCALE, TextEngine, firstStrongIsRtl } from '../../../electron/services/pdf/text';

const fonts = loadFonts(fileURLToPath(new URL('../../../assets/fonts/', import.meta.url)));
const engine = new TextEngine(fonts);

function runs(text: string, width = 1000) {
  const lines = engine.layout(text, 10, false, width);
  return lines.map((line) =>
    line.runs.map((r) => ({ text: r.text, font: r.font, shapeWhole: r.shapeWhole })),
  );
}

describe('fonts', () => {
  it('ship every script a name may be written in', () => {
    const has = (key: keyof typeof fonts, ch: string) =>
      fonts[key].font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
    expect(has('sans', 'Ж')).toBe(true);
    expect(has('sans', 'é')).toBe(true);
    expect(has('arabic', 'ب')).toBe(true);
    expect(has('cjk', '王')).toBe(true);
    expect(has('cjk', '張')).toBe(true); // traditional
  });
});

describe('TextEngine', () => {
  it('picks a face per script and keeps spaces with the text around them', () => {
    expect(runs('Ivan Иванов')).toEqual([[{ text: 'Ivan Иванов', font: 'sans', shapeWhole: false }]]);
    expect(runs('王小明 Wang')).toEqual([
      [
        { text: '王小明', font: 'cjk', shapeWhole: false },
        { text: ' Wang', font: 'sans', shapeWhole: false },
      ],
    ]);
    expect(runs('Bold Ж', 1000)[0]?.[0]?.font).toBe('sans');
    expect(engine.layout('Bold', 10, true, 100)[0]?.runs[0]?.font).toBe('sans-bold');
  });

  it('lays an Arabic name out as one run, shaped whole, inside a left-to-right line', () => {
    const [line] = runs('Brother-in-law محمد علي');
    expect(line).toEqual([
      { text: 'Brother-in-law ', font: 'sans', shapeWhole: false },
      { text: 'محمد علي', font: 'arabic', shapeWhole: true },
    ]);
  });

  it('orders numbers and brackets after Arabic the way the Unicode bidi algorithm does', () => {
    // "(2024)" after an Arabic name belongs to the right-to-left run: it is drawn to the left of the name, its
    // brackets mirrored, the digits themselves left to right (as a browser shows the same string).
    const [line] = runs('Name: محمد علي (2024)');
    expect(line?.map((r) => r.text)).toEqual(['Name: ', '(', '2024', ')', 'محمد علي ']);
    expect(line?.at(-1)?.shapeWhole).toBe(true);
    const [number] = runs('محمد 12');
    expect(number?.map((r) => r.text)).toEqual(['12', 'محمد ']);
  });

  it('wraps at spaces and between ideographs, never wider than asked', () => {
    const text = 'Petition for review in the court of appeals within thirty days';
    const lines = engine.layout(text, 10, false, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120.01);
    expect(lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ')).toBe(text);
    const cjk = engine.layout('中华人民共和国最高人民法院刑事判决书', 10, false, 50);
    expect(cjk.length).toBeGreaterThan(2);
    for (const line of cjk) expect(line.width).toBeLessThanOrEqual(50.01);
  });

  it('cuts a word longer than the line, and keeps hard line breaks', () => {
    const lines = engine.layout('A'.repeat(80), 10, false, 100);
    expect(lines.length).toBeGreaterThan(3);
    expect(engine.layout('one\ntwo', 10, false, 500).map((l) => l.runs.map((r) => r.text).join(''))).toEqual([
      'one',
      'two',
    ]);
  });
});

describe('paragraph direction', () => {
  it('comes from the first strong character: digits and punctuation do not decide it', () => {
    expect(firstStrongIsRtl('قضية رقم 12')).toBe(true);
    expect(firstStrongIsRtl('12 — قضية')).toBe(true);
    expect(firstStrongIsRtl('Case 12 قضية')).toBe(false);
    expect(firstStrongIsRtl('١٢٣ 2024')).toBe(false);
  });

  it('sets an Arabic paragraph right to left: its first words at the right, a Latin token in its place', () => {
    const [line] = engine.layout('قضية Petrov في موسكو', 10, false, 1000);
    expect(line?.rtl).toBe(true);
    const texts = line?.runs.map((r) => r.text.trim()).filter((t) => t !== '');
    expect(texts).toEqual(['في موسكو', 'Petrov', 'قضية']);
  });

  it('sizes Arabic and CJK to match Latin, and marks bold CJK for a synthetic bold', () => {
    const [arabic] = engine.layout('محمد', 10, false, 1000);
    expect(arabic?.runs[0]?.scale).toBe(SCRIPT_SCALE.arabic);
    const [cjk] = engine.layout('王小明', 10, true, 1000);
    expect(cjk?.runs[0]).toMatchObject({ font: 'cjk', scale: SCRIPT_SCALE.cjk, syntheticBold: true });
    expect(engine.layout('Bold', 10, true, 100)[0]?.runs[0]?.syntheticBold).toBe(false);
  });
});
