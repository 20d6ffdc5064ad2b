import { z } from 'zod';
import {
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
  frontSchema,
  periodDirectionSchema,
  periodUnitSchema,
  ruleIdSchema,
  ruleParametersSchema,
  type PeriodUnit,
  type RuleId,
  type RuleParameters,
} from './rules';

/**
 * The deadline engine: case facts (trigger dates with the ids of the records they came from) in, computed deadlines
 * out. Pure: no clock (callers pass `today` where it matters), no I/O.
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

export const ijDecisionFactSchema = z.object({
  id: recordId,
  /** Oral: the day the decision was stated. Mailed: the mailing (or electronic service) date on the decision. */
  date,
  delivery: z.enum(['oral', 'mailed']),
  appealFiledDate: date.optional(),
});
export const biaDecisionFactSchema = z.object({ id: recordId, date, petitionFiledDate: date.optional() });
export const custodyDeterminationFactSchema = z.object({
  id: recordId,
  date,
  appealFiledDate: date.optional(),
});
export const bondDecisionFactSchema = z.object({ id: recordId, date, appealFiledDate: date.optional() });

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
  ntaFiledDate: date.optional(),
  hearings: uniqueIds(hearingFactSchema),
  ijDecisions: uniqueIds(ijDecisionFactSchema),
  biaDecisions: uniqueIds(biaDecisionFactSchema),
  finalOrderDate: date.optional(),
  finalOrderId: recordId.optional(),
  motionToReopenFiledDate: date.optional(),
  motionToReconsiderFiledDate: date.optional(),
  custodyDeterminations: uniqueIds(custodyDeterminationFactSchema),
  bondDecisions: uniqueIds(bondDecisionFactSchema),
  ccfRequests: uniqueIds(ccfRequestFactSchema),
  extraditions: uniqueIds(extraditionFactSchema),
  wgadCommunications: uniqueIds(wgadCommunicationFactSchema),
  /** Optional (an addition to the original fact list): absent means none. */
  opposingFilings: uniqueIds(opposingFilingFactSchema).optional(),
});
/** Facts after parsing: every list present (possibly empty). */
export type CaseFacts = z.infer<typeof caseFactsSchema>;
/** Facts as a caller may write them: lists may be left out. */
export type CaseFactsInput = z.input<typeof caseFactsSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Computed deadlines
// ---------------------------------------------------------------------------------------------------------------

export const deadlineStatusSchema = z.enum(['open', 'met', 'late']);
/** open: not yet done (including past due: see bucketize); met: done on or before the due date; late: done after. */
export type DeadlineStatus = z.infer<typeof deadlineStatusSchema>;

export const computedDeadlineSchema = z.object({
  /** ruleId + ':' + source record id (or 'case'): unique and stable across recomputation. */
  key: z.string().min(1),
  ruleId: ruleIdSchema,
  front: frontSchema,
  title: z.string(),
  description: z.string(),
  source: z.string(),
  sourceUrl: z.string(),
  verify: z.boolean(),
  trigger: z.object({ label: z.string(), date }),
  /** The period counted from the trigger. */
  period: z.object({
    amount: z.number().int().positive(),
    unit: periodUnitSchema,
    direction: periodDirectionSchema,
  }),
  dueDate: date,
  /** Set when the computed last day was not a business day and was moved (describes the computed date). */
  rolled: z.object({ from: date, reason: z.string() }).nullable(),
  status: deadlineStatusSchema,
  /** The filing or event that satisfies the deadline, when recorded. */
  completion: z.object({ label: z.string(), date }).optional(),
  relatedRecordId: z.string().optional(),
  /** Set by applyOverrides: the attorney's date replaced the computed one. */
  override: z.object({ originalDueDate: date, reason: z.string() }).optional(),
});
export type ComputedDeadline = z.infer<typeof computedDeadlineSchema>;

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

interface DeadlineInput {
  ruleId: RuleId;
  recordId: string | undefined;
  triggerLabel: string;
  triggerDate: IsoDate;
  amount: number;
  completion?: { label: string; date: IsoDate | undefined };
}

function computeOne(input: DeadlineInput): ComputedDeadline {
  const rule = RULES[input.ruleId];
  const signed = rule.direction === 'after' ? input.amount : -input.amount;
  const computed = addPeriod(input.triggerDate, signed, rule.unit);
  const reason = rule.roll === 'none' ? null : nonBusinessReason(computed);
  const dueDate =
    reason === null ? computed : rule.roll === 'forward' ? rollForward(computed) : rollBackward(computed);
  const completedOn = input.completion?.date;
  const deadline: ComputedDeadline = {
    key: `${rule.id}:${input.recordId ?? 'case'}`,
    ruleId: rule.id,
    front: rule.front,
    title: rule.title,
    description: rule.description,
    source: rule.source,
    sourceUrl: rule.sourceUrl,
    verify: rule.verify,
    trigger: { label: input.triggerLabel, date: input.triggerDate },
    period: { amount: input.amount, unit: rule.unit, direction: rule.direction },
    dueDate,
    rolled: reason === null ? null : { from: computed, reason },
    status: statusFor(dueDate, completedOn),
  };
  if (input.completion && completedOn !== undefined) {
    deadline.completion = { label: input.completion.label, date: completedOn };
  }
  if (input.recordId !== undefined) deadline.relatedRecordId = input.recordId;
  return deadline;
}

function byDueDateThenRule(a: ComputedDeadline, b: ComputedDeadline): number {
  return (
    compareIsoDates(a.dueDate, b.dueDate) ||
    a.ruleId.localeCompare(b.ruleId, 'en') ||
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
): ComputedDeadline[] {
  const f = caseFactsSchema.parse(facts);
  const p = ruleParametersSchema.parse(params);
  const out: ComputedDeadline[] = [];

  // Immigration: one-year asylum deadline.
  if (f.lastArrivalDate !== undefined) {
    const beforeEffective = compareIsoDates(f.lastArrivalDate, ASYLUM_DEADLINE_EFFECTIVE_DATE) < 0;
    out.push(
      computeOne({
        ruleId: 'asylum-one-year',
        recordId: undefined,
        triggerLabel: beforeEffective
          ? 'April 1, 1997 (the last arrival was earlier)'
          : 'Last arrival in the United States',
        triggerDate: beforeEffective ? ASYLUM_DEADLINE_EFFECTIVE_DATE : f.lastArrivalDate,
        amount: STATUTORY_PERIODS.asylumOneYearYears,
        completion: { label: 'Asylum application filed', date: f.asylumFiledDate },
      }),
    );
  }

  // Immigration court: filings before non-detained master and individual hearings. Detained: set by the IJ.
  for (const hearing of f.hearings) {
    if (hearing.detained || (hearing.kind !== 'master' && hearing.kind !== 'individual')) continue;
    const individual = hearing.kind === 'individual';
    out.push(
      computeOne({
        ruleId: 'eoir-filing-before-hearing',
        recordId: hearing.id,
        triggerLabel: individual
          ? 'Individual calendar hearing (non-detained)'
          : 'Master calendar hearing (non-detained; if a ruling is wanted)',
        triggerDate: hearing.date,
        amount: individual ? p.eoirNonDetainedFilingDaysBeforeHearing : p.eoirMasterFilingDaysBeforeHearing,
        completion: { label: 'Filings received by the court', date: hearing.filingsSubmittedDate },
      }),
    );
  }

  for (const filing of f.opposingFilings ?? []) {
    if (filing.detained) continue;
    out.push(
      computeOne({
        ruleId: 'eoir-response',
        recordId: filing.id,
        triggerLabel: 'Other party’s filing received by the court',
        triggerDate: filing.date,
        amount: p.eoirResponseDays,
        completion: { label: 'Response filed', date: filing.responseFiledDate },
      }),
    );
  }

  for (const decision of f.ijDecisions) {
    out.push(
      computeOne({
        ruleId: 'bia-appeal-ij-decision',
        recordId: decision.id,
        triggerLabel:
          decision.delivery === 'oral'
            ? 'Immigration judge’s oral decision'
            : 'Immigration judge’s written decision mailed or served',
        triggerDate: decision.date,
        amount: STATUTORY_PERIODS.biaAppealDays,
        completion: { label: 'Appeal filed with the BIA', date: decision.appealFiledDate },
      }),
    );
  }

  for (const decision of f.biaDecisions) {
    out.push(
      computeOne({
        ruleId: 'petition-for-review',
        recordId: decision.id,
        triggerLabel: 'BIA final order',
        triggerDate: decision.date,
        amount: STATUTORY_PERIODS.petitionForReviewDays,
        completion: { label: 'Petition for review filed', date: decision.petitionFiledDate },
      }),
    );
  }

  if (f.finalOrderDate !== undefined) {
    const base = {
      recordId: f.finalOrderId,
      triggerLabel: 'Final order of removal',
      triggerDate: f.finalOrderDate,
    };
    out.push(
      computeOne({
        ...base,
        ruleId: 'motion-to-reopen',
        amount: STATUTORY_PERIODS.motionToReopenDays,
        completion: { label: 'Motion to reopen filed', date: f.motionToReopenFiledDate },
      }),
      computeOne({
        ...base,
        ruleId: 'motion-to-reconsider',
        amount: STATUTORY_PERIODS.motionToReconsiderDays,
        completion: { label: 'Motion to reconsider filed', date: f.motionToReconsiderFiledDate },
      }),
      computeOne({ ...base, ruleId: 'removal-period', amount: STATUTORY_PERIODS.removalPeriodDays }),
    );
  }

  // Custody.
  for (const decision of f.bondDecisions) {
    out.push(
      computeOne({
        ruleId: 'bond-appeal-bia',
        recordId: decision.id,
        triggerLabel: 'Immigration judge’s bond decision',
        triggerDate: decision.date,
        amount: STATUTORY_PERIODS.bondAppealDays,
        completion: { label: 'Bond appeal filed with the BIA', date: decision.appealFiledDate },
      }),
    );
  }

  for (const determination of f.custodyDeterminations) {
    out.push(
      computeOne({
        ruleId: 'dhs-custody-appeal',
        recordId: determination.id,
        triggerLabel: 'DHS custody determination',
        triggerDate: determination.date,
        amount: p.dhsCustodyAppealDays,
        completion: { label: 'Custody appeal filed', date: determination.appealFiledDate },
      }),
    );
  }

  // INTERPOL: CCF.
  for (const request of f.ccfRequests) {
    if (request.admissibilityDate !== undefined && request.type !== 'revision') {
      const access = request.type === 'access';
      out.push(
        computeOne({
          ruleId: access ? 'ccf-decision-access' : 'ccf-decision-correction-deletion',
          recordId: request.id,
          triggerLabel: `CCF found the ${request.type} request admissible`,
          triggerDate: request.admissibilityDate,
          amount: access ? p.ccfAccessMonths : p.ccfCorrectionDeletionMonths,
          completion: { label: 'CCF decision', date: request.decisionDate },
        }),
      );
    }
    if (request.newFactDate !== undefined) {
      out.push(
        computeOne({
          ruleId: 'ccf-revision',
          recordId: request.id,
          triggerLabel: 'New fact discovered',
          triggerDate: request.newFactDate,
          amount: p.ccfRevisionMonths,
          completion: { label: 'Revision application filed', date: request.revisionFiledDate },
        }),
      );
    }
  }

  // Extradition.
  for (const extradition of f.extraditions) {
    if (extradition.provisionalArrestDate !== undefined) {
      const treatySpecific = extradition.treatyWindowDays !== undefined;
      out.push(
        computeOne({
          ruleId: 'extradition-formal-request',
          recordId: extradition.id,
          triggerLabel: treatySpecific
            ? 'Provisional arrest (treaty window recorded on the case)'
            : 'Provisional arrest (default treaty window from Settings)',
          triggerDate: extradition.provisionalArrestDate,
          amount: extradition.treatyWindowDays ?? p.treatyFormalRequestDays,
          completion: { label: 'Formal request received', date: extradition.formalRequestReceivedDate },
        }),
      );
    }
    if (extradition.commitmentDate !== undefined) {
      out.push(
        computeOne({
          ruleId: 'extradition-3188-release',
          recordId: extradition.id,
          triggerLabel: 'Commitment for extradition',
          triggerDate: extradition.commitmentDate,
          amount: p.extraditionReleaseMonthsAfterCommitment,
          completion: { label: 'Surrendered', date: extradition.surrenderDate },
        }),
      );
    }
  }

  // Advocacy.
  for (const communication of f.wgadCommunications) {
    out.push(
      computeOne({
        ruleId: 'wgad-government-reply',
        recordId: communication.id,
        triggerLabel: 'Working Group communication to the Government',
        triggerDate: communication.date,
        amount: p.wgadReplyDays,
        completion: { label: 'Government reply received', date: communication.replyReceivedDate },
      }),
    );
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
      return {
        ...deadline,
        dueDate: override.dueDate,
        status: statusFor(override.dueDate, deadline.completion?.date),
        override: { originalDueDate, reason: override.reason },
      };
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
