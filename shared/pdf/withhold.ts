import type { Block, Cell, Field, PdfDocument } from './model';

/**
 * Field-level scope. A record that does not reach the audience is left out whole; but its values can still travel
 * inside the text of a record that does — home-country counsel's name, held on a client-only party record, typed
 * again in the "local counsel" field of a CCF-scoped case. Every value that identifies someone or something on a
 * record out of scope (a party's name, organization and contact, a person in an incident, the client's family and
 * contacts when those are not shared) is looked for in everything the document prints, and withheld there.
 *
 * Matching is by whole words, case- and accent-insensitive, so "Sidorov" is not found inside "Sidorova" and a
 * value split over a line break is still found.
 */

const WITHHELD = '[withheld]';

interface Pattern {
  tokens: string[];
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

const WORD = /[\p{L}\p{N}]+/gu;

function tokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    out.push({ word: fold(match[0]), start, end: start + match[0].length });
  }
  return out;
}

/** Values too short to identify anyone ("Li", "12") are not looked for: they would withhold ordinary words. */
function patternOf(value: string): Pattern | null {
  const words = tokens(value).map((t) => t.word);
  if (words.length === 0) return null;
  if (words.length === 1 && (words[0]?.length ?? 0) < 4) return null;
  return { tokens: words };
}

export class Withholder {
  readonly #patterns: Pattern[];
  #count = 0;

  /** `protect`: values of records out of scope; `allow`: the same values where a record in scope holds them too. */
  constructor(protect: Iterable<string>, allow: Iterable<string>) {
    const allowed = new Set([...allow].map((v) => patternOf(v)?.tokens.join(' ')).filter(Boolean));
    const seen = new Set<string>();
    this.#patterns = [];
    for (const value of protect) {
      const pattern = patternOf(value);
      const key = pattern?.tokens.join(' ');
      if (!pattern || !key || allowed.has(key) || seen.has(key)) continue;
      seen.add(key);
      this.#patterns.push(pattern);
    }
    // Longest first: "Olena Petrova" is withheld whole before "Petrova" alone is looked at.
    this.#patterns.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** How many values were withheld so far. */
  get count(): number {
    return this.#count;
  }

  get active(): boolean {
    return this.#patterns.length > 0;
  }

  text(text: string): string {
    if (this.#patterns.length === 0 || text === '') return text;
    let current = text;
    for (const pattern of this.#patterns) {
      const words = tokens(current);
      const spans: [number, number][] = [];
      for (let i = 0; i + pattern.tokens.length <= words.length; i++) {
        if (pattern.tokens.every((w, k) => words[i + k]?.word === w)) {
          const first = words[i];
          const last = words[i + pattern.tokens.length - 1];
          if (first && last) spans.push([first.start, last.end]);
          i += pattern.tokens.length - 1;
        }
      }
      for (const [start, end] of spans.reverse()) {
        current = current.slice(0, start) + WITHHELD + current.slice(end);
        this.#count++;
      }
    }
    return current;
  }

  cell(c: Cell): Cell {
    const out: Cell = { ...c, text: this.text(c.text) };
    if (c.note !== undefined) out.note = this.text(c.note);
    return out;
  }

  /** A field whose whole value was withheld is left out rather than printed as a bare marker. */
  fields(items: readonly Field[]): Field[] {
    return items
      .map((f) => ({ label: f.label, value: this.cell(f.value) }))
      .filter((f) => !onlyWithheld(f.value.text));
  }

  block(b: Block): Block {
    switch (b.type) {
      case 'subheading':
        return { ...b, text: this.text(b.text), ...(b.meta ? { meta: this.cell(b.meta) } : {}) };
      case 'paragraph':
        return { ...b, text: this.text(b.text) };
      case 'fields':
        return { ...b, items: this.fields(b.items) };
      case 'table':
        return { ...b, rows: b.rows.map((row) => row.map((c) => this.cell(c))) };
      case 'list':
        return { ...b, items: b.items.map((c) => this.cell(c)) };
      case 'callout':
        return { ...b, title: this.text(b.title), text: this.text(b.text) };
      case 'questions':
        return {
          ...b,
          items: b.items.map((q) => ({
            ...q,
            text: this.text(q.text),
            ...(q.detail !== undefined ? { detail: this.text(q.detail) } : {}),
          })),
        };
      case 'ruled':
        return b;
    }
  }

  /** The document with every protected value withheld wherever it is printed (the client's own name excepted). */
  document(doc: PdfDocument): PdfDocument {
    if (!this.active) return doc;
    const caption = doc.caption && {
      ...doc.caption,
      judge: this.text(doc.caption.judge),
      court: doc.caption.court.map((l) => this.text(l)),
      nextHearing: this.text(doc.caption.nextHearing),
    };
    return {
      ...doc,
      caption,
      cover: {
        ...doc.cover,
        names: doc.cover.names.map((n) => ({ name: this.text(n.name), note: this.text(n.note) })),
        facts: this.fields(doc.cover.facts),
      },
      sections: doc.sections.map((s) => ({
        ...s,
        ...(s.intro !== undefined ? { intro: this.text(s.intro) } : {}),
        blocks: s.blocks.map((b) => this.block(b)).filter((b) => b.type !== 'fields' || b.items.length > 0),
      })),
    };
  }
}

function onlyWithheld(text: string): boolean {
  return text.includes(WITHHELD) && text.replaceAll(WITHHELD, '').replace(/[\s,;:.·—()-]/g, '') === '';
}
