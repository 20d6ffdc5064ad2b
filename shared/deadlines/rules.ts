import { z } from 'zod';

/**
 * The deadline rules: what each deadline is, its legal source, how it is counted and which numbers it uses.
 *
 * Numbers an attorney may need to change (items not confirmed from a primary source, practice-manual numbers that
 * change between editions, treaty-dependent periods) are RuleParameters, editable in Settings. Numbers fixed by
 * statute or regulation are STATUTORY_PERIODS; a case-specific departure from them is made with a per-deadline
 * override (with a reason), not by changing the rule.
 */

export const FRONTS = ['immigration', 'custody', 'interpol', 'extradition', 'advocacy'] as const;
export const frontSchema = z.enum(FRONTS);
export type Front = z.infer<typeof frontSchema>;

export const RULE_IDS = [
  'asylum-one-year',
  'bia-appeal-ij-decision',
  'bond-appeal-bia',
  'motion-to-reopen',
  'motion-to-reconsider',
  'petition-for-review',
  'removal-period',
  'ccf-decision-access',
  'ccf-decision-correction-deletion',
  'ccf-revision',
  'extradition-3188-release',
  'extradition-formal-request',
  'eoir-filing-before-hearing',
  'eoir-response',
  'wgad-government-reply',
  'dhs-custody-appeal',
] as const;
export const ruleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof ruleIdSchema>;

export const periodUnitSchema = z.enum(['days', 'months', 'years']);
export type PeriodUnit = z.infer<typeof periodUnitSchema>;

/** Counted after the trigger (appeals, motions) or before it (filings before a hearing). */
export const periodDirectionSchema = z.enum(['after', 'before']);
export type PeriodDirection = z.infer<typeof periodDirectionSchema>;

/**
 * What happens when the computed last day is a Saturday, Sunday or federal holiday:
 * - 'forward': to the next business day (8 CFR 1001.1(h), 1003.38(b), 208.4(a)(2)(ii); FRAP 26(a));
 * - 'backward': to the previous business day (the conservative reading for deadlines counted before a hearing);
 * - 'none': the date stands (deadlines on a foreign or international body, or a period that is not a filing).
 */
export const rollRuleSchema = z.enum(['forward', 'backward', 'none']);
export type RollRule = z.infer<typeof rollRuleSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------------

const days = (max: number) => z.number().int().min(1).max(max);
const months = (max: number) => z.number().int().min(1).max(max);

/** Every number an attorney may change in Settings, with sane bounds. */
export const ruleParametersSchema = z.object({
  /** Non-detained individual calendar hearing: filings due this many days before (ICPM 3.1(b); 15, later 30?). */
  eoirNonDetainedFilingDaysBeforeHearing: days(90),
  /** Non-detained master calendar hearing: filings due this many days before if a ruling is wanted (ICPM 3.1(b)). */
  eoirMasterFilingDaysBeforeHearing: days(90),
  /** Non-detained: response due this many days after the other party's filing was received (ICPM 3.1(b)). */
  eoirResponseDays: days(60),
  /** Default treaty window for the formal extradition request after a provisional arrest. */
  treatyFormalRequestDays: days(365),
  /** 18 U.S.C. 3188: calendar months after commitment before release may be sought. */
  extraditionReleaseMonthsAfterCommitment: months(24),
  /** Older rule, 8 CFR 236.1(d)(3): days to appeal a DHS custody determination. */
  dhsCustodyAppealDays: days(60),
  /** CCF Statute Art. 40: months from admissibility for an access decision. */
  ccfAccessMonths: months(24),
  /** CCF Statute Art. 40: months from admissibility for a correction or deletion decision. */
  ccfCorrectionDeletionMonths: months(36),
  /** CCF Statute Art. 42: months from discovery of a new fact to apply for revision. */
  ccfRevisionMonths: months(24),
  /** UN WGAD: days the Government has to reply to a communication. */
  wgadReplyDays: days(365),
});
export type RuleParameters = z.infer<typeof ruleParametersSchema>;
export type RuleParameterKey = keyof RuleParameters;

/** A partial update from Settings; merge with `resolveRuleParameters`. */
export const ruleParametersPatchSchema = ruleParametersSchema.partial();
export type RuleParametersPatch = z.infer<typeof ruleParametersPatchSchema>;

export const DEFAULT_RULE_PARAMETERS: Readonly<RuleParameters> = Object.freeze({
  eoirNonDetainedFilingDaysBeforeHearing: 15,
  eoirMasterFilingDaysBeforeHearing: 15,
  eoirResponseDays: 10,
  treatyFormalRequestDays: 60,
  extraditionReleaseMonthsAfterCommitment: 2,
  dhsCustodyAppealDays: 10,
  ccfAccessMonths: 4,
  ccfCorrectionDeletionMonths: 9,
  ccfRevisionMonths: 6,
  wgadReplyDays: 60,
});

/** Defaults overlaid with stored settings (which may predate a parameter), validated. */
export function resolveRuleParameters(patch: RuleParametersPatch = {}): RuleParameters {
  return ruleParametersSchema.parse({
    ...DEFAULT_RULE_PARAMETERS,
    ...ruleParametersPatchSchema.parse(patch),
  });
}

/** Periods fixed by statute or regulation: not Settings; depart from them per deadline with an override. */
export const STATUTORY_PERIODS = Object.freeze({
  asylumOneYearYears: 1,
  biaAppealDays: 30,
  bondAppealDays: 30,
  motionToReopenDays: 90,
  motionToReconsiderDays: 30,
  petitionForReviewDays: 30,
  removalPeriodDays: 90,
});
export type StatutoryPeriodKey = keyof typeof STATUTORY_PERIODS;

export type ParameterKey = RuleParameterKey | StatutoryPeriodKey;

export interface ParameterInfo {
  label: string;
  unit: PeriodUnit;
  /** True when changeable in Settings; false for statutory periods. */
  editable: boolean;
  /** True when the number was not confirmed from a primary source ([verify] in the domain brief). */
  verify: boolean;
  note: string;
}

export const PARAMETER_INFO: Readonly<Record<ParameterKey, ParameterInfo>> = Object.freeze({
  eoirNonDetainedFilingDaysBeforeHearing: {
    label: 'Filings before an individual hearing (non-detained)',
    unit: 'days',
    editable: true,
    verify: true,
    note:
      'ICPM ch. 3.1(b) (2008–2013 editions): 15 days. Later editions reportedly use 30 days for non-detained ' +
      'individual hearings (the EOIR Policy Manual deadline table lists 30) — verify against the current manual.',
  },
  eoirMasterFilingDaysBeforeHearing: {
    label: 'Filings before a master hearing, if a ruling is wanted (non-detained)',
    unit: 'days',
    editable: true,
    verify: false,
    note: 'ICPM ch. 3.1(b): 15 days before a master calendar hearing if a ruling at or before it is wanted.',
  },
  eoirResponseDays: {
    label: 'Response to a filing (non-detained)',
    unit: 'days',
    editable: true,
    verify: false,
    note: 'ICPM ch. 3.1(b): 10 days after the original filing was received by the immigration court.',
  },
  treatyFormalRequestDays: {
    label: 'Treaty window for the formal extradition request (default)',
    unit: 'days',
    editable: true,
    verify: true,
    note: 'Set by each treaty (commonly 60 days). A treaty-specific window on the extradition record wins.',
  },
  extraditionReleaseMonthsAfterCommitment: {
    label: 'Extradition: months after commitment before release may be sought',
    unit: 'months',
    editable: true,
    verify: true,
    note: '18 U.S.C. 3188: two calendar months after commitment. Statute text not confirmed — verify.',
  },
  dhsCustodyAppealDays: {
    label: 'Appeal of a DHS custody determination (older rule)',
    unit: 'days',
    editable: true,
    verify: true,
    note: '8 CFR 236.1(d)(3), as reported by Norton Tooby: 10 days — verify.',
  },
  ccfAccessMonths: {
    label: 'CCF decision on an access request',
    unit: 'months',
    editable: true,
    verify: false,
    note: 'CCF Statute Art. 40: 4 months from admissibility, "generally"; the CCF may extend it.',
  },
  ccfCorrectionDeletionMonths: {
    label: 'CCF decision on a correction or deletion request',
    unit: 'months',
    editable: true,
    verify: false,
    note: 'CCF Statute Art. 40: 9 months from admissibility, "generally"; the CCF may extend it.',
  },
  ccfRevisionMonths: {
    label: 'CCF revision application after discovering a new fact',
    unit: 'months',
    editable: true,
    verify: false,
    note: 'CCF Statute Art. 42; Operating Rules r. 30(7): 6 months from discovery of the new fact.',
  },
  wgadReplyDays: {
    label: 'UN WGAD: Government reply to a communication',
    unit: 'days',
    editable: true,
    verify: false,
    note: 'WGAD Methods of Work: the Government is invited to reply within 60 days; an extension may be granted.',
  },
  asylumOneYearYears: {
    label: 'Asylum one-year filing deadline',
    unit: 'years',
    editable: false,
    verify: false,
    note: 'INA 208(a)(2)(B).',
  },
  biaAppealDays: {
    label: 'Appeal of an immigration judge decision to the BIA',
    unit: 'days',
    editable: false,
    verify: false,
    note: '8 CFR 1003.38(b).',
  },
  bondAppealDays: {
    label: 'Appeal of an immigration judge bond decision to the BIA',
    unit: 'days',
    editable: false,
    verify: false,
    note: '8 CFR 1003.19(f), 1003.38(b).',
  },
  motionToReopenDays: {
    label: 'Motion to reopen',
    unit: 'days',
    editable: false,
    verify: false,
    note: 'INA 240(c)(7)(C)(i).',
  },
  motionToReconsiderDays: {
    label: 'Motion to reconsider',
    unit: 'days',
    editable: false,
    verify: false,
    note: 'INA 240(c)(6)(B).',
  },
  petitionForReviewDays: {
    label: 'Petition for review in the court of appeals',
    unit: 'days',
    editable: false,
    verify: false,
    note: 'INA 242(b)(1).',
  },
  removalPeriodDays: {
    label: 'Removal period',
    unit: 'days',
    editable: false,
    verify: false,
    note: 'INA 241(a)(1)(A).',
  },
});

/** The value of any parameter, editable or statutory. */
export function parameterValue(key: ParameterKey, params: RuleParameters): number {
  return key in STATUTORY_PERIODS
    ? STATUTORY_PERIODS[key as StatutoryPeriodKey]
    : params[key as RuleParameterKey];
}

// ---------------------------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------------------------

export interface DeadlineRule {
  id: RuleId;
  front: Front;
  title: string;
  /** What the deadline is, how it is counted and how a weekend or holiday moves it, for an attorney. */
  description: string;
  source: string;
  sourceUrl: string;
  /** True where the domain brief marks the rule [verify]. */
  verify: boolean;
  direction: PeriodDirection;
  unit: PeriodUnit;
  roll: RollRule;
  /** The parameters the rule uses (the first is the one used unless the engine explains otherwise). */
  parameters: readonly ParameterKey[];
}

const ROLL_FORWARD_TEXT =
  'If the last day falls on a Saturday, Sunday or federal legal holiday (observed day), the deadline moves to the ' +
  'next business day.';

const MONTHS_TEXT =
  'Counted in calendar months; a start date that does not exist in the end month clamps to its last day ' +
  '(January 31 + 1 month = February 28, or 29 in a leap year).';

const HOLIDAY_LIMITS_TEXT =
  'Holidays counted: the federal holidays of 5 U.S.C. 6103 on their observed days. Not counted: Inauguration Day ' +
  '(a holiday only in the Washington, D.C. area, where the BIA sits), state holidays and unscheduled closures.';

const RULE_LIST: readonly DeadlineRule[] = [
  {
    id: 'asylum-one-year',
    front: 'immigration',
    title: 'Asylum application: one-year filing deadline',
    description:
      'An asylum application (Form I-589) must be filed within one year of the applicant’s last arrival in the ' +
      'United States (or April 1, 1997, if later); timely filing must be shown by clear and convincing evidence. ' +
      'Counting: the anniversary of the last arrival is the last day. For an arrival on February 29 the app uses ' +
      'February 28 of the next year — the earlier, safer of the two possible readings (the other is March 1). ' +
      `${ROLL_FORWARD_TEXT} (8 CFR 208.4(a)(2)(ii), 1208.4(a)(2)(ii)). ` +
      '"Filed" means received by USCIS or the immigration court; there is no mailbox rule. ' +
      'The deadline does NOT apply to withholding of removal (INA 241(b)(3)) or to protection under the Convention ' +
      'Against Torture, which have no filing deadline. A late application may still be accepted on changed ' +
      'circumstances materially affecting eligibility or extraordinary circumstances relating to the delay, if ' +
      'filed within a reasonable period after them (INA 208(a)(2)(D); 8 CFR 208.4(a)(4)-(5)). ' +
      HOLIDAY_LIMITS_TEXT,
    source: 'INA 208(a)(2)(B); 8 CFR 208.4(a)(2), 1208.4(a)(2)',
    sourceUrl: 'https://www.law.cornell.edu/cfr/text/8/1208.4',
    verify: false,
    direction: 'after',
    unit: 'years',
    roll: 'forward',
    parameters: ['asylumOneYearYears'],
  },
  {
    id: 'bia-appeal-ij-decision',
    front: 'immigration',
    title: 'Appeal of the immigration judge’s decision to the BIA',
    description:
      'The notice of appeal (Form EOIR-26) must be RECEIVED by the Board of Immigration Appeals within 30 calendar ' +
      'days after the immigration judge states an oral decision, or after the mailing (or electronic service) of a ' +
      'written decision. Record the date the decision was stated, or the mailing date shown on the written ' +
      'decision — not the day it arrived. Counting: that date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (8 CFR 1003.38(b), 1001.1(h)). No mailbox rule. ${HOLIDAY_LIMITS_TEXT}`,
    source: '8 CFR 1003.38(b)',
    sourceUrl: 'https://ilcamerica.com/appeals/',
    verify: false,
    direction: 'after',
    unit: 'days',
    roll: 'forward',
    parameters: ['biaAppealDays'],
  },
  {
    id: 'bond-appeal-bia',
    front: 'custody',
    title: 'Appeal of the bond decision to the BIA',
    description:
      'An appeal of the immigration judge’s custody (bond) redetermination must be received by the BIA within 30 ' +
      'days of the decision (8 CFR 1003.19(f), 1003.38(b)). It is separate from any appeal on the merits. ' +
      `Counting: the decision date is day 0. ${ROLL_FORWARD_TEXT} No mailbox rule. A new bond hearing instead ` +
      'needs a written request showing materially changed circumstances (8 CFR 1003.19(e)). ' +
      HOLIDAY_LIMITS_TEXT,
    source: '8 CFR 1003.19(f), 1003.38',
    sourceUrl: 'https://nortontooby.com/node/15844',
    verify: false,
    direction: 'after',
    unit: 'days',
    roll: 'forward',
    parameters: ['bondAppealDays'],
  },
  {
    id: 'motion-to-reopen',
    front: 'immigration',
    title: 'Motion to reopen',
    description:
      'One motion to reopen, filed within 90 days of the date of entry of the final administrative order of ' +
      'removal (INA 240(c)(7); 8 CFR 1003.2(c), 1003.23(b)). Counting: the final order date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (8 CFR 1001.1(h)). Exceptions: no time limit for a motion based on changed country ` +
      'conditions material to asylum, withholding or CAT that could not have been presented earlier; special ' +
      'rules for in absentia orders. Filing does not stay removal (except for in absentia orders) — ask for a ' +
      'stay. If the order became final on a later date than the one recorded (for example on a BIA decision), ' +
      `record that date or override this deadline. ${HOLIDAY_LIMITS_TEXT}`,
    source: 'INA 240(c)(7); 8 CFR 1003.2(c), 1003.23(b)',
    sourceUrl:
      'https://www.scribd.com/document/650415213/the-basics-of-motions-to-reopen-eoir-issued-removal-orders-practice-advisory-0',
    verify: false,
    direction: 'after',
    unit: 'days',
    roll: 'forward',
    parameters: ['motionToReopenDays'],
  },
  {
    id: 'motion-to-reconsider',
    front: 'immigration',
    title: 'Motion to reconsider',
    description:
      'One motion to reconsider, filed within 30 days of the date of entry of the final administrative order of ' +
      'removal (INA 240(c)(6); 8 CFR 1003.2(b), 1003.23(b)). Counting: the final order date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (8 CFR 1001.1(h)). Filing does not stay removal and does not stop the 30-day ` +
      `petition-for-review clock. ${HOLIDAY_LIMITS_TEXT}`,
    source: 'INA 240(c)(6)',
    sourceUrl:
      'http://immigrationsolutions.com/resources/defense-from-removal/administrative-and-judicial-relief/',
    verify: false,
    direction: 'after',
    unit: 'days',
    roll: 'forward',
    parameters: ['motionToReconsiderDays'],
  },
  {
    id: 'petition-for-review',
    front: 'immigration',
    title: 'Petition for review in the court of appeals',
    description:
      'The petition for review must be filed (received) in the court of appeals within 30 days of the BIA’s final ' +
      'order (INA 242(b)(1)). It cannot be extended, and a motion to reopen or reconsider at the BIA does not ' +
      'stop it running. There is no automatic stay of removal: move for a stay. Counting: the BIA decision date ' +
      `is day 0. ${ROLL_FORWARD_TEXT} (FRAP 26(a)). FRAP also counts holidays of the state where the circuit ` +
      `clerk’s office sits, which the app does not know — check them. ${HOLIDAY_LIMITS_TEXT}`,
    source: 'INA 242(b)(1); FRAP 26(a)',
    sourceUrl: 'https://www.hoppocklawfirm.com/bia-appeal-denial-circuit-court/',
    verify: false,
    direction: 'after',
    unit: 'days',
    roll: 'forward',
    parameters: ['petitionForReviewDays'],
  },
  {
    id: 'removal-period',
    front: 'custody',
    title: 'End of the 90-day removal period',
    description:
      'After a removal order becomes final, DHS has a 90-day removal period during which detention is mandatory ' +
      '(INA 241(a)(1)(A), (a)(2)). The period begins on the LATEST of: the date the order becomes administratively ' +
      'final; if a court stays removal pending review, the date of the court’s final order; if the person is ' +
      'held for non-immigration reasons, the date of release (INA 241(a)(1)(B)). The app counts 90 days from the ' +
      'final order date recorded — override the date when a later start applies. It is not a filing deadline and ' +
      'is not moved for weekends or holidays. Afterwards detention rests on INA 241(a)(6), with post-order ' +
      'custody review and the limits of Zadvydas v. Davis, 533 U.S. 678 (2001).',
    source: 'INA 241(a)(1)',
    sourceUrl: 'https://www.hoppocklawfirm.com/bia-appeal-denial-circuit-court/',
    verify: false,
    direction: 'after',
    unit: 'days',
    roll: 'none',
    parameters: ['removalPeriodDays'],
  },
  {
    id: 'ccf-decision-access',
    front: 'interpol',
    title: 'CCF decision due on an access request',
    description:
      'The CCF Requests Chamber decides an access request within 4 months of the date the request was found ' +
      'admissible (CCF Statute Art. 40). The period applies "generally" and the CCF may extend it; it is the ' +
      `CCF’s deadline, not the applicant’s. ${MONTHS_TEXT} Not moved for weekends or U.S. holidays. Shown as ` +
      'met when the decision date is on or before the due date, late when after — a point to raise with the CCF.',
    source: 'CCF Statute Art. 40',
    sourceUrl: 'https://legal-status.eu/en/services/interpol/processing-conditions/',
    verify: false,
    direction: 'after',
    unit: 'months',
    roll: 'none',
    parameters: ['ccfAccessMonths'],
  },
  {
    id: 'ccf-decision-correction-deletion',
    front: 'interpol',
    title: 'CCF decision due on a correction or deletion request',
    description:
      'The CCF Requests Chamber decides a request for correction or deletion within 9 months of the date the ' +
      'request was found admissible (CCF Statute Art. 40). The period applies "generally" and the CCF may extend ' +
      `it; it is the CCF’s deadline, not the applicant’s. ${MONTHS_TEXT} Not moved for weekends or U.S. holidays. ` +
      'Shown as met when the decision date is on or before the due date, late when after.',
    source: 'CCF Statute Art. 40',
    sourceUrl: 'https://legal-status.eu/en/services/interpol/processing-conditions/',
    verify: false,
    direction: 'after',
    unit: 'months',
    roll: 'none',
    parameters: ['ccfCorrectionDeletionMonths'],
  },
  {
    id: 'ccf-revision',
    front: 'interpol',
    title: 'CCF application for revision (new fact)',
    description:
      'CCF decisions are final and binding; the only route back is an application for revision, filed within 6 ' +
      'months of the discovery of a new fact that could have led to a different decision (CCF Statute Art. 42; ' +
      'Operating Rules r. 30(7)). The Operating Rules were updated in March 2026: check the current rule and its ' +
      `numbering. The application opens with a two-page summary of the new fact. ${MONTHS_TEXT} Not moved for ` +
      'weekends or holidays: file by the date shown (the CCF Portal is available every day).',
    source: 'CCF Statute Art. 42; Operating Rules r. 30(7)',
    sourceUrl: 'https://otherside.law/applications-for-revision/',
    verify: false,
    direction: 'after',
    unit: 'months',
    roll: 'none',
    parameters: ['ccfRevisionMonths'],
  },
  {
    id: 'extradition-3188-release',
    front: 'extradition',
    title: 'Extradition: release may be sought if not surrendered (18 U.S.C. 3188)',
    description:
      'If a person committed for extradition is not surrendered and taken out of the United States within two ' +
      'calendar months after commitment, a judge may order release on application, on proof that reasonable ' +
      'notice was given to the Secretary of State, unless sufficient cause is shown against it (18 U.S.C. 3188). ' +
      'The date shown is when that period ends — the earliest day a release application lies, not a filing ' +
      `deadline. ${MONTHS_TEXT} Not moved for weekends or holidays. Courts may exclude delay caused by the ` +
      'person’s own challenges (such as habeas) — check circuit law. Statute text not confirmed from a primary ' +
      'source: verify. Shown as met when surrender took place on or before the date.',
    source: '18 U.S.C. 3188',
    sourceUrl: 'https://www.law.cornell.edu/uscode/text/18/3188',
    verify: true,
    direction: 'after',
    unit: 'months',
    roll: 'none',
    parameters: ['extraditionReleaseMonthsAfterCommitment'],
  },
  {
    id: 'extradition-formal-request',
    front: 'extradition',
    title: 'Extradition: formal request due after provisional arrest',
    description:
      'After a provisional arrest, the requesting state must present the formal extradition request and its ' +
      'supporting documents within the period set by the applicable treaty — commonly 60 days, but it varies: ' +
      'record the treaty’s own window on the extradition record, or the default in Settings applies. If the ' +
      'request is late, the person may seek release (re-arrest on a later request is generally possible). ' +
      'Counted in calendar days from the provisional arrest (day 0). Not moved for weekends or holidays; whether ' +
      'the treaty extends a period ending on one is treaty-specific. Verify the window in the treaty text. Shown ' +
      'as met when the request was received on or before the due date, late when after.',
    source: 'Applicable extradition treaty; 18 U.S.C. 3184',
    sourceUrl: 'https://www.everycrsreport.com/reports/98-958A.html',
    verify: true,
    direction: 'after',
    unit: 'days',
    roll: 'none',
    parameters: ['treatyFormalRequestDays'],
  },
  {
    id: 'eoir-filing-before-hearing',
    front: 'immigration',
    title: 'Immigration court filings due before the hearing',
    description:
      'Non-detained cases only. Filings must be RECEIVED by the immigration court a set number of days before the ' +
      'hearing: before an individual calendar hearing, and before a master calendar hearing if a ruling at or ' +
      'before that hearing is wanted (ICPM ch. 3.1(b)). Days are set in Settings: 15 for both by default; later ' +
      'editions of the practice manual reportedly use 30 days for non-detained individual hearings — verify. ' +
      'Counting back: the hearing day is day 0, the day before is day 1. If the count lands on a Saturday, ' +
      'Sunday or federal holiday, the app moves the deadline BACK to the previous business day. This is the ' +
      'conservative reading; the practice manual’s own counting rule (ch. 3.1(c)) may move it to the next ' +
      'business day instead — check the current ICPM and any order of the judge. Detained cases: deadlines are ' +
      'set by the immigration judge and nothing is computed. No mailbox rule. ' +
      HOLIDAY_LIMITS_TEXT,
    source: 'ICPM ch. 3.1(b) (2008–2013 ed.)',
    sourceUrl: 'https://www.justice.gov/eoir/reference-materials/ic/chapter-3/1',
    verify: true,
    direction: 'before',
    unit: 'days',
    roll: 'backward',
    parameters: ['eoirNonDetainedFilingDaysBeforeHearing', 'eoirMasterFilingDaysBeforeHearing'],
  },
  {
    id: 'eoir-response',
    front: 'immigration',
    title: 'Response to a filing in immigration court',
    description:
      'Non-detained cases: a response to a filing made in advance of a hearing is due within 10 days after the ' +
      'original filing was received by the immigration court (ICPM ch. 3.1(b)); the number is set in Settings. ' +
      'Record the court’s receipt date of the other party’s filing (day 0). ' +
      `${ROLL_FORWARD_TEXT} For a filing made less than 15 days before a master hearing, the response may be ` +
      'presented at the hearing. Detained cases: set by the court; nothing is computed. Failure to respond may ' +
      `leave a motion deemed unopposed. No mailbox rule. ${HOLIDAY_LIMITS_TEXT}`,
    source: 'ICPM ch. 3.1(b)',
    sourceUrl: 'https://www.justice.gov/eoir/reference-materials/ic/chapter-3/1',
    verify: false,
    direction: 'after',
    unit: 'days',
    roll: 'forward',
    parameters: ['eoirResponseDays'],
  },
  {
    id: 'wgad-government-reply',
    front: 'advocacy',
    title: 'UN Working Group on Arbitrary Detention: Government reply due',
    description:
      'After the Working Group transmits a communication, the Government is invited to reply within 60 days; it ' +
      'may be granted an extension (WGAD Methods of Work). This is the Government’s deadline: once it passes, the ' +
      'Working Group may adopt its opinion on the information it has. Counted in calendar days from the date of ' +
      'the communication (day 0); not moved for weekends or holidays. Urgent appeals follow a separate, faster ' +
      'procedure. Shown as met when the reply came on or before the due date, late when after.',
    source: 'UN WGAD Methods of Work',
    sourceUrl: 'https://web.test.ohchr.un-icc.cloud/EN/Issues/Detention/Pages/Complaints.aspx',
    verify: false,
    direction: 'after',
    unit: 'days',
    roll: 'none',
    parameters: ['wgadReplyDays'],
  },
  {
    id: 'dhs-custody-appeal',
    front: 'custody',
    title: 'Appeal of a DHS custody determination (older rule)',
    description:
      'Under an older rule, certain DHS custody determinations could be appealed to the BIA within 10 days ' +
      '(8 CFR 236.1(d)(3), as reported by Norton Tooby). Not confirmed from a primary source: verify the current ' +
      'text and whether it applies; the usual route is a bond redetermination by the immigration judge ' +
      '(8 CFR 1003.19, 1236.1). Counting: the determination date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (by analogy with 8 CFR 1001.1(h)). The number of days is set in Settings.`,
    source: '8 CFR 236.1(d)(3) (per Norton Tooby)',
    sourceUrl: 'https://nortontooby.com/node/15844',
    verify: true,
    direction: 'after',
    unit: 'days',
    roll: 'forward',
    parameters: ['dhsCustodyAppealDays'],
  },
];

export const RULES: Readonly<Record<RuleId, DeadlineRule>> = Object.freeze(
  Object.fromEntries(RULE_LIST.map((rule) => [rule.id, Object.freeze(rule)])) as Record<RuleId, DeadlineRule>,
);

/** Every rule, in a stable order (RULE_IDS). */
export function listRules(): DeadlineRule[] {
  return RULE_IDS.map((id) => RULES[id]);
}

// ---------------------------------------------------------------------------------------------------------------
// Rule descriptions for the UI (Settings → Deadlines, and the "how was this computed?" panel)
// ---------------------------------------------------------------------------------------------------------------

export const ruleParameterDescriptionSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  value: z.number().int().positive(),
  defaultValue: z.number().int().positive(),
  unit: periodUnitSchema,
  editable: z.boolean(),
  verify: z.boolean(),
  note: z.string(),
});
export type RuleParameterDescription = z.infer<typeof ruleParameterDescriptionSchema>;

export const ruleDescriptionSchema = z.object({
  id: ruleIdSchema,
  front: frontSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  source: z.string().min(1),
  sourceUrl: z.url(),
  verify: z.boolean(),
  direction: periodDirectionSchema,
  roll: rollRuleSchema,
  parameters: z.array(ruleParameterDescriptionSchema).min(1),
});
export type RuleDescription = z.infer<typeof ruleDescriptionSchema>;

export const ruleDescriptionListSchema = z.array(ruleDescriptionSchema);
export type RuleDescriptionList = z.infer<typeof ruleDescriptionListSchema>;

/** Every rule with the current and default value of each parameter it uses. */
export function describeRules(params: RuleParameters = DEFAULT_RULE_PARAMETERS): RuleDescriptionList {
  return listRules().map((rule) => ({
    id: rule.id,
    front: rule.front,
    title: rule.title,
    description: rule.description,
    source: rule.source,
    sourceUrl: rule.sourceUrl,
    verify: rule.verify,
    direction: rule.direction,
    roll: rule.roll,
    parameters: rule.parameters.map((key) => {
      const info = PARAMETER_INFO[key];
      return {
        key,
        label: info.label,
        value: parameterValue(key, params),
        defaultValue: parameterValue(key, DEFAULT_RULE_PARAMETERS),
        unit: info.unit,
        editable: info.editable,
        verify: info.verify,
        note: info.note,
      };
    }),
  }));
}
