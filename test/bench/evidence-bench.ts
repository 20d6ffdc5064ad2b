/**
 * Evidence and search figures for `npm run bench` (called from run.ts): search latency over the seeded practice,
 * and attachment intake throughput and memory against a plain copy of the same file on the same disk.
 */
import { randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  openSync,
  closeSync,
  fsyncSync,
  writeSync,
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { type Vault, createVault } from '../../db/vault';
import { fixedClock } from '../../electron/services/clock';
import { noDialogs } from '../../electron/services/dialogs';
import { DossierService } from '../../electron/services/dossier-service';
import { EvidenceService } from '../../electron/services/evidence-service';
import { SearchService } from '../../electron/services/search-service';
import { SettingsService } from '../../electron/services/settings-service';
import { EVIDENCE_CHUNK_BYTES } from '../../shared/evidence/evidence';

const ATTACH_MB = Number(process.env.BENCH_ATTACH_MB ?? 1024);

/** What an attorney types in the palette: names (exact, partial, typos, other scripts), numbers and record words. */
const SEARCHES = [
  'ivanov',
  'ivanof',
  'volkv',
  'волков',
  'smirn',
  'al',
  'kuznetsova natalia',
  'fraud',
  'tax evasion',
  'art. 207.3',
  'protest',
  'organiser',
  'embezzlement',
  'asylum',
  'yekaterinburg',
  'gokhan',
];

interface Stats {
  p50: number;
  p95: number;
  runs: number;
}

export function searchBench(vault: Vault, measure: (runs: number, fn: (i: number) => void) => Stats): Stats {
  const search = new SearchService({ current: () => vault });
  for (const text of SEARCHES) search.search({ text, limit: 12 });
  return measure(SEARCHES.length * 10, (i) =>
    search.search({ text: SEARCHES[i % SEARCHES.length] as string, limit: 12 }),
  );
}

export async function attachmentBench(
  dir: string,
  passphrase: string,
): Promise<{
  megabytes: number;
  attachMBps: number;
  copyMBps: number;
  ratio: number;
  peakRssDeltaMiB: number;
}> {
  mkdirSync(dir, { recursive: true });
  const source = join(dir, 'source.bin');
  // The file to attach, written in 1 MiB pieces from a 16 MiB random block (random: nothing compresses).
  const block = randomBytes(16 * EVIDENCE_CHUNK_BYTES);
  const fd = openSync(source, 'w');
  for (let i = 0; i < ATTACH_MB; i++) {
    const offset = (i % 16) * EVIDENCE_CHUNK_BYTES;
    writeSync(fd, block, offset, EVIDENCE_CHUNK_BYTES);
  }
  fsyncSync(fd);
  closeSync(fd);
  const bytes = ATTACH_MB * EVIDENCE_CHUNK_BYTES;

  // A plain copy on the same disk, streamed and synced like the vault's writes.
  const copyStart = performance.now();
  await pipeline(
    createReadStream(source, { highWaterMark: EVIDENCE_CHUNK_BYTES }),
    createWriteStream(join(dir, 'copy.bin')),
  );
  const copyFd = openSync(join(dir, 'copy.bin'), 'r+');
  fsyncSync(copyFd);
  closeSync(copyFd);
  const copySeconds = (performance.now() - copyStart) / 1000;

  const { vault } = await createVault(join(dir, 'vault'), passphrase);
  try {
    const access = { current: () => vault };
    const clock = fixedClock('2026-11-25');
    const dossiers = new DossierService(access, new SettingsService(access), clock);
    const clientId = dossiers.create({ familyName: 'Bench', givenNames: 'Attachment' }).id;
    const evidence = new EvidenceService(access, clock, noDialogs, 'bench');

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const start = performance.now();
    await evidence.attachStream(
      { clientId, fileName: 'large-scan.pdf', byteSize: bytes },
      createReadStream(source, { highWaterMark: EVIDENCE_CHUNK_BYTES }),
    );
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const mb = bytes / 1e6;
    return {
      megabytes: Math.round(mb),
      attachMBps: Math.round((mb / seconds) * 10) / 10,
      copyMBps: Math.round((mb / copySeconds) * 10) / 10,
      ratio: Math.round((copySeconds / seconds) * 100) / 100,
      peakRssDeltaMiB: Math.round((peak - rssBefore) / 2 ** 20),
    };
  } finally {
    vault.close();
  }
}
