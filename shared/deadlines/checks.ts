import { z } from 'zod';
import { daysBetween, isoDateSchema, type IsoDate } from './calendar';
import type { ComputedDeadline, HearingFact } from './engine';

/**
 * "Checks beside dates": pure findings shown next to the deadlines — a threshold a Red Notice may not meet, an
 * arrest ICE's own directive forbids, a one-year clock about to run out. Each carries its source so the attorney can
 * check it; none is a conclusion of law.
 */

export const checkSeveritySchema = z.enum(['info', 'warning', 'critical']);
export type CheckSeverity = z.infer<typeof checkSeveritySchema>;

export const checkSchema = z.object({
  /** Stable: the kind of check, then ':' and the record it concerns when there is one. */
  id: z.string().min(1),
  severity: checkSeveritySchema,
  title: z.string().min(1),
  explanation: z.string().min(1),
  source: z.string().min(1),
  sourceUrl: z.string().min(1),
  relatedRecordId: z.string().optional(),
});
export type Check = z.infer<typeof checkSchema>;

function withRecord(check: Omit<Check, 'relatedRecordId'>, recordId: string | undefined): Check {
  return recordId === undefined
    ? check
    : { ...check, id: `${check.id}:${recordId}`, relatedRecordId: recordId };
}

// ---------------------------------------------------------------------------------------------------------------
// RPD Art. 83: penalty threshold
// ---------------------------------------------------------------------------------------------------------------

export const ART83_PROSECUTION_MIN_YEARS = 2;
export const ART83_SENTENCE_MIN_MONTHS = 6;

const ART83_SOURCE = 'INTERPOL Rules on the Processing of Data (RPD) Art. 83(1)(a)';
const ART83_URL = 'https://ngm.com.au/?p=18805';
const ART83_EXCEPTION =
  'The General Secretariat may still publish a notice below the threshold if it is of "particular importance to ' +
  'international police cooperation" — check whether that exception was invoked.';

export interface ChargeForArticle83 {
  /** The record the charge comes from, when there is one (used for the check id and relatedRecordId). */
  id?: string;
  description: string;
  /** Maximum penalty under the requesting state's law, in years (prosecution). */
  maxPenaltyYears?: number;
  /** Sentence imposed, in months (sentence). */
  sentenceImposedMonths?: number;
  /** Part of the sentence still to be served, in months (sentence). */
  sentenceRemainingMonths?: number;
}

export type Article83Basis = 'prosecution' | 'sentence';

/**
 * RPD Art. 83(1)(a): a Red Notice for prosecution needs an offence punishable by at least 2 years' deprivation of
 * liberty; for a sentence, at least 6 months imposed or remaining. Below the threshold → warning (a ground for the
 * CCF); penalty not recorded → info asking for it; threshold met → nothing.
 */
export function article83PenaltyCheck(charge: ChargeForArticle83, basis: Article83Basis): Check[] {
  const label = charge.description.trim() || 'this charge';
  const base = { source: ART83_SOURCE, sourceUrl: ART83_URL };

  if (basis === 'prosecution') {
    if (charge.maxPenaltyYears === undefined) {
      return [
        withRecord(
          {
            ...base,
            id: 'art83-penalty-unknown',
            severity: 'info',
            title: `Record the maximum penalty for ${label}`,
            explanation:
              'A Red Notice sought for prosecution requires an offence punishable by at least ' +
              `${ART83_PROSECUTION_MIN_YEARS} years. Record the maximum penalty under the requesting state's law ` +
              '(the Red Notice itself states it) so the app can test the Art. 83 threshold.',
          },
          charge.id,
        ),
      ];
    }
    if (charge.maxPenaltyYears >= ART83_PROSECUTION_MIN_YEARS) return [];
    return [
      withRecord(
        {
          ...base,
          id: 'art83-penalty-threshold',
          severity: 'warning',
          title: `${label} may not meet the Art. 83 penalty threshold — a ground for the CCF`,
          explanation:
            `The recorded maximum penalty (${charge.maxPenaltyYears} years) is below the ${ART83_PROSECUTION_MIN_YEARS} ` +
            'years RPD Art. 83(1)(a) requires for a Red Notice sought for prosecution. Confirm the penalty in the ' +
            `code of the requesting state and raise it in a correction or deletion request. ${ART83_EXCEPTION}`,
        },
        charge.id,
      ),
    ];
  }

  const imposed = charge.sentenceImposedMonths;
  const remaining = charge.sentenceRemainingMonths;
  if ((imposed ?? 0) >= ART83_SENTENCE_MIN_MONTHS || (remaining ?? 0) >= ART83_SENTENCE_MIN_MONTHS) return [];
  // The remaining part cannot exceed the sentence imposed: a short imposed sentence settles the question alone.
  if (imposed === undefined) {
    return [
      withRecord(
        {
          ...base,
          id: 'art83-penalty-unknown',
          severity: 'info',
          title: `Record the sentence imposed for ${label}`,
          explanation:
            'A Red Notice sought to enforce a sentence requires at least ' +
            `${ART83_SENTENCE_MIN_MONTHS} months imposed or still to serve. Record the sentence imposed ` +
            (remaining === undefined ? 'and the part remaining ' : '') +
            'so the app can test the Art. 83 threshold.',
        },
        charge.id,
      ),
    ];
  }
  const detail =
    remaining === undefined
      ? `The sentence imposed (${imposed} months)`
      : `The sentence imposed (${imposed} months) and the part remaining (${remaining} months)`;
  return [
    withRecord(
      {
        ...base,
        id: 'art83-penalty-threshold',
        severity: 'warning',
        title: `${label} may not meet the Art. 83 penalty threshold — a ground for the CCF`,
        explanation:
          `${detail} ${remaining === undefined ? 'is' : 'are'} below the ${ART83_SENTENCE_MIN_MONTHS} months RPD ` +
          'Art. 83(1)(a) requires for a Red Notice sought to enforce a sentence. Confirm it from the judgment and ' +
          `raise it in a correction or deletion request. ${ART83_EXCEPTION}`,
      },
      charge.id,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// ICE Directive 15006.1: the Red Notice as sole basis
// ---------------------------------------------------------------------------------------------------------------

const ICE_SOURCE = 'ICE Directive 15006.1 (29 Sept 2023)';
const ICE_URL =
  'https://www.ice.gov/news/releases/ice-updates-guidance-use-interpol-red-notices-during-law-enforcement-actions';

/** What the file shows of the directive's safeguards: true done, false not done, absent unknown. */
export interface Directive15006Compliance {
  /** A supervisor approved the action. */
  supervisorApproval?: boolean;
  /** The underlying documentation and the NCB's authority to use the data were sought from INTERPOL Washington. */
  ncbDocumentationRequested?: boolean;
  /** The data was verified as current and valid. */
  dataVerified?: boolean;
  /** A preliminary review for abuse or non-compliance with INTERPOL's rules was done. */
  abuseReviewConducted?: boolean;
}

export interface CustodyForRedNoticeCheck {
  id: string;
  /** The Red Notice (or diffusion) was the only basis for the arrest or detention. */
  redNoticeSoleBasis: boolean;
  directive15006?: Directive15006Compliance;
}

const SAFEGUARDS: readonly { key: keyof Directive15006Compliance; demand: string }[] = [
  {
    key: 'ncbDocumentationRequested',
    demand:
      'the underlying documentation (warrant or judgment) obtained from the U.S. NCB (INTERPOL Washington) and ' +
      'the NCB’s authorization to use the data in proceedings',
  },
  { key: 'dataVerified', demand: 'proof that the notice was verified as current and valid' },
  {
    key: 'abuseReviewConducted',
    demand:
      'the preliminary review for abuse or non-compliance with INTERPOL’s rules (Art. 2 and 3, RPD Art. 83)',
  },
  { key: 'supervisorApproval', demand: 'the record of supervisor approval' },
];

/**
 * Critical when a Red Notice or diffusion was the sole basis of arrest: ICE Directive 15006.1 forbids relying
 * exclusively on one, and DOJ does not consider a Red Notice alone a sufficient basis for arrest under the Fourth
 * Amendment. Otherwise, a warning when the file shows a directive safeguard was NOT followed.
 */
export function redNoticeSoleBasisCheck(custody: CustodyForRedNoticeCheck): Check[] {
  const base = { source: ICE_SOURCE, sourceUrl: ICE_URL, relatedRecordId: custody.id };
  const compliance = custody.directive15006 ?? {};
  const notDone = SAFEGUARDS.filter((s) => compliance[s.key] === false);
  const unknown = SAFEGUARDS.filter((s) => compliance[s.key] === undefined);

  if (custody.redNoticeSoleBasis) {
    const list = SAFEGUARDS.map((s, i) => `(${i + 1}) ${s.demand}`).join('; ');
    const status =
      notDone.length > 0
        ? ` The file shows as NOT done: ${notDone.map((s) => s.demand).join('; ')}.`
        : unknown.length > 0
          ? ` Not yet established: ${unknown.map((s) => s.demand).join('; ')}.`
          : '';
    return [
      {
        ...base,
        id: `red-notice-sole-basis:${custody.id}`,
        severity: 'critical',
        title: 'Arrest rested on the Red Notice alone — ICE Directive 15006.1 forbids this',
        explanation:
          'ICE personnel may not rely exclusively on a Red Notice or diffusion for an enforcement action or in ' +
          'immigration proceedings, and DOJ does not consider a Red Notice alone a sufficient basis for arrest ' +
          'under the Fourth Amendment. Demand from DHS/ICE: ' +
          `${list}; and the independent basis for the arrest, if any.${status} Raise it at the bond hearing and ` +
          'in opposing any reliance on the notice before the immigration judge.',
      },
    ];
  }

  if (notDone.length === 0) return [];
  return [
    {
      ...base,
      id: `directive-15006-safeguards:${custody.id}`,
      severity: 'warning',
      title: 'ICE Directive 15006.1 safeguards not followed',
      explanation:
        'Before using a Red Notice or diffusion, ICE must verify it, review it for abuse, get supervisor approval ' +
        'and obtain the underlying documentation from the U.S. NCB. The file shows as NOT done: ' +
        `${notDone.map((s) => s.demand).join('; ')}. Demand the missing items.`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// One-year asylum deadline
// ---------------------------------------------------------------------------------------------------------------

const ONE_YEAR_SOURCE = 'INA 208(a)(2)(B), (D), (E); 8 CFR 1208.4(a)(2), (a)(4)-(5)';
const ONE_YEAR_URL = 'https://www.ecfr.gov/current/title-8/section-1208.4';
const NO_DEADLINE_RELIEF =
  'Withholding of removal and protection under the Convention Against Torture have no filing deadline and remain ' +
  'available.';
export const DEFAULT_ONE_YEAR_WARN_DAYS = 90;

/**
 * The one-year asylum clock, seen from today. Critical when past due and not filed (the exceptions and the relief
 * without a deadline are named); warning when due within `warnDays` and not filed; warning when filed after the
 * deadline (an exception must be shown); info when there is no deadline because the last arrival is not recorded.
 */
/** What the file says about the one-year rule beyond the dates. */
export interface OneYearCircumstances {
  /** An exception to the deadline the attorney relies on (8 CFR 1208.4(a)(4)-(5)). */
  exception?: 'none' | 'changed-circumstances' | 'extraordinary-circumstances';
  /** An unaccompanied alien child: the deadline does not apply (INA 208(a)(2)(E)). */
  unaccompaniedChild?: boolean;
}

const EXCEPTION_WORDS = {
  'changed-circumstances': 'changed circumstances materially affecting eligibility',
  'extraordinary-circumstances': 'extraordinary circumstances relating to the delay',
} as const;

export function oneYearAsylumCheck(
  deadline: ComputedDeadline | undefined,
  asylumFiled: boolean,
  today: IsoDate,
  warnDays: number = DEFAULT_ONE_YEAR_WARN_DAYS,
  circumstances: OneYearCircumstances = {},
): Check[] {
  isoDateSchema.parse(today);
  const base = { source: ONE_YEAR_SOURCE, sourceUrl: ONE_YEAR_URL };
  if (circumstances.unaccompaniedChild) {
    return asylumFiled
      ? []
      : [
          {
            ...base,
            id: 'asylum-one-year-unaccompanied-child',
            severity: 'info',
            title: 'No one-year deadline: unaccompanied child',
            explanation:
              'The one-year filing deadline does not apply to an unaccompanied alien child (INA 208(a)(2)(E)). Keep ' +
              'the evidence of that status (age and the absence of a parent or legal guardian at arrival) with the file.',
          },
        ];
  }
  const exception = circumstances.exception ?? 'none';
  if (deadline === undefined) {
    return asylumFiled
      ? []
      : [
          {
            ...base,
            id: 'asylum-one-year-no-arrival',
            severity: 'info',
            title: 'Record the date of last arrival',
            explanation:
              'The one-year asylum deadline runs from the last arrival in the United States. Record that date so the ' +
              'deadline can be computed.',
          },
        ];
  }
  if (deadline.ruleId !== 'asylum-one-year') {
    throw new RangeError(`oneYearAsylumCheck needs the asylum-one-year deadline, not ${deadline.ruleId}`);
  }
  if (deadline.status === 'late') {
    return [
      {
        ...base,
        id: 'asylum-one-year-filed-late',
        severity: 'warning',
        title: 'Asylum application filed after the one-year deadline',
        explanation:
          `The application was filed after ${deadline.dueDate}. Asylum then requires showing changed circumstances ` +
          'materially affecting eligibility, or extraordinary circumstances relating to the delay, and filing within ' +
          `a reasonable period after them (8 CFR 208.4(a)(4)-(5)). ${NO_DEADLINE_RELIEF}`,
      },
    ];
  }
  if (asylumFiled || deadline.status === 'met') return [];

  const daysLeft = daysBetween(today, deadline.dueDate);
  if (daysLeft < 0 && exception !== 'none') {
    return [
      {
        ...base,
        id: 'asylum-one-year-exception',
        severity: 'warning',
        title: 'One-year deadline passed: an exception is recorded — file within a reasonable period',
        explanation:
          `The deadline was ${deadline.dueDate}. The file relies on ${EXCEPTION_WORDS[exception]} ` +
          '(8 CFR 1208.4(a)(4)-(5)): document them, and file within a reasonable period after them — the longer the ' +
          `wait, the harder that is to show. ${NO_DEADLINE_RELIEF}`,
      },
    ];
  }
  if (daysLeft < 0) {
    return [
      {
        ...base,
        id: 'asylum-one-year-passed',
        severity: 'critical',
        title: 'One-year asylum deadline has passed and no application is recorded',
        explanation:
          `The deadline was ${deadline.dueDate}. Asylum is now available only on an exception: changed ` +
          'circumstances materially affecting eligibility (including country conditions and activities abroad) ' +
          '(8 CFR 208.4(a)(4)), or extraordinary circumstances relating to the delay (8 CFR 208.4(a)(5)), with the ' +
          `application filed within a reasonable period. Document the exception. ${NO_DEADLINE_RELIEF}`,
      },
    ];
  }
  if (daysLeft <= warnDays) {
    return [
      {
        ...base,
        id: 'asylum-one-year-approaching',
        severity: 'warning',
        title: `One-year asylum deadline in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`,
        explanation:
          `No asylum application is recorded and the deadline is ${deadline.dueDate}. File by then: the application ` +
          'is filed when received (no mailbox rule). Once the NTA is filed with the court, file with the immigration ' +
          'court, not USCIS (8 CFR 1208.2(b)).',
      },
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------------
// Detained docket
// ---------------------------------------------------------------------------------------------------------------

/** Info for a detained hearing: the ICPM sets no filing deadline; the immigration judge or court does. */
export function detainedHearingCheck(
  hearing: Pick<HearingFact, 'id' | 'date' | 'kind' | 'detained'>,
): Check[] {
  if (!hearing.detained) return [];
  return [
    {
      id: `detained-hearing:${hearing.id}`,
      severity: 'info',
      title: `Detained docket: filing deadlines for the ${hearing.date} hearing are set by the immigration judge`,
      explanation:
        'For detained cases the practice manual sets no filing deadline before a hearing; the immigration judge or ' +
        'court sets them, often at the master hearing. Enter the dates the judge orders as court-set deadlines ' +
        'linked to this hearing: the app computes none for it.',
      source: 'EOIR Policy Manual, Part II ch. 3.1(b)',
      sourceUrl: 'https://www.justice.gov/eoir/reference-materials/ic/chapter-3/1',
      relatedRecordId: hearing.id,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Custody: DHS's initial decision starts no appeal — the route is the immigration judge
// ---------------------------------------------------------------------------------------------------------------

export interface CustodyForBondCheck {
  id: string;
  arrestDate: IsoDate;
  custodyDeterminationDate?: IsoDate;
  releaseDate?: IsoDate;
  bondHearingDate?: IsoDate;
  bondDecisionDate?: IsoDate;
}

/**
 * Shown instead of a deadline: DHS's initial custody decision cannot be appealed to the BIA (only its later
 * decision on release conditions can, 8 CFR 1236.1(d)(3)(ii)); a detained client's route is a bond redetermination
 * before the immigration judge. Raised while the client is detained and no bond hearing or decision is recorded.
 */
export function bondRedeterminationPrompt(custody: CustodyForBondCheck): Check[] {
  if (custody.releaseDate !== undefined) return [];
  if (custody.bondHearingDate !== undefined || custody.bondDecisionDate !== undefined) return [];
  const decided = custody.custodyDeterminationDate
    ? `DHS decided custody on ${custody.custodyDeterminationDate}`
    : `The client has been held since ${custody.arrestDate}`;
  return [
    {
      id: `bond-redetermination:${custody.id}`,
      severity: 'warning',
      title: 'Ask the immigration judge for a bond redetermination',
      explanation:
        `${decided} and no bond hearing is recorded. DHS’s initial custody decision cannot be appealed to the BIA: ` +
        'ask the immigration judge with jurisdiction over the place of detention for a custody (bond) ' +
        'redetermination — in writing or orally, no NTA needed. The respondent carries the burden on danger and ' +
        'flight risk; address the Red Notice’s weight (ICE Directive 15006.1).',
      source: '8 CFR 1003.19, 1236.1(d)(1)',
      sourceUrl: 'https://www.ecfr.gov/current/title-8/section-1003.19',
      relatedRecordId: custody.id,
    },
  ];
}
