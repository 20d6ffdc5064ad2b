import { displayName } from '../dossier/client';
import { HEARING_KIND_LABELS } from '../dossier/timeline';
import { type PdfContext, aNumber, nextHearing, ofKind, openCustody } from './context';
import { formatDate, joinNonEmpty } from './format';
import type { Caption } from './model';

/**
 * The caption of a filing with the immigration court, as the court's practice manual lays out a cover page: the
 * filing attorney at the top left, "DETAINED" at the top right when the respondent is detained, the court, the
 * respondent's name and A-number, the judge and the next hearing, and the document's title. Every value comes from
 * records the court may see: an A-number held on a record not shared with the court stays off (pre-flight says so).
 */
export function courtCaption(ctx: PdfContext, title: string): Caption {
  const immigration = ofKind(ctx.records, 'immigration')[0]?.data;
  const hearing = nextHearing(ctx);
  const attorney = ctx.filing?.attorney;
  const court = hearing?.data.court || immigration?.court || '';
  return {
    filer: attorney
      ? [
          attorney.name ?? '',
          attorney.firm ?? '',
          ...(attorney.address ?? '').split('\n'),
          joinNonEmpty([attorney.phone, attorney.email], ' · '),
          attorney.eoirId ? `EOIR ID: ${attorney.eoirId}` : '',
        ].filter((line) => line.trim() !== '')
      : [],
    detained: hearing?.data.detained === true || openCustody(ctx) !== undefined,
    court: [
      'UNITED STATES DEPARTMENT OF JUSTICE',
      'EXECUTIVE OFFICE FOR IMMIGRATION REVIEW',
      'IMMIGRATION COURT',
      ...(court ? [court.toUpperCase()] : []),
    ],
    respondent: displayName(ctx.client),
    aNumber: aNumber(ctx) ?? '',
    proceeding: 'In removal proceedings',
    judge: hearing?.data.judge || immigration?.judge || '',
    nextHearing: hearing
      ? joinNonEmpty(
          [
            `${formatDate(hearing.data.date)}${hearing.data.time ? ` at ${hearing.data.time}` : ''}`,
            HEARING_KIND_LABELS[hearing.data.kind],
          ],
          ', ',
        )
      : '',
    title,
  };
}
