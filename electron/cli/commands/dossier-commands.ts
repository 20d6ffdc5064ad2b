import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { EXPORT_FORMAT, type ExportFile, exportFileSchema } from '../../../shared/dossier/export-format';
import { parseImportFile } from '../../services/import-file';
import { HarborError } from '../../../shared/ipc/errors';
import { vaultJournal, writeOutputFile } from '../../services/partial-output';
import { generateDossiers } from '../../services/seed/generate';
import { type CliCommand, type CliContext, emit } from '../command';
import { openServices } from '../open-services';
import { UsageError } from '../usage-error';

function stringFlag(ctx: CliContext, name: string): string | undefined {
  const value = ctx.flags[name];
  return typeof value === 'string' ? value : undefined;
}

function requiredFlag(ctx: CliContext, name: string): string {
  const value = stringFlag(ctx, name);
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

function intFlag(
  ctx: CliContext,
  name: string,
  { min, max }: { min: number; max: number },
): number | undefined {
  const raw = stringFlag(ctx, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}.`);
  }
  return value;
}

export const seedCommand: CliCommand = {
  name: 'seed',
  summary:
    'Add N realistic synthetic dossiers (--clients N [--seed S] [--anchor YYYY-MM-DD]); same seed, same data.',
  options: { clients: { type: 'string' }, seed: { type: 'string' }, anchor: { type: 'string' } },
  async run(ctx) {
    const count = intFlag(ctx, 'clients', { min: 1, max: 100_000 });
    if (count === undefined) throw new UsageError('--clients is required.');
    const seed = intFlag(ctx, 'seed', { min: 0, max: 2 ** 31 - 1 }) ?? 1;
    const anchor = stringFlag(ctx, 'anchor');
    if (anchor !== undefined && !z.iso.date().safeParse(anchor).success) {
      throw new UsageError('--anchor takes a date like 2026-11-25.');
    }
    await openServices(ctx, async (services) => {
      const started = performance.now();
      const parsed = exportFileSchema.shape.dossiers.element;
      const inserted = services.dossiers.insertDossiers(
        (function* () {
          for (const d of generateDossiers(count, seed, anchor ?? services.clock.today()))
            yield parsed.parse(d);
        })(),
        { audit: false },
      );
      const seconds = (performance.now() - started) / 1000;
      emit(
        ctx,
        { inserted, seed, seconds },
        `Added ${inserted} dossiers (seed ${seed}) in ${seconds.toFixed(1)} s.`,
      );
    });
  },
};

export const exportCommand: CliCommand = {
  name: 'export',
  summary:
    'Write dossiers as JSON (--out FILE [--client ID]); the format is documented in docs/export-format.md.',
  options: { out: { type: 'string' }, client: { type: 'string' } },
  async run(ctx) {
    const out = requiredFlag(ctx, 'out');
    const clientId = stringFlag(ctx, 'client');
    await openServices(ctx, async (services) => {
      const file: ExportFile = {
        ...EXPORT_FORMAT,
        exportedAt: services.clock.now(),
        dossiers: [...services.dossiers.exportDossiers(clientId)],
      };
      // Plaintext leaves the vault here: a failed or killed export leaves no partial file behind.
      await writeOutputFile(
        out,
        (partial) =>
          writeFileSync(partial, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' }),
        vaultJournal(() => services.vault.current().db),
      );
      services.dossiers.recordExport('json', file.dossiers.length, clientId);
      emit(
        ctx,
        { exported: file.dossiers.length, out },
        `Exported ${file.dossiers.length} dossier(s) to ${out}.`,
      );
    });
  },
};

export const importCommand: CliCommand = {
  name: 'import',
  summary:
    'Add dossiers from an export file (--file FILE); the whole file is checked first, nothing is written on error.',
  options: { file: { type: 'string' } },
  async run(ctx) {
    const path = requiredFlag(ctx, 'file');
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new HarborError('BAD_INPUT', `Cannot read ${path}.`);
    }
    const file = parseImportFile(bytes);
    await openServices(ctx, async (services) => {
      const inserted = services.dossiers.insertDossiers(file.dossiers);
      emit(ctx, { imported: inserted }, `Imported ${inserted} dossier(s).`);
    });
  },
};

export const deadlinesCommand: CliCommand = {
  name: 'deadlines',
  summary:
    'Open deadlines with their rule (or source), due date, status and owner ([--client ID] [--within DAYS] ' +
    '[--all] to add those done or not applicable).',
  options: { client: { type: 'string' }, within: { type: 'string' }, all: { type: 'boolean' } },
  async run(ctx) {
    const within = intFlag(ctx, 'within', { min: 0, max: 3650 });
    const clientId = stringFlag(ctx, 'client');
    await openServices(ctx, async (services) => {
      const rows = services.deadlines.upcoming({
        withinDays: within ?? null,
        clientId: clientId ?? null,
        limit: 100_000,
        includeResolved: ctx.flags.all === true,
      });
      const json = rows.map((d) => ({
        clientId: d.clientId,
        key: d.key,
        kind: d.kind,
        ruleId: d.ruleId,
        status: d.status,
        owner: d.owner,
        dueDate: d.dueDate,
        title: d.title,
        description: d.description,
        source: d.source,
        overridden: d.overridden,
      }));
      emit(
        ctx,
        json,
        rows.length === 0
          ? 'No open deadlines.'
          : rows
              .map(
                (d) =>
                  `${d.dueDate}  ${d.familyName.toUpperCase()}, ${d.givenNames}  ${d.title}` +
                  `${d.status === 'open' ? '' : `  (${d.status})`}${d.owner ? `  owner: ${d.owner}` : ''}` +
                  `  [${d.source || (d.kind === 'custom' ? 'entered by the attorney' : '')}]`,
              )
              .join('\n'),
      );
    });
  },
};
