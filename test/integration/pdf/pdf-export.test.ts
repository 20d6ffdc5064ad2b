import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { CCF_LEGEND } from '../../../shared/pdf/furniture';
import { PRIVILEGE_LINE } from '../../../shared/pdf/model';
import { PDF_PROFILES, type PdfHideable, type PdfProfile } from '../../../shared/pdf/profiles';
import { cli } from '../../support/cli';
import { MARKERS, NAMES, seedPdfCase } from '../../support/pdf-case';
import { openTestServices } from '../../support/services';
import { PASSPHRASE } from '../../support/temp-vault';

/**
 * PDF case summaries end to end below the window: a real encrypted vault, the real worker thread (run from source
 * through tsx), and the PDF read back with poppler (pdftotext, pdffonts, pdftoppm) as a reader would see it.
 */

let services: Services;
let vaultDir: string;
let close: () => void;
let clientId: string;
const out = mkdtempSync(join(tmpdir(), 'harbor-pdf-'));
const texts = new Map<PdfProfile, string>();

function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The text of each page (pdftotext separates pages with a form feed). */
function pages(text: string): string[] {
  const all = text.split('\f');
  return all.at(-1)?.trim() === '' ? all.slice(0, -1) : all;
}

/** Collapses the layout's runs of spaces, so phrases wrapped across columns still match on one line. */
function flat(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
}

async function exportProfile(
  profile: PdfProfile,
  hide?: PdfHideable[],
  name: string = profile,
): Promise<string> {
  const file = join(out, `${name}.pdf`);
  const result = await services.pdf.exportToPath({ clientId, profile, hide }, file);
  expect(result.pages).toBeGreaterThan(0);
  expect(statSync(file).size).toBe(result.bytes);
  return file;
}

beforeAll(async () => {
  ({ services, close, dir: vaultDir } = await openTestServices());
  clientId = seedPdfCase(services, { evidence: 30 });
  for (const profile of PDF_PROFILES) texts.set(profile, pdftotext(await exportProfile(profile)));
}, 240_000);

afterAll(() => {
  close();
  rmSync(out, { recursive: true, force: true });
});

function text(profile: PdfProfile): string {
  const value = texts.get(profile);
  if (value === undefined) throw new Error(`no export for ${profile}`);
  return value;
}

describe('every profile', () => {
  it.each(PDF_PROFILES)(
    '%s: numbers its pages "Page 1 of N" … "Page N of N"; the legend of its addressee on each',
    (profile) => {
      const each = pages(text(profile));
      expect(each.length).toBeGreaterThan(0);
      const firm = profile !== 'court' && profile !== 'ccf';
      each.forEach((page, i) => {
        expect(flat(page)).toContain(`Page ${i + 1} of ${each.length}`);
        if (firm) {
          expect(flat(page)).toContain(PRIVILEGE_LINE);
          expect(flat(page)).toContain('Generated Nov 25, 2026');
        } else {
          // Papers that leave the firm carry no privilege legend and say nothing of the app.
          expect(flat(page)).not.toContain('Privileged');
          expect(flat(page)).not.toContain('Safe Harbor');
          expect(flat(page)).not.toContain('Generated');
        }
        if (profile === 'ccf') expect(flat(page)).toContain(CCF_LEGEND);
      });
    },
  );

  it.each(PDF_PROFILES)('%s: embeds (and subsets) every font it uses', (profile) => {
    const fonts = execFileSync('pdffonts', [join(out, `${profile}.pdf`)], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      // name, type, encoding, then the emb / sub / uni columns.
      expect(line).toMatch(/\+Noto/);
      expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    }
  });

  it('leaves nothing in the output folder but the files it was asked for', () => {
    expect(readdirSync(out).sort()).toEqual(PDF_PROFILES.map((p) => `${p}.pdf`).sort());
  });
});

describe('what each profile holds', () => {
  it('internal: the whole dossier, names in four scripts, fronts, deadlines with rule and source, INTERPOL checks', () => {
    const t = flat(text('internal'));
    for (const heading of [
      'Case summary',
      'Status of each front',
      'Deadlines',
      'INTERPOL notices and diffusions',
      'Evidence checklist',
      'Timeline',
      'Board by counsel',
    ])
      expect(t).toContain(heading);
    expect(t).toContain(NAMES.latin);
    expect(t).toContain(NAMES.cyrillic);
    expect(t).toContain(NAMES.chinese);
    expect(t).toContain('Art. 2 — human rights');
    expect(t).toContain('Art. 3 — predominance of political elements');
    expect(t).toContain('Below the threshold (2 years)');
    expect(t).toContain('INA 208(a)(2)(B)');
    for (const marker of [
      MARKERS.clientOnlyIncident,
      MARKERS.clientOnlyNote,
      MARKERS.clientOnlyCard,
      MARKERS.address,
    ])
      expect(t).toContain(marker);
  });

  it('internal: the Arabic name is shaped into presentation forms that read back as the name', () => {
    // Readers map the joined glyphs back to their letters; strip bidi marks and compare letters only.
    const letters = (s: string) =>
      s.replace(/[^\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/g, '').normalize('NFKC');
    const found = letters(text('internal'));
    const words = NAMES.arabic.split(' ');
    for (const word of words) {
      const forward = letters(word);
      const backward = [...forward].reverse().join('');
      expect(found.includes(forward) || found.includes(backward)).toBe(true);
    }
  });

  it('co-counsel: leaves out every client-only record and what follows from it', () => {
    const t = flat(text('co-counsel'));
    expect(t).toContain('Case summary for co-counsel');
    expect(t).toContain('Red Notice — requested by Russia');
    for (const marker of [
      MARKERS.clientOnlyIncident,
      MARKERS.clientOnlyNote,
      MARKERS.clientOnlyEvidence,
      MARKERS.clientOnlyCard,
    ])
      expect(t).not.toContain(marker);
    // Contacts and addresses are hidden by default for co-counsel.
    expect(t).not.toContain(MARKERS.contact);
    expect(t).not.toContain(MARKERS.address);
  });

  it('ccf: only what is marked for the CCF or public; nothing of the U.S. file or custody', () => {
    const t = flat(text('ccf'));
    expect(t).toContain('Annex to the application to the CCF');
    expect(t).toContain('Basmanny District Court');
    expect(t).toContain('Prime-time segment');
    for (const absent of [
      MARKERS.counselOnlyCustody,
      MARKERS.aNumber,
      MARKERS.detaineeId,
      MARKERS.family,
      MARKERS.clientOnlyIncident,
      'Elizabeth Immigration Court',
      'Board by counsel',
    ])
      expect(t).not.toContain(absent);
  });

  it('court: an exhibit index of court and public items, numbered', () => {
    const t = flat(text('court'));
    expect(t).toContain('INDEX OF EXHIBITS');
    expect(t).toContain('UNITED STATES DEPARTMENT OF JUSTICE');
    expect(t).toContain('DETAINED');
    expect(t).toMatch(/EXHIBIT TAB DESCRIPTION/);
    expect(t).not.toContain(MARKERS.clientOnlyEvidence);
    // Items 2, 7, 12… are court-scoped, 5, 10… public; counsel-team ones (1, 6…) stay out.
    expect(t).toContain('Exhibit source document 2 ');
    expect(t).toContain('Exhibit source document 5 ');
    expect(t).not.toContain('Exhibit source document 1 ');
  });

  it('visit: key facts, open questions, deadlines, form reminders, what to bring, ruled note pages', () => {
    const t = flat(text('visit'));
    for (const expected of [
      'Detention-visit pack',
      'Open questions and checklist items',
      'G-28 — Notice of Entry of Appearance',
      'EOIR-28 — Notice of Entry of Appearance',
      'What to bring, what to leave',
      'Notes from the visit',
      'Evidence still open',
      MARKERS.detaineeId,
    ])
      expect(t).toContain(expected);
    expect(t).not.toContain(MARKERS.address);
    expect(t).not.toContain(MARKERS.family);
  });
});

describe('hidden sections and fields', () => {
  it('are absent from the file, and the export is audited by profile and hidden names only', async () => {
    const file = await exportProfile(
      'internal',
      ['timeline', 'board', 'family', 'a-number', 'contacts'],
      'hidden',
    );
    const t = flat(pdftotext(file));
    expect(t).not.toContain('Board by counsel');
    expect(t).not.toMatch(/\bTimeline\b/);
    expect(t).not.toContain(MARKERS.family);
    expect(t).not.toContain(MARKERS.aNumber);
    expect(t).not.toContain(MARKERS.contact);
    expect(t).toContain('Status of each front');

    const exports = services.dossiers.history(clientId, 50).filter((e) => e.action === 'export');
    expect(exports[0]?.detail).toMatch(
      /^pdf: profile internal; hidden: timeline, board, contacts, family, a-number; \d+ page\(s\)$/,
    );
    for (const entry of exports) {
      expect(JSON.stringify(entry)).not.toContain('Petrov');
      expect(JSON.stringify(entry)).not.toContain(out);
    }
    rmSync(file);
  });
});

describe('the pages as images', () => {
  it('render with pdftoppm (the pages are looked at by hand; here: not blank)', () => {
    const prefix = join(out, 'page');
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', join(out, 'internal.pdf'), prefix]);
    const png = readdirSync(out).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(png).toBeDefined();
    expect(readFileSync(join(out, png ?? '')).length).toBeGreaterThan(5000);
    rmSync(join(out, png ?? ''));
  });
});

describe('failure', () => {
  it('removes what it began writing and reports the error class only', async () => {
    const { createServices } = await import('../../../electron/services');
    const broken = createServices(vaultDir, services.clock, {
      pdfEngine: { ...services.pdf.engineLocation, fontsDir: join(out, 'no-fonts-here') },
    });
    services.vault.lock('manual');
    await broken.vault.unlock(PASSPHRASE);
    const file = join(out, 'broken.pdf');
    try {
      await expect(broken.pdf.exportToPath({ clientId, profile: 'court', hide: [] }, file)).rejects.toThrow(
        /The PDF could not be written \(\w+\)\./,
      );
      expect(existsSync(file)).toBe(false);
    } finally {
      broken.vault.lock('manual');
      await services.vault.unlock(PASSPHRASE);
    }
  });
});

describe('the CLI', () => {
  it('writes a profile with hidden sections to --out', async () => {
    const file = join(out, 'cli.pdf');
    services.vault.lock('manual');
    try {
      const run = await cli(
        [
          'pdf',
          '--vault',
          vaultDir,
          '--client',
          clientId,
          '--profile',
          'co-counsel',
          '--out',
          file,
          '--hide',
          'timeline,family',
          '--json',
        ],
        { HARBOR_PASSPHRASE: PASSPHRASE },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ profile: 'co-counsel', hidden: ['timeline', 'family'] });
      const t = flat(pdftotext(file));
      expect(t).toContain('Case summary for co-counsel');
      expect(t).not.toMatch(/\bTimeline\b/);
      rmSync(file);
    } finally {
      await services.vault.unlock(PASSPHRASE);
    }
  });

  it('refuses an unknown profile or hide name with exit code 2', async () => {
    const base = ['pdf', '--vault', vaultDir, '--client', clientId, '--out', join(out, 'x.pdf')];
    const env = { HARBOR_PASSPHRASE: PASSPHRASE };
    expect((await cli([...base, '--profile', 'press'], env)).code).toBe(2);
    const unknown = await cli([...base, '--profile', 'internal', '--hide', 'timeline,shoe-size'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('shoe-size');
    expect(existsSync(join(out, 'x.pdf'))).toBe(false);
  });
});

describe('right-to-left paragraphs', () => {
  it('an Arabic sentence with a Latin name and a number reads back in logical order, set flush right', async () => {
    const sentence = 'قدم المحامي Sidorenko طلبا في 2024 بشأن النشرة الحمراء';
    services.dossiers.saveRecord(clientId, {
      kind: 'note',
      scope: 'client-only',
      data: { title: 'Arabic note', body: sentence },
    });
    const file = await exportProfile('internal', ['timeline', 'board', 'checklist'], 'arabic');
    const line = pdftotext(file)
      .split('\n')
      .find((l) => l.includes('Sidorenko') && /[\u0600-\u06ff\ufe70-\ufeff]/.test(l));
    if (!line) throw new Error('the sentence is not in the PDF');
    // pdftotext gives the line in visual order, each right-to-left run marked (RLE … PDF): in a right-to-left
    // paragraph the logical order is the runs from right to left.
    const runs = line
      .trim()
      .split(/(\u202b[^\u202c]*\u202c)/)
      .map((r) => r.replace(/[\u202a-\u202e]/g, '').trim())
      .filter((r) => r !== '');
    expect(runs.reverse().join(' ').normalize('NFKC').replace(/\s+/g, ' ')).toBe(sentence);
    // Flush right: the line ends at the right margin (612 − 64 pt).
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const words = [...bbox.matchAll(/yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)].map((m) => ({
      top: Number(m[1]),
      right: Number(m[2]),
      word: m[3] ?? '',
    }));
    const anchor = words.find((w) => w.word === 'Sidorenko');
    if (!anchor) throw new Error('no anchor word');
    const right = Math.max(...words.filter((w) => Math.abs(w.top - anchor.top) < 3).map((w) => w.right));
    expect(right).toBeGreaterThan(612 - 64 - 2);
    rmSync(file);
  });
});
