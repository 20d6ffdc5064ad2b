import type { TriState } from '../dossier/common';
import type { Client } from '../dossier/client';
import type {
  ARTICLE3_FACTORS,
  PARTY_ROLES,
  POLITICAL_MOTIVATION_INDICATORS,
  RecordKind,
  RecordOf,
} from '../dossier/records';

/** Words for the values a PDF prints. The dossier screens keep their own; these are written for paper. */

type Data<K extends RecordKind> = RecordOf<K>['data'];

export const TRI_STATE_LABELS: Record<TriState, string> = { yes: 'Yes', no: 'No', unknown: 'Not known' };

export const RELIEF_LABELS: Record<Data<'immigration'>['reliefSought'][number], string> = {
  asylum: 'Asylum',
  withholding: 'Withholding of removal (INA 241(b)(3))',
  'cat-withholding': 'CAT withholding',
  'cat-deferral': 'CAT deferral',
  other: 'Other relief',
};

export const FILING_PLAN_LABELS: Record<Data<'immigration'>['asylumFilingPlan'], string> = {
  affirmative: 'Affirmative (USCIS)',
  defensive: 'Defensive (immigration court)',
  none: 'No asylum filing',
  undecided: 'Not decided',
};

export const ENTRY_MANNER_LABELS: Record<Data<'immigration'>['entryManner'], string> = {
  visa: 'With a visa',
  ewi: 'Entry without inspection',
  parole: 'Parole',
  vwp: 'Visa Waiver Program',
  other: 'Other',
  unknown: 'Not known',
};

export const GROUND_LABELS: Record<Data<'immigration'>['protectedGrounds'][number], string> = {
  race: 'Race',
  religion: 'Religion',
  nationality: 'Nationality',
  'political-opinion': 'Political opinion',
  'particular-social-group': 'Particular social group',
};

export const ONE_YEAR_EXCEPTION_LABELS: Record<Data<'immigration'>['oneYearException'], string> = {
  none: 'None claimed',
  'changed-circumstances': 'Changed circumstances',
  'extraordinary-circumstances': 'Extraordinary circumstances',
};

export const ARREST_SETTING_LABELS: Record<Data<'custody'>['arrestSetting'], string> = {
  'uscis-interview': 'At a USCIS interview',
  'ice-check-in': 'At an ICE check-in',
  border: 'At the border',
  home: 'At home',
  other: 'Elsewhere',
  unknown: 'Not known',
};

export const NOTICE_BASIS_LABELS: Record<Data<'interpol'>['basis'], string> = {
  prosecution: 'Prosecution (arrest warrant)',
  sentence: 'Enforcement of a sentence',
};

export const CAME_TO_LIGHT_LABELS: Record<Data<'interpol'>['cameToLight'], string> = {
  arrest: 'An arrest',
  'border-stop': 'A border stop',
  bank: 'A bank',
  'visa-denial': 'A visa denial',
  website: 'INTERPOL’s website',
  'ccf-access': 'A CCF access request',
  other: 'Other',
  unknown: 'Not known',
};

export const NOTICE_STATUS_LABELS: Record<Data<'interpol'>['status'], string> = {
  active: 'Active',
  suspended: 'Suspended',
  deleted: 'Deleted',
  unknown: 'Status not known',
};

export const ARTICLE3_FACTOR_LABELS: Record<(typeof ARTICLE3_FACTORS)[number], string> = {
  'nature-of-offence': 'Nature of the offence',
  'status-of-person': 'Status of the person',
  'source-of-data': 'Source of the data',
  'positions-of-other-states': 'Positions of other states or bodies',
  'international-law': 'Obligations under international law',
  neutrality: 'Implications for INTERPOL’s neutrality',
  'general-context': 'General context',
};

export const DEFENCE_LABELS: Record<Data<'extradition'>['defences'][number], string> = {
  'political-offense': 'Political offense exception',
  'dual-criminality': 'Dual criminality',
  specialty: 'Specialty',
  'lapse-of-time': 'Lapse of time',
  'in-absentia': 'In absentia conviction',
  cat: 'Convention Against Torture',
};

export const STAGE_LABELS: Record<Data<'home-case'>['stage'], string> = {
  investigation: 'Investigation',
  indictment: 'Indictment',
  trial: 'Trial',
  judgment: 'Judgment',
  appeal: 'Appeal',
  closed: 'Closed',
  unknown: 'Stage not known',
};

export const FILE_ACCESS_LABELS: Record<Data<'home-case'>['fileAccess'], string> = {
  full: 'Full',
  partial: 'Partial',
  denied: 'Denied',
  unknown: 'Not known',
};

export const INDICATOR_LABELS: Record<(typeof POLITICAL_MOTIVATION_INDICATORS)[number], string> = {
  'status-of-person': 'Status of the person (opposition, journalist, business rival)',
  timing: 'Timing tied to political events',
  'relative-political-offence': '“Relative” political offence (fraud, embezzlement, tax)',
  'abusive-state-record': 'Requesting state’s record of INTERPOL abuse',
  'human-rights-violations': 'Human-rights violations in the proceedings',
  'selective-prosecution': 'Selective prosecution',
  'other-states-positions': 'Other states’ or bodies’ positions',
  'media-smear': 'Media smear campaign',
  'family-pressure': 'Pressure on family',
};

export const ACTOR_TYPE_LABELS: Record<Data<'incident'>['actorType'], string> = {
  state: 'State actor',
  'non-state': 'Non-state actor',
  unknown: 'Actor not known',
};

export const PARTY_ROLE_LABELS: Record<(typeof PARTY_ROLES)[number], string> = {
  'us-immigration-counsel': 'U.S. immigration counsel',
  'us-criminal-counsel': 'U.S. criminal counsel',
  'home-country-counsel': 'Home-country counsel',
  'ccf-counsel': 'CCF counsel',
  expert: 'Expert',
  ngo: 'NGO',
  'congressional-office': 'Congressional office',
  'un-contact': 'UN contact',
  interpreter: 'Interpreter',
  other: 'Other',
};

export const ALIAS_KIND_LABELS: Record<Client['aliases'][number]['kind'], string> = {
  alias: 'Alias',
  transliteration: 'Transliteration',
  'birth-name': 'Birth name',
  'former-name': 'Former name',
};

export const SCRIPT_LABELS: Record<NonNullable<Client['aliases'][number]['script']>, string> = {
  latin: 'Latin',
  cyrillic: 'Cyrillic',
  arabic: 'Arabic',
  chinese: 'Chinese',
  other: 'Other script',
};

export const DOCUMENT_TYPE_LABELS: Record<Client['identityDocuments'][number]['type'], string> = {
  passport: 'Passport',
  'national-id': 'National ID',
  'birth-certificate': 'Birth certificate',
  'travel-document': 'Travel document',
  other: 'Other document',
};

export const CONTACT_CHANNEL_LABELS: Record<Client['contacts'][number]['channel'], string> = {
  phone: 'Phone',
  email: 'Email',
  signal: 'Signal',
  whatsapp: 'WhatsApp',
  address: 'Address',
  other: 'Other',
};

export const FAMILY_RISK_LABELS: Record<Client['family'][number]['risk'], string> = {
  safe: 'Safe',
  'at-risk': 'At risk',
  detained: 'Detained',
  harmed: 'Harmed',
  unknown: 'Not known',
};

export const DIRECTIVE_15006_LABELS: Record<keyof Data<'custody'>['directive15006'], string> = {
  verifiedCurrent: 'Notice verified as current with INTERPOL Washington',
  abuseReviewDone: 'Review for abuse of INTERPOL channels done',
  supervisorApproval: 'Supervisor approval for the arrest',
  ncbDocumentationRequested: 'NCB documentation requested',
  ncbDocumentationReceived: 'NCB documentation received',
};
