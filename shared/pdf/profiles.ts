import { z } from 'zod';
import type { SharingScope } from '../dossier/common';

/**
 * Export profiles for PDF case summaries. A profile names the audience the document is for — records reach it only
 * when their sharing scope allows that audience (`scopeAllows`) — and the sections it holds. The attorney can hide
 * any section and any of the sensitive fields on top of that; what remains is exactly what the preview shows.
 */

export const PDF_PROFILES = ['internal', 'co-counsel', 'ccf', 'court', 'visit'] as const;
export const pdfProfileSchema = z.enum(PDF_PROFILES);
export type PdfProfile = z.infer<typeof pdfProfileSchema>;

export const PDF_SECTIONS = [
  'client',
  'fronts',
  'deadlines',
  'checks',
  'interpol',
  'ccf',
  'immigration',
  'custody',
  'extradition',
  'home-case',
  'incidents',
  'evidence',
  'exhibits',
  'checklist',
  'timeline',
  'board',
  'parties',
  'notes',
  'open-questions',
  'forms',
  'bring',
  'visit-notes',
] as const;
export const pdfSectionSchema = z.enum(PDF_SECTIONS);
export type PdfSection = z.infer<typeof pdfSectionSchema>;

/** Sections of the filings (the exhibit packet, the CCF application): never hidden, so never in a profile's list. */
export const FILING_SECTIONS = [
  'contents',
  'proof-of-service',
  'signature',
  'ccf-request',
  'ccf-notice',
  'ccf-grounds',
  'ccf-confidentiality',
  'annexes',
  'separator',
  'text-exhibit',
] as const;
export const documentSectionIdSchema = z.enum([...PDF_SECTIONS, ...FILING_SECTIONS]);
export type DocumentSectionId = z.infer<typeof documentSectionIdSchema>;

export const PDF_SECTION_LABELS: Record<PdfSection, string> = {
  client: 'Client and key facts',
  fronts: 'Status of each front',
  deadlines: 'Deadlines',
  checks: 'Checks and warnings',
  interpol: 'INTERPOL notices and diffusions',
  ccf: 'CCF requests',
  immigration: 'U.S. immigration proceedings',
  custody: 'Custody and detention',
  extradition: 'Extradition',
  'home-case': 'Home-country proceedings',
  incidents: 'Persecution incidents',
  evidence: 'Evidence index',
  exhibits: 'Exhibit index',
  checklist: 'Evidence checklist',
  timeline: 'Timeline',
  board: 'Board by counsel',
  parties: 'Parties and counsel',
  notes: 'Notes',
  'open-questions': 'Open questions and checklist items',
  forms: 'Forms to have signed',
  bring: 'What to bring, what to leave',
  'visit-notes': 'Notes from the visit',
};

/** Fields that can be left out wherever they would appear (the client's page, tables, the timeline). */
export const PDF_FIELDS = [
  'addresses',
  'contacts',
  'family',
  'identity-documents',
  'date-of-birth',
  'a-number',
  'detention-ids',
  'vulnerabilities',
  'assessments',
  'computed-dates',
  'firm-data',
] as const;
export const pdfFieldSchema = z.enum(PDF_FIELDS);
export type PdfField = z.infer<typeof pdfFieldSchema>;

export const PDF_FIELD_LABELS: Record<PdfField, string> = {
  addresses: 'Addresses',
  contacts: 'Contact channels and safe-contact instructions',
  family: 'Family members',
  'identity-documents': 'Passport and ID numbers',
  'date-of-birth': 'Date and place of birth',
  'a-number': 'A-number',
  'detention-ids': 'Detainee ID numbers',
  vulnerabilities: 'Medical and psychological vulnerabilities',
  assessments: 'Counsel’s assessments (thresholds, compliance findings, indicators)',
  'computed-dates': 'Computed deadlines and due dates',
  'firm-data': 'The firm’s own workflow (power of attorney status, board, checklists)',
};

/** One name space for sections and fields, as the CLI's `--hide` and the dialog's checkboxes use it. */
export const pdfHideableSchema = z.union([pdfSectionSchema, pdfFieldSchema]);
export type PdfHideable = PdfSection | PdfField;

export function isPdfSection(value: string): value is PdfSection {
  return (PDF_SECTIONS as readonly string[]).includes(value);
}

export function isPdfField(value: string): value is PdfField {
  return (PDF_FIELDS as readonly string[]).includes(value);
}

export interface PdfProfileInfo {
  label: string;
  /** The document's title on the cover. */
  title: string;
  description: string;
  /** Records whose scope does not reach this audience are left out. */
  audience: SharingScope;
  /** The sections, in order. */
  sections: readonly PdfSection[];
  /** Hidden unless the attorney shows them. */
  defaultHidden: readonly PdfHideable[];
  /** Part of the suggested file name. */
  fileLabel: string;
}

export const PDF_PROFILE_INFO: Record<PdfProfile, PdfProfileInfo> = {
  internal: {
    label: 'Internal — full summary',
    title: 'Case summary',
    description: 'Everything in the dossier, for the file and the attorneys of record.',
    audience: 'client-only',
    sections: [
      'client',
      'fronts',
      'deadlines',
      'checks',
      'interpol',
      'ccf',
      'immigration',
      'custody',
      'extradition',
      'home-case',
      'incidents',
      'evidence',
      'checklist',
      'timeline',
      'board',
      'parties',
      'notes',
    ],
    defaultHidden: [],
    fileLabel: 'internal summary',
  },
  'co-counsel': {
    label: 'Co-counsel',
    title: 'Case summary for co-counsel',
    description: 'Only records shared with the counsel team or wider. Client-only material stays out.',
    audience: 'counsel-team',
    sections: [
      'client',
      'fronts',
      'deadlines',
      'checks',
      'interpol',
      'ccf',
      'immigration',
      'custody',
      'extradition',
      'home-case',
      'incidents',
      'evidence',
      'checklist',
      'timeline',
      'board',
      'parties',
      'notes',
    ],
    defaultHidden: ['contacts', 'addresses'],
    fileLabel: 'co-counsel summary',
  },
  ccf: {
    label: 'CCF annex',
    title: 'Annex to the application to the CCF',
    description:
      'For the Commission for the Control of INTERPOL’s Files. Only records marked for the CCF or public: what the CCF ' +
      'holds can reach the requesting state.',
    audience: 'ccf',
    sections: ['client', 'interpol', 'ccf', 'home-case', 'incidents', 'evidence', 'timeline'],
    // What the CCF holds can reach the requesting state: counsel's own assessments, the app's computed dates and the
    // firm's workflow stay out unless the attorney opts them in.
    defaultHidden: [
      'addresses',
      'contacts',
      'family',
      'a-number',
      'detention-ids',
      'vulnerabilities',
      'assessments',
      'computed-dates',
      'firm-data',
    ],
    fileLabel: 'CCF annex',
  },
  court: {
    label: 'Court exhibit index',
    title: 'Index of exhibits',
    description: 'The exhibits marked for the court, with their numbers and tabs.',
    audience: 'court',
    sections: ['exhibits'],
    defaultHidden: [],
    fileLabel: 'exhibit index',
  },
  visit: {
    label: 'Detention-visit pack',
    title: 'Detention-visit pack',
    description:
      'Key facts, open questions and checklist items, deadlines, form reminders and ruled pages for handwritten notes.',
    audience: 'client-only',
    sections: ['client', 'deadlines', 'open-questions', 'forms', 'bring', 'visit-notes'],
    defaultHidden: ['contacts', 'addresses', 'family'],
    fileLabel: 'visit pack',
  },
};

/** What the attorney asks for: the client, the profile and what to hide. */
export const pdfRequestSchema = z.object({
  clientId: z.uuid(),
  profile: pdfProfileSchema,
  /** What to leave out; absent means the profile's defaults (`defaultHidden`), an empty list means nothing. */
  hide: z
    .array(pdfHideableSchema)
    .max(PDF_SECTIONS.length + PDF_FIELDS.length)
    .optional(),
});
export type PdfRequest = z.output<typeof pdfRequestSchema>;
export type PdfRequestInput = z.input<typeof pdfRequestSchema>;

/** The hidden names of a request in a stable order (sections, then fields), without duplicates. */
export function normalizeHidden(hide: readonly PdfHideable[]): PdfHideable[] {
  const set = new Set(hide);
  return [...PDF_SECTIONS.filter((s) => set.has(s)), ...PDF_FIELDS.filter((f) => set.has(f))];
}

/** What a request hides: its own list, or the profile's defaults when it gives none. */
export function hiddenFor(profile: PdfProfile, hide: readonly PdfHideable[] | undefined): PdfHideable[] {
  return normalizeHidden(hide ?? PDF_PROFILE_INFO[profile].defaultHidden);
}

/**
 * Parses the CLI's comma-separated `--hide` list (`none` hides nothing, not even the profile's defaults); returns
 * the unknown names apart so the CLI can name them.
 */
export function parseHideList(value: string): { hide: PdfHideable[]; unknown: string[] } {
  if (value.trim() === 'none') return { hide: [], unknown: [] };
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const hide: PdfHideable[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    if (isPdfSection(name) || isPdfField(name)) hide.push(name);
    else unknown.push(name);
  }
  return { hide: normalizeHidden(hide), unknown };
}
