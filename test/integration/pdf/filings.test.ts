import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { CCF_LEGEND } from '../../../shared/pdf/furniture';
import { cli } from '../../support/cli';
import { attachExhibit, damagedPdf, encryptedPdf, sampleImages, samplePdf } from '../../support/filing-case';
import { MARKERS, seedPdfCase } from '../../support/pdf-case';
import { openTestServices } from '../../support/services';
import { PASSPHRASE } from '../../support/temp-vault';

/**
 * The exhibit packet and the CCF application end to end below the window: real files in a real vault, the real
 * worker merging them, and the result read back page by page with poppler.
 */

let services: Services;
let vaultDir: string;
let close: () => void;
let clientId: string;
const out = mkdtempSync(join(tmpdir(), 'harbor-filing-'));

/** Pages of each exhibit in the fixture, in exhibit order (original + translation + certificate for the first). */
const EXHIBIT_PAGES = [3 + 2 + 1, 1, 1, 1];

function pdftotext(file: string, extra: string[] = []): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...extra, file, '-'], { encoding: 'utf8' });
}

function pages(text: string): string[] {
  const all = text.split('\f');
  return all.at(-1)?.trim() === '' ? all.slice(0, -1) : all;
}

function flat(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

beforeAll(async () => {
  ({ services, close, dir: vaultDir } = await openTestServices());
  clientId = seedPdfCase(services, { evidence: 0 });
  services.filings.saveProfile({
    attorney: {
      name: 'Maria Lopez',
      firm: 'Lopez Immigration Defense',
      eoirId: 'ZX123456',
      barNumber: '12345',
      barJurisdiction: 'New Jersey',
      address: '100 Main Street\nNewark, NJ 07102',
    },
    opla: {
      office: 'ICE Office of the Principal Legal Advisor, Newark',
      address: '970 Broad Street, Newark, NJ',
    },
  });
  services.filings.saveCaseDetails(clientId, {
    serviceDate: '2026-11-30',
    serviceMethod: 'first-class-mail',
  });
  const pdf = (label: string, n: number, options = {}) => samplePdf(label, n, options);
  const warrant = await attachExhibit(
    services,
    clientId,
    'warrant.pdf',
    await pdf('Warrant', 3, { a4: true, rotateSecond: true }),
    {
      scope: 'court',
      title: 'Arrest warrant',
      exhibitNumber: '1',
      exhibitTab: 'A',
      language: 'Russian',
      documentDate: '2024-02-11',
    },
  );
  const translation = await attachExhibit(
    services,
    clientId,
    'warrant-en.pdf',
    await pdf('Translation', 2),
    { scope: 'court', title: 'Translation of the warrant' },
    { translationOf: warrant.id },
  );
  await attachExhibit(
    services,
    clientId,
    'cert.pdf',
    await pdf('Certificate', 1),
    { scope: 'court', title: 'Certificate' },
    { certificateFor: translation.id },
  );
  const { png, jpeg } = await sampleImages('Photo');
  await attachExhibit(services, clientId, 'photo.png', png, {
    scope: 'court',
    title: 'Photo of the raid',
    exhibitNumber: '2',
    exhibitTab: 'B',
  });
  await attachExhibit(services, clientId, 'scan.jpg', jpeg, {
    scope: 'ccf',
    title: 'Article in Kommersant',
    exhibitNumber: '10',
  });
  await attachExhibit(services, clientId, 'article.jpg', jpeg, {
    scope: 'public',
    title: 'Newspaper article',
    exhibitNumber: '3',
    exhibitTab: 'C',
  });
  await attachExhibit(
    services,
    clientId,
    'letter.txt',
    Buffer.from('Letter from the party.\n\nMember since 2015.'),
    { scope: 'court', title: 'Letter of the party', exhibitNumber: '4', exhibitTab: 'D' },
  );
  // What must never reach the court: a client-only and a counsel-team file, each with a number.
  await attachExhibit(services, clientId, 'private.pdf', await pdf('Private', 1), {
    scope: 'client-only',
    title: MARKERS.clientOnlyEvidence,
    exhibitNumber: '5',
  });
  await attachExhibit(services, clientId, 'team.pdf', await pdf('Teamwork', 1), {
    scope: 'counsel-team',
    title: 'Team memo',
    exhibitNumber: '6',
  });
  // Marked for the court but not in the packet: no number, and a Word file.
  await attachExhibit(services, clientId, 'unnumbered.pdf', await pdf('Loose', 1), {
    scope: 'court',
    title: 'Loose page',
  });
  await attachExhibit(services, clientId, 'brief.docx', Buffer.from('PK not really'), {
    scope: 'court',
    title: 'Brief in Word',
    exhibitNumber: '7',
  });
}, 240_000);

afterAll(() => {
  close();
  rmSync(out, { recursive: true, force: true });
});

describe('the exhibit packet', () => {
  let file: string;
  let text: string;
  beforeAll(async () => {
    file = join(out, 'packet.pdf');
    const result = await services.filings.writeToPath({ kind: 'packet', clientId }, file);
    expect(statSync(file).size).toBe(result.bytes);
    text = pdftotext(file);
  }, 120_000);

  it('is caption and contents + each exhibit with its tab page + the proof of service', () => {
    const exhibits = EXHIBIT_PAGES.reduce((sum, n) => sum + n + 1, 0);
    expect(pageCount(file)).toBe(1 + exhibits + 1);
    const each = pages(text);
    expect(flat(each[0] ?? '')).toContain('RESPONDENT’S SUBMISSION OF DOCUMENTARY EVIDENCE');
    expect(flat(each[0] ?? '')).toContain('DETAINED');
    expect(flat(each[0] ?? '')).toContain('EOIR ID: ZX123456');
    expect(flat(each.at(-1) ?? '')).toContain('Certificate of service');
    expect(flat(each.at(-1) ?? '')).toContain('ICE Office of the Principal Legal Advisor, Newark');
    expect(flat(each.at(-1) ?? '')).toContain('first-class mail, postage prepaid');
  });

  it('stamps every page with its number, in order, below the document’s own content', () => {
    const each = pages(text);
    each.forEach((page, i) => expect(flat(page)).toContain(`Page ${i + 1} of ${each.length}`));
    // Positions: on each merged page the stamp sits lower than every word of the source (its foot line included).
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    for (const page of bbox.split('<page ').slice(1)) {
      const words = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map(
        (m) => ({
          top: Number(m[1]),
          bottom: Number(m[2]),
          word: m[3] ?? '',
        }),
      );
      const stamp = words.find(
        (w) => w.word === 'Page' && words.some((v) => v.top === w.top && v.word === 'of'),
      );
      if (!stamp) throw new Error('a page without its stamp');
      for (const w of words) if (w.top !== stamp.top) expect(w.bottom).toBeLessThanOrEqual(stamp.top + 0.5);
    }
  });

  it('keeps every exhibit in order: the original, then its translation and certificate; the contents give ranges', () => {
    const t = flat(text);
    const order = [
      'Warrant source page 1',
      'Translation source page 1',
      'Certificate source page 1',
      'Letter from the party',
    ];
    const at = order.map((s) => t.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Exhibit 1: tab page 2, then 6 pages: 2–8.
    expect(flat(pages(text)[0] ?? '')).toMatch(/Arrest warrant .*2–8/);
  });

  it('carries no privilege legend, nothing of the app, and nothing client-only or counsel-team', () => {
    const t = flat(text);
    for (const absent of [
      'Privileged',
      'Attorney Work Product',
      'Safe Harbor',
      MARKERS.clientOnlyEvidence,
      'Private source page',
      'Teamwork source page',
      'Team memo',
      'Article in Kommersant',
      MARKERS.counselOnlyCustody,
      MARKERS.address,
      MARKERS.family,
      MARKERS.detaineeId,
      MARKERS.aNumber,
    ])
      expect(t).not.toContain(absent);
  });

  it('without tabs: the same exhibits, no separator pages', async () => {
    const noTabs = join(out, 'no-tabs.pdf');
    await services.filings.writeToPath({ kind: 'packet', clientId, tabs: false }, noTabs);
    const sum = EXHIBIT_PAGES.reduce((a, b) => a + b, 0);
    expect(pageCount(noTabs)).toBe(1 + sum + 1);
    rmSync(noTabs);
  });

  it('is one audit entry with the pre-flight’s warnings, and a custody entry per merged file', () => {
    const entry = services.dossiers
      .history(clientId, 50)
      .find((e) => e.action === 'export' && e.detail?.startsWith('packet;'));
    expect(entry?.detail).toMatch(/^packet; 4 exhibit\(s\); \d+ page\(s\); warnings: .*unnumbered/);
    expect(entry?.detail).toContain('unmergeable (7)');
    expect(entry?.detail).toContain('no-a-number');
    expect(JSON.stringify(entry)).not.toContain('Loose page');
    expect(JSON.stringify(entry)).not.toContain(out);
    const warrant = services.evidence.list(clientId).find((e) => e.title === 'Arrest warrant');
    const custody = services.evidence.get(warrant?.id ?? '').custody;
    expect(custody.at(-1)?.detail).toBe(
      'Merged into an exhibit packet for the immigration court as exhibit 1.',
    );
  });

  it('renders with pdftoppm, every page', () => {
    const prefix = join(out, 'page');
    execFileSync('pdftoppm', ['-png', '-r', '20', file, prefix]);
    const pngs = readdirSync(out).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(pngs.length).toBe(pageCount(file));
    for (const png of pngs) rmSync(join(out, png));
  });
});

describe('pre-flight', () => {
  it('lists what the attorney must know before filing, with the court’s size limit marked verify', async () => {
    const report = await services.filings.preflight({ kind: 'packet', clientId });
    expect(report.items).toBe(4);
    expect(report.totalPages).toBe(1 + EXHIBIT_PAGES.reduce((sum, n) => sum + n + 1, 0) + 1);
    expect(report.limits.verify).toBe(true);
    const codes = report.checks.map((c) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining(['unnumbered', 'unmergeable', 'no-a-number', 'filing-deadline-set-by-judge']),
    );
    expect(report.checks.find((c) => c.code === 'unmergeable')?.number).toBe('7');
  });
});

describe('files that cannot be merged', () => {
  it.each([
    ['encrypted', encryptedPdf, /No\. 8 is an encrypted or password-protected PDF/],
    ['damaged', async () => damagedPdf(), /No\. 8 is a damaged file/],
  ])('%s: the export names the exhibit and writes nothing', async (_name, make, message) => {
    const other = seedPdfCase(services, { evidence: 0 });
    await attachExhibit(services, other, 'ok.pdf', await samplePdf('Fine', 1), {
      scope: 'court',
      title: 'Fine',
      exhibitNumber: '1',
    });
    await attachExhibit(services, other, 'bad.pdf', await make(), {
      scope: 'court',
      title: 'Bad',
      exhibitNumber: '8',
    });
    const file = join(out, 'refused.pdf');
    await expect(services.filings.writeToPath({ kind: 'packet', clientId: other }, file)).rejects.toThrow(
      message,
    );
    expect(existsSync(file)).toBe(false);
    const report = await services.filings.preflight({ kind: 'packet', clientId: other });
    expect(report.checks[0]).toMatchObject({ code: 'cannot-merge', severity: 'blocking', number: '8' });
  });
});

describe('the CCF application', () => {
  let file: string;
  let text: string;
  beforeAll(async () => {
    file = join(out, 'ccf.pdf');
    await services.filings.writeToPath({ kind: 'ccf-application', clientId, type: 'deletion' }, file);
    text = pdftotext(file);
  }, 120_000);

  it('is the request, the notice, the grounds and the confidentiality request, then numbered annexes', () => {
    const t = flat(text);
    expect(t).toContain('Request for the deletion of data');
    expect(t).toContain('Red Notice requested by Russia');
    expect(t).toContain('Article 3 of INTERPOL’s Constitution');
    expect(t).toContain('penalty threshold of Article 83(1)(b) is not met');
    expect(t).toContain('Request for confidentiality');
    // Annexes: the items the CCF may see (CCF and public scope), in exhibit order, each page stamped with its annex.
    expect(t).toContain('Annex 1 — Page');
    expect(t).toContain('Annex 2 — Page');
    expect(t.indexOf('Newspaper article')).toBeLessThan(t.indexOf('Article in Kommersant'));
  });

  it('carries the CCF line on its own pages, no privilege legend, no counsel’s assessments, nothing out of scope', () => {
    const each = pages(text);
    each.forEach((page, i) => expect(flat(page)).toContain(`Page ${i + 1} of ${each.length}`));
    expect(flat(each[0] ?? '')).toContain(CCF_LEGEND);
    const t = flat(text);
    for (const absent of [
      'Privileged',
      'Safe Harbor',
      'Meets the threshold',
      'Below the threshold',
      'Not raised',
      MARKERS.clientOnlyIncident,
      MARKERS.clientOnlyEvidence,
      'Photo of the raid',
      MARKERS.aNumber,
      MARKERS.address,
    ])
      expect(t).not.toContain(absent);
  });

  it('takes the attorney’s edits over the draft', async () => {
    services.filings.saveCaseDetails(clientId, {
      serviceDate: '2026-11-30',
      ccf: { grounds: { other: 'The warrant was annulled on appeal in 2025.', article2: '' } },
    });
    const edited = join(out, 'ccf-edited.pdf');
    await services.filings.writeToPath({ kind: 'ccf-application', clientId, type: 'access' }, edited);
    const t = flat(pdftotext(edited));
    expect(t).toContain('The warrant was annulled on appeal in 2025.');
    expect(t).not.toContain('Universal Declaration of Human Rights');
    expect(t).toContain('Request for access to data');
  });
});

describe('the CLI', () => {
  it('packet --no-tabs and ccf-application --type write their files; a bad type is a usage error', async () => {
    services.vault.lock('manual');
    try {
      const env = { HARBOR_PASSPHRASE: PASSPHRASE };
      const packet = join(out, 'cli-packet.pdf');
      const run = await cli(
        ['packet', '--vault', vaultDir, '--client', clientId, '--out', packet, '--no-tabs', '--json'],
        env,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ tabs: false, pages: 1 + 9 + 1 });
      const ccf = join(out, 'cli-ccf.pdf');
      const app = await cli(
        ['ccf-application', '--vault', vaultDir, '--client', clientId, '--type', 'correction', '--out', ccf],
        env,
      );
      expect(app.code).toBe(0);
      expect(flat(pdftotext(ccf))).toContain('Request for the correction of data');
      const bad = await cli(
        ['ccf-application', '--vault', vaultDir, '--client', clientId, '--type', 'revision', '--out', ccf],
        env,
      );
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('access, correction, deletion');
    } finally {
      await services.vault.unlock(PASSPHRASE);
    }
  });
});
