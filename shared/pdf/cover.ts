import { SHARING_SCOPE_LABELS } from '../dossier/common';
import { type PdfContext, aNumber, nextOpenDeadline, openCustody, shows } from './context';
import { addresseeOf } from './furniture';
import { cell, formatDate, joinNonEmpty } from './format';
import { ALIAS_KIND_LABELS, SCRIPT_LABELS } from './labels';
import type { Cell, Field, PdfDocument } from './model';
import { PDF_PROFILE_INFO } from './profiles';

/** The cover: the client's names, the key facts for the profile, who the document is for, the disclaimer. */
export function buildCover(ctx: PdfContext): PdfDocument['cover'] {
  const addressee = addresseeOf(ctx.profile);
  // A court filing opens on its caption (caption.ts): the summary cover has nothing to add to it.
  if (addressee === 'court')
    return { overline: '', names: [], facts: [], notice: '', disclaimer: '', compact: true };
  const info = PDF_PROFILE_INFO[ctx.profile];
  const c = ctx.client;
  const names = ctx.clientDetails
    ? c.aliases.map((a) => ({
        name: a.name,
        note: joinNonEmpty([ALIAS_KIND_LABELS[a.kind], a.script && SCRIPT_LABELS[a.script]], ', '),
      }))
    : [];
  const custody = openCustody(ctx);
  const next = shows(ctx, 'computed-dates') ? nextOpenDeadline(ctx.deadlines) : undefined;
  const firm = addressee === 'firm';
  const facts: [string, string | Cell | undefined][] = [
    ['Nationality', ctx.clientDetails ? c.nationalities.join(', ') : undefined],
    ['A-number', aNumber(ctx)],
    [
      'Custody',
      !firm
        ? undefined
        : custody
          ? cell(`Detained since ${formatDate(custody.data.arrestDate)}`, { tone: 'warning', bold: true })
          : 'Not detained',
    ],
    [
      'Next deadline',
      !firm || !next
        ? undefined
        : cell(`${formatDate(next.dueDate)} — ${next.title}`, {
            tone: next.dueDate < ctx.today ? 'critical' : 'normal',
          }),
    ],
    // Who the paper is for, and what the app left out: the firm's own business, never printed on outward papers.
    ['Prepared for', firm ? info.label : undefined],
  ];
  return {
    overline: firm ? info.label : '',
    names,
    facts: facts.flatMap(([label, value]): Field[] =>
      value === undefined || (typeof value === 'string' && value === '')
        ? []
        : [{ label, value: typeof value === 'string' ? cell(value) : value }],
    ),
    notice: !firm
      ? ''
      : ctx.audience === 'client-only'
        ? `${info.description} Every record of the dossier is included unless hidden at export.`
        : `${info.description} Records are included only when their sharing scope reaches ` +
          `“${SHARING_SCOPE_LABELS[ctx.audience]}”.`,
    disclaimer:
      firm && info.sections.includes('deadlines') && shows(ctx, 'computed-dates')
        ? 'Computed deadlines are an aid to be checked, not legal advice: each shows its rule and source, and dates ' +
          'set by the attorney say so.'
        : '',
    compact: false,
  };
}
