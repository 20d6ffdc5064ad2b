import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/ipc/dispatcher';
import { createHandlers } from '../../../electron/ipc/handlers';
import { firstInvalidUtf8 } from '../../../electron/services/import-file';
import type { ExportFile } from '../../../shared/dossier/export-format';
import { cli } from '../../support/cli';
import { VOLKOV } from '../../support/evidence';
import { openTestServices } from '../../support/services';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const env = { HARBOR_PASSPHRASE: PASSPHRASE };
const IMMIGRATION_ID = '6f2d1c9e-8a4b-4c3d-9e1f-2a3b4c5d6e7f';

type Dossier = ExportFile['dossiers'][number];

/** The first dossier of a file built here (always present). */
function first(f: ExportFile): Dossier {
  const dossier = f.dossiers[0];
  if (!dossier) throw new Error('no dossier');
  return dossier;
}

function firstRecord(f: ExportFile): Dossier['records'][number] {
  const record = first(f).records[0];
  if (!record) throw new Error('no record');
  return record;
}

function firstOverride(f: ExportFile): Dossier['deadlineOverrides'][number] {
  const override = first(f).deadlineOverrides[0];
  if (!override) throw new Error('no override');
  return override;
}

/** One dossier with an immigration record and an override, as an export file. */
function exportFile(): ExportFile {
  const at = '2026-03-01T10:00:00.000Z';
  return {
    format: 'safe-harbor-export',
    version: 1,
    exportedAt: at,
    dossiers: [
      {
        id: '0b8f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
        client: { ...VOLKOV, scope: 'counsel-team' } as ExportFile['dossiers'][number]['client'],
        createdAt: at,
        updatedAt: at,
        records: [
          {
            id: IMMIGRATION_ID,
            kind: 'immigration',
            scope: 'counsel-team',
            data: { lastArrivalDate: '2026-01-10' },
            createdAt: at,
            updatedAt: at,
          } as ExportFile['dossiers'][number]['records'][number],
        ],
        deadlineOverrides: [
          {
            key: 'asylum-one-year:case',
            dueDate: '2027-01-11',
            reason: 'Counted from parole',
            createdAt: at,
          },
        ],
        customDeadlines: [],
        deadlineTracking: [],
      },
    ],
  };
}

describe('import: bad input gets a field path', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    file = join(dir, '..', 'import.json');
    expect((await cli(['init', '--vault', dir], env)).code).toBe(0);
  });
  afterEach(() => cleanup());

  async function importing(content: string | Buffer) {
    writeFileSync(file, content);
    return cli(['import', '--vault', dir, '--file', file], env);
  }

  async function clients(): Promise<number> {
    const stats = await cli(['stats', '--vault', dir, '--json'], env);
    return (JSON.parse(stats.stdout) as { tables: { clients: number } }).tables.clients;
  }

  it('refuses each rule across records with the field path, and writes nothing', async () => {
    const cases: [string, (f: ExportFile) => void, RegExp][] = [
      [
        'duplicate record id',
        (f) => first(f).records.push({ ...firstRecord(f), kind: 'note', data: { title: 'x' } } as never),
        /dossiers\.0\.records\.1\.id: The same record id is already at dossiers\.0\.records\.0/,
      ],
      [
        'duplicate dossier id',
        (f) => f.dossiers.push({ ...first(f), records: [] }),
        /dossiers\.1\.id: The same dossier id is already at dossiers\.0/,
      ],
      [
        'two immigration records',
        (f) => first(f).records.push({ ...firstRecord(f), id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }),
        /dossiers\.0\.records\.1\.kind: A dossier has one .* record/,
      ],
      [
        'a date past date arithmetic',
        (f) => ((firstRecord(f).data as { lastArrivalDate: string }).lastArrivalDate = '9999-12-31'),
        /dossiers\.0\.records\.0\.data\.lastArrivalDate: Use a year from 1800 to 2199/,
      ],
      [
        'duplicate override keys',
        (f) => first(f).deadlineOverrides.push({ ...firstOverride(f) }),
        /dossiers\.0\.deadlineOverrides\.1\.key: This deadline is already overridden/,
      ],
    ];
    for (const [name, mutate, message] of cases) {
      const content = exportFile();
      mutate(content);
      const run = await importing(JSON.stringify(content));
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toMatch(message);
      expect(run.stderr).not.toMatch(/SqliteError|RangeError|Failed \(/);
    }
    expect(await clients()).toBe(0);
  });

  it('accepts a UTF-8 byte-order mark; refuses invalid UTF-8 naming the byte offset', async () => {
    const json = JSON.stringify(exportFile());
    const bad = Buffer.from(json, 'utf8');
    const offset = json.indexOf('Aleksei');
    bad[offset] = 0xff;
    const refused = await importing(bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`not valid UTF-8 text: the byte at offset ${offset} `));
    expect(await clients()).toBe(0);

    const withBom = await importing(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')]),
    );
    expect(withBom.code, withBom.stderr).toBe(0);
    expect(await clients()).toBe(1);
  });

  it('a record id already in the vault is a conflict naming the field, not a database error', async () => {
    expect((await importing(JSON.stringify(exportFile()))).code).toBe(0);
    const again = exportFile();
    first(again).id = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
    const run = await importing(JSON.stringify(again));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/A record with id .* is already in this vault/);
    expect(await clients()).toBe(1);
  });

  it('trims leading and trailing whitespace, as documented', async () => {
    const content = exportFile();
    first(content).client.familyName = '  Volkov \t';
    expect((await importing(JSON.stringify(content))).code).toBe(0);
    const out = join(dir, '..', 'out.json');
    expect((await cli(['export', '--vault', dir, '--out', out], env)).code).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as ExportFile).dossiers[0]?.client.familyName).toBe(
      'Volkov',
    );
  });
});

describe('UTF-8 check', () => {
  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('Волков 王 🙂', 'utf8'))).toBeNull();
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});

describe('visit.file: bad input is a clear error, a long visit splits its note', () => {
  it('refuses a repeated statement id with its field; files a visit too long for one note', async () => {
    const { services, close } = await openTestServices();
    try {
      const dispatch = createDispatcher(createHandlers(services), { vaultHealth: services.vault });
      const { id: clientId } = services.dossiers.create(VOLKOV);
      const statement = {
        id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
        at: '2026-11-25T10:00:00.000Z',
        text: 'Said something',
        language: 'Russian',
      };
      const visit = {
        startedAt: '2026-11-25T09:00:00.000Z',
        endedAt: '2026-11-25T11:00:00.000Z',
        elapsedSeconds: 7200,
        place: 'x'.repeat(200),
        notes: 'n'.repeat(40_000),
        questions: Array.from({ length: 300 }, (_, i) => ({ id: `q${i}`, text: 'q'.repeat(500) })),
        statements: [statement, statement],
      };
      const repeated = await dispatch('visit.file', { clientId, visit });
      expect(repeated).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', field: 'visit.statements.1.id' },
      });

      const long = await dispatch('visit.file', { clientId, visit: { ...visit, statements: [statement] } });
      expect(long.ok, JSON.stringify(long)).toBe(true);
      const note = services.dossiers.get(clientId).records.find((r) => r.kind === 'note');
      expect((note?.data as { body: string }).body).toMatch(
        /… and \d+ more, kept with the visit’s questions\./,
      );
    } finally {
      close();
    }
  });
});
