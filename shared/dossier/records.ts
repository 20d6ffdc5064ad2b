import { z } from 'zod';
import { idSchema, optionalDate, requiredText, sharingScopeSchema, text, triStateSchema } from './common';

/**
 * The sub-records of a dossier, one schema per kind (domain.md §3). A record is stored as its kind, its sharing
 * scope and its data; the data schema below is the whole truth of what a kind may hold.
 */

export const FRONTS = [
  'immigration',
  'custody',
  'interpol',
  'extradition',
  'home-country',
  'persecution',
  'counsel',
] as const;
export const frontSchema = z.enum(FRONTS);
export type Front = z.infer<typeof frontSchema>;

export const FRONT_LABELS: Record<Front, string> = {
  immigration: 'U.S. immigration',
  custody: 'Custody & detention',
  interpol: 'INTERPOL & CCF',
  extradition: 'Extradition',
  'home-country': 'Home-country case',
  persecution: 'Persecution incidents',
  counsel: 'Parties & notes',
};

const RELIEF = ['asylum', 'withholding', 'cat-withholding', 'cat-deferral', 'other'] as const;

export const immigrationSchema = z.object({
  aNumber: z
    .string()
    .trim()
    .regex(
      /^(A-?)?\d{3}-?\d{3}-?\d{3}$|^(A-?)?\d{8}$|^$/i,
      'An A-number has 8 or 9 digits, e.g. A-123-456-789.',
    )
    .optional(),
  entryDate: optionalDate,
  lastArrivalDate: optionalDate,
  entryPort: text(200),
  entryManner: z.enum(['visa', 'ewi', 'parole', 'vwp', 'other', 'unknown']).default('unknown'),
  visaClass: text(40),
  i94Number: text(40),
  currentStatus: text(200),
  ntaServedDate: optionalDate,
  ntaFiledDate: optionalDate,
  ntaCharges: text(2000),
  pleadings: text(2000),
  court: text(200),
  judge: text(200),
  dhsCounsel: text(200),
  eoirCaseStatus: text(200),
  reliefSought: z.array(z.enum(RELIEF)).max(RELIEF.length).default([]),
  asylumFilingPlan: z.enum(['affirmative', 'defensive', 'none', 'undecided']).default('undecided'),
  i589FiledDate: optionalDate,
  i589Agency: z.enum(['uscis', 'immigration-court']).optional(),
  protectedGrounds: z
    .array(z.enum(['race', 'religion', 'nationality', 'political-opinion', 'particular-social-group']))
    .max(5)
    .default([]),
  socialGroupFormulation: text(1000),
  oneYearException: z.enum(['none', 'changed-circumstances', 'extraordinary-circumstances']).default('none'),
  barsAnalysis: text(4000),
  seriousNonpoliticalCrimeBarRaised: triStateSchema.default('unknown'),
  /** How DHS's W-E-R-B- showing will be rebutted (by a preponderance), when the bar is raised. */
  seriousNonpoliticalCrimeRebuttal: text(4000),
  /** INA 208(a)(2)(E): the one-year deadline does not apply to an unaccompanied alien child. */
  unaccompaniedChild: z.boolean().default(false),
  finalOrderDate: optionalDate,
  /** A final administrative removal order (INA 238(b)) or reinstated order (INA 241(a)(5)): withholding-only case. */
  administrativeRemovalOrderDate: optionalDate,
  withholdingOnlyPetitionFiledDate: optionalDate,
  /** The client's latest move: EOIR-33 to the court (5 days) and AR-11 to DHS (10 days). */
  addressChangedDate: optionalDate,
  eoir33FiledDate: optionalDate,
  ar11FiledDate: optionalDate,
  /** Trips abroad, planned or made: leaving while asylum is pending can abandon it (8 CFR 1208.8). */
  trips: z
    .array(
      z.object({
        departureDate: z.iso.date({ error: 'Enter the departure date.' }),
        returnDate: optionalDate,
        destination: text(200),
        advanceParole: triStateSchema.default('unknown'),
        toCountryOfFeared: z.boolean().default(false),
      }),
    )
    .max(50)
    .default([]),
  workAuthorizationEligibleDate: optionalDate,
  workAuthorizationSubmittedDate: optionalDate,
});

export const hearingSchema = z.object({
  kind: z.enum(['master', 'individual', 'bond', 'other']),
  date: z.iso.date({ error: 'Enter the hearing date.' }),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$|^$/, 'Use a 24-hour time like 09:30.')
    .optional(),
  detained: z.boolean().default(false),
  court: text(200),
  judge: text(200),
  needs: text(2000),
  outcome: text(2000),
});

export const decisionSchema = z
  .object({
    body: z.enum(['immigration-judge', 'bia', 'circuit-court', 'uscis']),
    date: z.iso.date({ error: 'Enter the decision date.' }),
    delivery: z.enum(['oral', 'mailed']).default('mailed'),
    outcome: z.enum(['granted', 'denied', 'remanded', 'dismissed', 'other']),
    /** What a grant granted: asylum, withholding, CAT (the refugee-policy check reads it). */
    reliefGranted: z.array(z.enum(RELIEF)).max(RELIEF.length).default([]),
    summary: text(4000),
    appealFiledDate: optionalDate,
    stayRequested: z.boolean().default(false),
    /** Immigration judge: entered in absentia (no BIA appeal; a motion to reopen within 180 days). */
    inAbsentia: z.boolean().default(false),
    motionToReopenFiledDate: optionalDate,
    /** Immigration judge: voluntary departure granted, for the number of days the judge set. */
    voluntaryDepartureDays: z
      .number()
      .int()
      .min(1)
      .max(120, 'Voluntary departure is at most 120 days.')
      .optional(),
    voluntaryDepartureStage: z.enum(['before-conclusion', 'at-conclusion']).optional(),
    voluntaryDepartureBondPostedDate: optionalDate,
    departedDate: optionalDate,
    /** BIA appeal of this decision: the briefing schedule and the client's brief. */
    briefingScheduleDate: optionalDate,
    briefingMode: z.enum(['simultaneous', 'sequential']).optional(),
    clientRole: z.enum(['appellant', 'appellee']).default('appellant'),
    briefFiledDate: optionalDate,
    /** Court of appeals: rehearing and certiorari. */
    rehearingFiledDate: optionalDate,
    rehearingDeniedDate: optionalDate,
    certiorariFiledDate: optionalDate,
  })
  .superRefine((decision, ctx) => {
    if (decision.voluntaryDepartureDays === undefined) return;
    if (decision.voluntaryDepartureStage === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['voluntaryDepartureStage'],
        message: 'Say whether voluntary departure was granted before or at the conclusion of proceedings.',
      });
    } else if (decision.voluntaryDepartureStage === 'at-conclusion' && decision.voluntaryDepartureDays > 60) {
      ctx.addIssue({
        code: 'custom',
        path: ['voluntaryDepartureDays'],
        message: 'Voluntary departure at the conclusion of proceedings is at most 60 days (INA 240B(b)(2)).',
      });
    }
  });

export const foiaSchema = z.object({
  agency: z.enum(['uscis', 'cbp', 'ice', 'obim', 'eoir', 'state', 'fbi', 'other']),
  submittedDate: optionalDate,
  trackingNumber: text(100),
  receivedDate: optionalDate,
  /** An adverse determination (denial, partial denial, no records): 90 days to appeal. */
  denialDate: optionalDate,
  appealFiledDate: optionalDate,
  note: text(1000),
});

export const custodySchema = z.object({
  arrestDate: z.iso.date({ error: 'Enter the arrest date.' }),
  arrestPlace: text(200),
  arrestSetting: z
    .enum(['uscis-interview', 'ice-check-in', 'border', 'home', 'other', 'unknown'])
    .default('unknown'),
  agency: z.enum(['ice-ero', 'ice-hsi', 'cbp', 'usms', 'local-police', 'other']).default('ice-ero'),
  projectRed: triStateSchema.default('unknown'),
  statedBasis: text(2000),
  /** ICE Directive 15006.1 forbids relying exclusively on a Red Notice or diffusion. */
  redNoticeSoleBasis: z.boolean().default(false),
  directive15006: z
    .object({
      verifiedCurrent: triStateSchema.default('unknown'),
      abuseReviewDone: triStateSchema.default('unknown'),
      supervisorApproval: triStateSchema.default('unknown'),
      ncbDocumentationRequested: triStateSchema.default('unknown'),
      ncbDocumentationReceived: triStateSchema.default('unknown'),
    })
    .default({
      verifiedCurrent: 'unknown',
      abuseReviewDone: 'unknown',
      supervisorApproval: 'unknown',
      ncbDocumentationRequested: 'unknown',
      ncbDocumentationReceived: 'unknown',
    }),
  facility: text(200),
  detaineeId: text(60),
  transfers: z
    .array(z.object({ date: z.iso.date(), facility: requiredText('The facility', 200) }))
    .max(50)
    .default([]),
  /** DHS's initial custody decision: no appeal lies from it; the route is a bond redetermination by the judge. */
  custodyDeterminationDate: optionalDate,
  /** Kept for records made before 2026-07: no deadline follows from DHS's initial custody decision. */
  custodyAppealFiledDate: optionalDate,
  bondHearingDate: optionalDate,
  bondAmount: z.number().nonnegative().max(10_000_000).optional(),
  bondDecisionDate: optionalDate,
  bondResult: z.enum(['granted', 'denied', 'no-jurisdiction', 'pending']).optional(),
  bondAppealFiledDate: optionalDate,
  releaseDate: optionalDate,
  releaseConditions: text(2000),
  /** Asked the immigration judge to ease the conditions (within 7 days of release, 8 CFR 1236.1(d)(1)). */
  releaseConditionsRequestFiledDate: optionalDate,
  /** DHS decided a request to review the release conditions (8 CFR 1236.1(d)(2)): 10 days to appeal. */
  conditionsReviewDecisionDate: optionalDate,
  conditionsReviewAppealFiledDate: optionalDate,
  /** After a bond grant: DHS's EOIR-43, its notice of appeal, and the BIA's decision on it. */
  dhsStayNoticeDate: optionalDate,
  dhsBondAppealFiledDate: optionalDate,
  bondAppealBiaDecisionDate: optionalDate,
  alternativesToDetention: text(500),
});

export const chargeSchema = z.object({
  description: requiredText('The charge', 500),
  articles: text(300),
  maxPenaltyYears: z.number().nonnegative().max(200).optional(),
  sentenceImposedMonths: z.number().nonnegative().max(2400).optional(),
  sentenceRemainingMonths: z.number().nonnegative().max(2400).optional(),
});

export const ARTICLE3_FACTORS = [
  'nature-of-offence',
  'status-of-person',
  'source-of-data',
  'positions-of-other-states',
  'international-law',
  'neutrality',
  'general-context',
] as const;

export const interpolSchema = z.object({
  type: z.enum(['red-notice', 'diffusion', 'other-notice']),
  controlNumber: text(100),
  requestingCountry: requiredText('The requesting country', 100),
  issuingAuthority: text(300),
  warrantNumber: text(100),
  warrantDate: optionalDate,
  issuedDate: optionalDate,
  basis: z.enum(['prosecution', 'sentence']).default('prosecution'),
  publicExtract: z.boolean().default(false),
  charges: z.array(chargeSchema).max(50).default([]),
  factsAlleged: text(4000),
  cameToLight: z
    .enum(['arrest', 'border-stop', 'bank', 'visa-denial', 'website', 'ccf-access', 'other', 'unknown'])
    .default('unknown'),
  status: z.enum(['active', 'suspended', 'deleted', 'unknown']).default('active'),
  compliance: z
    .object({
      article2HumanRights: z.boolean().default(false),
      article3Factors: z.array(z.enum(ARTICLE3_FACTORS)).max(ARTICLE3_FACTORS.length).default([]),
      article83ExcludedCategory: z.boolean().default(false),
      refugeePolicyApplies: z.boolean().default(false),
      dataQualityIssues: z.boolean().default(false),
      chargesFactsIncoherent: z.boolean().default(false),
      notes: text(4000),
    })
    .default({
      article2HumanRights: false,
      article3Factors: [],
      article83ExcludedCategory: false,
      refugeePolicyApplies: false,
      dataQualityIssues: false,
      chargesFactsIncoherent: false,
    }),
});

export const ccfRequestSchema = z.object({
  type: z.enum(['access', 'correction', 'deletion', 'revision']),
  interpolRecordId: idSchema.optional(),
  applicant: z.enum(['client', 'representative']).default('representative'),
  powerOfAttorneyOnFile: z.boolean().default(false),
  filedDate: optionalDate,
  admissibilityDate: optionalDate,
  confidentialityRequested: z.boolean().default(false),
  interimMeasures: text(1000),
  refugeeVerificationSent: z.boolean().default(false),
  decisionDate: optionalDate,
  outcome: z
    .enum(['pending', 'deleted', 'corrected', 'access-granted', 'refused', 'other'])
    .default('pending'),
  newFactDate: optionalDate,
  revisionFiledDate: optionalDate,
  /** After a deletion: who has been told (DHS counsel, the immigration court, INTERPOL Washington). */
  deletionNotices: z
    .object({
      dhsCounsel: z.boolean().default(false),
      court: z.boolean().default(false),
      interpolWashington: z.boolean().default(false),
    })
    .default({ dhsCounsel: false, court: false, interpolWashington: false }),
  correspondence: text(4000),
});

export const extraditionSchema = z.object({
  treaty: text(200),
  requestingCountry: text(100),
  diplomaticNoteDate: optionalDate,
  provisionalArrestDate: optionalDate,
  treatyWindowDays: z.number().int().min(1).max(365).optional(),
  formalRequestReceivedDate: optionalDate,
  complaintDate: optionalDate,
  judge: text(200),
  ausa: text(200),
  oiaContact: text(200),
  hearingDate: optionalDate,
  commitmentDate: optionalDate,
  habeasFiledDate: optionalDate,
  catSubmissionDate: optionalDate,
  surrenderDecisionDate: optionalDate,
  surrenderDate: optionalDate,
  defences: z
    .array(
      z.enum(['political-offense', 'dual-criminality', 'specialty', 'lapse-of-time', 'in-absentia', 'cat']),
    )
    .max(6)
    .default([]),
  notes: text(4000),
});

export const POLITICAL_MOTIVATION_INDICATORS = [
  'status-of-person',
  'timing',
  'relative-political-offence',
  'abusive-state-record',
  'human-rights-violations',
  'selective-prosecution',
  'other-states-positions',
  'media-smear',
  'family-pressure',
] as const;

export const homeCaseSchema = z.object({
  country: requiredText('The country', 100),
  caseNumber: text(100),
  court: text(200),
  judge: text(200),
  prosecutor: text(200),
  charges: z.array(chargeSchema).max(50).default([]),
  stage: z
    .enum(['investigation', 'indictment', 'trial', 'judgment', 'appeal', 'closed', 'unknown'])
    .default('unknown'),
  openedDate: optionalDate,
  inAbsentiaJudgmentDate: optionalDate,
  inAbsentiaSentence: text(300),
  retrialGuaranteed: triStateSchema.default('unknown'),
  localCounsel: text(200),
  fileAccess: z.enum(['full', 'partial', 'denied', 'unknown']).default('unknown'),
  pretrialDetentionOrder: z.boolean().default(false),
  assetFreezes: text(1000),
  relatedCases: text(2000),
  officialStatements: text(4000),
  indicators: z
    .array(z.enum(POLITICAL_MOTIVATION_INDICATORS))
    .max(POLITICAL_MOTIVATION_INDICATORS.length)
    .default([]),
  indicatorNotes: text(4000),
});

export const incidentSchema = z.object({
  date: z.iso.date({ error: 'Enter the date (the first day, if it lasted longer).' }),
  endDate: optionalDate,
  place: text(200),
  actorType: z.enum(['state', 'non-state', 'unknown']).default('state'),
  actor: text(300),
  acts: z
    .array(
      z.object({
        type: z.enum([
          'arrest',
          'detention',
          'torture',
          'threat',
          'raid',
          'dismissal',
          'smear',
          'asset-seizure',
          'harm-to-family',
          'other',
        ]),
        description: text(2000),
      }),
    )
    .min(1, 'Record at least one act.')
    .max(30),
  people: z
    .array(
      z.object({
        name: requiredText('The name', 200),
        role: z.enum(['victim', 'perpetrator', 'witness', 'source', 'intervening-party']),
      }),
    )
    .max(50)
    .default([]),
  nexus: z
    .array(z.enum(['race', 'religion', 'nationality', 'political-opinion', 'particular-social-group']))
    .max(5)
    .default([]),
  injuries: text(2000),
  reported: text(1000),
  summary: text(4000),
});

export const PARTY_ROLES = [
  'us-immigration-counsel',
  'us-criminal-counsel',
  'home-country-counsel',
  'ccf-counsel',
  'expert',
  'ngo',
  'congressional-office',
  'un-contact',
  'interpreter',
  'other',
] as const;

export const partySchema = z.object({
  name: requiredText('The name', 200),
  role: z.enum(PARTY_ROLES),
  organization: text(200),
  contact: text(500),
  commonInterestAgreement: z.boolean().default(false),
  note: text(2000),
});

export const noteSchema = z.object({
  title: requiredText('The title', 200),
  body: z.string().max(50_000, 'Keep a note under 50,000 characters.').default(''),
  date: optionalDate,
});

export const RECORD_SCHEMAS = {
  immigration: immigrationSchema,
  hearing: hearingSchema,
  decision: decisionSchema,
  foia: foiaSchema,
  custody: custodySchema,
  interpol: interpolSchema,
  ccf: ccfRequestSchema,
  extradition: extraditionSchema,
  'home-case': homeCaseSchema,
  incident: incidentSchema,
  party: partySchema,
  note: noteSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];
export const recordKindSchema = z.enum(RECORD_KINDS as [RecordKind, ...RecordKind[]]);

/** The front each kind belongs to: the dossier shows one section per front. */
export const RECORD_FRONT: Record<RecordKind, Front> = {
  immigration: 'immigration',
  hearing: 'immigration',
  decision: 'immigration',
  foia: 'immigration',
  custody: 'custody',
  interpol: 'interpol',
  ccf: 'interpol',
  extradition: 'extradition',
  'home-case': 'home-country',
  incident: 'persecution',
  party: 'counsel',
  note: 'counsel',
};

/** Kinds a dossier holds at most once. */
export const SINGLETON_KINDS: readonly RecordKind[] = ['immigration'];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  immigration: 'Immigration status & proceedings',
  hearing: 'Hearing',
  decision: 'Decision',
  foia: 'FOIA request',
  custody: 'Custody episode',
  interpol: 'INTERPOL notice or diffusion',
  ccf: 'CCF request',
  extradition: 'Extradition track',
  'home-case': 'Home-country proceeding',
  incident: 'Persecution incident',
  party: 'Party',
  note: 'Note',
};

function recordVariant<K extends RecordKind>(kind: K) {
  return z.object({
    id: idSchema.optional(),
    kind: z.literal(kind),
    scope: sharingScopeSchema.default('counsel-team'),
    data: RECORD_SCHEMAS[kind],
  });
}

function storedVariant<K extends RecordKind>(kind: K) {
  return recordVariant(kind).extend({
    id: idSchema,
    clientId: idSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    revision: z.number().int().positive(),
  });
}

/** A record as written by a form or an import: kind, scope and the kind's data (and its id when it exists). */
export const recordInputSchema = z.discriminatedUnion('kind', [
  recordVariant('immigration'),
  recordVariant('hearing'),
  recordVariant('decision'),
  recordVariant('foia'),
  recordVariant('custody'),
  recordVariant('interpol'),
  recordVariant('ccf'),
  recordVariant('extradition'),
  recordVariant('home-case'),
  recordVariant('incident'),
  recordVariant('party'),
  recordVariant('note'),
]);
export type RecordInput = z.input<typeof recordInputSchema>;
export type ParsedRecordInput = z.output<typeof recordInputSchema>;

/** A stored record, as the services return it. */
export const storedRecordSchema = z.discriminatedUnion('kind', [
  storedVariant('immigration'),
  storedVariant('hearing'),
  storedVariant('decision'),
  storedVariant('foia'),
  storedVariant('custody'),
  storedVariant('interpol'),
  storedVariant('ccf'),
  storedVariant('extradition'),
  storedVariant('home-case'),
  storedVariant('incident'),
  storedVariant('party'),
  storedVariant('note'),
]);
export type DossierRecord = z.output<typeof storedRecordSchema>;

export type RecordData<K extends RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>;
export type RecordOf<K extends RecordKind> = Extract<DossierRecord, { kind: K }>;
