import { z } from 'zod';
import {
  type BusinessCalendar,
  type Closure,
  addBusinessDays,
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  daysBetween,
  isoDateSchema,
  nonBusinessReason,
  rollBackward,
  rollForward,
  type IsoDate,
} from './calendar';
import {
  DEFAULT_RULE_PARAMETERS,
  RULES,
  STATUTORY_PERIODS,
  type DeadlineRule,
  frontSchema,
  periodDirectionSchema,
  periodUnitSchema,
  ruleIdSchema,
  ruleParametersSchema,
  type PeriodUnit,
  type RuleId,
  type RuleParameters,
} from './rules';
import { sharingScopeSchema } from '../dossier/common';

/**
 * The deadline engine: case facts (trigger dates with the ids of the records they came from) in, computed deadlines
 * out. Pure: no clock (callers pass `today` where it matters), no I/O. Never throws on a far date: calendar
 * arithmetic stops at the ends of the four-digit calendar.
 */

// ---------------------------------------------------------------------------------------------------------------
// Case facts
// ---------------------------------------------------------------------------------------------------------------

const recordId = z.string().min(1).max(200);
const date = isoDateSchema;

export const hearingKindSchema = z.enum(['master', 'individual', 'bond', 'other']);
export type HearingKind = z.infer<typeof hearingKindSchema>;

export const hearingFactSchema = z.object({
  id: recordId,
  date,
  kind: hearingKindSchema,
  detained: z.boolean(),
  /** When the pre-hearing filings were received by the court (marks the filing deadline met or late). */
  filingsSubmittedDate: date.optional(),
});
export type HearingFact = z.infer<typeof hearingFactSchema>;

export const voluntaryDepartureStageSchema = z.enum(['before-conclusion', 'at-conclusion']);
export type VoluntaryDepartureStage = z.infer<typeof voluntaryDepartureStageSchema>;

export const ijDecisionFactSchema = z.object({
  id: recordId,
  /** Oral: the day the decision was stated. Mailed: the mailing (or electronic service) date on the decision. */
  date,
  delivery: z.enum(['oral', 'mailed']),
  appealFiledDate: date.optional(),
  /** An order entered in absentia: no BIA appeal (8 CFR 1240.15); a motion to reopen instead. */
  inAbsentia: z.boolean().optional(),
  motionToReopenFiledDate: date.optional(),
});

/** Voluntary departure granted by an immigration judge: the period the judge set and the stage it was granted at. */
export const voluntaryDepartureFactSchema = z.object({
  id: recordId,
  /** The date of the order. */
  date,
  days: z.number().int().min(1).max(STATUTORY_PERIODS.voluntaryDepartureMaxDaysBeforeConclusion),
  stage: voluntaryDepartureStageSchema,
  departedDate: date.optional(),
  bondPostedDate: date.optional(),
});
export const biaDecisionFactSchema = z.object({
  id: recordId,
  date,
  petitionFiledDate: date.optional(),
  /** A remand is not a final order: it starts no petition-for-review deadline. */
  remanded: z.boolean().optional(),
});
export const bondDecisionFactSchema = z.object({ id: recordId, date, appealFiledDate: date.optional() });

/** DHS's decision on a request to review the conditions of release (8 CFR 1236.1(d)(2)), appealable in 10 days. */
export const conditionsDecisionFactSchema = z.object({
  id: recordId,
  date,
  appealFiledDate: date.optional(),
});

/** A release from custody: 7 days to ask the judge to ease the conditions (8 CFR 1236.1(d)(1)). */
export const releaseFactSchema = z.object({ id: recordId, date, requestFiledDate: date.optional() });

/** An immigration judge's order authorizing release, and what DHS did about its automatic stay. */
export const bondGrantFactSchema = z.object({
  id: recordId,
  date,
  /** DHS filed Form EOIR-43 (notice of intent to appeal). */
  stayNoticeDate: date.optional(),
  /** DHS filed its notice of appeal with the BIA. */
  dhsAppealDate: date.optional(),
  /** The BIA decided DHS's custody appeal. */
  biaDecisionDate: date.optional(),
});

export const briefingScheduleFactSchema = z.object({
  id: recordId,
  /** The date of the BIA's briefing schedule. */
  date,
  /** Detained cases brief simultaneously; others in turn (8 CFR 1003.3(c)(1)). */
  mode: z.enum(['simultaneous', 'sequential']),
  /** In sequential briefing, the appellee's brief is due 21 days after the appellant's. */
  clientRole: z.enum(['appellant', 'appellee']),
  briefFiledDate: date.optional(),
});

export const addressChangeFactSchema = z.object({
  id: recordId,
  /** The day the client moved. */
  date,
  /** Removal proceedings are pending: the immigration court must be told too (EOIR-33). */
  inProceedings: z.boolean(),
  eoir33FiledDate: date.optional(),
  ar11FiledDate: date.optional(),
});

export const foiaFactSchema = z.object({
  id: recordId,
  submittedDate: date.optional(),
  /** The agency's determination (records released or the request answered). */
  responseDate: date.optional(),
  /** The date of an adverse determination (denial, partial denial, no records). */
  denialDate: date.optional(),
  appealFiledDate: date.optional(),
});

export const administrativeOrderFactSchema = z.object({
  id: recordId.optional(),
  /** A final administrative removal order (INA 238(b)) or a reinstated order (INA 241(a)(5)). */
  date,
  petitionFiledDate: date.optional(),
});

export const circuitDecisionFactSchema = z.object({
  id: recordId,
  /** Entry of judgment in the court of appeals. */
  date,
  rehearingFiledDate: date.optional(),
  /** Denial of a timely petition for rehearing: certiorari then runs from it. */
  rehearingDeniedDate: date.optional(),
  certiorariFiledDate: date.optional(),
});

export const ccfRequestFactSchema = z.object({
  id: recordId,
  type: z.enum(['access', 'correction', 'deletion', 'revision']),
  admissibilityDate: date.optional(),
  decisionDate: date.optional(),
  /** The day a new fact was discovered: starts the revision clock whatever the request type. */
  newFactDate: date.optional(),
  revisionFiledDate: date.optional(),
});

export const extraditionFactSchema = z.object({
  id: recordId,
  provisionalArrestDate: date.optional(),
  formalRequestReceivedDate: date.optional(),
  /** The treaty's own window for the formal request, when known; else the Settings default applies. */
  treatyWindowDays: z.number().int().min(1).max(365).optional(),
  commitmentDate: date.optional(),
  surrenderDate: date.optional(),
});

export const wgadCommunicationFactSchema = z.object({
  id: recordId,
  date,
  replyReceivedDate: date.optional(),
});

/** A filing by the other party (DHS) in immigration court, for the response deadline. */
export const opposingFilingFactSchema = z.object({
  id: recordId,
  /** The day the immigration court received the filing. */
  date,
  detained: z.boolean(),
  responseFiledDate: date.optional(),
});

function uniqueIds<S extends z.ZodType<{ id: string }>>(schema: S) {
  return z
    .array(schema)
    .default([])
    .refine((items) => new Set(items.map((item: { id: string }) => item.id)).size === items.length, {
      error: 'Each record id may appear only once in a list.',
    });
}

export const caseFactsSchema = z.object({
  lastArrivalDate: date.optional(),
  asylumFiledDate: date.optional(),
  /** An unaccompanied alien child: the one-year deadline does not apply (INA 208(a)(2)(E)). */
  unaccompaniedChild: z.boolean().optional(),
  ntaFiledDate: date.optional(),
  hearings: uniqueIds(hearingFactSchema),
  ijDecisions: uniqueIds(ijDecisionFactSchema),
  biaDecisions: uniqueIds(biaDecisionFactSchema),
  finalOrderDate: date.optional(),
  finalOrderId: recordId.optional(),
  /** The final order was entered in absentia: its own 180-day motion replaces the 90-day one. */
  finalOrderInAbsentia: z.boolean().optional(),
  /** Held in custody when the order became final: DHS's post-order custody reviews apply. */
  detainedAfterFinalOrder: z.boolean().optional(),
  motionToReopenFiledDate: date.optional(),
  motionToReconsiderFiledDate: date.optional(),
  bondDecisions: uniqueIds(bondDecisionFactSchema),
  ccfRequests: uniqueIds(ccfRequestFactSchema),
  extraditions: uniqueIds(extraditionFactSchema),
  wgadCommunications: uniqueIds(wgadCommunicationFactSchema),
  /** Optional (an addition to the original fact list): absent means none. */
  opposingFilings: uniqueIds(opposingFilingFactSchema).optional(),
  conditionsDecisions: uniqueIds(conditionsDecisionFactSchema).optional(),
  releases: uniqueIds(releaseFactSchema).optional(),
  bondGrants: uniqueIds(bondGrantFactSchema).optional(),
  briefingSchedules: uniqueIds(briefingScheduleFactSchema).optional(),
  addressChanges: uniqueIds(addressChangeFactSchema).optional(),
  foiaRequests: uniqueIds(foiaFactSchema).optional(),
  administrativeOrder: administrativeOrderFactSchema.optional(),
  circuitDecisions: uniqueIds(circuitDecisionFactSchema).optional(),
  voluntaryDepartures: uniqueIds(voluntaryDepartureFactSchema).optional(),
});
/** Facts after parsing: every required list present (possibly empty). */
export type CaseFacts = z.infer<typeof caseFactsSchema>;
/** Facts as a caller may write them: lists may be left out. */
export type CaseFactsInput = z.input<typeof caseFactsSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Deadlines (computed by the engine, or entered by the attorney)
// ---------------------------------------------------------------------------------------------------------------

/**
 * open: not yet done (including past due: see bucketize); met: done on or before the due date; late: done after;
 * not-applicable: the attorney set it aside, with a reason.
 */
export const deadlineStatusSchema = z.enum(['open', 'met', 'late', 'not-applicable']);
export type DeadlineStatus = z.infer<typeof deadlineStatusSchema>;

/** computed: follows from a rule and the recorded dates; custom: entered by the attorney (often set by the court). */
export const deadlineKindSchema = z.enum(['computed', 'custom']);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

/** Where a custom deadline's date comes from. */
export const CUSTOM_DEADLINE_ORIGINS = ['court', 'agency', 'treaty', 'counsel', 'internal', 'other'] as const;
export const customDeadlineOriginSchema = z.enum(CUSTOM_DEADLINE_ORIGINS);
export type CustomDeadlineOrigin = z.infer<typeof customDeadlineOriginSchema>;

/** The attorney's word on a deadline: done (when, by whom, a note) or not applicable (with the reason). */
export const deadlineResolutionSchema = z.object({
  state: z.enum(['done', 'not-applicable']),
  date,
  by: z.string(),
  /** For done: an optional note ("filed 12/1, receipt in evidence"); for not applicable: the reason. */
  note: z.string().optional(),
  at: z.string(),
});
export type DeadlineResolution = z.infer<typeof deadlineResolutionSchema>;

export const deadlineSchema = z.object({
  /** ruleId + ':' + source record id (or 'case'), or 'custom:' + id: unique and stable across recomputation. */
  key: z.string().min(1),
  kind: deadlineKindSchema,
  /** The rule a computed deadline follows; null for a custom one. */
  ruleId: ruleIdSchema.nullable(),
  front: frontSchema,
  title: z.string(),
  description: z.string(),
  source: z.string(),
  sourceUrl: z.string(),
  verify: z.boolean(),
  /** A date another body must meet (DHS, an agency, the CCF): to watch, not to file. */
  watch: z.boolean(),
  trigger: z.object({ label: z.string(), date }),
  /** The period counted from the trigger (0 days for a date entered as such). */
  period: z.object({
    amount: z.number().int().nonnegative(),
    unit: periodUnitSchema,
    direction: periodDirectionSchema,
    /** Counted in business days. */
    business: z.boolean().optional(),
  }),
  dueDate: date,
  /** Set when the computed last day was not a business day and was moved (describes the computed date). */
  rolled: z.object({ from: date, reason: z.string() }).nullable(),
  status: deadlineStatusSchema,
  /** The filing or event that satisfies the deadline, when recorded (or the attorney's "done"). */
  completion: z.object({ label: z.string(), date }).optional(),
  relatedRecordId: z.string().optional(),
  /** Set by applyOverrides: the attorney's date replaced the computed one. */
  override: z.object({ originalDueDate: date, reason: z.string() }).optional(),
  /** A caveat beside the date (an exception with no deadline, such as "any time for lack of notice"). */
  note: z.string().optional(),
  /** An earlier internal target beside a deadline counted back from a hearing, when Settings ask for one. */
  safeDate: z.object({ date, reason: z.string() }).optional(),
  /**
   * The last day it still calls for action: after it, an open deadline leaves the docket instead of turning
   * overdue (a hearing held, an option that lapsed, a stay DHS did not keep). Absent: it stays until resolved.
   */
  expiresAfter: date.optional(),
  // What the docket adds to the engine's dates (absent on the engine's own output):
  /** Who in the team answers for it. */
  owner: z.string().optional(),
  resolution: deadlineResolutionSchema.optional(),
  /** Days before the due date the reminder starts. */
  reminderDays: z.number().int().min(0).max(365).optional(),
  /** A custom deadline's own sharing scope (a computed one follows its record's). */
  scope: sharingScopeSchema.optional(),
  origin: customDeadlineOriginSchema.optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** The name the deadline schema had before custom deadlines joined it; the same schema. */
export const computedDeadlineSchema = deadlineSchema;
export type ComputedDeadline = Deadline;

function statusFor(dueDate: IsoDate, completedOn: IsoDate | undefined): DeadlineStatus {
  if (completedOn === undefined) return 'open';
  return compareIsoDates(completedOn, dueDate) <= 0 ? 'met' : 'late';
}

function addPeriod(iso: IsoDate, amount: number, unit: PeriodUnit): IsoDate {
  if (unit === 'days') return addDays(iso, amount);
  if (unit === 'months') return addMonths(iso, amount);
  return addYears(iso, amount);
}

/** INA 208: the one-year clock runs from the last arrival or April 1, 1997, whichever is later. */
export const ASYLUM_DEADLINE_EFFECTIVE_DATE: IsoDate = '1997-04-01';

/** What the engine needs beyond the facts and the rule parameters, from Settings. */
export interface EngineOptions {
  /** One-off closures of federal offices: not business days for any federal deadline. */
  closures?: readonly Closure[];
  /**
   * Deadlines counted back from a hearing get a "safe date" beside them: the counted day, or the business day
   * before it when it is not one, minus this many business days. Undefined or null: no safe date.
   */
  safeDateBusinessDays?: number | null;
}

/** The business days of one rule: federal holidays and closures; Inauguration Day too at the BIA. */
export function calendarFor(
  rule: Pick<DeadlineRule, 'calendar'>,
  options: EngineOptions = {},
): BusinessCalendar {
  return { inaugurationDay: rule.calendar === 'bia', closures: options.closures ?? [] };
}

interface DeadlineInput {
  ruleId: RuleId;
  recordId: string | undefined;
  triggerLabel: string;
  triggerDate: IsoDate;
  amount: number;
  completion?: { label: string; date: IsoDate | undefined };
}

function safeDateFor(counted: IsoDate, dueDate: IsoDate, calendar: BusinessCalendar, extra: number) {
  const safe = addBusinessDays(rollBackward(counted, calendar), -extra, calendar);
  if (safe >= dueDate) return undefined;
  const reason =
    extra === 0
      ? 'the last business day on or before the counted day'
      : `${extra} business day${extra === 1 ? '' : 's'} before the last business day on or before the counted day`;
  return { date: safe, reason: `Internal target: ${reason}.` };
}

function computeOne(input: DeadlineInput, options: EngineOptions): ComputedDeadline {
  const rule = RULES[input.ruleId];
  const calendar = calendarFor(rule, options);
  const signed = rule.direction === 'after' ? input.amount : -input.amount;
  const computed = rule.businessDays
    ? addBusinessDays(input.triggerDate, signed, calendar)
    : addPeriod(input.triggerDate, signed, rule.unit);
  const reason = rule.roll === 'none' ? null : nonBusinessReason(computed, calendar);
  const dueDate =
    reason === null
      ? computed
      : rule.roll === 'forward'
        ? rollForward(computed, calendar)
        : rollBackward(computed, calendar);
  const completedOn = input.completion?.date;
  const deadline: ComputedDeadline = {
    key: `${rule.id}:${input.recordId ?? 'case'}`,
    kind: 'computed',
    ruleId: rule.id,
    front: rule.front,
    title: rule.title,
    description: rule.description,
    source: rule.source,
    sourceUrl: rule.sourceUrl,
    verify: rule.verify,
    watch: rule.watch,
    trigger: { label: input.triggerLabel, date: input.triggerDate },
    period: {
      amount: input.amount,
      unit: rule.unit,
      direction: rule.direction,
      ...(rule.businessDays ? { business: true } : {}),
    },
    dueDate,
    rolled: reason === null ? null : { from: computed, reason },
    status: statusFor(dueDate, completedOn),
  };
  if (input.completion && completedOn !== undefined) {
    deadline.completion = { label: input.completion.label, date: completedOn };
  }
  if (input.recordId !== undefined) deadline.relatedRecordId = input.recordId;
  if (rule.note !== undefined) deadline.note = rule.note;
  if (rule.expires === 'after-trigger') deadline.expiresAfter = input.triggerDate;
  if (rule.expires === 'after-due-date') deadline.expiresAfter = dueDate;
  const extra = options.safeDateBusinessDays;
  if (rule.direction === 'before' && extra !== undefined && extra !== null) {
    const safeDate = safeDateFor(computed, dueDate, calendar, extra);
    if (safeDate) deadline.safeDate = safeDate;
  }
  return deadline;
}

export function byDueDateThenRule(a: ComputedDeadline, b: ComputedDeadline): number {
  return (
    compareIsoDates(a.dueDate, b.dueDate) ||
    (a.ruleId ?? '~').localeCompare(b.ruleId ?? '~', 'en') ||
    a.key.localeCompare(b.key, 'en')
  );
}

/**
 * Every deadline the facts allow to be computed, sorted by due date then rule id. Facts are validated with
 * `caseFactsSchema` (throws a ZodError on a malformed date or duplicate record id); parameters with
 * `ruleParametersSchema`.
 */
export function computeDeadlines(
  facts: CaseFacts | CaseFactsInput,
  params: RuleParameters = DEFAULT_RULE_PARAMETERS,
  options: EngineOptions = {},
): ComputedDeadline[] {
  const f = caseFactsSchema.parse(facts);
  const p = ruleParametersSchema.parse(params);
  const out: ComputedDeadline[] = [];
  const add = (input: DeadlineInput) => out.push(computeOne(input, options));

  // Immigration: one-year asylum deadline (not for an unaccompanied child, INA 208(a)(2)(E)).
  if (f.lastArrivalDate !== undefined && f.unaccompaniedChild !== true) {
    const beforeEffective = compareIsoDates(f.lastArrivalDate, ASYLUM_DEADLINE_EFFECTIVE_DATE) < 0;
    add({
      ruleId: 'asylum-one-year',
      recordId: undefined,
      triggerLabel: beforeEffective
        ? 'April 1, 1997 (the last arrival was earlier)'
        : 'Last arrival in the United States',
      triggerDate: beforeEffective ? ASYLUM_DEADLINE_EFFECTIVE_DATE : f.lastArrivalDate,
      amount: STATUTORY_PERIODS.asylumOneYearYears,
      completion: { label: 'Asylum application filed', date: f.asylumFiledDate },
    });
  }

  // Immigration court: filings before non-detained master and individual hearings. Detained: set by the IJ.
  for (const hearing of f.hearings) {
    if (hearing.detained || (hearing.kind !== 'master' && hearing.kind !== 'individual')) continue;
    const individual = hearing.kind === 'individual';
    add({
      ruleId: 'eoir-filing-before-hearing',
      recordId: hearing.id,
      triggerLabel: individual
        ? 'Individual calendar hearing (non-detained)'
        : 'Master calendar hearing (non-detained; if a ruling is wanted)',
      triggerDate: hearing.date,
      amount: individual ? p.eoirNonDetainedFilingDaysBeforeHearing : p.eoirMasterFilingDaysBeforeHearing,
      completion: { label: 'Filings received by the court', date: hearing.filingsSubmittedDate },
    });
  }

  for (const filing of f.opposingFilings ?? []) {
    if (filing.detained) continue;
    add({
      ruleId: 'eoir-response',
      recordId: filing.id,
      triggerLabel: 'Other party’s filing received by the court',
      triggerDate: filing.date,
      amount: p.eoirResponseDays,
      completion: { label: 'Response filed', date: filing.responseFiledDate },
    });
  }

  for (const decision of f.ijDecisions) {
    if (decision.inAbsentia === true) {
      // No appeal lies from an in-absentia order (8 CFR 1240.15): the motion to reopen is the route.
      add({
        ruleId: 'motion-to-reopen-in-absentia',
        recordId: decision.id,
        triggerLabel: 'Removal order entered in absentia',
        triggerDate: decision.date,
        amount: STATUTORY_PERIODS.inAbsentiaReopenDays,
        completion: { label: 'Motion to reopen filed', date: decision.motionToReopenFiledDate },
      });
    } else {
      add({
        ruleId: 'bia-appeal-ij-decision',
        recordId: decision.id,
        triggerLabel:
          decision.delivery === 'oral'
            ? 'Immigration judge’s oral decision'
            : 'Immigration judge’s written decision mailed or served',
        triggerDate: decision.date,
        amount: STATUTORY_PERIODS.biaAppealDays,
        completion: { label: 'Appeal filed with the BIA', date: decision.appealFiledDate },
      });
    }
  }

  for (const departure of f.voluntaryDepartures ?? []) {
    add({
      ruleId: 'voluntary-departure',
      recordId: departure.id,
      triggerLabel:
        departure.stage === 'at-conclusion'
          ? 'Voluntary departure granted at the conclusion of proceedings'
          : 'Voluntary departure granted before the conclusion of proceedings',
      triggerDate: departure.date,
      amount: departure.days,
      completion: { label: 'Departed', date: departure.departedDate },
    });
    if (departure.stage === 'at-conclusion') {
      add({
        ruleId: 'voluntary-departure-bond',
        recordId: departure.id,
        triggerLabel: 'Voluntary departure order',
        triggerDate: departure.date,
        amount: STATUTORY_PERIODS.voluntaryDepartureBondBusinessDays,
        completion: { label: 'Bond posted', date: departure.bondPostedDate },
      });
    }
  }

  for (const decision of f.biaDecisions) {
    if (decision.remanded === true) continue; // a remand is not a final order
    add({
      ruleId: 'petition-for-review',
      recordId: decision.id,
      triggerLabel: 'BIA final order',
      triggerDate: decision.date,
      amount: STATUTORY_PERIODS.petitionForReviewDays,
      completion: { label: 'Petition for review filed', date: decision.petitionFiledDate },
    });
  }

  for (const schedule of f.briefingSchedules ?? []) {
    const second = schedule.mode === 'sequential' && schedule.clientRole === 'appellee';
    add({
      ruleId: 'bia-brief',
      recordId: schedule.id,
      triggerLabel: `BIA briefing schedule (${schedule.mode}${second ? ', brief after the appealing party’s' : ''})`,
      triggerDate: schedule.date,
      amount: STATUTORY_PERIODS.biaBriefDays * (second ? 2 : 1),
      completion: { label: 'Brief filed', date: schedule.briefFiledDate },
    });
  }

  if (f.finalOrderDate !== undefined) {
    const base = {
      recordId: f.finalOrderId,
      triggerLabel: 'Final order of removal',
      triggerDate: f.finalOrderDate,
    };
    if (f.finalOrderInAbsentia !== true) {
      add({
        ...base,
        ruleId: 'motion-to-reopen',
        amount: STATUTORY_PERIODS.motionToReopenDays,
        completion: { label: 'Motion to reopen filed', date: f.motionToReopenFiledDate },
      });
    }
    add({
      ...base,
      ruleId: 'motion-to-reconsider',
      amount: STATUTORY_PERIODS.motionToReconsiderDays,
      completion: { label: 'Motion to reconsider filed', date: f.motionToReconsiderFiledDate },
    });
    add({ ...base, ruleId: 'removal-period', amount: STATUTORY_PERIODS.removalPeriodDays });
    if (f.detainedAfterFinalOrder === true) {
      add({ ...base, ruleId: 'post-order-custody-review-90', amount: STATUTORY_PERIODS.postOrderReviewDays });
      add({
        ...base,
        ruleId: 'post-order-custody-review-180',
        amount: STATUTORY_PERIODS.postOrderHeadquartersReviewDays,
      });
    }
  }

  if (f.administrativeOrder !== undefined) {
    add({
      ruleId: 'petition-for-review-withholding-only',
      recordId: f.administrativeOrder.id,
      triggerLabel: 'Final administrative removal order (withholding-only case)',
      triggerDate: f.administrativeOrder.date,
      amount: STATUTORY_PERIODS.petitionForReviewDays,
      completion: { label: 'Petition for review filed', date: f.administrativeOrder.petitionFiledDate },
    });
  }

  for (const decision of f.circuitDecisions ?? []) {
    add({
      ruleId: 'circuit-rehearing',
      recordId: decision.id,
      triggerLabel: 'Judgment of the court of appeals',
      triggerDate: decision.date,
      amount: STATUTORY_PERIODS.rehearingDaysUnitedStatesParty,
      completion: { label: 'Petition for rehearing filed', date: decision.rehearingFiledDate },
    });
    const afterRehearing = decision.rehearingDeniedDate !== undefined;
    add({
      ruleId: 'certiorari',
      recordId: decision.id,
      triggerLabel: afterRehearing ? 'Denial of rehearing' : 'Judgment of the court of appeals',
      triggerDate: decision.rehearingDeniedDate ?? decision.date,
      amount: STATUTORY_PERIODS.certiorariDays,
      completion: { label: 'Petition for certiorari filed', date: decision.certiorariFiledDate },
    });
  }

  for (const change of f.addressChanges ?? []) {
    if (change.inProceedings) {
      add({
        ruleId: 'eoir-33-change-of-address',
        recordId: change.id,
        triggerLabel: 'Change of address',
        triggerDate: change.date,
        amount: STATUTORY_PERIODS.eoir33Days,
        completion: { label: 'EOIR-33 filed', date: change.eoir33FiledDate },
      });
    }
    add({
      ruleId: 'ar-11-change-of-address',
      recordId: change.id,
      triggerLabel: 'Change of address',
      triggerDate: change.date,
      amount: STATUTORY_PERIODS.ar11Days,
      completion: { label: 'AR-11 filed', date: change.ar11FiledDate },
    });
  }

  for (const request of f.foiaRequests ?? []) {
    if (request.submittedDate !== undefined) {
      add({
        ruleId: 'foia-agency-response',
        recordId: request.id,
        triggerLabel: 'FOIA request submitted',
        triggerDate: request.submittedDate,
        amount: STATUTORY_PERIODS.foiaResponseBusinessDays,
        completion: {
          label: 'Agency determination received',
          date: request.responseDate ?? request.denialDate,
        },
      });
    }
    if (request.denialDate !== undefined) {
      add({
        ruleId: 'foia-appeal',
        recordId: request.id,
        triggerLabel: 'Adverse FOIA determination',
        triggerDate: request.denialDate,
        amount: STATUTORY_PERIODS.foiaAppealDays,
        completion: { label: 'Appeal filed', date: request.appealFiledDate },
      });
    }
  }

  // Custody.
  for (const decision of f.bondDecisions) {
    add({
      ruleId: 'bond-appeal-bia',
      recordId: decision.id,
      triggerLabel: 'Immigration judge’s bond decision',
      triggerDate: decision.date,
      amount: STATUTORY_PERIODS.bondAppealDays,
      completion: { label: 'Bond appeal filed with the BIA', date: decision.appealFiledDate },
    });
  }

  for (const grant of f.bondGrants ?? []) {
    add({
      ruleId: 'dhs-auto-stay-notice',
      recordId: grant.id,
      triggerLabel: 'Immigration judge’s order authorizing release',
      triggerDate: grant.date,
      amount: STATUTORY_PERIODS.autoStayNoticeBusinessDays,
      completion: { label: 'DHS filed the EOIR-43', date: grant.stayNoticeDate },
    });
    if (grant.stayNoticeDate !== undefined) {
      add({
        ruleId: 'dhs-auto-stay-appeal',
        recordId: grant.id,
        triggerLabel: 'Immigration judge’s order authorizing release (stayed by DHS)',
        triggerDate: grant.date,
        amount: STATUTORY_PERIODS.autoStayAppealBusinessDays,
        completion: { label: 'DHS notice of appeal filed', date: grant.dhsAppealDate },
      });
    }
    if (grant.dhsAppealDate !== undefined) {
      add({
        ruleId: 'dhs-auto-stay-lapse',
        recordId: grant.id,
        triggerLabel: 'DHS notice of appeal of the bond grant',
        triggerDate: grant.dhsAppealDate,
        amount: STATUTORY_PERIODS.autoStayLapseDays,
        completion: { label: 'BIA decided the custody appeal', date: grant.biaDecisionDate },
      });
    }
  }

  for (const release of f.releases ?? []) {
    add({
      ruleId: 'ij-release-conditions',
      recordId: release.id,
      triggerLabel: 'Release from custody',
      triggerDate: release.date,
      amount: STATUTORY_PERIODS.releaseConditionsRequestDays,
      completion: { label: 'Request filed with the immigration judge', date: release.requestFiledDate },
    });
  }

  for (const decision of f.conditionsDecisions ?? []) {
    add({
      ruleId: 'bia-appeal-dhs-conditions',
      recordId: decision.id,
      triggerLabel: 'DHS decision on the request to review release conditions',
      triggerDate: decision.date,
      amount: STATUTORY_PERIODS.dhsConditionsAppealDays,
      completion: { label: 'Appeal filed with the BIA', date: decision.appealFiledDate },
    });
  }

  // INTERPOL: CCF.
  for (const request of f.ccfRequests) {
    if (request.admissibilityDate !== undefined && request.type !== 'revision') {
      const access = request.type === 'access';
      add({
        ruleId: access ? 'ccf-decision-access' : 'ccf-decision-correction-deletion',
        recordId: request.id,
        triggerLabel: `CCF found the ${request.type} request admissible`,
        triggerDate: request.admissibilityDate,
        amount: access ? p.ccfAccessMonths : p.ccfCorrectionDeletionMonths,
        completion: { label: 'CCF decision', date: request.decisionDate },
      });
    }
    if (request.newFactDate !== undefined) {
      add({
        ruleId: 'ccf-revision',
        recordId: request.id,
        triggerLabel: 'New fact discovered',
        triggerDate: request.newFactDate,
        amount: p.ccfRevisionMonths,
        completion: { label: 'Revision application filed', date: request.revisionFiledDate },
      });
    }
  }

  // Extradition.
  for (const extradition of f.extraditions) {
    if (extradition.provisionalArrestDate !== undefined) {
      const treatySpecific = extradition.treatyWindowDays !== undefined;
      add({
        ruleId: 'extradition-formal-request',
        recordId: extradition.id,
        triggerLabel: treatySpecific
          ? 'Provisional arrest (treaty window recorded on the case)'
          : 'Provisional arrest (default treaty window from Settings)',
        triggerDate: extradition.provisionalArrestDate,
        amount: extradition.treatyWindowDays ?? p.treatyFormalRequestDays,
        completion: { label: 'Formal request received', date: extradition.formalRequestReceivedDate },
      });
    }
    if (extradition.commitmentDate !== undefined) {
      add({
        ruleId: 'extradition-3188-release',
        recordId: extradition.id,
        triggerLabel: 'Commitment for extradition',
        triggerDate: extradition.commitmentDate,
        amount: p.extraditionReleaseMonthsAfterCommitment,
        completion: { label: 'Surrendered', date: extradition.surrenderDate },
      });
    }
  }

  // Advocacy.
  for (const communication of f.wgadCommunications) {
    add({
      ruleId: 'wgad-government-reply',
      recordId: communication.id,
      triggerLabel: 'Working Group communication to the Government',
      triggerDate: communication.date,
      amount: p.wgadReplyDays,
      completion: { label: 'Government reply received', date: communication.replyReceivedDate },
    });
  }

  return out.sort(byDueDateThenRule);
}

// ---------------------------------------------------------------------------------------------------------------
// Overrides
// ---------------------------------------------------------------------------------------------------------------

/** An attorney's replacement date for one computed deadline; a reason is required. */
export const deadlineOverrideSchema = z.object({
  key: z.string().min(1),
  dueDate: date,
  reason: z.string().trim().min(3, 'Give a reason for overriding the computed date (at least 3 characters).'),
});
export type DeadlineOverride = z.infer<typeof deadlineOverrideSchema>;

/**
 * Replaces computed due dates by the attorney's (each override is validated: one without a reason throws a
 * ZodError). The deadline keeps the computed date in `override.originalDueDate`; its status is recomputed against
 * the new date. An override whose key matches no deadline is ignored (the facts that produced it may have changed);
 * for two overrides of the same key, the last wins. The result is re-sorted.
 */
export function applyOverrides(
  deadlines: readonly ComputedDeadline[],
  overrides: readonly DeadlineOverride[],
): ComputedDeadline[] {
  const byKey = new Map(
    overrides.map((o) => deadlineOverrideSchema.parse(o)).map((o) => [o.key, o] as const),
  );
  return deadlines
    .map((deadline) => {
      const override = byKey.get(deadline.key);
      if (!override) return deadline;
      const originalDueDate = deadline.override?.originalDueDate ?? deadline.dueDate;
      const overridden: ComputedDeadline = {
        ...deadline,
        dueDate: override.dueDate,
        status: statusFor(override.dueDate, deadline.completion?.date),
        override: { originalDueDate, reason: override.reason },
      };
      if (deadline.ruleId !== null && RULES[deadline.ruleId].expires === 'after-due-date') {
        overridden.expiresAfter = override.dueDate;
      }
      return overridden;
    })
    .sort(byDueDateThenRule);
}

// ---------------------------------------------------------------------------------------------------------------
// Upcoming dashboard
// ---------------------------------------------------------------------------------------------------------------

export const BUCKETS = ['overdue', 'within7', 'within30', 'within90', 'later'] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface BucketedDeadlines {
  counts: Record<Bucket, number>;
  groups: Record<Bucket, ComputedDeadline[]>;
}

/** Which bucket a due date falls in, seen from today: overdue (< today), 0–7, 8–30, 31–90 days, later. */
export function bucketFor(dueDate: IsoDate, today: IsoDate): Bucket {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 7) return 'within7';
  if (daysLeft <= 30) return 'within30';
  if (daysLeft <= 90) return 'within90';
  return 'later';
}

/**
 * Groups OPEN deadlines for the Upcoming dashboard. Met and late ones (already done) are left out; an open deadline
 * whose date has passed is 'overdue'. Groups keep due-date order.
 */
export function bucketize(deadlines: readonly ComputedDeadline[], today: IsoDate): BucketedDeadlines {
  isoDateSchema.parse(today);
  const groups: Record<Bucket, ComputedDeadline[]> = {
    overdue: [],
    within7: [],
    within30: [],
    within90: [],
    later: [],
  };
  for (const deadline of [...deadlines].sort(byDueDateThenRule)) {
    if (deadline.status !== 'open') continue;
    groups[bucketFor(deadline.dueDate, today)].push(deadline);
  }
  const counts = Object.fromEntries(BUCKETS.map((b) => [b, groups[b].length])) as Record<Bucket, number>;
  return { counts, groups };
}
