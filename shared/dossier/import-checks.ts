import type { ExportFile } from './export-format';
import { RECORD_KIND_LABELS, SINGLETON_KINDS } from './records';

/**
 * What an import file must satisfy beyond the shape of each dossier (exportFileSchema): rules across records and
 * dossiers of one file. Each problem names the field path, like the schema's own messages.
 */
export interface ImportProblem {
  field: string;
  message: string;
}

/** The years a date in a dossier may fall in: wide enough for any life and case, narrow enough for date arithmetic. */
export const DATE_YEAR_MIN = 1800;
export const DATE_YEAR_MAX = 2199;

const DATE_PREFIX = /^(\d{4,})-\d{2}-\d{2}/;

export function importProblem(file: ExportFile): ImportProblem | null {
  const dossierIds = new Map<string, number>();
  const recordIds = new Map<string, string>();
  for (const [d, dossier] of file.dossiers.entries()) {
    const at = `dossiers.${d}`;
    const firstDossier = dossierIds.get(dossier.id);
    if (firstDossier !== undefined) {
      return { field: `${at}.id`, message: `The same dossier id is already at dossiers.${firstDossier}.` };
    }
    dossierIds.set(dossier.id, d);

    const singletons = new Map<string, number>();
    for (const [r, record] of dossier.records.entries()) {
      const here = `${at}.records.${r}`;
      const firstRecord = recordIds.get(record.id);
      if (firstRecord !== undefined) {
        return { field: `${here}.id`, message: `The same record id is already at ${firstRecord}.` };
      }
      recordIds.set(record.id, here);
      if (SINGLETON_KINDS.includes(record.kind)) {
        const first = singletons.get(record.kind);
        if (first !== undefined) {
          return {
            field: `${here}.kind`,
            message: `A dossier has one ${RECORD_KIND_LABELS[record.kind]} record; this one has another at ${at}.records.${first}.`,
          };
        }
        singletons.set(record.kind, r);
      }
    }

    const overrideKeys = new Map<string, number>();
    for (const [o, override] of dossier.deadlineOverrides.entries()) {
      const first = overrideKeys.get(override.key);
      if (first !== undefined) {
        return {
          field: `${at}.deadlineOverrides.${o}.key`,
          message: `This deadline is already overridden at ${at}.deadlineOverrides.${first}.`,
        };
      }
      overrideKeys.set(override.key, o);
    }

    const date = dateOutOfRange(dossier, at);
    if (date) return date;
  }
  return null;
}

/** Any date or timestamp, wherever it sits in the dossier (new fields included), with a year date math can use. */
function dateOutOfRange(value: unknown, path: string): ImportProblem | null {
  if (typeof value === 'string') {
    const year = DATE_PREFIX.exec(value)?.[1];
    if (year !== undefined && (Number(year) < DATE_YEAR_MIN || Number(year) > DATE_YEAR_MAX)) {
      return { field: path, message: `Use a year from ${DATE_YEAR_MIN} to ${DATE_YEAR_MAX}.` };
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const problem = dateOutOfRange(child, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}
