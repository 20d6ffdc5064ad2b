import { PARTY_ROLE_LABELS } from '../labels';
import { cell } from '../format';
import { type PdfContext, ofKind, shows } from '../context';
import type { Block } from '../model';
import type { SectionParts } from './section';

/** Parties and counsel (their contacts only when contacts are shown). */
export function partiesSection(ctx: PdfContext): SectionParts {
  return { blocks: [partiesTable(ctx)] };
}

function partiesTable(ctx: PdfContext): Block {
  const contacts = shows(ctx, 'contacts');
  return {
    type: 'table',
    columns: [
      { header: 'Name', width: 2 },
      { header: 'Role', width: 1.8 },
      { header: 'Organization', width: 2 },
      ...(contacts ? [{ header: 'Contact', width: 2 }] : []),
      { header: 'Common interest', width: 1 },
    ],
    rows: ofKind(ctx.records, 'party').map((p) => [
      cell(p.data.name, { bold: true }),
      cell(PARTY_ROLE_LABELS[p.data.role]),
      cell(p.data.organization),
      ...(contacts ? [cell(p.data.contact)] : []),
      cell(p.data.commonInterestAgreement ? 'Yes' : 'No', {
        tone: p.data.commonInterestAgreement ? 'ok' : 'muted',
      }),
    ]),
    empty: 'No parties recorded.',
  };
}
