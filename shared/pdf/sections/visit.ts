import { NOTICE_TYPE_LABELS } from '../../dossier/timeline';
import { ITEM_STATUS_LABELS, isSettled } from '../../evidence/checklist';
import { DEFAULT_VISIT_QUESTIONS } from '../../visit/visit';
import { cell, compact, joinNonEmpty, muted, formatDate } from '../format';
import { type PdfContext, ofKind, openCustody, shows } from '../context';
import type { Block, Cell } from '../model';
import type { SectionParts } from './section';

/** Questions to ask, with ruled lines for the answers, and the evidence the client can help with. */
export function openQuestionsSection(ctx: PdfContext): SectionParts {
  return {
    blocks: openQuestions(ctx),
    intro:
      'Ask, tick, and write the answer on the lines. File what you learn in the dossier after the visit.',
  };
}

/** The appearance forms and releases to have signed. */
export function formsSection(ctx: PdfContext): SectionParts {
  return {
    blocks: [formsList(ctx)],
    intro: 'Bring blank copies; have them signed where the client is the signatory.',
  };
}

/** What to bring into the facility and what to leave behind. */
export function bringSection(ctx: PdfContext): SectionParts {
  return { blocks: bringBlocks(ctx) };
}

/** Ruled pages for handwritten notes, from a new page. */
export function visitNotesSection(): SectionParts {
  return { blocks: [{ type: 'ruled', lines: 0, pages: 1 }], newPage: true };
}

/** Questions the dossier itself raises: what it does not know yet and the client may. */
function dossierQuestions(ctx: PdfContext): { text: string; detail?: string }[] {
  const out: { text: string; detail?: string }[] = [];
  const c = ctx.client;
  const i = ofKind(ctx.records, 'immigration')[0]?.data;
  if (c.interpreterNeeded === 'unknown')
    out.push({ text: 'Does the client need an interpreter? In which language?' });
  if (i && !i.lastArrivalDate && !i.entryDate)
    out.push({
      text: 'Date of the last arrival in the United States',
      detail: 'Starts the one-year asylum clock (INA 208(a)(2)(B)).',
    });
  if (i && i.seriousNonpoliticalCrimeBarRaised === 'unknown')
    out.push({ text: 'Has DHS raised the serious nonpolitical crime bar (the Red Notice)?' });
  for (const custody of ofKind(ctx.records, 'custody')) {
    const d = custody.data;
    if (d.releaseDate) continue;
    if (d.statedBasis === undefined || d.statedBasis.trim() === '')
      out.push({ text: 'What did the officers say was the reason for the arrest? Which papers were shown?' });
    if (d.projectRed === 'unknown')
      out.push({ text: 'Was the arrest part of an operation (“Project Red”)?' });
    if (!d.facility) out.push({ text: 'Which facility, unit and housing is the client held in?' });
    if (d.transfers.length === 0) out.push({ text: 'Any notice of a transfer to another facility?' });
  }
  for (const notice of ofKind(ctx.records, 'interpol')) {
    if (notice.data.cameToLight === 'unknown')
      out.push({
        text: `How did the client learn of the ${NOTICE_TYPE_LABELS[notice.data.type]} (${notice.data.requestingCountry})?`,
      });
    notice.data.charges.forEach((charge) => {
      if (notice.data.basis === 'prosecution' && charge.maxPenaltyYears === undefined)
        out.push({
          text: `Maximum penalty for “${charge.description}” under the requesting state’s law`,
          detail: 'Needed for the RPD Art. 83 threshold check (at least 2 years).',
        });
    });
  }
  for (const h of ofKind(ctx.records, 'home-case')) {
    if (h.data.inAbsentiaJudgmentDate && h.data.retrialGuaranteed === 'unknown')
      out.push({ text: `Is a retrial guaranteed after the in absentia judgment in ${h.data.country}?` });
    if (h.data.fileAccess === 'unknown')
      out.push({ text: `Does local counsel in ${h.data.country} have access to the case file?` });
  }
  return out;
}

function openQuestions(ctx: PdfContext): (Block | null)[] {
  const questions = [
    ...dossierQuestions(ctx).map((q) => ({ ...q, lines: 2 })),
    ...DEFAULT_VISIT_QUESTIONS.map((text) => ({ text, lines: 1 })),
  ];
  // What the client can help gather: open items of the evidence categories (not the firm's own workflow).
  const open: Cell[] = [];
  for (const list of ctx.checklists ?? []) {
    const categories = new Map(list.categories.map((c) => [c.key, c]));
    for (const item of list.items) {
      const category = categories.get(item.category);
      if (isSettled(item.status) || (category && category.group !== 'evidence')) continue;
      open.push(
        cell(item.title, {
          note: joinNonEmpty([
            category?.title,
            ITEM_STATUS_LABELS[item.status].toLowerCase(),
            item.dueDate && `due ${formatDate(item.dueDate)}`,
          ]),
        }),
      );
    }
  }
  return [
    { type: 'questions', items: questions },
    open.length > 0
      ? { type: 'subheading', text: 'Evidence still open', meta: muted(`${open.length} item(s)`) }
      : null,
    open.length > 0 ? { type: 'list', style: 'box', items: open } : null,
  ];
}

function formsList(ctx: PdfContext): Block {
  const r = ctx.records;
  const items: Cell[] = [
    cell(
      'G-28 — Notice of Entry of Appearance as Attorney or Accredited Representative (DHS): client’s signature, ' +
        'for ICE and USCIS.',
    ),
    cell(
      'EOIR-28 — Notice of Entry of Appearance as Attorney or Representative before the Immigration Court ' +
        '(file with the court and serve DHS).',
    ),
  ];
  if (ofKind(r, 'decision').some((d) => d.data.body === 'immigration-judge' || d.data.body === 'bia'))
    items.push(cell('EOIR-27 — Notice of Entry of Appearance before the Board of Immigration Appeals.'));
  const i = ofKind(r, 'immigration')[0]?.data;
  if (i && !i.i589FiledDate && (i.reliefSought.includes('asylum') || i.reliefSought.length === 0))
    items.push(cell('I-589 — review the draft with the client; the applicant signs the application.'));
  if (ofKind(r, 'ccf').some((c) => c.data.applicant === 'representative' && !c.data.powerOfAttorneyOnFile))
    items.push(
      cell('Power of attorney for the CCF request (the representative files on the client’s behalf).'),
    );
  if (ofKind(r, 'foia').some((f) => !f.data.submittedDate))
    items.push(
      cell('The client’s signed consent / certification of identity for the FOIA requests still to send.'),
    );
  return { type: 'list', style: 'box', items };
}

function bringBlocks(ctx: PdfContext): (Block | null)[] {
  const custody = openCustody(ctx);
  const interpreter = ctx.client.interpreterNeeded === 'yes';
  return [
    { type: 'subheading', text: 'Bring' },
    {
      type: 'list',
      style: 'box',
      items: compact([
        cell('Bar card and government photo ID; the facility’s legal-visit confirmation'),
        cell('Signed or blank G-28 and EOIR-28 (see above)'),
        custody && shows(ctx, 'detention-ids') && custody.data.detaineeId
          ? cell(`The detainee number: ${custody.data.detaineeId}`)
          : cell('The client’s A-number and detainee number'),
        interpreter
          ? cell(
              `Interpreter arranged${ctx.client.interpreterLanguage ? ` (${ctx.client.interpreterLanguage})` : ''}, or a telephonic line the facility allows`,
            )
          : null,
        cell('This pack, pens, and the questions above'),
      ]),
    },
    { type: 'subheading', text: 'Leave behind' },
    {
      type: 'list',
      style: 'bullet',
      items: [
        cell('Phones, laptops and recorders, unless the facility has approved them in writing'),
        cell('Originals of evidence: bring copies, and only those the visit needs'),
        cell(
          'Anything naming family members, addresses or contacts the client should not hold in custody: papers left ' +
            'with a detained client can be read by others',
        ),
        cell('Material from the persecuting state’s file that the client has not yet seen with counsel'),
      ],
    },
    {
      type: 'callout',
      tone: 'info',
      title: 'Facility rules differ',
      text: 'Check the facility’s visitation rules for legal visits before going: hours, dress code, what may be carried in, and whether documents may be left with the client.',
    },
  ];
}
