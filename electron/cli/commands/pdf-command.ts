import { resolve } from 'node:path';
import { z } from 'zod';
import {
  PDF_FIELDS,
  PDF_PROFILES,
  PDF_SECTIONS,
  hiddenFor,
  parseHideList,
  pdfProfileSchema,
} from '../../../shared/pdf/profiles';
import { type CliCommand, emit } from '../command';
import { openServices } from '../open-services';
import { UsageError } from '../usage-error';

function flag(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * `pdf --client ID --profile NAME --out FILE [--hide SECTION,...]`: a PDF case summary, written by the same worker
 * the app uses, straight into FILE. The export is logged in the audit trail with its profile and hidden sections.
 */
export const pdfCommand: CliCommand = {
  name: 'pdf',
  summary: `Write a PDF case summary (--client ID --profile ${PDF_PROFILES.join('|')} --out FILE [--hide SECTION,...|none]).`,
  options: {
    client: { type: 'string' },
    profile: { type: 'string' },
    out: { type: 'string' },
    hide: { type: 'string' },
  },
  async run(ctx) {
    const clientId = flag(ctx.flags.client);
    const profileName = flag(ctx.flags.profile);
    const out = flag(ctx.flags.out);
    if (!clientId || !profileName || !out)
      throw new UsageError('--client, --profile and --out are required.');
    if (!z.uuid().safeParse(clientId).success) throw new UsageError('--client takes a client id (a UUID).');
    const profile = pdfProfileSchema.safeParse(profileName);
    if (!profile.success) throw new UsageError(`--profile is one of: ${PDF_PROFILES.join(', ')}.`);
    const hideFlag = flag(ctx.flags.hide);
    const { hide, unknown } =
      hideFlag === undefined ? { hide: undefined, unknown: [] } : parseHideList(hideFlag);
    if (unknown.length > 0) {
      throw new UsageError(
        `Unknown --hide name(s): ${unknown.join(', ')}. Sections: ${PDF_SECTIONS.join(', ')}. ` +
          `Fields: ${PDF_FIELDS.join(', ')}.`,
      );
    }
    await openServices(ctx, async (services) => {
      const hidden = hiddenFor(profile.data, hide);
      const result = await services.pdf.exportToPath(
        { clientId, profile: profile.data, hide: hidden },
        resolve(out),
      );
      emit(
        ctx,
        {
          out,
          profile: profile.data,
          hidden,
          pages: result.pages,
          bytes: result.bytes,
          milliseconds: result.milliseconds,
        },
        `Wrote ${out}: ${result.pages} page(s), ${profile.data} profile${hidden.length ? `, hiding ${hidden.join(', ')}` : ''}.`,
      );
    });
  },
};
