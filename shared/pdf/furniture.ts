import { type Furniture, PRIVILEGE_LINE } from './model';
import type { PdfProfile } from './profiles';

/** The line a document for the CCF carries on every page instead of the firm's privilege legend. */
export const CCF_LEGEND = 'Submitted to the Commission for the Control of INTERPOL’s Files';

/** Who a document is written for: the firm's own papers, or papers that leave it (a court, the CCF). */
export type Addressee = 'firm' | 'court' | 'ccf';

export function addresseeOf(profile: PdfProfile): Addressee {
  return profile === 'court' ? 'court' : profile === 'ccf' ? 'ccf' : 'firm';
}

/**
 * The page furniture by addressee. The privilege legend marks the firm's own papers (internal, co-counsel, the visit
 * pack); printed on a court filing or a CCF submission it would be false, and the app's own name belongs on neither.
 */
export function furnitureFor(
  addressee: Addressee,
  {
    title,
    clientName,
    audience,
    generatedLabel,
    aNumber,
  }: {
    title: string;
    clientName: string;
    audience: string;
    generatedLabel: string;
    aNumber: string;
  },
): Furniture {
  switch (addressee) {
    case 'firm':
      return {
        legend: PRIVILEGE_LINE,
        legendTone: 'privilege',
        generatedLine: `Generated ${generatedLabel} by Safe Harbor`,
        runningHeader: { left: `${title}  ·  ${clientName}`, right: audience },
        pageNumbers: true,
      };
    case 'court':
      return {
        legend: '',
        legendTone: 'normal',
        generatedLine: '',
        runningHeader: { left: aNumber ? `${clientName}  ·  ${aNumber}` : clientName, right: title },
        pageNumbers: true,
      };
    case 'ccf':
      return {
        legend: CCF_LEGEND,
        legendTone: 'normal',
        generatedLine: '',
        runningHeader: { left: clientName, right: title },
        pageNumbers: true,
      };
  }
}
