import { resolve } from 'node:path';
import { z } from 'zod';
import type { PreflightItem } from '../../../shared/filings/preflight';
import { CCF_APPLICATION_TYPES, ccfApplicationTypeSchema } from '../../../shared/filings/profile';
import { type CliCommand, type CliContext, emit } from '../command';
import { openServices } from '../open-services';
import { UsageError } from '../usage-error';

function flag(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function clientAndOut(ctx: CliContext): { clientId: string; out: string } {
  const clientId = flag(ctx.flags.client);
  const out = flag(ctx.flags.out);
  if (!clientId || !out) throw new UsageError('--client and --out are required.');
  if (!z.uuid().safeParse(clientId).success) throw new UsageError('--client takes a client id (a UUID).');
  return { clientId, out };
}

function warningLines(warnings: readonly PreflightItem[]): string {
  const shown = warnings.filter((w) => w.severity !== 'info');
  return shown.length === 0 ? '' : `\n${shown.map((w) => `  warning: ${w.message}`).join('\n')}`;
}

/**
 * `packet --client ID --out FILE [--no-tabs]`: the exhibit packet for the immigration court, written by the PDF
 * worker straight into FILE. The pre-flight's warnings are printed and kept in the audit entry; a file that cannot
 * be merged (encrypted, damaged) stops the export with its exhibit number, and nothing is written.
 */
export const packetCommand: CliCommand = {
  name: 'packet',
  summary: 'Write the exhibit packet for the immigration court (--client ID --out FILE [--no-tabs]).',
  options: { client: { type: 'string' }, out: { type: 'string' }, 'no-tabs': { type: 'boolean' } },
  async run(ctx) {
    const { clientId, out } = clientAndOut(ctx);
    const tabs = ctx.flags['no-tabs'] !== true;
    await openServices(ctx, async (services) => {
      const result = await services.filings.writeToPath({ kind: 'packet', clientId, tabs }, resolve(out));
      emit(
        ctx,
        {
          out,
          tabs,
          pages: result.pages,
          bytes: result.bytes,
          milliseconds: result.milliseconds,
          warnings: result.warnings,
        },
        `Wrote ${out}: ${result.pages} page(s)${tabs ? '' : ', no tab pages'}.${warningLines(result.warnings)}`,
      );
    });
  },
};

/** `ccf-application --client ID --type access|deletion|correction --out FILE`: a request to the CCF with its annexes. */
export const ccfApplicationCommand: CliCommand = {
  name: 'ccf-application',
  summary: `Write a request to the CCF with its annexes (--client ID --type ${CCF_APPLICATION_TYPES.join('|')} --out FILE).`,
  options: { client: { type: 'string' }, type: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const { clientId, out } = clientAndOut(ctx);
    const type = ccfApplicationTypeSchema.safeParse(flag(ctx.flags.type));
    if (!type.success) throw new UsageError(`--type is one of: ${CCF_APPLICATION_TYPES.join(', ')}.`);
    await openServices(ctx, async (services) => {
      const result = await services.filings.writeToPath(
        { kind: 'ccf-application', clientId, type: type.data },
        resolve(out),
      );
      emit(
        ctx,
        {
          out,
          type: type.data,
          pages: result.pages,
          bytes: result.bytes,
          milliseconds: result.milliseconds,
          warnings: result.warnings,
        },
        `Wrote ${out}: ${result.pages} page(s), ${type.data} request.${warningLines(result.warnings)}`,
      );
    });
  },
};
