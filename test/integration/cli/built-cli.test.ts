import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

/** dist/cli.cjs, built by `npm test` (npm run build:cli) before vitest runs. */
const BUILT = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.cjs');
const MARKER = 'ZEPHYR-QUILL-4471';

function grepLogs(cache: string, text: string): string[] {
  const logs = join(cache, '_logs');
  if (!existsSync(logs)) return [];
  return readdirSync(logs).filter((name) => readFileSync(join(logs, name), 'utf8').includes(text));
}

describe('the built command line (dist/cli.cjs, bin safe-harbor)', () => {
  let dir: string;
  let cleanup: () => void;
  let npmCache: string;
  beforeEach(() => {
    ({ dir, cleanup } = tempVaultDir());
    npmCache = join(dir, '..', 'npm-cache');
    mkdirSync(npmCache);
  });
  afterEach(() => cleanup());

  function run(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
    return spawnSync(command, args, {
      encoding: 'utf8',
      env: { ...process.env, HARBOR_PASSPHRASE: PASSPHRASE, npm_config_cache: npmCache, ...extraEnv },
    });
  }

  it('runs under plain Node: the driver loads, a PDF is typeset by the bundled worker', () => {
    expect(existsSync(BUILT), 'run `npm run build:cli` first').toBe(true);
    const init = run(process.execPath, [BUILT, 'init', '--vault', dir, '--json']);
    expect(init.status, init.stderr).toBe(0);
    expect(Object.keys(JSON.parse(init.stdout) as object)).toEqual(['recoveryCode']);
    expect(run(process.execPath, [BUILT, 'seed', '--vault', dir, '--clients', '1']).status).toBe(0);
    const exported = run(process.execPath, [
      BUILT,
      'export',
      '--vault',
      dir,
      '--out',
      join(dir, '..', 'e.json'),
    ]);
    expect(exported.status, exported.stderr).toBe(0);
    const { dossiers } = JSON.parse(readFileSync(join(dir, '..', 'e.json'), 'utf8')) as {
      dossiers: { id: string }[];
    };
    const pdf = join(dir, '..', 'summary.pdf');
    const made = run(process.execPath, [
      BUILT,
      'pdf',
      '--vault',
      dir,
      '--client',
      dossiers[0]?.id ?? '',
      '--profile',
      'internal',
      '--out',
      pdf,
    ]);
    expect(made.status, made.stderr).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('keeps arguments out of npm’s debug log, which `npm run cli` and plain npx write them into', () => {
    expect(run(process.execPath, [BUILT, 'init', '--vault', dir]).status).toBe(0);
    const search = ['search', '--query', MARKER, '--vault', dir];

    expect(run(process.execPath, [BUILT, ...search]).status).toBe(0);
    const quiet = run('npx', ['--logs-max=0', 'safe-harbor', ...search]);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toMatch(/Warning/);
    expect(grepLogs(npmCache, MARKER)).toEqual([]);

    // Plain npx writes them: the built CLI says so, and how to avoid it.
    const viaNpx = run('npx', ['safe-harbor', ...search]);
    expect(viaNpx.status).toBe(0);
    expect(viaNpx.stderr).toMatch(/npx --logs-max=0 safe-harbor/);
    expect(grepLogs(npmCache, MARKER).length).toBeGreaterThan(0);
  }, 120_000);

  it('prints its help under its own name', () => {
    const help = execFileSync(process.execPath, [BUILT, 'help'], { encoding: 'utf8' });
    expect(help).toMatch(/^Usage: safe-harbor <command>/m);
    expect(help).toMatch(/"npm run cli"\s+is a shortcut for development only/);
  });

  it('warns when run through `npm run cli`, whose arguments npm has just logged', async () => {
    const viaNpm = await cli(['help'], { npm_lifecycle_event: 'cli' });
    expect(viaNpm.stderr).toMatch(/npm wrote these arguments to its debug log.*"npm run cli" is a shortcut/);
    expect((await cli(['help'], {})).stderr).toBe('');
  });
});
