import { z } from 'zod';
import { idSchema } from '../dossier/common';
import { MAX_PREVIEW_BYTES } from '../evidence/evidence';
import { pdfExportResultSchema } from '../pdf/model';
import { pdfRequestSchema } from '../pdf/profiles';
import { preflightReportSchema } from './preflight';
import { CCF_GROUNDS, caseFilingSchema, ccfApplicationTypeSchema, filingProfileSchema } from './profile';

/** Which filing: the court's exhibit packet (with or without tab pages) or a CCF application of a type. */
export const filingRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('packet'), clientId: idSchema, tabs: z.boolean().default(true) }),
  z.object({ kind: z.literal('ccf-application'), clientId: idSchema, type: ccfApplicationTypeSchema }),
]);
export type FilingRequest = z.output<typeof filingRequestSchema>;

const jobId = z.string().min(1).max(64).optional();
/** The export: a filing request and, chosen by the renderer, the id its `pdf.progress` events carry. */
export const filingExportSchema = z.discriminatedUnion('kind', [
  filingRequestSchema.options[0].extend({ jobId }),
  filingRequestSchema.options[1].extend({ jobId }),
]);
export type FilingRequestInput = z.input<typeof filingRequestSchema>;

/** A PDF for the in-app preview (pdf.js draws it): the real file's bytes. */
export const pdfBytesSchema = z.object({
  pages: z.number().int().nonnegative(),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_PREVIEW_BYTES, 'Too large to preview.'),
});

const groundsText = z.object(
  Object.fromEntries(CCF_GROUNDS.map((g) => [g, z.string()])) as Record<
    (typeof CCF_GROUNDS)[number],
    z.ZodString
  >,
);

/**
 * The filing channels (spread into `shared/ipc/contract.ts`): the filing profile in Settings, a case's filing
 * details and CCF drafts, the pre-flight, the export (save dialog, then the PDF worker; progress on `pdf.progress`)
 * and the real PDF's bytes for the preview — of a filing, or of a case summary.
 */
export const filingsContract = {
  'filings.profile': { input: z.object({}).strip(), output: filingProfileSchema },
  'filings.saveProfile': { input: filingProfileSchema, output: filingProfileSchema },
  'filings.caseDetails': { input: z.object({ clientId: idSchema }), output: caseFilingSchema },
  'filings.saveCaseDetails': {
    input: z.object({ clientId: idSchema, details: caseFilingSchema }),
    output: caseFilingSchema,
  },
  'filings.ccfDraft': {
    input: z.object({ clientId: idSchema, type: ccfApplicationTypeSchema }),
    output: z.object({
      /** What the records give before any edit: the starting text of each field. */
      drafted: z.object({ purpose: z.string(), grounds: groundsText, confidentiality: z.string() }),
      /** The items the CCF may see that can be annexed, in the default order. */
      annexCandidates: z.array(
        z.object({ id: idSchema, title: z.string(), exhibitNumber: z.string().nullable() }),
      ),
    }),
  },
  'filings.preflight': { input: filingRequestSchema, output: preflightReportSchema },
  'filings.export': {
    input: filingExportSchema,
    output: pdfExportResultSchema,
  },
  'filings.previewFile': { input: filingRequestSchema, output: pdfBytesSchema },
  'pdf.previewFile': { input: pdfRequestSchema, output: pdfBytesSchema },
} as const;
