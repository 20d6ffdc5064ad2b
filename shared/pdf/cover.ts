import { SHARING_SCOPE_LABELS } from '../dossier/common';
import { type PdfContext, aNumber, nextOpenDeadline, openCustody } from './context';
import { cell, formatDate, joinNonEmpty } from './format';
import { ALIAS_KIND_LABELS, SCRIPT_LABELS } from './labels';
import type { Cell, Field, PdfDocument } from './model';
import { PDF_PROFILE_INFO } from './profiles';

/** The cover: the client's names, the key facts for the profile, who the document is for, the disclaimer. */
export function buildCover(ctx: PdfContext): PdfDocument['cover'] {
  const info = PDF_PROFILE_INFO[ctx.profile];
  const c = ctx.client;
  const names = ctx.clientDetails
    ? c.aliases.map((a) => ({
        name: a.name,
        note: joinNonEmpty([ALIAS_KIND_LABELS[a.kind], a.script && SCRIPT_LABELS[a.script]], ', '),
      }))
    : [];
  const custody = openCustody(ctx);
  const next = nextOpenDeadline(ctx.deadlines);
  const facts: [string, string | Cell | undefined][] =
    ctx.profile === 'court'
      ? [
          ['A-number', aNumber(ctx)],
          ['Exhibits listed', String((ctx.evidence ?? []).filter((e) => e.exhibitNumber?.trim()).length)],
        ]
      : [
          ['Nationality', ctx.clientDetails ? c.nationalities.join(', ') : undefined],
          ['A-number', aNumber(ctx)],
          [
            'Custody',
            ctx.profile === 'ccf'
              ? undefined
              : custody
                ? cell(`Detained since ${formatDate(custody.data.arrestDate)}`, {
                    tone: 'warning',
                    bold: true,
                  })
                : 'Not detained',
          ],
          [
            'Next deadline',
            ctx.profile === 'ccf' || !next
              ? undefined
              : cell(`${formatDate(next.dueDate)} — ${next.title}`, {
                  tone: next.dueDate < ctx.today ? 'critical' : 'normal',
                }),
          ],
        ];
  return {
    names,
    facts: [
      ...facts.flatMap(([label, value]): Field[] =>
        value === undefined || (typeof value === 'string' && value === '')
          ? []
          : [{ label, value: typeof value === 'string' ? cell(value) : value }],
      ),
      { label: 'Prepared for', value: cell(info.label) },
    ],
    notice:
      ctx.audience === 'client-only'
        ? `${info.description} Every record of the dossier is included unless hidden at export.`
        : `${info.description} Records are included only when their sharing scope reaches ` +
          `“${SHARING_SCOPE_LABELS[ctx.audience]}”.`,
    disclaimer: info.sections.includes('deadlines')
      ? 'Computed deadlines are an aid to be checked, not legal advice: each shows its rule and source, and dates ' +
        'set by the attorney say so.'
      : '',
    compact: ctx.profile === 'court',
  };
}
