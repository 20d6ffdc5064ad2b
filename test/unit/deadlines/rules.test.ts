import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PARAMETERS,
  PARAMETER_INFO,
  RULES,
  RULE_IDS,
  STATUTORY_PERIODS,
  describeRules,
  listRules,
  resolveRuleParameters,
  ruleDescriptionListSchema,
  ruleParametersSchema,
} from '../../../shared/deadlines/rules';

describe('rules', () => {
  it('defines every rule id once, with text, a source and an http(s) source URL', () => {
    expect(listRules().map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of listRules()) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description.length).toBeGreaterThan(100);
      expect(rule.source.length).toBeGreaterThan(3);
      expect(rule.sourceUrl).toMatch(/^https:\/\//);
      // The current rule text itself: eCFR, the U.S. Code, the EOIR Policy Manual, court rules, the bodies' own sites.
      expect(new URL(rule.sourceUrl).hostname).toMatch(
        /^(www\.ecfr\.gov|uscode\.house\.gov|www\.justice\.gov|www\.law\.cornell\.edu|www\.interpol\.int|www\.ohchr\.org)$/,
      );
      expect(rule.parameters.length).toBeGreaterThan(0);
    }
  });

  it('marks the [verify] items of the domain brief', () => {
    const verified = listRules()
      .filter((r) => r.verify)
      .map((r) => r.id)
      .sort();
    expect(verified).toEqual([
      'ar-11-change-of-address',
      'extradition-3188-release',
      'extradition-formal-request',
    ]);
  });

  it('says in the descriptions what the attorney must know about the counting choices', () => {
    expect(RULES['asylum-one-year'].description).toMatch(/February 28/);
    expect(RULES['asylum-one-year'].description).toMatch(/earlier, safer/);
    expect(RULES['asylum-one-year'].description).toMatch(/withholding of removal/);
    expect(RULES['asylum-one-year'].description).toMatch(/Convention\s+Against Torture/);
    expect(RULES['eoir-filing-before-hearing'].description).toMatch(/NEXT business day/);
    expect(RULES['eoir-filing-before-hearing'].description).toMatch(/hearing day is day 0/);
    expect(RULES['eoir-filing-before-hearing'].description).toMatch(/safe date/);
    expect(RULES['eoir-filing-before-hearing'].roll).toBe('forward');
    expect(RULES['bia-appeal-ij-decision'].description).toMatch(/in absentia/);
    expect(RULES['motion-to-reopen-in-absentia'].note).toMatch(/any time/i);
    expect(RULES['bia-appeal-ij-decision'].roll).toBe('forward');
    expect(RULES['ccf-revision'].roll).toBe('none');
  });
});

describe('rule parameters', () => {
  it('has valid defaults, including the numbers of the brief', () => {
    expect(ruleParametersSchema.parse(DEFAULT_RULE_PARAMETERS)).toEqual(DEFAULT_RULE_PARAMETERS);
    expect(DEFAULT_RULE_PARAMETERS).toMatchObject({
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
    expect(STATUTORY_PERIODS).toMatchObject({
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
  });

  it.each([
    ['zero days', { eoirResponseDays: 0 }],
    ['a fraction', { ccfAccessMonths: 4.5 }],
    ['too many days before a hearing', { eoirNonDetainedFilingDaysBeforeHearing: 400 }],
    ['negative months', { ccfRevisionMonths: -6 }],
    ['a string', { wgadReplyDays: '60' }],
  ])('rejects %s', (_name, patch) => {
    expect(ruleParametersSchema.safeParse({ ...DEFAULT_RULE_PARAMETERS, ...patch }).success).toBe(false);
  });

  it('merges stored settings over the defaults', () => {
    expect(resolveRuleParameters({ eoirNonDetainedFilingDaysBeforeHearing: 30 })).toEqual({
      ...DEFAULT_RULE_PARAMETERS,
      eoirNonDetainedFilingDaysBeforeHearing: 30,
    });
    expect(resolveRuleParameters()).toEqual(DEFAULT_RULE_PARAMETERS);
    expect(() => resolveRuleParameters({ treatyFormalRequestDays: 0 })).toThrow();
  });

  it('describes every parameter, editable or statutory', () => {
    for (const key of [...Object.keys(DEFAULT_RULE_PARAMETERS), ...Object.keys(STATUTORY_PERIODS)]) {
      expect(PARAMETER_INFO[key as keyof typeof PARAMETER_INFO]).toBeDefined();
    }
    for (const key of Object.keys(STATUTORY_PERIODS)) {
      expect(PARAMETER_INFO[key as keyof typeof PARAMETER_INFO].editable).toBe(false);
    }
  });
});

describe('describeRules', () => {
  it('lists every rule with its parameters, valid against the schema', () => {
    const list = describeRules();
    expect(ruleDescriptionListSchema.parse(list)).toEqual(list);
    expect(list.map((r) => r.id)).toEqual([...RULE_IDS]);
    const bia = list.find((r) => r.id === 'bia-appeal-ij-decision');
    expect(bia?.parameters).toEqual([
      expect.objectContaining({ key: 'biaAppealDays', value: 30, editable: false }),
    ]);
  });

  it('shows the current value beside the default', () => {
    const list = describeRules({ ...DEFAULT_RULE_PARAMETERS, eoirNonDetainedFilingDaysBeforeHearing: 20 });
    const eoir = list.find((r) => r.id === 'eoir-filing-before-hearing');
    expect(eoir?.parameters[0]).toMatchObject({
      key: 'eoirNonDetainedFilingDaysBeforeHearing',
      value: 20,
      defaultValue: 30,
      unit: 'days',
      editable: true,
      verify: false,
    });
  });

  it('rejects a malformed description list', () => {
    const [first] = describeRules();
    expect(ruleDescriptionListSchema.safeParse([{ ...first, id: 'not-a-rule' }]).success).toBe(false);
    expect(ruleDescriptionListSchema.safeParse([{ ...first, parameters: [] }]).success).toBe(false);
  });
});
