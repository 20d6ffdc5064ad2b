import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../shared/dossier/export-json-schema';

describe('docs/export-schema.json', () => {
  it('is the JSON Schema generated from the zod export schema (run `npm run docs:schema` after a change)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../docs/export-schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(exportJsonSchema())));
  });
});
