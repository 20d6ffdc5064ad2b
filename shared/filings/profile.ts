import { z } from 'zod';
import { idSchema, optionalDate, text } from '../dossier/common';

/**
 * What a filing says about who files it and whom it is served on: the attorney profile and the DHS office (OPLA)
 * entered once in Settings, and, per case, the office that differs from it and how and when service is made.
 */

export const attorneyProfileSchema = z.object({
  name: text(200),
  firm: text(200),
  /** EOIR ID (the attorney's registration number with EOIR's eRegistry). */
  eoirId: text(20),
  barNumber: text(60),
  /** The state (or court) of the bar admission. */
  barJurisdiction: text(100),
  /** Street, city, state and ZIP; one line each. */
  address: text(600),
  phone: text(60),
  email: text(200),
});
export type AttorneyProfile = z.output<typeof attorneyProfileSchema>;

/** The DHS office served: ICE's Office of the Principal Legal Advisor for the court's area. */
export const oplaOfficeSchema = z.object({
  office: text(200),
  address: text(600),
});
export type OplaOffice = z.output<typeof oplaOfficeSchema>;

export const SERVICE_METHODS = ['ecas', 'first-class-mail', 'hand-delivery', 'overnight-courier'] as const;
export const serviceMethodSchema = z.enum(SERVICE_METHODS);
export type ServiceMethod = z.infer<typeof serviceMethodSchema>;

/** As the proof of service says it: "… by <method>". */
export const SERVICE_METHOD_TEXT: Record<ServiceMethod, string> = {
  ecas: 'electronic service through the EOIR Courts & Appeals System (ECAS)',
  'first-class-mail': 'first-class mail, postage prepaid',
  'hand-delivery': 'hand delivery',
  'overnight-courier': 'overnight courier',
};

export const SERVICE_METHOD_LABELS: Record<ServiceMethod, string> = {
  ecas: 'ECAS electronic service',
  'first-class-mail': 'First-class mail',
  'hand-delivery': 'Hand delivery',
  'overnight-courier': 'Overnight courier',
};

/** Settings: the firm's side of every filing. */
export const filingProfileSchema = z.object({
  attorney: attorneyProfileSchema.default({}),
  opla: oplaOfficeSchema.default({}),
  /** How service on DHS is usually made (a case can say otherwise). */
  serviceMethod: serviceMethodSchema.default('ecas'),
});
export type FilingProfile = z.output<typeof filingProfileSchema>;
export type FilingProfileInput = z.input<typeof filingProfileSchema>;

export const EMPTY_FILING_PROFILE: FilingProfile = filingProfileSchema.parse({});

export const CCF_APPLICATION_TYPES = ['access', 'correction', 'deletion'] as const;
export const ccfApplicationTypeSchema = z.enum(CCF_APPLICATION_TYPES);
export type CcfApplicationType = z.infer<typeof ccfApplicationTypeSchema>;

/** The grounds of a CCF application the attorney writes (each starts from a draft made from the records). */
export const CCF_GROUNDS = [
  'article2',
  'article3',
  'article83',
  'refugeePolicy',
  'dataQuality',
  'other',
] as const;
export type CcfGround = (typeof CCF_GROUNDS)[number];

export const ccfDraftSchema = z.object({
  /** What the applicant asks for, in the applicant's words; a draft from the type when absent. */
  purpose: text(4000),
  /** Per ground: absent means the draft from the records, an empty string means the ground is left out. */
  grounds: z
    .object({
      article2: text(8000),
      article3: text(8000),
      article83: text(8000),
      refugeePolicy: text(8000),
      dataQuality: text(8000),
      other: text(8000),
    })
    .default({}),
  /** What must not be disclosed to the requesting state; a draft when absent. */
  confidentiality: text(4000),
  /** The evidence items annexed, in order; absent means every item marked for the CCF, in exhibit order. */
  annexIds: z.array(idSchema).max(200).optional(),
});
export type CcfDraft = z.output<typeof ccfDraftSchema>;

/** Per case: what differs from Settings, and the service of the filing under way. */
export const caseFilingSchema = z.object({
  /** The OPLA office for this case's court, when it is not the one in Settings. */
  opla: oplaOfficeSchema.optional(),
  serviceMethod: serviceMethodSchema.optional(),
  serviceDate: optionalDate,
  /** The packet's title on the caption; "Respondent's submission of documentary evidence" when absent. */
  packetTitle: text(200),
  ccf: ccfDraftSchema.default({ grounds: {} }),
});
export type CaseFiling = z.output<typeof caseFilingSchema>;
export type CaseFilingInput = z.input<typeof caseFilingSchema>;

export const EMPTY_CASE_FILING: CaseFiling = caseFilingSchema.parse({});

/** The party filing a packet in removal proceedings. */
export const PACKET_PARTY = 'Respondent';
export const DEFAULT_PACKET_TITLE = 'Respondent’s submission of documentary evidence';

/** What a filing uses of Settings and the case, resolved: the case's office and method win over Settings'. */
export interface FilingParties {
  attorney: AttorneyProfile;
  opla: OplaOffice;
  serviceMethod: ServiceMethod;
  serviceDate: string | undefined;
  packetTitle: string;
}

export function resolveFilingParties(profile: FilingProfile, filing: CaseFiling): FilingParties {
  const caseOffice = filing.opla && (filing.opla.office || filing.opla.address) ? filing.opla : undefined;
  return {
    attorney: profile.attorney,
    opla: caseOffice ?? profile.opla,
    serviceMethod: filing.serviceMethod ?? profile.serviceMethod,
    serviceDate: filing.serviceDate,
    packetTitle: filing.packetTitle || DEFAULT_PACKET_TITLE,
  };
}
