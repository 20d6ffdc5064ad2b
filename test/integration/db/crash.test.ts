import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault, unlockVault } from '../../../db/vault';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const WRITER = fileURLToPath(new URL('../../fixtures/crash-writer.ts', import.meta.url));
const KILLS = 24;
const BATCH_SIZE = 40;

/** Runs the writer, kills it with SIGKILL a random time after it is ready, returns the last batch it saw committed. */
function writeUntilKilled(dir: string, startBatch: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, dir, PASSPHRASE, String(startBatch), String(BATCH_SIZE)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let lastCommitted = startBatch - 1;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), randomInt(5, 400));
        else lastCommitted = Number(line);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(lastCommitted);
      else reject(new Error(`writer exited without being killed: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  const { dir, cleanup } = tempVaultDir();
  beforeAll(async () => (await createVault(dir, PASSPHRASE)).vault.close());
  afterAll(() => cleanup());

  it(`keeps every committed row and only whole transactions across ${KILLS} SIGKILLs`, async () => {
    let nextBatch = 1;
    let committedSoFar = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const lastCommitted = await writeUntilKilled(dir, nextBatch);
      committedSoFar = Math.max(committedSoFar, lastCommitted);

      const vault = await unlockVault(dir, PASSPHRASE);
      try {
        expect(vault.integrityCheck(), `integrity after kill ${kill + 1}`).toEqual([]);
        const batches = vault.db
          .prepare(
            "SELECT CAST(entity_id AS INTEGER) AS batch, count(*) AS n FROM audit_events WHERE action = 'crash.row' GROUP BY batch",
          )
          .all() as { batch: number; n: number }[];
        // Every batch the writer saw committed is there, and no batch is half written.
        for (let b = 1; b <= committedSoFar; b++) {
          expect(batches.find((row) => row.batch === b)?.n, `batch ${b} after kill ${kill + 1}`).toBe(
            BATCH_SIZE,
          );
        }
        for (const row of batches) expect(row.n).toBe(BATCH_SIZE);
        const highest = Math.max(0, ...batches.map((row) => row.batch));
        expect(highest).toBeGreaterThanOrEqual(committedSoFar);
        nextBatch = highest + 1;
      } finally {
        vault.close();
      }
    }
    expect(committedSoFar).toBeGreaterThan(KILLS);
  }, 240_000);
});
