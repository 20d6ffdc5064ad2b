/**
 * Writes docs/export-schema.json, the JSON Schema of the export/import file, from its zod schema
 * (shared/dossier/export-format.ts). `--check` fails instead when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportJsonSchema } from '../shared/dossier/export-json-schema';

const target = fileURLToPath(new URL('../docs/export-schema.json', import.meta.url));
const generated = JSON.stringify(exportJsonSchema(), null, 2) + '\n';

if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== generated) {
    console.error('docs/export-schema.json is out of date: run `npm run docs:schema`.');
    process.exit(1);
  }
} else {
  writeFileSync(target, generated);
  console.log(`Wrote ${target}`);
}
