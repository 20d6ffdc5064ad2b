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
  'bia-appeal-dhs-conditions',
  'ij-release-conditions',
  'dhs-auto-stay-notice',
  'dhs-auto-stay-appeal',
  'dhs-auto-stay-lapse',
  'motion-to-reopen-in-absentia',
  'bia-brief',
  'voluntary-departure',
  'voluntary-departure-bond',
  'eoir-33-change-of-address',
  'ar-11-change-of-address',
  'foia-agency-response',
  'foia-appeal',
  'post-order-custody-review-90',
  'post-order-custody-review-180',
  'petition-for-review-withholding-only',
  'circuit-rehearing',
  'certiorari',
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
 * - 'forward': to the next business day (8 CFR 1001.1(h), 1003.38(b), 208.4(a)(2)(ii); FRAP 26(a); the EOIR Policy
 *   Manual also for deadlines counted back from a hearing);
 * - 'backward': to the previous business day (no rule uses it now; kept for the "safe date" and old stored data);
 * - 'none': the date stands (deadlines on a foreign or international body, or a period that is not a filing).
 */
export const rollRuleSchema = z.enum(['forward', 'backward', 'none']);
export type RollRule = z.infer<typeof rollRuleSchema>;

/**
 * Which days a rule skips: every federal deadline skips the federal holidays and the closures listed in Settings;
 * a filing at the Board of Immigration Appeals (Falls Church, in the Washington area) also skips Inauguration Day
 * (5 U.S.C. 6103(c)).
 */
export const ruleCalendarSchema = z.enum(['federal', 'bia']);
export type RuleCalendar = z.infer<typeof ruleCalendarSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------------

const days = (max: number) => z.number().int().min(1).max(max);
const months = (max: number) => z.number().int().min(1).max(max);

/** Every number an attorney may change in Settings, with sane bounds. */
export const ruleParametersSchema = z.object({
  /** Non-detained individual calendar hearing: filings due this many days before (EOIR Policy Manual: 30). */
  eoirNonDetainedFilingDaysBeforeHearing: days(90),
  /** Non-detained master calendar hearing: filings due this many days before if a ruling is wanted (15). */
  eoirMasterFilingDaysBeforeHearing: days(90),
  /** Non-detained: response due this many days after the other party's filing was received (10). */
  eoirResponseDays: days(60),
  /** Default treaty window for the formal extradition request after a provisional arrest. */
  treatyFormalRequestDays: days(365),
  /** 18 U.S.C. 3188: calendar months after commitment before release may be sought. */
  extraditionReleaseMonthsAfterCommitment: months(24),
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
  eoirNonDetainedFilingDaysBeforeHearing: 30,
  eoirMasterFilingDaysBeforeHearing: 15,
  eoirResponseDays: 10,
  treatyFormalRequestDays: 60,
  extraditionReleaseMonthsAfterCommitment: 2,
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
  dhsConditionsAppealDays: 10,
  releaseConditionsRequestDays: 7,
  autoStayNoticeBusinessDays: 1,
  autoStayAppealBusinessDays: 10,
  autoStayLapseDays: 90,
  inAbsentiaReopenDays: 180,
  biaBriefDays: 21,
  voluntaryDepartureMaxDaysAtConclusion: 60,
  voluntaryDepartureMaxDaysBeforeConclusion: 120,
  voluntaryDepartureBondBusinessDays: 5,
  eoir33Days: 5,
  ar11Days: 10,
  foiaResponseBusinessDays: 20,
  foiaAppealDays: 90,
  postOrderReviewDays: 90,
  postOrderHeadquartersReviewDays: 180,
  rehearingDaysUnitedStatesParty: 45,
  certiorariDays: 90,
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

const fixed = (label: string, unit: PeriodUnit, note: string, verify = false): ParameterInfo => ({
  label,
  unit,
  editable: false,
  verify,
  note,
});

export const PARAMETER_INFO: Readonly<Record<ParameterKey, ParameterInfo>> = Object.freeze({
  eoirNonDetainedFilingDaysBeforeHearing: {
    label: 'Filings before an individual hearing (non-detained)',
    unit: 'days',
    editable: true,
    verify: false,
    note:
      'EOIR Policy Manual, Part II (Immigration Court Practice Manual) ch. 3.1(b): 30 days before a non-detained ' +
      'individual calendar hearing. EOIR PM 25-21 (Feb. 2025) cancelled DM 22-04, which had set 15.',
  },
  eoirMasterFilingDaysBeforeHearing: {
    label: 'Filings before a master hearing, if a ruling is wanted (non-detained)',
    unit: 'days',
    editable: true,
    verify: false,
    note: 'EOIR Policy Manual, Part II ch. 3.1(b): 15 days before a master calendar hearing if a ruling is wanted.',
  },
  eoirResponseDays: {
    label: 'Response to a filing (non-detained)',
    unit: 'days',
    editable: true,
    verify: false,
    note: 'EOIR Policy Manual, Part II ch. 3.1(b): 10 days after the original filing was received by the court.',
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
    note: '18 U.S.C. 3188: two calendar months after commitment.',
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
    note: 'CCF Statute Art. 42: 6 months from discovery of the new fact.',
  },
  wgadReplyDays: {
    label: 'UN WGAD: Government reply to a communication',
    unit: 'days',
    editable: true,
    verify: false,
    note: 'WGAD Methods of Work: the Government is invited to reply within 60 days; an extension may be granted.',
  },
  asylumOneYearYears: fixed('Asylum one-year filing deadline', 'years', 'INA 208(a)(2)(B).'),
  biaAppealDays: fixed('Appeal of an immigration judge decision to the BIA', 'days', '8 CFR 1003.38(b).'),
  bondAppealDays: fixed(
    'Appeal of an immigration judge bond decision to the BIA',
    'days',
    '8 CFR 1003.38(b).',
  ),
  motionToReopenDays: fixed('Motion to reopen', 'days', 'INA 240(c)(7)(C)(i).'),
  motionToReconsiderDays: fixed('Motion to reconsider', 'days', 'INA 240(c)(6)(B).'),
  petitionForReviewDays: fixed('Petition for review in the court of appeals', 'days', 'INA 242(b)(1).'),
  removalPeriodDays: fixed('Removal period', 'days', 'INA 241(a)(1)(A).'),
  dhsConditionsAppealDays: fixed(
    'Appeal to the BIA of DHS’s decision on release conditions',
    'days',
    '8 CFR 1236.1(d)(3)(ii).',
  ),
  releaseConditionsRequestDays: fixed(
    'Ask the immigration judge to ease release conditions, after release',
    'days',
    '8 CFR 1236.1(d)(1).',
  ),
  autoStayNoticeBusinessDays: fixed(
    'DHS notice of intent to appeal a bond grant (EOIR-43), in business days',
    'days',
    '8 CFR 1003.19(i)(2).',
  ),
  autoStayAppealBusinessDays: fixed(
    'DHS notice of appeal keeping the automatic stay, in business days',
    'days',
    '8 CFR 1003.6(c)(1).',
  ),
  autoStayLapseDays: fixed('Automatic stay lapses after BIA review of', 'days', '8 CFR 1003.6(c)(4).'),
  inAbsentiaReopenDays: fixed(
    'Motion to reopen an in-absentia order (exceptional circumstances)',
    'days',
    'INA 240(b)(5)(C)(i).',
  ),
  biaBriefDays: fixed('Brief to the BIA after the briefing schedule', 'days', '8 CFR 1003.3(c)(1).'),
  voluntaryDepartureMaxDaysAtConclusion: fixed(
    'Voluntary departure at the conclusion of proceedings, at most',
    'days',
    'INA 240B(b)(2).',
  ),
  voluntaryDepartureMaxDaysBeforeConclusion: fixed(
    'Voluntary departure before the conclusion of proceedings, at most',
    'days',
    'INA 240B(a)(2)(A).',
  ),
  voluntaryDepartureBondBusinessDays: fixed(
    'Voluntary departure bond, in business days',
    'days',
    '8 CFR 1240.26(c)(3)(i).',
  ),
  eoir33Days: fixed('Change of address to the immigration court (EOIR-33)', 'days', '8 CFR 1003.15(d)(2).'),
  ar11Days: fixed('Change of address to DHS (AR-11)', 'days', 'INA 265(a); 8 CFR 265.1.', true),
  foiaResponseBusinessDays: fixed(
    'FOIA: agency determination, in business days',
    'days',
    '5 U.S.C. 552(a)(6)(A)(i).',
  ),
  foiaAppealDays: fixed(
    'FOIA: administrative appeal of a denial',
    'days',
    '5 U.S.C. 552(a)(6)(A)(i)(III)(aa): not less than 90 days.',
  ),
  postOrderReviewDays: fixed('Post-order custody review', 'days', '8 CFR 241.4(k)(1)(i).'),
  postOrderHeadquartersReviewDays: fixed(
    'Post-order custody review by headquarters',
    'days',
    '8 CFR 241.4(k)(2)(ii).',
  ),
  rehearingDaysUnitedStatesParty: fixed(
    'Petition for rehearing when the United States is a party',
    'days',
    'FRAP 40(d)(1).',
  ),
  certiorariDays: fixed('Petition for a writ of certiorari', 'days', 'Supreme Court Rule 13.1, 13.3.'),
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
  /** The citation of the current rule text. */
  source: string;
  /** The current rule text itself (eCFR, the U.S. Code, the EOIR Policy Manual, the court rules), never a commentary. */
  sourceUrl: string;
  /** True where the domain brief marks the rule [verify]. */
  verify: boolean;
  /**
   * A date another body must meet (DHS, the agency, the CCF, a government): shown to watch and to act on when it
   * passes, not a filing of the attorney's own.
   */
  watch: boolean;
  direction: PeriodDirection;
  unit: PeriodUnit;
  /** Counted in business days (Saturdays, Sundays, holidays and closures skipped), not calendar days. */
  businessDays: boolean;
  roll: RollRule;
  calendar: RuleCalendar;
  /** The parameters the rule uses (the first is the one used unless the engine explains otherwise). */
  parameters: readonly ParameterKey[];
  /** A short caveat shown beside the date (an exception, a route that has no deadline). */
  note?: string;
  /**
   * When an open deadline stops calling for action: 'after-trigger' (filings before a hearing, once it is held),
   * 'after-due-date' (an option or another party's step that lapses with its date). Absent: it stays until resolved.
   */
  expires?: 'after-trigger' | 'after-due-date';
}

const ecfr = (section: string) => `https://www.ecfr.gov/current/title-8/section-${section}`;
const usc = (title: number, section: string) =>
  `https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title${title}-section${section}&num=0&edition=prelim`;
const EOIR_PM_CH3_1 = 'https://www.justice.gov/eoir/reference-materials/ic/chapter-3/1';
const BIA_PM_BRIEFS = 'https://www.justice.gov/eoir/reference-materials/bia/chapter-4/7';
const CCF_URL = 'https://www.interpol.int/en/Who-we-are/Commission-for-the-Control-of-INTERPOL-s-Files-CCF';

const ROLL_FORWARD_TEXT =
  'If the last day falls on a Saturday, Sunday or federal legal holiday (observed day), or a day federal offices ' +
  'were closed by executive order (listed in Settings), the deadline moves to the next business day.';

const BIA_CALENDAR_TEXT =
  'Filed at the Board of Immigration Appeals, which sits in the Washington area: Inauguration Day (January 20 of ' +
  'every fourth year, 5 U.S.C. 6103(c)) is not a business day either.';

const BUSINESS_DAYS_TEXT =
  'Counted in business days: the day of the order is day 0 and Saturdays, Sundays, federal holidays and listed ' +
  'closures are skipped.';

const MONTHS_TEXT =
  'Counted in calendar months; a start date that does not exist in the end month clamps to its last day ' +
  '(January 31 + 1 month = February 28, or 29 in a leap year).';

const HOLIDAY_LIMITS_TEXT =
  'Not counted: state holidays and closures not listed in Settings — check local court closures.';

const NO_MAILBOX_RULE = 'No mailbox rule: "filed" means received.';

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
      `${ROLL_FORWARD_TEXT} (8 CFR 1208.4(a)(2)(ii)). ${NO_MAILBOX_RULE} The deadline does NOT apply to ` +
      'withholding of removal (INA 241(b)(3)) or to protection under the Convention Against Torture, nor to an ' +
      'unaccompanied alien child (INA 208(a)(2)(E)). A late application may still be accepted on changed ' +
      'circumstances materially affecting eligibility or extraordinary circumstances relating to the delay, if ' +
      `filed within a reasonable period after them (INA 208(a)(2)(D); 8 CFR 1208.4(a)(4)-(5)). ${HOLIDAY_LIMITS_TEXT}`,
    source: 'INA 208(a)(2)(B), (D), (E); 8 CFR 1208.4(a)(2)',
    sourceUrl: ecfr('1208.4'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'years',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
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
      `${ROLL_FORWARD_TEXT} (8 CFR 1003.38(b), 1001.1(h)). ${BIA_CALENDAR_TEXT} ${NO_MAILBOX_RULE} No appeal lies ` +
      'from an order entered in absentia (8 CFR 1240.15): the route is a motion to reopen.',
    source: '8 CFR 1003.38(b), 1240.15',
    sourceUrl: ecfr('1003.38'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'bia',
    parameters: ['biaAppealDays'],
  },
  {
    id: 'bond-appeal-bia',
    front: 'custody',
    title: 'Appeal of the bond decision to the BIA',
    description:
      'An appeal of the immigration judge’s custody (bond) redetermination must be received by the BIA within 30 ' +
      'days of the decision (8 CFR 1003.19(f), 1003.38(b), 1236.1(d)(3)(i)). It is separate from any appeal on the ' +
      `merits. Counting: the decision date is day 0. ${ROLL_FORWARD_TEXT} ${BIA_CALENDAR_TEXT} ${NO_MAILBOX_RULE} ` +
      'A new bond hearing instead needs a written request showing materially changed circumstances ' +
      '(8 CFR 1003.19(e)).',
    source: '8 CFR 1003.19(f), 1003.38(b)',
    sourceUrl: ecfr('1003.19'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'bia',
    parameters: ['bondAppealDays'],
  },
  {
    id: 'motion-to-reopen',
    front: 'immigration',
    title: 'Motion to reopen',
    description:
      'One motion to reopen, filed within 90 days of the date of entry of the final administrative order of ' +
      'removal (INA 240(c)(7)(C)(i); 8 CFR 1003.2(c)(2), 1003.23(b)(1)). Counting: the final order date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (8 CFR 1001.1(h)). No time limit for a motion based on changed country conditions ` +
      'material to asylum, withholding or CAT that could not have been presented earlier (INA 240(c)(7)(C)(ii)). ' +
      'An order entered in absentia follows its own rule (180 days). Filing does not stay removal — ask for a ' +
      'stay. If the order became final on a later date than the one recorded, record that date or override this ' +
      'deadline.',
    source: 'INA 240(c)(7); 8 CFR 1003.2(c), 1003.23(b)(1)',
    sourceUrl: ecfr('1003.23'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    parameters: ['motionToReopenDays'],
  },
  {
    id: 'motion-to-reconsider',
    front: 'immigration',
    title: 'Motion to reconsider',
    description:
      'One motion to reconsider, filed within 30 days of the date of entry of the final administrative order of ' +
      'removal (INA 240(c)(6); 8 CFR 1003.2(b)(2), 1003.23(b)(1)). Counting: the final order date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (8 CFR 1001.1(h)). Filing does not stay removal and does not stop the 30-day ` +
      'petition-for-review clock.',
    source: 'INA 240(c)(6); 8 CFR 1003.23(b)(1)',
    sourceUrl: ecfr('1003.23'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    parameters: ['motionToReconsiderDays'],
  },
  {
    id: 'petition-for-review',
    front: 'immigration',
    title: 'Petition for review in the court of appeals',
    description:
      'The petition for review must be filed in the court of appeals within 30 days of the final order of removal ' +
      '(INA 242(b)(1)) — for a case that went to the BIA, its final order. A BIA remand is not a final order and ' +
      'starts no petition deadline. A motion to reopen or reconsider at the BIA does not stop it running, and there ' +
      'is no automatic stay of removal: move for a stay. The 30 days are a claim-processing rule, not ' +
      'jurisdictional (Riley v. Bondi, 2025), but treat them as fixed. Counting: the order date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (FRAP 26(a)). FRAP also counts holidays of the state where the circuit clerk’s office ` +
      'sits, which the app does not know — check them.',
    source: 'INA 242(b)(1); FRAP 26(a)',
    sourceUrl: usc(8, '1252'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
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
    sourceUrl: usc(8, '1231'),
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
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
    source: 'Statute of the CCF, Art. 40',
    sourceUrl: CCF_URL,
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'months',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
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
    source: 'Statute of the CCF, Art. 40',
    sourceUrl: CCF_URL,
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'months',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
    parameters: ['ccfCorrectionDeletionMonths'],
  },
  {
    id: 'ccf-revision',
    front: 'interpol',
    title: 'CCF application for revision (new fact)',
    description:
      'CCF decisions are final and binding; the only route back is an application for revision, filed within 6 ' +
      'months of the discovery of a new fact that could have led to a different decision (CCF Statute Art. 42). ' +
      'The Operating Rules were updated in March 2026: check the current rule and its numbering. The application ' +
      `opens with a two-page summary of the new fact. ${MONTHS_TEXT} Not moved for weekends or holidays: file by ` +
      'the date shown (the CCF Portal is available every day).',
    source: 'Statute of the CCF, Art. 42; CCF Operating Rules',
    sourceUrl: CCF_URL,
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'months',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
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
      'person’s own challenges (such as habeas) — check circuit law. Shown as met when surrender took place on or ' +
      'before the date.',
    source: '18 U.S.C. 3188',
    sourceUrl: usc(18, '3188'),
    verify: true,
    watch: true,
    direction: 'after',
    unit: 'months',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
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
    sourceUrl: usc(18, '3184'),
    verify: true,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
    parameters: ['treatyFormalRequestDays'],
  },
  {
    id: 'eoir-filing-before-hearing',
    front: 'immigration',
    title: 'Immigration court filings due before the hearing',
    description:
      'Non-detained cases. Filings must be RECEIVED by the immigration court 30 days before an individual calendar ' +
      'hearing, and 15 days before a master calendar hearing if a ruling at or before that hearing is wanted ' +
      '(EOIR Policy Manual, Part II ch. 3.1(b); the days are set in Settings). Counting back from the hearing: the ' +
      'hearing day is day 0 and the day before is day 1. If the last day falls on a Saturday, Sunday or legal ' +
      'holiday, it is construed to fall on the NEXT business day (ch. 3.1(c) and Appendix C) — later, not earlier. ' +
      'Settings can add an earlier "safe date" beside it as an internal target. Detained cases: deadlines are set ' +
      `by the immigration judge — enter them as court-set deadlines. ${NO_MAILBOX_RULE} ${HOLIDAY_LIMITS_TEXT}`,
    source: 'EOIR Policy Manual, Part II (Immigration Court Practice Manual) ch. 3.1(b)-(c), Appendix C',
    sourceUrl: EOIR_PM_CH3_1,
    verify: false,
    watch: false,
    direction: 'before',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    expires: 'after-trigger',
    parameters: ['eoirNonDetainedFilingDaysBeforeHearing', 'eoirMasterFilingDaysBeforeHearing'],
  },
  {
    id: 'eoir-response',
    front: 'immigration',
    title: 'Response to a filing in immigration court',
    description:
      'Non-detained cases: a response to a filing made in advance of a hearing is due within 10 days after the ' +
      'original filing was received by the immigration court (EOIR Policy Manual, Part II ch. 3.1(b)); the number ' +
      'is set in Settings. Record the court’s receipt date of the other party’s filing (day 0). ' +
      `${ROLL_FORWARD_TEXT} For a filing made less than 15 days before a master hearing, the response may be ` +
      'presented at the hearing. Detained cases: set by the court; nothing is computed. Failure to respond may ' +
      `leave a motion deemed unopposed. ${NO_MAILBOX_RULE}`,
    source: 'EOIR Policy Manual, Part II ch. 3.1(b)',
    sourceUrl: EOIR_PM_CH3_1,
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
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
    source: 'UN WGAD Methods of Work (A/HRC/36/38)',
    sourceUrl: 'https://www.ohchr.org/en/special-procedures/wg-arbitrary-detention',
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
    parameters: ['wgadReplyDays'],
  },
  {
    id: 'bia-appeal-dhs-conditions',
    front: 'custody',
    title: 'Appeal to the BIA of DHS’s decision on release conditions',
    description:
      'After release on an immigration judge’s custody ruling, and once the 7 days to ask the judge have passed, ' +
      'the respondent may ask DHS to review the conditions of release (8 CFR 1236.1(d)(2)); DHS’s decision on that ' +
      'request may be appealed to the BIA within 10 days (8 CFR 1236.1(d)(3)(ii)). Record the date of DHS’s ' +
      'decision on the request (day 0). DHS’s INITIAL custody decision starts no appeal: the route is a bond ' +
      `redetermination before the immigration judge (8 CFR 1003.19, 1236.1(d)(1)). ${ROLL_FORWARD_TEXT} ` +
      `${BIA_CALENDAR_TEXT} ${NO_MAILBOX_RULE}`,
    source: '8 CFR 1236.1(d)(2)-(3)',
    sourceUrl: ecfr('1236.1'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'bia',
    parameters: ['dhsConditionsAppealDays'],
  },
  {
    id: 'ij-release-conditions',
    front: 'custody',
    title: 'Ask the immigration judge to ease the conditions of release',
    description:
      'A person released from custody may ask the immigration judge to ameliorate the conditions of release ' +
      '(the bond amount, reporting, monitoring) within 7 days of release (8 CFR 1236.1(d)(1)). Counting: the ' +
      `release date is day 0. ${ROLL_FORWARD_TEXT} (8 CFR 1001.1(h)). After the 7 days, the request goes to DHS ` +
      '(8 CFR 1236.1(d)(2)), whose decision may be appealed to the BIA within 10 days. Mark it not applicable when ' +
      'the conditions are acceptable.',
    source: '8 CFR 1236.1(d)(1)',
    sourceUrl: ecfr('1236.1'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    expires: 'after-due-date',
    parameters: ['releaseConditionsRequestDays'],
  },
  {
    id: 'dhs-auto-stay-notice',
    front: 'custody',
    title: 'DHS automatic stay of the bond grant: EOIR-43 due',
    description:
      'Where DHS had ordered no release or set a bond of $10,000 or more, an immigration judge’s order authorizing ' +
      'release is stayed only if DHS files a notice of intent to appeal (Form EOIR-43) with the immigration court ' +
      `within 1 business day of the order (8 CFR 1003.19(i)(2)). ${BUSINESS_DAYS_TEXT} DHS’s deadline: record ` +
      'the filing date of the EOIR-43 when served; if none was filed by this date, there is no automatic stay — ' +
      'press for release.',
    source: '8 CFR 1003.19(i)(2)',
    sourceUrl: ecfr('1003.19'),
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: true,
    roll: 'none',
    calendar: 'federal',
    expires: 'after-due-date',
    parameters: ['autoStayNoticeBusinessDays'],
  },
  {
    id: 'dhs-auto-stay-appeal',
    front: 'custody',
    title: 'DHS automatic stay: notice of appeal due or the stay lapses',
    description:
      'An automatic stay of a bond grant lapses if DHS does not file its notice of appeal with the BIA within 10 ' +
      `business days of the immigration judge’s order (8 CFR 1003.6(c)(1)). ${BUSINESS_DAYS_TEXT} ` +
      `${BIA_CALENDAR_TEXT} DHS’s deadline: if no notice of appeal is recorded by this date, the stay has lapsed — ` +
      'ask for release on the judge’s terms.',
    source: '8 CFR 1003.6(c)(1)',
    sourceUrl: ecfr('1003.6'),
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: true,
    roll: 'none',
    calendar: 'bia',
    expires: 'after-due-date',
    parameters: ['autoStayAppealBusinessDays'],
  },
  {
    id: 'dhs-auto-stay-lapse',
    front: 'custody',
    title: 'DHS automatic stay lapses after 90 days of BIA review',
    description:
      'If the BIA has not decided DHS’s custody appeal, the automatic stay lapses 90 days after DHS filed its notice ' +
      'of appeal (8 CFR 1003.6(c)(4)), subject to the exceptions of 1003.6(c)(5) (DHS may ask for a discretionary ' +
      'stay). Counted in calendar days from the notice of appeal (day 0); not moved for weekends or holidays. ' +
      'Shown as met when the BIA decided on or before the date.',
    source: '8 CFR 1003.6(c)(4)-(5)',
    sourceUrl: ecfr('1003.6'),
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
    parameters: ['autoStayLapseDays'],
  },
  {
    id: 'motion-to-reopen-in-absentia',
    front: 'immigration',
    title: 'Motion to reopen an order entered in absentia',
    description:
      'An order of removal entered in absentia cannot be appealed to the BIA (8 CFR 1240.15). It may be rescinded ' +
      'on a motion to reopen filed within 180 days of the order if the failure to appear was because of ' +
      'exceptional circumstances (INA 240(b)(5)(C)(i); 8 CFR 1003.23(b)(4)(ii)); filing stays removal until the ' +
      `judge rules. Counting: the order date is day 0. ${ROLL_FORWARD_TEXT} (8 CFR 1001.1(h)). ${NO_MAILBOX_RULE}`,
    source: 'INA 240(b)(5)(C); 8 CFR 1003.23(b)(4)(ii)',
    sourceUrl: ecfr('1003.23'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    parameters: ['inAbsentiaReopenDays'],
    note:
      'At any time if the respondent did not receive notice of the hearing, or was in federal or state custody ' +
      'and did not appear through no fault of their own (INA 240(b)(5)(C)(ii)).',
  },
  {
    id: 'bia-brief',
    front: 'immigration',
    title: 'Brief to the BIA',
    description:
      'Briefs are due 21 days from the date of the BIA’s briefing schedule (8 CFR 1003.3(c)(1)). Detained cases ' +
      'brief simultaneously: both parties in 21 days. Non-detained cases brief in turn: the appealing party in 21 ' +
      'days, the other party 21 days after that (42 days from the schedule). The Board may set a shorter period, ' +
      'and grants one 21-day extension on a timely request (BIA Practice Manual ch. 4.7) — override the date when ' +
      `it does. ${ROLL_FORWARD_TEXT} ${BIA_CALENDAR_TEXT} ${NO_MAILBOX_RULE}`,
    source: '8 CFR 1003.3(c)(1); BIA Practice Manual ch. 4.7',
    sourceUrl: BIA_PM_BRIEFS,
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'bia',
    parameters: ['biaBriefDays'],
  },
  {
    id: 'voluntary-departure',
    front: 'immigration',
    title: 'Voluntary departure: last day to leave',
    description:
      'The person must depart within the period the immigration judge set: at most 120 days when granted before the ' +
      'conclusion of proceedings (INA 240B(a)(2)(A)), at most 60 days at their conclusion (INA 240B(b)(2)). ' +
      'Counting: the order date is day 0. A last day on a Saturday, Sunday or legal holiday extends to the next ' +
      'business day (Monsalvo Velázquez v. Bondi, 2025). Failing to depart brings a civil penalty and ten years of ' +
      'bars to relief (INA 240B(d)); a motion to reopen or a petition for review filed in time changes the ' +
      'consequences (8 CFR 1240.26(e)-(i)) — check them before the date.',
    source: 'INA 240B; 8 CFR 1240.26',
    sourceUrl: ecfr('1240.26'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    parameters: ['voluntaryDepartureMaxDaysAtConclusion', 'voluntaryDepartureMaxDaysBeforeConclusion'],
  },
  {
    id: 'voluntary-departure-bond',
    front: 'immigration',
    title: 'Voluntary departure bond to be posted',
    description:
      'Voluntary departure granted at the conclusion of proceedings requires a bond of at least $500, posted with ' +
      `DHS within 5 business days of the immigration judge’s order (8 CFR 1240.26(c)(3)(i)). ${BUSINESS_DAYS_TEXT} ` +
      'If it is not posted in time, the grant of voluntary departure becomes an alternate order of removal.',
    source: 'INA 240B(b)(3); 8 CFR 1240.26(c)(3)',
    sourceUrl: ecfr('1240.26'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: true,
    roll: 'none',
    calendar: 'federal',
    parameters: ['voluntaryDepartureBondBusinessDays'],
  },
  {
    id: 'eoir-33-change-of-address',
    front: 'immigration',
    title: 'Change of address to the immigration court (EOIR-33)',
    description:
      'A respondent in proceedings must tell the immigration court of a new address within 5 days of the change, on ' +
      'Form EOIR-33 (8 CFR 1003.15(d)(2)); notices go to the last address given, and a missed hearing notice can ' +
      `end in an in-absentia order. Counting: the day of the move is day 0. ${ROLL_FORWARD_TEXT} (8 CFR 1001.1(h)).`,
    source: '8 CFR 1003.15(d)(2)',
    sourceUrl: ecfr('1003.15'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    parameters: ['eoir33Days'],
  },
  {
    id: 'ar-11-change-of-address',
    front: 'immigration',
    title: 'Change of address to DHS (AR-11)',
    description:
      'A noncitizen must report a new address to DHS within 10 days of the change (INA 265(a); 8 CFR 265.1), on ' +
      'Form AR-11 or online; separate from the EOIR-33 to the court. Counting: the day of the move is day 0. Not ' +
      'moved for weekends or holidays: the form can be filed online any day.',
    source: 'INA 265(a); 8 CFR 265.1',
    sourceUrl: usc(8, '1305'),
    verify: true,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
    parameters: ['ar11Days'],
  },
  {
    id: 'foia-agency-response',
    front: 'immigration',
    title: 'FOIA: agency determination due',
    description:
      'The agency must determine whether to comply with a FOIA request within 20 days, excepting Saturdays, Sundays ' +
      'and legal public holidays, after the request reaches the component that holds the records ' +
      '(5 U.S.C. 552(a)(6)(A)(i)); "unusual circumstances" allow 10 more business days on written notice ' +
      `((a)(6)(B)). Counted from the submission date recorded. ${BUSINESS_DAYS_TEXT} The agency’s deadline: once ` +
      'it passes without a determination, administrative remedies are deemed exhausted ((a)(6)(C)).',
    source: '5 U.S.C. 552(a)(6)(A)(i), (B), (C)',
    sourceUrl: usc(5, '552'),
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: true,
    roll: 'none',
    calendar: 'federal',
    parameters: ['foiaResponseBusinessDays'],
  },
  {
    id: 'foia-appeal',
    front: 'immigration',
    title: 'FOIA: administrative appeal of a denial',
    description:
      'An adverse determination must allow at least 90 days for an administrative appeal ' +
      '(5 U.S.C. 552(a)(6)(A)(i)(III)(aa)). Counted in calendar days from the date of the determination (day 0), ' +
      'the shortest period any agency may set. Some agencies allow more (DHS: 90 working days, 6 CFR 5.8(a)) — ' +
      'override the date with the agency’s own rule. Not moved for weekends or holidays: appeals are filed online.',
    source: '5 U.S.C. 552(a)(6)(A)(i)(III)(aa)',
    sourceUrl: usc(5, '552'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
    parameters: ['foiaAppealDays'],
  },
  {
    id: 'post-order-custody-review-90',
    front: 'custody',
    title: 'Post-order custody review (90 days)',
    description:
      'For a person detained after a final order of removal, DHS must review custody before the 90-day removal ' +
      'period ends (8 CFR 241.4(k)(1)(i)), on the record and any written submission: send release evidence ' +
      '(identity, community ties, no danger or flight risk) beforehand. Counted from the final order date recorded ' +
      '(day 0); not moved for weekends or holidays. DHS’s deadline.',
    source: '8 CFR 241.4(k)(1)',
    sourceUrl: ecfr('241.4'),
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
    parameters: ['postOrderReviewDays'],
  },
  {
    id: 'post-order-custody-review-180',
    front: 'custody',
    title: 'Post-order custody review by headquarters (180 days)',
    description:
      'If still detained, custody is reviewed again by DHS headquarters three months after the 90-day review ' +
      '(8 CFR 241.4(k)(2)(ii)); at six months detention becomes presumptively unreasonable when removal is not ' +
      'significantly likely in the reasonably foreseeable future (Zadvydas v. Davis, 533 U.S. 678 (2001); ' +
      '8 CFR 241.13) — consider a request under 241.13 or habeas. Counted from the final order date recorded; not ' +
      'moved for weekends or holidays.',
    source: '8 CFR 241.4(k)(2), 241.13; Zadvydas v. Davis, 533 U.S. 678 (2001)',
    sourceUrl: ecfr('241.4'),
    verify: false,
    watch: true,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'none',
    calendar: 'federal',
    parameters: ['postOrderHeadquartersReviewDays'],
  },
  {
    id: 'petition-for-review-withholding-only',
    front: 'immigration',
    title: 'Petition for review: withholding-only case',
    description:
      'In withholding-only proceedings (after a final administrative removal order under INA 238(b) or a ' +
      'reinstated order under INA 241(a)(5)), the 30 days of INA 242(b)(1) run from that final administrative ' +
      'removal order, not from the later decision denying withholding or CAT protection (Riley v. Bondi, 2025). ' +
      'The limit is a claim-processing rule, not jurisdictional, so a later petition may still be heard if the ' +
      'government does not object — do not rely on it. Counting: the order date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (FRAP 26(a)).`,
    source: 'INA 242(b)(1); Riley v. Bondi (U.S. June 26, 2025)',
    sourceUrl: usc(8, '1252'),
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    parameters: ['petitionForReviewDays'],
  },
  {
    id: 'circuit-rehearing',
    front: 'immigration',
    title: 'Petition for rehearing in the court of appeals',
    description:
      'A petition for panel rehearing or rehearing en banc is due within 45 days after entry of judgment when the ' +
      'United States or its officer is a party — as the Attorney General is on a petition for review ' +
      '(FRAP 40(d)(1)); a local rule or order may shorten or extend it. Counting: the judgment date is day 0. ' +
      `${ROLL_FORWARD_TEXT} (FRAP 26(a)(1)(C), (a)(6)). Check the holidays of the state where the clerk’s office ` +
      'sits.',
    source: 'FRAP 40(d)(1); FRAP 26(a)',
    sourceUrl: 'https://www.law.cornell.edu/rules/frap/rule_40',
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    parameters: ['rehearingDaysUnitedStatesParty'],
  },
  {
    id: 'certiorari',
    front: 'immigration',
    title: 'Petition for a writ of certiorari',
    description:
      'A petition for certiorari is due within 90 days after entry of the judgment of the court of appeals, or, if a ' +
      'timely petition for rehearing was filed, after the denial of rehearing (Supreme Court Rule 13.1, 13.3). A ' +
      'Justice may extend it up to 60 days on an application filed at least 10 days before the date (Rule 13.5). ' +
      'Counting: the judgment (or denial) date is day 0. A last day on a Saturday, Sunday, federal legal holiday or ' +
      'a day the Court is closed moves to the next day that is none of these (Rule 30.1).',
    source: 'Supreme Court Rules 13.1, 13.3, 13.5, 30.1',
    sourceUrl: 'https://www.law.cornell.edu/rules/supct/rule_13',
    verify: false,
    watch: false,
    direction: 'after',
    unit: 'days',
    businessDays: false,
    roll: 'forward',
    calendar: 'federal',
    parameters: ['certiorariDays'],
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
  watch: z.boolean(),
  direction: periodDirectionSchema,
  businessDays: z.boolean(),
  roll: rollRuleSchema,
  calendar: ruleCalendarSchema,
  note: z.string().optional(),
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
    watch: rule.watch,
    direction: rule.direction,
    businessDays: rule.businessDays,
    roll: rule.roll,
    calendar: rule.calendar,
    ...(rule.note === undefined ? {} : { note: rule.note }),
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
