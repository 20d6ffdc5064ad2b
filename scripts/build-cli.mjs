// Bundles the command line into dist/cli.cjs (package.json `bin`: `safe-harbor`) and its PDF worker into
// dist/cli/pdf-worker.cjs. Run by `npm install` (prepare), `npm run build` and `npm test`.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  write: false,
};

const results = await Promise.all([
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'cli', 'bin.ts')],
    outfile: join(dist, 'cli.cjs'),
    banner: { js: '#!/usr/bin/env node' },
    // The sources' default PDF engine reads import.meta.url (services/pdf/worker-entry.ts); the built CLI passes
    // its bundled worker instead, so the value is never used.
    define: { 'import.meta.url': 'undefined' },
    // The SQLite driver loads a native .node file next to itself: it stays in node_modules.
    external: ['better-sqlite3-multiple-ciphers'],
  }),
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'services', 'pdf', 'pdf-worker.ts')],
    outfile: join(dist, 'cli', 'pdf-worker.cjs'),
    // pdfkit's ES module locates its data files from import.meta.url: give the CommonJS bundle a real one.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  }),
]).catch(() => {
  console.error('The command-line build failed.');
  process.exit(1);
});

for (const file of results.flatMap((result) => result.outputFiles)) {
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, file.contents);
}
await chmod(join(dist, 'cli.cjs'), 0o755);
