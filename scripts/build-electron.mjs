// Bundles the main process and the preload into dist/electron. Production (`NODE_ENV=production` or
// `--production`) drops source maps: they would ship the sources inside the app for nothing.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'electron');
const production = process.env.NODE_ENV === 'production' || process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
  // Written only once both bundles built, so a failed build leaves the previous output whole.
  write: false,
};

const results = await Promise.all([
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'main', 'index.ts')],
    outfile: join(outdir, 'main.cjs'),
    // Only the sources' default location of the PDF worker reads import.meta.url (services/pdf/worker-entry.ts);
    // the app passes the bundled worker instead, so the value is never used here.
    define: { ...common.define, 'import.meta.url': 'undefined' },
    // The SQLite driver loads a native .node file next to itself: it must stay in node_modules (asar-unpacked).
    external: ['electron', 'better-sqlite3-multiple-ciphers'],
  }),
  build({
    ...common,
    // Backups, restores and bundles run here, in a worker thread with its own database connection.
    entryPoints: [join(root, 'electron', 'services', 'backup', 'job-worker.ts')],
    outfile: join(outdir, 'job-worker.cjs'),
    external: ['better-sqlite3-multiple-ciphers'],
  }),
  build({
    ...common,
    // PDF case summaries are typeset here, in a worker thread (electron/services/pdf).
    entryPoints: [join(root, 'electron', 'services', 'pdf', 'pdf-worker.ts')],
    outfile: join(outdir, 'pdf-worker.cjs'),
    // pdfkit's ES module locates its data files from import.meta.url: give the CommonJS bundle a real one.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
  }),
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'preload', 'index.ts')],
    outfile: join(outdir, 'preload.cjs'),
    // A sandboxed preload can require `electron` and nothing else from disk.
    external: ['electron'],
  }),
]).catch(() => {
  // esbuild has already printed each error with its file and line.
  console.error('The Electron build failed.');
  process.exit(1);
});

// Emptied first so no stale source map from a development build can slip into a package.
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
for (const file of results.flatMap((result) => result.outputFiles)) await writeFile(file.path, file.contents);
// The PDF fonts (SIL OFL 1.1, licence beside them) ship next to the worker that embeds them.
await cp(join(root, 'assets', 'fonts'), join(outdir, 'fonts'), {
  recursive: true,
  filter: (f) => !f.endsWith('.py'),
});

console.log(
  `Built dist/electron/main.cjs, job-worker.cjs and preload.cjs (${production ? 'production' : 'development'}).`,
);
