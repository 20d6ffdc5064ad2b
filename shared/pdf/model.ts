import { z } from 'zod';
import { documentSectionIdSchema, pdfProfileSchema } from './profiles';

/**
 * The document model: a typed description of one PDF, built from the dossier, the profile and what the attorney hid
 * (`buildPdfDocument`), before any typesetting. The PDF renderer and the preview in the app both draw this same
 * object, so the preview shows exactly what the file will hold. Plain data: it crosses IPC and worker boundaries.
 */

export const toneSchema = z.enum(['normal', 'muted', 'ok', 'warning', 'critical']);
export type Tone = z.infer<typeof toneSchema>;

/** A table cell or a value: text (line breaks allowed), a tone, and bold for what the eye must find first. */
export const cellSchema = z.object({
  text: z.string(),
  tone: toneSchema.optional(),
  bold: z.boolean().optional(),
  /** Secondary text under the main one, set quieter (a source, an explanation). */
  note: z.string().optional(),
});
export type Cell = z.infer<typeof cellSchema>;

export const columnSchema = z.object({
  header: z.string(),
  /** Relative width: the columns share the line in proportion. */
  width: z.number().positive(),
  align: z.enum(['left', 'right']).optional(),
});
export type Column = z.infer<typeof columnSchema>;

export const fieldSchema = z.object({ label: z.string(), value: cellSchema });
export type Field = z.infer<typeof fieldSchema>;

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subheading'), text: z.string(), meta: cellSchema.optional() }),
  z.object({
    type: z.literal('paragraph'),
    text: z.string(),
    tone: toneSchema.optional(),
    small: z.boolean().optional(),
  }),
  /** Label–value pairs, set as a two-column grid. */
  z.object({ type: z.literal('fields'), items: z.array(fieldSchema) }),
  /** A real table: header row repeated on every page it runs onto; rows may break across pages. */
  z.object({
    type: z.literal('table'),
    columns: z.array(columnSchema).min(1),
    rows: z.array(z.array(cellSchema)),
    /** Said instead of the table when there are no rows. */
    empty: z.string(),
  }),
  /** Bullets, or empty boxes to tick by hand. */
  z.object({
    type: z.literal('list'),
    style: z.enum(['bullet', 'box']),
    items: z.array(cellSchema),
  }),
  z.object({
    type: z.literal('callout'),
    tone: z.enum(['info', 'warning', 'critical']),
    title: z.string(),
    text: z.string(),
  }),
  /** Questions to ask, each followed by ruled lines for the answer. */
  z.object({
    type: z.literal('questions'),
    items: z.array(
      z.object({ text: z.string(), detail: z.string().optional(), lines: z.number().int().min(0) }),
    ),
  }),
  /** Ruled lines for handwriting: `lines` of them, or to the foot of the page and `pages` more after it. */
  z.object({ type: z.literal('ruled'), lines: z.number().int().min(0), pages: z.number().int().min(0) }),
]);
export type Block = z.infer<typeof blockSchema>;

export const sectionSchema = z.object({
  id: documentSectionIdSchema,
  title: z.string(),
  intro: z.string().optional(),
  /** Starts on a new page (the ruled note pages do). */
  newPage: z.boolean().optional(),
  /** Printed without its heading (the caption's title already says what follows). */
  untitled: z.boolean().optional(),
  blocks: z.array(blockSchema),
});
export type Section = z.infer<typeof sectionSchema>;

export const PRIVILEGE_LINE =
  'Privileged & Confidential — Attorney–Client Communication / Attorney Work Product';

/** The court filing's caption (immigration court practice): who files, the court, the respondent, the title. */
export const captionSchema = z.object({
  /** The filing attorney's name, EOIR ID and address, set at the top left. */
  filer: z.array(z.string()),
  /** "DETAINED" at the top right when the respondent is detained. */
  detained: z.boolean(),
  court: z.array(z.string()),
  respondent: z.string(),
  /** Empty when the A-number does not reach the court (its record's scope) or is hidden. */
  aNumber: z.string(),
  proceeding: z.string(),
  judge: z.string(),
  nextHearing: z.string(),
  /** The document's title as the court sees it, e.g. "Respondent's submission of documentary evidence". */
  title: z.string(),
});
export type Caption = z.infer<typeof captionSchema>;

/**
 * What every page carries besides its content. The privilege legend belongs on the firm's own papers only; a court
 * filing carries its caption and page numbers, a CCF document the line naming the Commission, and neither says
 * anything about the app that made it.
 */
export const furnitureSchema = z.object({
  /** Centred in the footer of every page: the privilege legend, the CCF line, or nothing. */
  legend: z.string(),
  /** Red for the privilege legend, the text colour for the rest. */
  legendTone: z.enum(['privilege', 'normal']),
  /** "Generated … by Safe Harbor" at the foot of the firm's own papers; empty on outward ones. */
  generatedLine: z.string(),
  /** From page 2: left and right of the running header. */
  runningHeader: z.object({ left: z.string(), right: z.string() }),
  /** "Page X of Y" in the footer; off when the pages are numbered later (the packet's own stamp). */
  pageNumbers: z.boolean(),
});
export type Furniture = z.infer<typeof furnitureSchema>;

export const pdfDocumentSchema = z.object({
  profile: pdfProfileSchema,
  title: z.string(),
  /** Who the document is for, as the cover says it. */
  audience: z.string(),
  clientName: z.string(),
  /** ISO date-time of generation, and the same as printed. */
  generatedAt: z.string(),
  generatedLabel: z.string(),
  /** The privilege legend on the firm's own papers; empty on court and CCF papers. */
  privilegeLine: z.string(),
  furniture: furnitureSchema,
  /** Court filings open on a caption instead of the summary cover. */
  caption: captionSchema.nullable(),
  cover: z.object({
    /** Above the title, who the paper is for (the firm's own papers only). */
    overline: z.string(),
    /** Other spellings of the client's name, in their own scripts. */
    names: z.array(z.object({ name: z.string(), note: z.string() })),
    facts: z.array(fieldSchema),
    notice: z.string(),
    /** Empty when the document shows no computed dates. */
    disclaimer: z.string(),
    /** A short document (the exhibit index): no contents list, and the first section starts on the cover page. */
    compact: z.boolean(),
  }),
  sections: z.array(sectionSchema),
  /** What was left out and why: shown in the export dialog, never printed. */
  omitted: z.object({
    hiddenSections: z.array(z.string()),
    hiddenFields: z.array(z.string()),
    recordsOutOfScope: z.number().int().nonnegative(),
    evidenceOutOfScope: z.number().int().nonnegative(),
    cardsOutOfScope: z.number().int().nonnegative(),
    deadlinesOutOfScope: z.number().int().nonnegative(),
    clientDetailsOutOfScope: z.boolean(),
    /** Court profile: items marked for the court that have no exhibit number yet. */
    unnumberedExhibits: z.number().int().nonnegative(),
    /** Values held on a record the audience may not see, found in the text of one it may, and left out there. */
    withheldValues: z.number().int().nonnegative(),
  }),
});
export type PdfDocument = z.infer<typeof pdfDocumentSchema>;

/** Sent while a PDF is written: the phase, and how far it got. */
export const pdfProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['preparing', 'typesetting', 'writing', 'done', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type PdfProgress = z.infer<typeof pdfProgressSchema>;

export const pdfExportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('saved'),
    /** The file's name only: the folder stays in main. */
    fileName: z.string(),
    pages: z.number().int().positive(),
    bytes: z.number().int().positive(),
    milliseconds: z.number().nonnegative(),
  }),
]);
export type PdfExportResult = z.infer<typeof pdfExportResultSchema>;
