import { z } from 'zod';
import { idSchema, isoDate, optionalDate, requiredText, sharingScopeSchema, text } from '../dossier/common';
import { evidenceCategorySchema } from './categories';

/**
 * Evidence items (domain.md §3 item 10): a file kept inside the encrypted vault in chunks, with the SHA-256 taken at
 * intake, its provenance, a chain-of-custody log, the pairing of an original with its translation and the
 * translator's certificate, a sharing scope and the exhibit number and tab.
 */

/** Rows of file content in the vault: small enough for one transaction each, large enough to keep rows few. */
export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;
/** The most one IPC call may carry up or down. */
export const MAX_TRANSFER_BYTES = 4 * 1024 * 1024;
/** Files above this are kept, hashed and exported, but not previewed in memory. */
export const MAX_PREVIEW_BYTES = 64 * 1024 * 1024;
export const MAX_EVIDENCE_BYTES = 64 * 1024 ** 3;

export const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'The file needs a name.')
  .max(255, 'Keep the file name under 255 characters.')
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'A file name, not a path.');

export const mediaTypeSchema = z
  .string()
  .trim()
  .max(127)
  .regex(/^$|^[\w.+-]+\/[\w.+-]+$/, 'Not a media type.');

/** What the attorney edits on an evidence item. */
export const evidenceMetadataSchema = z.object({
  title: requiredText('The title', 300),
  description: text(4000),
  category: evidenceCategorySchema.nullable().default(null),
  source: text(300),
  obtainedBy: text(200),
  obtainedOn: optionalDate,
  language: text(80),
  scope: sharingScopeSchema.default('counsel-team'),
  exhibitNumber: text(40),
  exhibitTab: text(40),
  authentication: text(1000),
  servedOn: optionalDate,
  /** The date the document itself bears; left as it is when absent, cleared by null. */
  documentDate: isoDate.nullable().optional(),
  /** This item is a translation of that one (the original). */
  translationOf: idSchema.nullable().default(null),
  /** This item is the translator's certificate for that translation. */
  certificateFor: idSchema.nullable().default(null),
});
export type EvidenceMetadata = z.output<typeof evidenceMetadataSchema>;
export type EvidenceMetadataInput = z.input<typeof evidenceMetadataSchema>;

export type EvidenceRole = 'original' | 'translation' | 'certificate';

export function evidenceRole(item: Pick<EvidenceMetadata, 'translationOf' | 'certificateFor'>): EvidenceRole {
  if (item.certificateFor) return 'certificate';
  if (item.translationOf) return 'translation';
  return 'original';
}

export const verificationSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
});

export const evidenceSummarySchema = z.object({
  id: idSchema,
  clientId: idSchema,
  title: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  category: evidenceCategorySchema.nullable(),
  scope: sharingScopeSchema,
  exhibitNumber: z.string().nullable(),
  exhibitTab: z.string().nullable(),
  translationOf: idSchema.nullable(),
  certificateFor: idSchema.nullable(),
  itemIds: z.array(idSchema),
  lastVerification: verificationSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().positive(),
});
export type EvidenceSummary = z.output<typeof evidenceSummarySchema>;

export const CUSTODY_ACTIONS = ['intake', 'view', 'export', 'change', 'verify', 'link', 'unlink'] as const;
export const custodyActionSchema = z.enum(CUSTODY_ACTIONS);
export type CustodyAction = z.infer<typeof custodyActionSchema>;

export const CUSTODY_ACTION_LABELS: Record<CustodyAction, string> = {
  intake: 'Taken in',
  view: 'Viewed',
  export: 'Copy saved',
  change: 'Details changed',
  verify: 'Hash re-verified',
  link: 'Linked to checklist',
  unlink: 'Unlinked from checklist',
};

export const custodyEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: custodyActionSchema,
  actor: z.string(),
  detail: z.string().nullable(),
});
export type CustodyEvent = z.output<typeof custodyEventSchema>;

const relatedSchema = z.object({ id: idSchema, title: z.string(), fileName: z.string() });

export const evidenceDetailSchema = evidenceSummarySchema.extend({
  description: z.string().nullable(),
  source: z.string().nullable(),
  obtainedBy: z.string().nullable(),
  obtainedOn: isoDate.nullable(),
  language: z.string().nullable(),
  authentication: z.string().nullable(),
  servedOn: isoDate.nullable(),
  documentDate: isoDate.nullable(),
  custody: z.array(custodyEventSchema),
  /** Translations of this item (when it is an original). */
  translations: z.array(relatedSchema),
  /** Certificates for this item (when it is a translation). */
  certificates: z.array(relatedSchema),
  /** The original this one translates, or the translation this one certifies. */
  pairedWith: relatedSchema.nullable(),
  linkedItems: z.array(z.object({ id: idSchema, title: z.string(), category: z.string() })),
});
export type EvidenceDetail = z.output<typeof evidenceDetailSchema>;

export const beginUploadSchema = z.object({
  clientId: idSchema,
  fileName: fileNameSchema,
  mediaType: mediaTypeSchema.default(''),
  /** The size the renderer read from the File; finishing checks that exactly this many bytes arrived. */
  byteSize: z.number().int().nonnegative().max(MAX_EVIDENCE_BYTES),
  /** A checklist item to link the new evidence to. */
  itemId: idSchema.optional(),
  translationOf: idSchema.optional(),
  certificateFor: idSchema.optional(),
});
export type BeginUpload = z.output<typeof beginUploadSchema>;
export type BeginUploadInput = z.input<typeof beginUploadSchema>;

export const bytesSchema = z
  .instanceof(Uint8Array, { error: 'Expected bytes.' })
  .refine(
    (bytes) => bytes.byteLength <= MAX_TRANSFER_BYTES,
    `At most ${MAX_TRANSFER_BYTES} bytes at a time.`,
  );

export const verifyResultSchema = z.object({
  ok: z.boolean(),
  expected: z.string(),
  actual: z.string(),
  byteSize: z.number().int().nonnegative(),
  at: z.string(),
  /** A stored part failed its authentication check: the file cannot be read whole (`actual` is then empty). */
  damaged: z.boolean().optional(),
});
export type VerifyResult = z.output<typeof verifyResultSchema>;

/** Guesses a media type from a file name when the browser or the OS gave none. */
const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  rtf: 'application/rtf',
  txt: 'text/plain',
  eml: 'message/rfc822',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
};

export function mediaTypeFor(fileName: string, given = ''): string {
  if (given && mediaTypeSchema.safeParse(given).success) return given;
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return EXTENSION_TYPES[ext] ?? 'application/octet-stream';
}

/** What the detail pane can show from bytes in memory. Audio and video are not previewed: the CSP gives media no
 * blob: source (default-src 'self'), and "Save a copy…" opens them in the attorney's own player. */
export type PreviewKind = 'pdf' | 'image' | 'text' | 'none';

/** Image types Chromium renders from a blob URL. */
const PREVIEW_IMAGES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/avif'];

export function previewKind(mediaType: string): PreviewKind {
  if (mediaType === 'application/pdf') return 'pdf';
  if (PREVIEW_IMAGES.includes(mediaType)) return 'image';
  if (mediaType === 'text/plain') return 'text';
  return 'none';
}

/** The title a new item gets from its file name: without the extension. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const base = dot > 0 ? fileName.slice(0, dot) : fileName;
  return base.replace(/[_]+/g, ' ').trim().slice(0, 300) || fileName.slice(0, 300);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
