import type { Services } from '../services';
import type { Handlers } from './handlers';

type PdfChannel =
  | 'pdf.preview'
  | 'pdf.export'
  | 'pdf.previewFile'
  | 'filings.profile'
  | 'filings.saveProfile'
  | 'filings.caseDetails'
  | 'filings.saveCaseDetails'
  | 'filings.ccfDraft'
  | 'filings.preflight'
  | 'filings.export'
  | 'filings.previewFile';

/**
 * The PDF channels onto the PDF and filing services: the summary's document model and its real PDF for the
 * preview, the export through the save dialog, and the filings (profile, case details, drafts, pre-flight,
 * export, preview).
 */
export function pdfHandlers({ pdf, filings }: Pick<Services, 'pdf' | 'filings'>): Pick<Handlers, PdfChannel> {
  return {
    'pdf.preview': (request) => pdf.preview(request),
    'pdf.export': ({ jobId, ...request }) => pdf.exportPdf(request, jobId),
    'pdf.previewFile': (request) => pdf.previewBytes(request),
    'filings.profile': () => filings.profile(),
    'filings.saveProfile': (profile) => filings.saveProfile(profile),
    'filings.caseDetails': ({ clientId }) => filings.caseDetails(clientId),
    'filings.saveCaseDetails': ({ clientId, details }) => filings.saveCaseDetails(clientId, details),
    'filings.ccfDraft': ({ clientId, type }) => filings.ccfDraft(clientId, type),
    'filings.preflight': (request) => filings.preflight(request),
    'filings.export': (request) => filings.exportFiling(request),
    'filings.previewFile': (request) => filings.previewFile(request),
  };
}
