import { displayName } from '../dossier/client';
import { courtCaption } from './caption';
import { type PdfBuildInput, type PdfContext, aNumber, createContext, shows } from './context';
import { buildCover } from './cover';
import { compact, formatDateTime } from './format';
import { addresseeOf, furnitureFor } from './furniture';
import { PRIVILEGE_LINE, type PdfDocument, type Section } from './model';
import {
  PDF_FIELD_LABELS,
  PDF_PROFILE_INFO,
  PDF_SECTION_LABELS,
  type PdfField,
  type PdfSection,
  hiddenFor,
  isPdfField,
  isPdfSection,
} from './profiles';
import { SECTION_BUILDERS } from './sections';

export type { PdfBuildInput } from './context';

/**
 * dossier + profile + hidden sections and fields → the document model. Pure and deterministic: the same input
 * gives the same document, so it is unit-tested without a PDF, and the preview and the file agree.
 *
 * The assembler only: the audience's view of the dossier comes from `createContext` (the one place records are
 * filtered by sharing scope), the cover from cover.ts, and each section from its own module in sections/.
 */
export function buildPdfDocument(input: PdfBuildInput): PdfDocument {
  const info = PDF_PROFILE_INFO[input.profile];
  const hidden = hiddenFor(input.profile, input.hide);
  const hiddenSections = new Set(hidden.filter(isPdfSection));
  const hiddenFields = new Set(hidden.filter(isPdfField));
  const ctx = createContext(input, hiddenFields);
  const { dossier, sources } = input;

  const sections: Section[] = info.sections
    .filter((id) => !hiddenSections.has(id) && sectionShown(ctx, id))
    .map((id) => {
      const { blocks, ...extra } = SECTION_BUILDERS[id](ctx);
      return { id, title: PDF_SECTION_LABELS[id], ...extra, blocks: compact(blocks) };
    });

  const unnumbered =
    input.profile === 'court' ? (ctx.evidence ?? []).filter((e) => !e.exhibitNumber?.trim()).length : 0;

  const addressee = addresseeOf(input.profile);
  const clientName = displayName(dossier.client);
  const generatedLabel = formatDateTime(input.generatedAt);
  const document: PdfDocument = {
    profile: input.profile,
    title: info.title,
    audience: info.label,
    clientName,
    generatedAt: input.generatedAt,
    generatedLabel,
    privilegeLine: addressee === 'firm' ? PRIVILEGE_LINE : '',
    furniture: furnitureFor(addressee, {
      title: info.title,
      clientName,
      audience: info.label,
      generatedLabel,
      aNumber: aNumber(ctx) ?? '',
    }),
    caption: addressee === 'court' ? courtCaption(ctx, info.title) : null,
    cover: buildCover(ctx),
    sections,
    omitted: {
      hiddenSections: [...hiddenSections].map((s) => PDF_SECTION_LABELS[s]),
      hiddenFields: [...hiddenFields].map((f) => PDF_FIELD_LABELS[f]),
      recordsOutOfScope: dossier.records.length - ctx.records.length,
      evidenceOutOfScope: (sources.evidence?.length ?? 0) - (ctx.evidence?.length ?? 0),
      cardsOutOfScope: (sources.board?.length ?? 0) - (ctx.board?.length ?? 0),
      deadlinesOutOfScope: dossier.deadlines.length - ctx.deadlines.length,
      clientDetailsOutOfScope: !ctx.clientDetails,
      unnumberedExhibits: unnumbered,
      withheldValues: 0,
    },
  };
  const withheld = ctx.withholder.document(document);
  return { ...withheld, omitted: { ...withheld.omitted, withheldValues: ctx.withholder.count } };
}

/** Sections that consist of what a hidden class of content is: computed dates, assessments, the firm's workflow. */
const SECTION_CONTENT: Partial<Record<PdfSection, PdfField>> = {
  deadlines: 'computed-dates',
  checks: 'assessments',
  checklist: 'firm-data',
  board: 'firm-data',
};

function sectionShown(ctx: PdfContext, id: PdfSection): boolean {
  const content = SECTION_CONTENT[id];
  return content === undefined || shows(ctx, content);
}
