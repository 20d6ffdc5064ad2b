#!/usr/bin/env node
// The hostile-input suite at scale: many more byte flips per file than `npm test` runs (test/integration/hardening/
// hostile.test.ts). Usage: npm run sweep -- [FLIPS] [SEED]   (defaults: 200 flips per file, seed 1)
import { spawnSync } from 'node:child_process';

const [flips = '200', seed = '1'] = process.argv.slice(2);
if (!/^\d+$/.test(flips) || !/^\d+$/.test(seed)) {
  console.error('usage: npm run sweep -- [FLIPS] [SEED]');
  process.exit(2);
}
const result = spawnSync('npx', ['vitest', 'run', 'test/integration/hardening/hostile.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, HARBOR_SWEEP_FLIPS: flips, HARBOR_SWEEP_SEED: seed },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
