import type { Services } from '../services';
import type { Handlers } from './handlers';

type PdfChannel = 'pdf.preview' | 'pdf.export';

/** The PDF channels onto the PDF service: the preview's document model, and the export through the save dialog. */
export function pdfHandlers({ pdf }: Pick<Services, 'pdf'>): Pick<Handlers, PdfChannel> {
  return {
    'pdf.preview': (request) => pdf.preview(request),
    'pdf.export': ({ jobId, ...request }) => pdf.exportPdf(request, jobId),
  };
}
