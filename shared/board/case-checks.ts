import type { IsoDate } from '../deadlines/calendar';
import type { DossierRecord, RecordOf } from '../dossier/records';
import type { SequencingFlag } from './board';

/**
 * Sequencing checks read from the dossier's records alone: moves on one front that put another at risk. Each is
 * pure, names its source, and is a prompt for the attorney's judgement, not a conclusion of law.
 */

export const CASE_CHECK_IDS = [
  'serious-crime-bar-no-fallback',
  'ccf-while-asylum-pending',
  'refugee-policy-submission',
  'deletion-notices',
  'travel-while-asylum-pending',
] as const;
export type CaseCheckId = (typeof CASE_CHECK_IDS)[number];

export const CASE_CHECK_LABELS: Record<CaseCheckId, string> = {
  'serious-crime-bar-no-fallback':
    'Serious nonpolitical crime bar raised without a rebuttal plan or CAT deferral',
  'ccf-while-asylum-pending': 'CCF request while asylum is pending, without a confidentiality request',
  'refugee-policy-submission': 'Asylum granted: the grant not yet sent to the CCF under the refugee policy',
  'deletion-notices': 'INTERPOL data deleted: DHS counsel, the court and INTERPOL Washington not all told',
  'travel-while-asylum-pending': 'Travel abroad while the asylum application is pending',
};

export interface CaseCheckInput {
  today: IsoDate;
  records: readonly DossierRecord[];
}

const ecfr = (section: string) => `https://www.ecfr.gov/current/title-8/section-${section}`;
const CCF_URL = 'https://www.interpol.int/en/Who-we-are/Commission-for-the-Control-of-INTERPOL-s-Files-CCF';

function ofKind<K extends DossierRecord['kind']>(records: readonly DossierRecord[], kind: K): RecordOf<K>[] {
  return records.filter((r): r is RecordOf<K> => r.kind === kind);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A grant of asylum recorded on a decision (any body). */
function asylumGranted(records: readonly DossierRecord[]): RecordOf<'decision'> | undefined {
  return ofKind(records, 'decision').find(
    (d) => d.data.outcome === 'granted' && d.data.reliefGranted.includes('asylum'),
  );
}

/** An I-589 is filed and neither a grant of asylum nor a final order of removal is recorded. */
function asylumPending(records: readonly DossierRecord[]): boolean {
  const immigration = ofKind(records, 'immigration')[0]?.data;
  return (
    immigration?.i589FiledDate !== undefined &&
    immigration.finalOrderDate === undefined &&
    asylumGranted(records) === undefined
  );
}

/**
 * Matter of W-E-R-B-: a Red Notice may be reliable evidence that the serious nonpolitical crime bar applies; once DHS
 * meets "serious reasons for believing", the respondent must rebut by a preponderance, and only CAT deferral
 * survives the bar. Raised when the bar is raised and the file has no rebuttal plan, or CAT deferral is not sought
 * as the fallback (critical when both are missing).
 */
export function seriousCrimeBarFlags({ records }: CaseCheckInput): SequencingFlag[] {
  const immigration = ofKind(records, 'immigration')[0];
  if (!immigration || immigration.data.seriousNonpoliticalCrimeBarRaised !== 'yes') return [];
  const noPlan = !immigration.data.seriousNonpoliticalCrimeRebuttal?.trim();
  const noDeferral = !immigration.data.reliefSought.includes('cat-deferral');
  if (!noPlan && !noDeferral) return [];
  const missing = [
    noPlan &&
      'a plan to rebut DHS’s showing by a preponderance (the political character of the charges, the ' +
        'notice’s defects, the CCF’s findings, expert evidence)',
    noDeferral && 'CAT deferral among the relief sought, the one protection the bar does not reach',
  ].filter((m): m is string => typeof m === 'string');
  return [
    {
      id: `serious-crime-bar-no-fallback:${immigration.id}`,
      ruleId: 'serious-crime-bar-no-fallback',
      severity: noPlan && noDeferral ? 'critical' : 'warning',
      title: 'The serious nonpolitical crime bar is raised and the defence has no fallback',
      explanation:
        'DHS relies on the Red Notice for the serious nonpolitical crime bar, which bars asylum, withholding and CAT ' +
        'withholding; under Matter of W-E-R-B-, 27 I&N Dec. 795 (BIA 2020), a notice may meet "serious reasons for ' +
        `believing" and the burden shifts to the respondent. The file lacks ${list(missing)}.`,
      source:
        'Matter of W-E-R-B-, 27 I&N Dec. 795 (BIA 2020); INA 208(b)(2)(A)(iii), 241(b)(3)(B)(iii); 8 CFR 1208.17',
      sourceUrl: ecfr('1208.17'),
      relatedRecordId: immigration.id,
    },
  ];
}

/**
 * The CCF may share parts of a submission with INTERPOL and the requesting NCB — including the fact of an asylum
 * application — and asylum applications are confidential (8 CFR 1208.6). Raised for each CCF request made while
 * asylum is pending without a written request for confidentiality: critical once it is filed, a warning before.
 */
export function ccfWhileAsylumPendingFlags({ records }: CaseCheckInput): SequencingFlag[] {
  if (!asylumPending(records)) return [];
  return ofKind(records, 'ccf')
    .filter((c) => !c.data.confidentialityRequested && c.data.decisionDate === undefined)
    .map((c) => ({
      id: `ccf-while-asylum-pending:${c.id}`,
      ruleId: 'ccf-while-asylum-pending',
      severity: c.data.filedDate === undefined ? 'warning' : 'critical',
      title: 'A CCF request while asylum is pending, with no confidentiality request',
      explanation:
        'Before disclosing what a request contains, the CCF consults the data’s owner — the requesting NCB — and may ' +
        'share parts of the submission with it, including the fact that asylum is sought, which the asylum ' +
        'regulations otherwise keep confidential. Ask the CCF in writing for confidentiality of the asylum ' +
        'material and any contacts at home' +
        (c.data.filedDate === undefined
          ? ' before filing.'
          : ' now, and tell the client what may already reach it.'),
      source: 'Statute of the CCF, Art. 35; 8 CFR 1208.6',
      sourceUrl: ecfr('1208.6'),
      relatedRecordId: c.id,
    }));
}

/**
 * INTERPOL's refugee policy: as a rule no Red Notice or diffusion is processed against a recognised refugee or
 * asylee at the request of the country of feared persecution — once INTERPOL can verify the grant. Raised when
 * asylum is granted, a notice is still active, and no CCF request records the grant as sent for verification.
 */
export function refugeePolicyFlags({ records }: CaseCheckInput): SequencingFlag[] {
  const grant = asylumGranted(records);
  if (!grant) return [];
  const active = ofKind(records, 'interpol').filter(
    (n) => n.data.status === 'active' || n.data.status === 'unknown',
  );
  if (active.length === 0) return [];
  if (ofKind(records, 'ccf').some((c) => c.data.refugeeVerificationSent)) return [];
  return [
    {
      id: `refugee-policy-submission:${grant.id}`,
      ruleId: 'refugee-policy-submission',
      severity: 'warning',
      title: 'Asylum was granted: send the grant to the CCF under INTERPOL’s refugee policy',
      explanation:
        `Asylum was granted on ${grant.data.date} while ${active.length === 1 ? 'a notice is' : `${active.length} notices are`} ` +
        'still recorded as active. Under INTERPOL’s refugee policy a notice or diffusion from the country of feared ' +
        'persecution is, as a rule, not processed once the grant is confirmed — and INTERPOL must be able to verify ' +
        'it. Send proof of the grant to the CCF with a deletion request (asking for confidentiality), and mark it as ' +
        'sent on the CCF request.',
      source:
        'INTERPOL refugee policy (2014–15; General Assembly resolution of 2017 [verify number]); Statute of the CCF',
      sourceUrl: CCF_URL,
      relatedRecordId: grant.id,
    },
  ];
}

/**
 * After the CCF deletes the data, U.S. systems and proceedings may still carry it: tell DHS counsel and the court
 * and ask INTERPOL Washington (the U.S. NCB) to confirm its systems are updated. Raised until all three are recorded.
 */
export function deletionNoticeFlags({ records }: CaseCheckInput): SequencingFlag[] {
  return ofKind(records, 'ccf')
    .filter((c) => c.data.outcome === 'deleted')
    .flatMap((c) => {
      const notices = c.data.deletionNotices;
      const left = [
        !notices.dhsCounsel && 'DHS counsel (OPLA)',
        !notices.court && 'the immigration court',
        !notices.interpolWashington && 'INTERPOL Washington (the U.S. NCB)',
      ].filter((who): who is string => typeof who === 'string');
      if (left.length === 0) return [];
      return [
        {
          id: `deletion-notices:${c.id}`,
          ruleId: 'deletion-notices',
          severity: 'warning' as const,
          title: 'The CCF deleted the data: tell those still relying on it',
          explanation:
            `The CCF’s deletion${c.data.decisionDate ? ` of ${c.data.decisionDate}` : ''} does not by itself reach U.S. ` +
            `files. Still to tell: ${list(left)}. File the decision with the court and DHS counsel, and ask ` +
            'INTERPOL Washington to confirm that U.S. databases no longer carry the notice (ICE Directive 15006.1 ' +
            'requires ICE to verify that the data is current). Practice point — verify the process.',
          source: 'ICE Directive 15006.1 (29 Sept 2023); practice point [verify]',
          sourceUrl:
            'https://www.ice.gov/news/releases/ice-updates-guidance-use-interpol-red-notices-during-law-enforcement-actions',
          relatedRecordId: c.id,
        },
      ];
    });
}

/**
 * 8 CFR 1208.8: leaving the United States without advance parole while an asylum application is pending presumes
 * it abandoned; returning to the country of claimed persecution, even with advance parole, presumes the same unless
 * compelling reasons are shown. Raised for each trip (planned or made) that starts on or after the I-589 filing while
 * asylum is pending and either lacks advance parole or goes to the feared country.
 */
export function travelWhileAsylumPendingFlags({ records }: CaseCheckInput): SequencingFlag[] {
  if (!asylumPending(records)) return [];
  const immigration = ofKind(records, 'immigration')[0];
  if (!immigration) return [];
  const filed = immigration.data.i589FiledDate ?? '';
  return immigration.data.trips.flatMap((trip, index) => {
    if (trip.departureDate < filed) return [];
    const noParole = trip.advanceParole !== 'yes';
    if (!noParole && !trip.toCountryOfFeared) return [];
    const where = trip.destination ? ` to ${trip.destination}` : '';
    return [
      {
        id: `travel-while-asylum-pending:${immigration.id}:${index}`,
        ruleId: 'travel-while-asylum-pending',
        severity: 'critical' as const,
        title: `Travel${where} on ${trip.departureDate} while asylum is pending`,
        explanation:
          (noParole
            ? 'Leaving without advance parole while the asylum application is pending presumes it abandoned ' +
              '(8 CFR 1208.8(a)). '
            : '') +
          (trip.toCountryOfFeared
            ? 'Returning to the country of claimed persecution presumes the application abandoned unless compelling ' +
              'reasons are shown (8 CFR 1208.8(b)), and undercuts the fear the claim rests on. '
            : '') +
          'In removal proceedings a departure can also execute an order or end the case. Advise the client before ' +
          'any travel.',
        source: '8 CFR 1208.8',
        sourceUrl: ecfr('1208.8'),
        relatedRecordId: immigration.id,
      },
    ];
  });
}

/** Every check of this module for one dossier. */
export function caseChecks(input: CaseCheckInput): SequencingFlag[] {
  return [
    ...seriousCrimeBarFlags(input),
    ...ccfWhileAsylumPendingFlags(input),
    ...refugeePolicyFlags(input),
    ...deletionNoticeFlags(input),
    ...travelWhileAsylumPendingFlags(input),
  ];
}
