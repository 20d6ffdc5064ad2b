import { z } from 'zod';
import { exportFileSchema } from './export-format';

/** The export file's JSON Schema, as an importer must read it (input side: defaults may be omitted). */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportFileSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Safe Harbor dossier export, version 1',
  };
}
