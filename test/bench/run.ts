/**
 * `npm run bench`: the performance budget of design.md §7, measured on this machine and printed as a table and as
 * one last line `BENCH {json}`. Figures, not assertions: a slow run is reported, never failed.
 *
 * It seeds the same synthetic practice into a fresh encrypted vault and into a plain SQLite copy of the same schema,
 * then runs the same reads on both, so the encrypted/plain ratio isolates the cost of SQLCipher.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { keyEnvelopeSchema, unwrapDataKey } from '../../db/key-envelope';
import { migrate } from '../../db/migrate';
import { PAGE_CACHE_KIB, Vault, createVault, openEncrypted, vaultPaths } from '../../db/vault';
import { fixedClock } from '../../electron/services/clock';
import { DeadlineService } from '../../electron/services/deadline-service';
import { DossierService } from '../../electron/services/dossier-service';
import { generateDossiers } from '../../electron/services/seed/generate';
import { SettingsService } from '../../electron/services/settings-service';
import { runJob } from '../../electron/services/backup/jobs';
import { exportFileSchema } from '../../shared/dossier/export-format';
import type { DossierListQuery } from '../../shared/dossier/dossier';
import { attachmentBench, searchBench } from './evidence-bench';
import { packetBench } from './packet-bench';
import { bundledEngine, pdfBench } from './pdf-bench';
import { sourcePdfEngine } from '../../electron/services/pdf/worker-entry';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10_000);
const TODAY = '2026-11-25';
const PASSPHRASE = 'benchmark passphrase for the vault';

interface Stats {
  p50: number;
  p95: number;
  runs: number;
}

function measure(runs: number, fn: (i: number) => void): Stats {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: round(at(0.5)), p95: round(at(0.95)), runs };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

interface Practice {
  dossiers: DossierService;
  deadlines: DeadlineService;
  ids: string[];
  seedSeconds: number;
  dbBytes: number;
  close(): void;
}

function practice(vault: Vault): Practice {
  const access = { current: () => vault };
  const clock = fixedClock(TODAY);
  const settings = new SettingsService(access);
  const dossiers = new DossierService(access, settings, clock);
  const deadlines = new DeadlineService(access, settings, clock);
  const parse = exportFileSchema.shape.dossiers.element;
  const start = performance.now();
  dossiers.insertDossiers(
    (function* () {
      for (const d of generateDossiers(CLIENTS, 42, TODAY)) yield parse.parse(d);
    })(),
    { audit: false },
  );
  const seedSeconds = (performance.now() - start) / 1000;
  vault.db.pragma('wal_checkpoint(TRUNCATE)');
  const ids = vault.db.prepare('SELECT id FROM clients ORDER BY id').pluck().all() as string[];
  return {
    dossiers,
    deadlines,
    ids,
    seedSeconds,
    dbBytes: statSync(vault.paths.db).size,
    close: () => vault.close(),
  };
}

/** The same schema and pragmas as the vault, without the cipher. */
function plainVault(dir: string): Vault {
  mkdirSync(dir, { recursive: true });
  const paths = vaultPaths(dir);
  const db = new Database(paths.db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  migrate(db);
  return new Vault(paths, db, Buffer.alloc(32));
}

const LIST_QUERIES: DossierListQuery[] = [
  {
    text: '',
    fronts: ['interpol'],
    statuses: ['active'],
    detained: 'any',
    sort: 'name',
    offset: 0,
    limit: 100,
  },
  { text: 'ivan', fronts: [], statuses: [], detained: 'any', sort: 'name', offset: 0, limit: 100 },
  { text: '', fronts: [], statuses: [], detained: 'detained', sort: 'next-deadline', offset: 0, limit: 100 },
  {
    text: '',
    fronts: ['extradition'],
    statuses: [],
    detained: 'any',
    deadlineWithinDays: 30,
    sort: 'next-deadline',
    offset: 0,
    limit: 100,
  },
  {
    text: 'al',
    fronts: [],
    statuses: ['active', 'intake'],
    detained: 'any',
    sort: 'name',
    offset: 200,
    limit: 100,
  },
];

/** A mixed read workload: list pages, dossiers opened, the dashboard. Returns the elapsed ms. */
function workload(p: Practice): number {
  const start = performance.now();
  for (let i = 0; i < 400; i++) {
    p.dossiers.list(LIST_QUERIES[i % LIST_QUERIES.length] as DossierListQuery);
    p.dossiers.get(p.ids[(i * 7919) % p.ids.length] as string);
    if (i % 20 === 0) p.deadlines.upcoming({ withinDays: 90, clientId: null, limit: 1000 });
  }
  return performance.now() - start;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'harbor-bench-'));
  try {
    const encryptedDir = join(root, 'vault');
    const { vault } = await createVault(encryptedDir, PASSPHRASE);
    const encrypted = practice(vault);
    const plain = practice(plainVault(join(root, 'plain')));

    const list = measure(100, (i) =>
      encrypted.dossiers.list(LIST_QUERIES[i % LIST_QUERIES.length] as DossierListQuery),
    );
    const openDossier = measure(300, (i) =>
      encrypted.dossiers.get(encrypted.ids[(i * 104729) % encrypted.ids.length] as string),
    );
    const dashboard = measure(30, () =>
      encrypted.deadlines.upcoming({ withinDays: 90, clientId: null, limit: 1000 }),
    );
    // The docket dashboard: counts per group over every deadline of the vault, and one page at a deep offset.
    const docketQuery = { withinDays: null, front: null, text: '', owner: null, clientId: null, limit: 100 };
    const docketCounts = encrypted.deadlines.dashboard({ ...docketQuery, offset: 0 }).counts;
    const docket = measure(30, (i) =>
      encrypted.deadlines.dashboard({ ...docketQuery, offset: (i * 7919) % Math.max(1, docketCounts.total) }),
    );
    const reminders = measure(30, () => encrypted.deadlines.reminders(20));
    const refreshBatch = measure(10, (i) =>
      encrypted.dossiers.refreshDeadlines(encrypted.ids.slice(i * 100, i * 100 + 100)),
    );
    const search = searchBench(vault, measure);
    const attachment = await attachmentBench(join(root, 'attach'), PASSPHRASE);
    const pdf = await pdfBench(join(root, 'pdf'), PASSPHRASE, TODAY);
    const packet = await packetBench(
      join(root, 'packet'),
      PASSPHRASE,
      TODAY,
      bundledEngine() ?? sourcePdfEngine(),
    );

    // Warm both caches once, then time the same workload on each.
    workload(encrypted);
    workload(plain);
    const encryptedMs = Math.min(workload(encrypted), workload(encrypted));
    const plainMs = Math.min(workload(plain), workload(plain));
    encrypted.close();
    plain.close();

    const envelope = keyEnvelopeSchema.parse(
      JSON.parse(readFileSync(join(encryptedDir, 'keys.json'), 'utf8')),
    );
    const kdfStart = performance.now();
    const dataKey = await unwrapDataKey(envelope.passphrase, PASSPHRASE, 'passphrase');
    const kdfMs = round(performance.now() - kdfStart);
    if (!dataKey) throw new Error('bench vault did not unlock');
    const openVault = measure(5, () => {
      const db = openEncrypted(join(encryptedDir, 'harbor.db'), dataKey, { create: false });
      migrate(db);
      db.close();
    });

    // Backup throughput of the whole vault (snapshot, encryption, fsync) against a plain copy of harbor.db.
    const dbPath = join(encryptedDir, 'harbor.db');
    const dbMB = statSync(dbPath).size / 1e6;
    const copyStart = performance.now();
    copyFileSync(dbPath, join(root, 'plain-copy.db'));
    const copySeconds = (performance.now() - copyStart) / 1000;
    const backupStart = performance.now();
    await runJob(
      {
        kind: 'backup',
        dbPath,
        dataKey,
        keyEnvelope: envelope,
        schemaVersion: 0,
        outPath: join(root, 'bench.shbackup'),
        snapshotPath: join(encryptedDir, '.snapshot-bench.tmp'),
        partialPath: join(root, '.bench.shbackup.partial'),
        mode: 'vault-key',
      },
      () => undefined,
    );
    const backupSeconds = (performance.now() - backupStart) / 1000;

    const figures = {
      clients: CLIENTS,
      seedSeconds: round(encrypted.seedSeconds),
      seedSecondsPlain: round(plain.seedSeconds),
      vaultMiB: round(encrypted.dbBytes / 2 ** 20),
      kdfMs,
      openVaultMs: openVault.p50,
      listPageMs: list.p95,
      openDossierMs: openDossier.p95,
      dashboardMs: dashboard.p95,
      docketDeadlines: docketCounts.total,
      docketDashboardMs: docket.p95,
      remindersMs: reminders.p95,
      refresh100DossiersMs: refreshBatch.p95,
      workloadMsEncrypted: round(encryptedMs),
      workloadMsPlain: round(plainMs),
      encryptedPlainThroughputRatio: round(plainMs / encryptedMs),
      searchP95Ms: search.p95,
      searchP50Ms: search.p50,
      attachMB: attachment.megabytes,
      attachMBps: attachment.attachMBps,
      attachCopyMBps: attachment.copyMBps,
      attachCopyRatio: attachment.ratio,
      attachPeakRssDeltaMiB: attachment.peakRssDeltaMiB,
      backupMBps: round(dbMB / backupSeconds),
      plainCopyMBps: round(dbMB / copySeconds),
      backupCopyRatio: round(copySeconds / backupSeconds),
      ...pdf.figures,
      ...packet.figures,
    };
    const targets = {
      openVaultMs: 200,
      listPageMs: 10,
      openDossierMs: 20,
      encryptedPlainThroughputRatio: 0.85,
      searchP95Ms: 25,
      pdfExport30Ms: 1000,
    };
    const rows: [string, string, string][] = [
      ['clients seeded', String(CLIENTS), ''],
      ['seed, encrypted vault', `${figures.seedSeconds} s`, `plain ${figures.seedSecondsPlain} s`],
      ['vault size', `${figures.vaultMiB} MiB`, ''],
      ['passphrase KDF (Argon2id, by design)', `${figures.kdfMs} ms`, ''],
      [
        'open vault once the key is known (p50)',
        `${figures.openVaultMs} ms`,
        `target ≤ ${targets.openVaultMs} ms`,
      ],
      [
        'dossier list page with filter (p95)',
        `${figures.listPageMs} ms`,
        `target ≤ ${targets.listPageMs} ms`,
      ],
      ['open one dossier (p95)', `${figures.openDossierMs} ms`, `target ≤ ${targets.openDossierMs} ms`],
      ['deadlines dashboard, 90 days (p95)', `${figures.dashboardMs} ms`, ''],
      [
        `docket dashboard: counts over ${figures.docketDeadlines} deadlines + a page (p95)`,
        `${figures.docketDashboardMs} ms`,
        'runs off the window thread',
      ],
      ['reminders due (p95)', `${figures.remindersMs} ms`, ''],
      ['refreshDeadlines, a batch of 100 dossiers (p95)', `${figures.refresh100DossiersMs} ms`, ''],
      [
        'mixed workload, encrypted / plain',
        `${figures.workloadMsEncrypted} / ${figures.workloadMsPlain} ms`,
        '',
      ],
      [
        'encrypted/plain throughput',
        String(figures.encryptedPlainThroughputRatio),
        `target ≥ ${targets.encryptedPlainThroughputRatio}`,
      ],
      [
        'full-text search, 10k clients (p95)',
        `${figures.searchP95Ms} ms`,
        `target ≤ ${targets.searchP95Ms} ms (p50 ${figures.searchP50Ms} ms)`,
      ],
      [
        `attach a ${figures.attachMB} MB file, MB/s`,
        `${figures.attachMBps} MB/s`,
        `plain copy ${figures.attachCopyMBps} MB/s, ratio ${figures.attachCopyRatio}`,
      ],
      ['attach: peak RSS growth', `${figures.attachPeakRssDeltaMiB} MiB`, 'streamed in 1 MiB chunks'],
      [
        'backup (snapshot + seal), MB/s',
        `${figures.backupMBps} MB/s`,
        `plain copy ${figures.plainCopyMBps} MB/s · ratio ${figures.backupCopyRatio}`,
      ],
      ...pdf.rows,
      ...packet.rows,
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log('Safe Harbor benchmark');
    for (const [name, value, note] of rows)
      console.log(`  ${name.padEnd(width)}  ${value.padStart(18)}  ${note}`);
    console.log(`BENCH ${JSON.stringify({ ...figures, targets })}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
