import { join } from 'node:path';
import { ensureNodeDriver } from './native-driver';
import { runCli } from './run';

/**
 * The installed command line (`safe-harbor`, package.json `bin`), bundled by scripts/build-cli.mjs into
 * dist/cli.cjs: it runs under plain Node, not through npm, so its arguments (search terms, client ids) never reach
 * npm's debug log. The PDF worker is bundled beside it; the fonts are the project's own.
 */
const distDir = __dirname;
const root = join(distDir, '..');

// A reader that closed the pipe early (`… | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(): Promise<number> {
  if (!ensureNodeDriver(join(root, 'scripts', 'native-abi.mjs'), process.stderr)) return 1;
  return runCli(process.argv.slice(2), {
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    servicePorts: {
      pdfEngine: {
        worker: { file: join(distDir, 'cli', 'pdf-worker.cjs') },
        fontsDir: join(root, 'assets', 'fonts'),
      },
    },
  });
}

void main().then((code) => {
  process.exitCode = code;
});
