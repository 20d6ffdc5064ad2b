import { z } from 'zod';
import { pdfDocumentSchema, pdfExportResultSchema } from './model';
import { pdfRequestSchema } from './profiles';

/** The PDF channels: the document model for the preview, and the export (save dialog, then the worker). */
export const pdfContract = {
  'pdf.preview': { input: pdfRequestSchema, output: pdfDocumentSchema },
  'pdf.export': {
    input: pdfRequestSchema.extend({
      /** Chosen by the renderer so it can match the `pdf.progress` events to its own export. */
      jobId: z.string().min(1).max(64).optional(),
    }),
    output: pdfExportResultSchema,
  },
} as const;
