import {
  type ARTICLE3_FACTORS,
  type POLITICAL_MOTIVATION_INDICATORS,
  type RecordKind,
} from '../../../../../shared/dossier/records';
import {
  ARREST_AGENCY_LABELS,
  CCF_OUTCOME_LABELS,
  DECISION_BODY_LABELS,
  FOIA_AGENCY_LABELS,
  HEARING_KIND_LABELS,
  INCIDENT_ACT_LABELS,
  NOTICE_TYPE_LABELS,
} from '../../../../../shared/dossier/timeline';
import { type FieldSpec, type SectionSpec, PROTECTED_GROUND_LABELS, options } from './spec';

/**
 * One descriptor per record kind (domain.md §3): sections of fields with their labels, controls, options and help.
 * RecordForm builds the form from it, RecordCard reads a record back with it.
 */
export interface KindDescriptor {
  /** "hearing" → "Add hearing". */
  noun: string;
  /** What the kind is, under the form's title. */
  description: string;
  sections: readonly SectionSpec[];
  /** A new record's data before the attorney types anything (schema defaults are applied on save as well). */
  blank: Record<string, unknown>;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

const chargeFields: readonly FieldSpec[] = [
  {
    kind: 'text',
    name: 'description',
    label: 'Charge',
    required: true,
    placeholder: 'e.g. Large-scale fraud',
  },
  { kind: 'text', name: 'articles', label: 'Articles cited', placeholder: 'e.g. Art. 159(4) Criminal Code' },
  {
    kind: 'number',
    name: 'maxPenaltyYears',
    label: 'Maximum penalty',
    suffix: 'years',
    step: 0.5,
    hint: 'Under the requesting state’s law. RPD Art. 83(1)(a): a Red Notice for prosecution needs an offence punishable by at least 2 years — below that, a ground for the CCF.',
  },
  {
    kind: 'number',
    name: 'sentenceImposedMonths',
    label: 'Sentence imposed',
    suffix: 'months',
    hint: 'For a notice to enforce a sentence, Art. 83 needs at least 6 months imposed or still to serve.',
  },
  { kind: 'number', name: 'sentenceRemainingMonths', label: 'Sentence remaining', suffix: 'months' },
];

function describeCharge(item: Record<string, unknown>): string {
  const parts = [str(item.description)];
  if (item.articles) parts.push(str(item.articles));
  if (typeof item.maxPenaltyYears === 'number') parts.push(`max. ${item.maxPenaltyYears} yr`);
  if (typeof item.sentenceImposedMonths === 'number') parts.push(`${item.sentenceImposedMonths} mo imposed`);
  if (typeof item.sentenceRemainingMonths === 'number')
    parts.push(`${item.sentenceRemainingMonths} mo remaining`);
  return parts.filter(Boolean).join(' · ');
}

const chargesArray = (hint: string): FieldSpec => ({
  kind: 'array',
  name: 'charges',
  label: 'Charges',
  itemLabel: 'Charge',
  hint,
  span: 'full',
  fields: chargeFields,
  newItem: { description: '' },
  describe: describeCharge,
  columns: 2,
});

const RELIEF_LABELS = {
  asylum: 'Asylum',
  withholding: 'Withholding of removal (INA 241(b)(3))',
  'cat-withholding': 'CAT withholding',
  'cat-deferral': 'CAT deferral',
  other: 'Other relief',
} as const;

const immigration: KindDescriptor = {
  noun: 'immigration status',
  description:
    'Status and removal proceedings. The one-year asylum clock runs from the last arrival; once the NTA is filed with the court, the immigration judge has exclusive jurisdiction over asylum (8 CFR 1208.2(b)).',
  blank: { entryManner: 'unknown', reliefSought: [], asylumFilingPlan: 'undecided', protectedGrounds: [] },
  sections: [
    {
      title: 'Identity in the proceedings',
      fields: [
        {
          kind: 'text',
          name: 'aNumber',
          label: 'A-number',
          mono: true,
          placeholder: 'A-123-456-789',
          hint: 'Alien registration number: 8 or 9 digits.',
        },
        {
          kind: 'text',
          name: 'currentStatus',
          label: 'Current status',
          placeholder: 'e.g. Parolee, B-2 overstay',
        },
      ],
    },
    {
      title: 'Entry and arrival',
      description:
        'The one-year asylum deadline is computed from the last arrival (or the entry date when no later arrival is recorded).',
      fields: [
        { kind: 'date', name: 'entryDate', label: 'First entry' },
        {
          kind: 'date',
          name: 'lastArrivalDate',
          label: 'Last arrival',
          hint: 'Starts the one-year clock (INA 208(a)(2)(B)). Proved by clear and convincing evidence: keep the I-94, stamp or ticket.',
        },
        { kind: 'text', name: 'entryPort', label: 'Port of entry' },
        {
          kind: 'select',
          name: 'entryManner',
          label: 'Manner of entry',
          options: options({
            visa: 'With a visa',
            ewi: 'Entry without inspection',
            parole: 'Parole',
            vwp: 'Visa Waiver Program',
            other: 'Other',
            unknown: 'Unknown',
          }),
        },
        { kind: 'text', name: 'visaClass', label: 'Visa class', placeholder: 'e.g. B-2' },
        { kind: 'text', name: 'i94Number', label: 'I-94 number', mono: true },
      ],
    },
    {
      title: 'Notice to Appear and the court',
      fields: [
        { kind: 'date', name: 'ntaServedDate', label: 'NTA served' },
        {
          kind: 'date',
          name: 'ntaFiledDate',
          label: 'NTA filed with the court',
          hint: 'From this date the immigration judge, not USCIS, has jurisdiction over asylum: file the I-589 with the court.',
        },
        { kind: 'text', name: 'court', label: 'Immigration court' },
        { kind: 'text', name: 'judge', label: 'Immigration judge' },
        { kind: 'text', name: 'dhsCounsel', label: 'DHS counsel (OPLA)' },
        { kind: 'text', name: 'eoirCaseStatus', label: 'EOIR case status' },
        {
          kind: 'textarea',
          name: 'ntaCharges',
          label: 'Charges and allegations in the NTA',
          span: 'full',
          rows: 3,
        },
        { kind: 'textarea', name: 'pleadings', label: 'Pleadings', span: 'full', rows: 3 },
      ],
    },
    {
      title: 'Relief and the asylum application',
      fields: [
        {
          kind: 'checkboxes',
          name: 'reliefSought',
          label: 'Relief sought',
          span: 'full',
          hint: 'The one-year deadline applies to asylum only; withholding and CAT have no filing deadline.',
          options: options(RELIEF_LABELS),
        },
        {
          kind: 'select',
          name: 'asylumFilingPlan',
          label: 'Filing plan',
          options: options({
            affirmative: 'Affirmative (USCIS)',
            defensive: 'Defensive (immigration court)',
            none: 'No asylum application',
            undecided: 'Undecided',
          }),
        },
        {
          kind: 'date',
          name: 'i589FiledDate',
          label: 'I-589 filed',
          hint: 'Filed means received: there is no mailbox rule.',
        },
        {
          kind: 'select',
          name: 'i589Agency',
          label: 'Filed with',
          optional: true,
          options: options({ uscis: 'USCIS', 'immigration-court': 'Immigration court' }),
        },
        {
          kind: 'select',
          name: 'oneYearException',
          label: 'One-year exception',
          options: options({
            none: 'None claimed',
            'changed-circumstances': 'Changed circumstances',
            'extraordinary-circumstances': 'Extraordinary circumstances',
          }),
          hint: 'INA 208(a)(2)(D); 8 CFR 208.4(a)(4)-(5): then file within a reasonable period.',
        },
        {
          kind: 'checkboxes',
          name: 'protectedGrounds',
          label: 'Protected grounds claimed',
          span: 'full',
          options: options(PROTECTED_GROUND_LABELS),
        },
        {
          kind: 'textarea',
          name: 'socialGroupFormulation',
          label: 'Particular social group formulation',
          span: 'full',
          rows: 2,
        },
      ],
    },
    {
      title: 'Bars',
      fields: [
        {
          kind: 'tristate',
          name: 'seriousNonpoliticalCrimeBarRaised',
          label: 'Serious nonpolitical crime bar raised by DHS',
          span: 'full',
          hint: 'Matter of W-E-R-B-, 27 I&N Dec. 795 (BIA 2020): a Red Notice “may constitute reliable evidence” of the bar; once DHS meets probable cause, the respondent must rebut by a preponderance. CAT deferral stays available.',
        },
        {
          kind: 'textarea',
          name: 'barsAnalysis',
          label: 'Bars analysis',
          span: 'full',
          rows: 4,
          hint: 'One-year deadline and exception, serious nonpolitical crime, persecutor, firm resettlement, particularly serious crime.',
        },
      ],
    },
    {
      title: 'Orders and work authorization',
      fields: [
        {
          kind: 'date',
          name: 'finalOrderDate',
          label: 'Final order of removal',
          hint: 'Starts the motion to reopen (90 days) and reconsider (30 days) clocks and the 90-day removal period.',
        },
        { kind: 'date', name: 'workAuthorizationEligibleDate', label: 'Eligible for work authorization' },
        { kind: 'date', name: 'workAuthorizationSubmittedDate', label: 'Work authorization submitted' },
      ],
    },
  ],
};

const hearing: KindDescriptor = {
  noun: 'hearing',
  description:
    'Master or individual calendar hearing. For non-detained cases, filings are due before the hearing (ICPM ch. 3.1(b)); for detained cases the judge sets them.',
  blank: { kind: 'master', date: '', detained: false },
  sections: [
    {
      title: 'Hearing',
      fields: [
        { kind: 'select', name: 'kind', label: 'Kind of hearing', options: options(HEARING_KIND_LABELS) },
        { kind: 'date', name: 'date', label: 'Date', required: true },
        { kind: 'time', name: 'time', label: 'Time' },
        {
          kind: 'checkbox',
          name: 'detained',
          label: 'Detained docket',
          hint: 'Detained: filing deadlines are set by the immigration judge, and none is computed.',
        },
        { kind: 'text', name: 'court', label: 'Court' },
        { kind: 'text', name: 'judge', label: 'Judge' },
        {
          kind: 'textarea',
          name: 'needs',
          label: 'To prepare',
          span: 'full',
          rows: 3,
          placeholder: 'Interpreter, witnesses, exhibits…',
        },
        { kind: 'textarea', name: 'outcome', label: 'Outcome', span: 'full', rows: 2 },
      ],
    },
  ],
};

const decision: KindDescriptor = {
  noun: 'decision',
  description:
    'A decision by the immigration judge, the BIA, a court of appeals or USCIS. A denial starts the appeal clock: 30 days to the BIA (8 CFR 1003.38(b)); 30 days for a petition for review (INA 242(b)(1)).',
  blank: { body: 'immigration-judge', date: '', delivery: 'mailed', outcome: 'denied', stayRequested: false },
  sections: [
    {
      title: 'Decision',
      fields: [
        { kind: 'select', name: 'body', label: 'Decided by', options: options(DECISION_BODY_LABELS) },
        {
          kind: 'date',
          name: 'date',
          label: 'Decision date',
          required: true,
          hint: 'Oral: the day it was stated. Written: the mailing (or service) date on the decision, not the day it arrived.',
        },
        {
          kind: 'select',
          name: 'delivery',
          label: 'Delivery',
          options: options({ oral: 'Oral', mailed: 'Written (mailed or served)' }),
        },
        {
          kind: 'select',
          name: 'outcome',
          label: 'Outcome',
          options: options({
            granted: 'Granted',
            denied: 'Denied',
            remanded: 'Remanded',
            dismissed: 'Dismissed',
            other: 'Other',
          }),
        },
        { kind: 'date', name: 'appealFiledDate', label: 'Appeal or petition filed' },
        {
          kind: 'checkbox',
          name: 'stayRequested',
          label: 'Stay of removal requested',
          hint: 'A petition for review brings no automatic stay.',
        },
        { kind: 'textarea', name: 'summary', label: 'Summary', span: 'full', rows: 4 },
      ],
    },
  ],
};

const foia: KindDescriptor = {
  noun: 'FOIA request',
  description:
    'Requests to USCIS, CBP, ICE, OBIM or EOIR for the client’s files (the I-213 and the custody record among them).',
  blank: { agency: 'uscis' },
  sections: [
    {
      title: 'Request',
      fields: [
        { kind: 'select', name: 'agency', label: 'Agency', options: options(FOIA_AGENCY_LABELS) },
        { kind: 'text', name: 'trackingNumber', label: 'Tracking number', mono: true },
        { kind: 'date', name: 'submittedDate', label: 'Submitted' },
        { kind: 'date', name: 'receivedDate', label: 'Response received' },
        { kind: 'textarea', name: 'note', label: 'Note', span: 'full', rows: 2 },
      ],
    },
  ],
};

const DIRECTIVE_HINT =
  'ICE Directive 15006.1 (29 Sept 2023): ICE may not rely exclusively on a Red Notice or diffusion, must verify it, review it for abuse, get supervisor approval, and obtain the underlying documentation from the U.S. NCB (INTERPOL Washington) before using it.';

const custody: KindDescriptor = {
  noun: 'custody episode',
  description:
    'One arrest and detention, from the stated basis to release. A client is shown as detained while an episode has no release date.',
  blank: {
    arrestDate: '',
    arrestSetting: 'unknown',
    agency: 'ice-ero',
    projectRed: 'unknown',
    redNoticeSoleBasis: false,
    directive15006: {
      verifiedCurrent: 'unknown',
      abuseReviewDone: 'unknown',
      supervisorApproval: 'unknown',
      ncbDocumentationRequested: 'unknown',
      ncbDocumentationReceived: 'unknown',
    },
    transfers: [],
  },
  sections: [
    {
      title: 'Arrest',
      fields: [
        { kind: 'date', name: 'arrestDate', label: 'Arrest date', required: true },
        { kind: 'text', name: 'arrestPlace', label: 'Place' },
        {
          kind: 'select',
          name: 'arrestSetting',
          label: 'Setting',
          hint: 'Clients are often arrested at USCIS interviews, ICE check-ins or the border.',
          options: options({
            'uscis-interview': 'USCIS interview',
            'ice-check-in': 'ICE check-in',
            border: 'Border',
            home: 'Home',
            other: 'Other',
            unknown: 'Unknown',
          }),
        },
        { kind: 'select', name: 'agency', label: 'Arresting agency', options: options(ARREST_AGENCY_LABELS) },
        {
          kind: 'tristate',
          name: 'projectRed',
          label: 'ICE “Project Red” operation',
          hint: 'Since at least 2015, ICE has targeted people subject of active Red Notices.',
        },
        {
          kind: 'textarea',
          name: 'statedBasis',
          label: 'Stated basis for the arrest',
          span: 'full',
          rows: 2,
        },
        {
          kind: 'checkbox',
          name: 'redNoticeSoleBasis',
          label: 'The Red Notice (or diffusion) was the sole basis of the arrest',
          span: 'full',
          hint: `${DIRECTIVE_HINT} DOJ does not consider a Red Notice alone a sufficient basis for arrest under the Fourth Amendment.`,
        },
      ],
    },
    {
      title: 'ICE Directive 15006.1 safeguards',
      description: DIRECTIVE_HINT,
      fields: [
        {
          kind: 'group',
          name: 'directive15006',
          label: 'What the file shows',
          span: 'full',
          fields: [
            { kind: 'tristate', name: 'verifiedCurrent', label: 'Notice verified as current and valid' },
            {
              kind: 'tristate',
              name: 'abuseReviewDone',
              label: 'Preliminary review for abuse or non-compliance',
            },
            { kind: 'tristate', name: 'supervisorApproval', label: 'Supervisor approval' },
            {
              kind: 'tristate',
              name: 'ncbDocumentationRequested',
              label: 'Underlying documentation requested from the U.S. NCB',
            },
            {
              kind: 'tristate',
              name: 'ncbDocumentationReceived',
              label: 'Underlying documentation received',
            },
          ],
        },
      ],
    },
    {
      title: 'Detention',
      fields: [
        { kind: 'text', name: 'facility', label: 'Detention facility' },
        { kind: 'text', name: 'detaineeId', label: 'Detainee or jail ID', mono: true },
        {
          kind: 'array',
          name: 'transfers',
          label: 'Transfers',
          itemLabel: 'Transfer',
          span: 'full',
          newItem: { date: '', facility: '' },
          columns: 2,
          fields: [
            { kind: 'date', name: 'date', label: 'Date', required: true },
            { kind: 'text', name: 'facility', label: 'To facility', required: true },
          ],
          describe: (item) => [str(item.facility), str(item.date)].filter(Boolean).join(' · '),
        },
      ],
    },
    {
      title: 'Custody and bond',
      description:
        'Bond redetermination before the immigration judge: the burden is on the respondent (danger, flight). An appeal to the BIA is due within 30 days of the bond decision (8 CFR 1003.19(f)).',
      fields: [
        { kind: 'date', name: 'custodyDeterminationDate', label: 'DHS custody determination' },
        { kind: 'date', name: 'custodyAppealFiledDate', label: 'Custody appeal filed' },
        { kind: 'date', name: 'bondHearingDate', label: 'Bond hearing' },
        { kind: 'number', name: 'bondAmount', label: 'Bond amount', suffix: 'USD', step: 500 },
        { kind: 'date', name: 'bondDecisionDate', label: 'Bond decision' },
        {
          kind: 'select',
          name: 'bondResult',
          label: 'Bond result',
          optional: true,
          options: options({
            granted: 'Granted',
            denied: 'Denied',
            'no-jurisdiction': 'No jurisdiction',
            pending: 'Pending',
          }),
        },
        { kind: 'date', name: 'bondAppealFiledDate', label: 'Bond appeal filed' },
      ],
    },
    {
      title: 'Release',
      fields: [
        { kind: 'date', name: 'releaseDate', label: 'Released on' },
        {
          kind: 'text',
          name: 'alternativesToDetention',
          label: 'Alternatives to detention',
          placeholder: 'e.g. ankle monitor, ATD check-ins',
        },
        {
          kind: 'textarea',
          name: 'releaseConditions',
          label: 'Release conditions and check-ins',
          span: 'full',
          rows: 2,
        },
      ],
    },
  ],
};

const ARTICLE3_LABELS: Record<(typeof ARTICLE3_FACTORS)[number], string> = {
  'nature-of-offence': 'Nature of the offence (charges and facts)',
  'status-of-person': 'Status of the person',
  'source-of-data': 'Identity of the data source',
  'positions-of-other-states': 'Positions of other states or bodies',
  'international-law': 'Obligations under international law',
  neutrality: 'Implications for INTERPOL’s neutrality',
  'general-context': 'General context',
};

const interpol: KindDescriptor = {
  noun: 'INTERPOL notice',
  description:
    'One Red Notice or diffusion. A Red Notice is not an arrest warrant; a diffusion is sent by a member country directly, with no prior review by the General Secretariat, and never appears on INTERPOL’s website.',
  blank: {
    type: 'red-notice',
    requestingCountry: '',
    basis: 'prosecution',
    publicExtract: false,
    charges: [],
    cameToLight: 'unknown',
    status: 'active',
    compliance: {
      article2HumanRights: false,
      article3Factors: [],
      article83ExcludedCategory: false,
      refugeePolicyApplies: false,
      dataQualityIssues: false,
      chargesFactsIncoherent: false,
    },
  },
  sections: [
    {
      title: 'Notice',
      fields: [
        { kind: 'select', name: 'type', label: 'Type', options: options(NOTICE_TYPE_LABELS) },
        {
          kind: 'select',
          name: 'status',
          label: 'Status',
          options: options({
            active: 'Active',
            suspended: 'Suspended',
            deleted: 'Deleted',
            unknown: 'Unknown',
          }),
        },
        {
          kind: 'text',
          name: 'controlNumber',
          label: 'Control or file number',
          mono: true,
          hint: 'As shown on any document, in its own format.',
        },
        { kind: 'date', name: 'issuedDate', label: 'Issued or circulated' },
        { kind: 'text', name: 'requestingCountry', label: 'Requesting country (NCB)', required: true },
        { kind: 'text', name: 'issuingAuthority', label: 'Issuing judicial authority' },
        { kind: 'text', name: 'warrantNumber', label: 'Warrant or judgment number', mono: true },
        { kind: 'date', name: 'warrantDate', label: 'Warrant or judgment date' },
        {
          kind: 'select',
          name: 'basis',
          label: 'Sought for',
          options: options({ prosecution: 'Prosecution', sentence: 'Enforcing a sentence' }),
          hint: 'Sets the Art. 83 threshold: 2 years’ maximum penalty for prosecution, 6 months for a sentence.',
        },
        {
          kind: 'select',
          name: 'cameToLight',
          label: 'How it came to light',
          options: options({
            arrest: 'An arrest',
            'border-stop': 'A border stop',
            bank: 'A bank',
            'visa-denial': 'A visa denial',
            website: 'INTERPOL’s website',
            'ccf-access': 'A CCF access request',
            other: 'Other',
            unknown: 'Unknown',
          }),
        },
        {
          kind: 'checkbox',
          name: 'publicExtract',
          label: 'Public extract on INTERPOL’s website',
          span: 'full',
        },
      ],
    },
    {
      title: 'Charges',
      columns: 1,
      fields: [
        chargesArray(
          'Record each charge with its maximum penalty: the app tests the Art. 83 threshold for you.',
        ),
        {
          kind: 'textarea',
          name: 'factsAlleged',
          label: 'Facts alleged',
          rows: 4,
          hint: 'Is there coherence between the charges and the facts described?',
        },
      ],
    },
    {
      title: 'Compliance with INTERPOL’s rules',
      description: 'Grounds for a correction or deletion request at the CCF.',
      fields: [
        {
          kind: 'group',
          name: 'compliance',
          label: 'Flags',
          span: 'full',
          fields: [
            {
              kind: 'checkbox',
              name: 'article2HumanRights',
              label: 'Article 2: human rights concerns',
              hint: 'Cooperation must be in the spirit of the Universal Declaration of Human Rights.',
            },
            {
              kind: 'checkbox',
              name: 'article83ExcludedCategory',
              label: 'Art. 83: excluded offence category',
              hint: 'Not a serious ordinary-law crime: behavioural or cultural-norm, family or private, administrative or private-dispute offences.',
            },
            {
              kind: 'checkbox',
              name: 'refugeePolicyApplies',
              label: 'INTERPOL’s refugee policy applies',
              hint: 'No notice is processed if refugee or asylum status is confirmed and the request comes from the country of feared persecution. INTERPOL must be able to verify the grant.',
            },
            { kind: 'checkbox', name: 'dataQualityIssues', label: 'Data quality issues' },
            {
              kind: 'checkbox',
              name: 'chargesFactsIncoherent',
              label: 'Charges and facts are not coherent',
              hint: 'Repository of Practice on Article 3: “coherence between the charges and supporting facts”.',
            },
            {
              kind: 'checkboxes',
              name: 'article3Factors',
              label: 'Article 3 (neutrality): predominance factors present',
              span: 'full',
              hint: 'The CCF asks whether political elements predominate over the ordinary-law aspects.',
              options: options(ARTICLE3_LABELS),
            },
            { kind: 'textarea', name: 'notes', label: 'Compliance notes', span: 'full', rows: 3 },
          ],
        },
      ],
    },
  ],
};

const ccf: KindDescriptor = {
  noun: 'CCF request',
  description:
    'A request to the Commission for the Control of INTERPOL’s Files. Decisions are due 4 months (access) or 9 months (correction, deletion) from admissibility; they are final, and the only route back is revision on a new fact within 6 months.',
  blank: {
    type: 'deletion',
    applicant: 'representative',
    powerOfAttorneyOnFile: false,
    confidentialityRequested: false,
    refugeeVerificationSent: false,
    outcome: 'pending',
  },
  sections: [
    {
      title: 'Request',
      fields: [
        {
          kind: 'select',
          name: 'type',
          label: 'Type',
          options: options({
            access: 'Access',
            correction: 'Correction',
            deletion: 'Deletion',
            revision: 'Revision (new fact)',
          }),
        },
        {
          kind: 'record',
          name: 'interpolRecordId',
          label: 'Notice challenged',
          recordKind: 'interpol',
          hint: 'The notice or diffusion this request is about.',
        },
        {
          kind: 'select',
          name: 'applicant',
          label: 'Applicant',
          options: options({ client: 'The client', representative: 'A representative' }),
        },
        { kind: 'checkbox', name: 'powerOfAttorneyOnFile', label: 'Signed power of attorney on file' },
        {
          kind: 'checkbox',
          name: 'confidentialityRequested',
          label: 'Confidentiality requested',
          hint: 'The CCF may share parts of a submission with INTERPOL and the NCB — including an asylum grant. Ask explicitly.',
        },
        {
          kind: 'checkbox',
          name: 'refugeeVerificationSent',
          label: 'Refugee-status verification sent to INTERPOL',
        },
      ],
    },
    {
      title: 'Dates and decision',
      fields: [
        { kind: 'date', name: 'filedDate', label: 'Filed' },
        {
          kind: 'date',
          name: 'admissibilityDate',
          label: 'Found admissible',
          hint: 'Starts the CCF’s 4- or 9-month decision period (CCF Statute Art. 40).',
        },
        { kind: 'date', name: 'decisionDate', label: 'Decision' },
        {
          kind: 'select',
          name: 'outcome',
          label: 'Outcome',
          options: options(
            Object.fromEntries(
              Object.entries(CCF_OUTCOME_LABELS).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)]),
            ) as Record<keyof typeof CCF_OUTCOME_LABELS, string>,
          ),
        },
        {
          kind: 'date',
          name: 'newFactDate',
          label: 'New fact discovered',
          hint: 'Starts the 6-month revision window (CCF Statute Art. 42).',
        },
        { kind: 'date', name: 'revisionFiledDate', label: 'Revision application filed' },
        {
          kind: 'textarea',
          name: 'interimMeasures',
          label: 'Interim measures',
          span: 'full',
          rows: 2,
          placeholder: 'e.g. blocking of the data pending review',
        },
        { kind: 'textarea', name: 'correspondence', label: 'Correspondence', span: 'full', rows: 3 },
      ],
    },
  ],
};

const DEFENCE_LABELS = {
  'political-offense': 'Political offense exception',
  'dual-criminality': 'Dual criminality',
  specialty: 'Specialty',
  'lapse-of-time': 'Lapse of time',
  'in-absentia': 'In absentia conviction',
  cat: 'Convention Against Torture',
} as const;

const extradition: KindDescriptor = {
  noun: 'extradition track',
  description:
    'The U.S. as the requested state: a judicial officer certifies extraditability and probable cause (18 U.S.C. 3184); the Secretary of State decides surrender. Review is by habeas only.',
  blank: { defences: [] },
  sections: [
    {
      title: 'Request',
      fields: [
        { kind: 'text', name: 'requestingCountry', label: 'Requesting country' },
        { kind: 'text', name: 'treaty', label: 'Treaty', placeholder: 'Or “none”' },
        { kind: 'date', name: 'diplomaticNoteDate', label: 'Diplomatic note' },
        { kind: 'date', name: 'provisionalArrestDate', label: 'Provisional arrest' },
        {
          kind: 'number',
          name: 'treatyWindowDays',
          label: 'Treaty window for the formal request',
          suffix: 'days',
          integer: true,
          hint: 'Set by each treaty (commonly 60 days); left empty, the default in Settings applies. Verify in the treaty text.',
        },
        { kind: 'date', name: 'formalRequestReceivedDate', label: 'Formal request received' },
      ],
    },
    {
      title: 'Court',
      fields: [
        { kind: 'date', name: 'complaintDate', label: 'Complaint (18 U.S.C. 3184)' },
        { kind: 'text', name: 'judge', label: 'Magistrate or judge' },
        { kind: 'text', name: 'ausa', label: 'AUSA' },
        { kind: 'text', name: 'oiaContact', label: 'DOJ Office of International Affairs' },
        { kind: 'date', name: 'hearingDate', label: 'Extradition hearing' },
        {
          kind: 'date',
          name: 'commitmentDate',
          label: 'Certification and commitment',
          hint: '18 U.S.C. 3188: if not surrendered within two calendar months, release may be sought.',
        },
        { kind: 'date', name: 'habeasFiledDate', label: 'Habeas petition filed' },
      ],
    },
    {
      title: 'Surrender',
      fields: [
        { kind: 'date', name: 'catSubmissionDate', label: 'CAT submission to State (22 CFR 95)' },
        { kind: 'date', name: 'surrenderDecisionDate', label: 'Surrender decision' },
        { kind: 'date', name: 'surrenderDate', label: 'Surrendered' },
        {
          kind: 'checkboxes',
          name: 'defences',
          label: 'Defences',
          span: 'full',
          hint: 'Political offense exception: in the 9th Circuit, the “incidence test” (Quinn v. Robinson).',
          options: options(DEFENCE_LABELS),
        },
        { kind: 'textarea', name: 'notes', label: 'Notes', span: 'full', rows: 3 },
      ],
    },
  ],
};

export const INDICATOR_LABELS: Record<(typeof POLITICAL_MOTIVATION_INDICATORS)[number], string> = {
  'status-of-person': 'Status of the person',
  timing: 'Timing',
  'relative-political-offence': '“Relative” political offence',
  'abusive-state-record': 'Requesting state’s record of abuse',
  'human-rights-violations': 'Human-rights violations in the process',
  'selective-prosecution': 'Selective or duplicate prosecution',
  'other-states-positions': 'Positions of other states or bodies',
  'media-smear': 'Coordinated media smear',
  'family-pressure': 'Pressure on family at home',
};

const INDICATOR_HINTS: Record<(typeof POLITICAL_MOTIVATION_INDICATORS)[number], string> = {
  'status-of-person':
    'Opposition politician, journalist, activist, whistleblower, business rival, or family of one.',
  timing: 'Opened close to elections, protests, criticism, defection or an asylum filing.',
  'relative-political-offence': 'Fraud, tax or embezzlement used as a pretext.',
  'abusive-state-record': 'Country reports on systemic abuse of INTERPOL.',
  'human-rights-violations':
    'Torture, unlawful detention, officials presuming guilt, in absentia trial without retrial.',
  'selective-prosecution': 'Loyalists not charged for similar conduct; parallel prosecutions.',
  'other-states-positions': 'Extradition refused, asylum granted, UN or ECtHR findings.',
  'media-smear': 'State or proxy media attacks timed with the case.',
  'family-pressure': 'Harassment of relatives or diaspora.',
};

const homeCase: KindDescriptor = {
  noun: 'home-country proceeding',
  description:
    'The prosecution in the requesting state — often fraud, embezzlement or tax: “relative” political offences.',
  blank: {
    country: '',
    charges: [],
    stage: 'unknown',
    retrialGuaranteed: 'unknown',
    fileAccess: 'unknown',
    pretrialDetentionOrder: false,
    indicators: [],
  },
  sections: [
    {
      title: 'The case',
      fields: [
        { kind: 'text', name: 'country', label: 'Country', required: true },
        { kind: 'text', name: 'caseNumber', label: 'Case number', mono: true },
        { kind: 'text', name: 'court', label: 'Court' },
        { kind: 'text', name: 'judge', label: 'Judge' },
        { kind: 'text', name: 'prosecutor', label: 'Prosecutor or investigator' },
        {
          kind: 'select',
          name: 'stage',
          label: 'Procedural stage',
          options: options({
            investigation: 'Investigation',
            indictment: 'Indictment',
            trial: 'Trial',
            judgment: 'Judgment',
            appeal: 'Appeal',
            closed: 'Closed',
            unknown: 'Unknown',
          }),
        },
        { kind: 'date', name: 'openedDate', label: 'Case opened' },
        { kind: 'text', name: 'localCounsel', label: 'Defense counsel there' },
      ],
    },
    {
      title: 'Charges',
      columns: 1,
      fields: [chargesArray('As charged at home; compare with the charges in the notice.')],
    },
    {
      title: 'Judgment and due process',
      fields: [
        { kind: 'date', name: 'inAbsentiaJudgmentDate', label: 'Judgment in absentia' },
        { kind: 'text', name: 'inAbsentiaSentence', label: 'Sentence' },
        {
          kind: 'tristate',
          name: 'retrialGuaranteed',
          label: 'Retrial guaranteed',
          hint: 'An in absentia trial without a retrial guarantee is an indicator of a political case.',
        },
        {
          kind: 'select',
          name: 'fileAccess',
          label: 'Access to the case file',
          options: options({ full: 'Full', partial: 'Partial', denied: 'Denied', unknown: 'Unknown' }),
        },
        { kind: 'checkbox', name: 'pretrialDetentionOrder', label: 'Pre-trial detention order' },
        { kind: 'textarea', name: 'assetFreezes', label: 'Asset freezes', span: 'full', rows: 2 },
        {
          kind: 'textarea',
          name: 'relatedCases',
          label: 'Related cases against family or associates',
          span: 'full',
          rows: 2,
        },
        {
          kind: 'textarea',
          name: 'officialStatements',
          label: 'Public statements by officials',
          span: 'full',
          rows: 3,
          hint: 'Statements presuming guilt before judgment; their timing relative to political events.',
        },
      ],
    },
    {
      title: 'Indicators of political motivation',
      description:
        'From the CCF’s predominance factors and practitioners’ guides (domain brief §5). Each one ticked is an argument for Article 3 and for the asylum nexus.',
      fields: [
        {
          kind: 'checkboxes',
          name: 'indicators',
          label: 'Indicators present',
          span: 'full',
          options: options(INDICATOR_LABELS, INDICATOR_HINTS),
        },
        {
          kind: 'textarea',
          name: 'indicatorNotes',
          label: 'Evidence for the indicators',
          span: 'full',
          rows: 4,
        },
      ],
    },
  ],
};

const incident: KindDescriptor = {
  noun: 'persecution incident',
  description:
    'One event, with its acts and the people in it (victim, perpetrator, witness, source). Dates, places and names, not generalities.',
  blank: { date: '', actorType: 'state', acts: [{ type: 'arrest' }], people: [], nexus: [] },
  sections: [
    {
      title: 'When and where',
      fields: [
        {
          kind: 'date',
          name: 'date',
          label: 'Date',
          required: true,
          hint: 'The first day, if it lasted longer.',
        },
        { kind: 'date', name: 'endDate', label: 'Until' },
        { kind: 'text', name: 'place', label: 'Place' },
        {
          kind: 'select',
          name: 'actorType',
          label: 'Actor',
          options: options({ state: 'State actor', 'non-state': 'Non-state actor', unknown: 'Unknown' }),
        },
        {
          kind: 'text',
          name: 'actor',
          label: 'Unit or official',
          span: 'full',
          placeholder: 'e.g. State security service, Regional police',
        },
      ],
    },
    {
      title: 'What was done',
      columns: 1,
      fields: [
        {
          kind: 'array',
          name: 'acts',
          label: 'Acts',
          itemLabel: 'Act',
          newItem: { type: 'threat' },
          columns: 2,
          fields: [
            { kind: 'select', name: 'type', label: 'Act', options: options(INCIDENT_ACT_LABELS) },
            { kind: 'textarea', name: 'description', label: 'Description', rows: 2 },
          ],
          describe: (item) =>
            [INCIDENT_ACT_LABELS[item.type as keyof typeof INCIDENT_ACT_LABELS] ?? '', str(item.description)]
              .filter(Boolean)
              .join(' — '),
        },
        {
          kind: 'array',
          name: 'people',
          label: 'People',
          itemLabel: 'Person',
          newItem: { name: '', role: 'witness' },
          columns: 2,
          fields: [
            { kind: 'text', name: 'name', label: 'Name', required: true },
            {
              kind: 'select',
              name: 'role',
              label: 'Role',
              options: options({
                victim: 'Victim',
                perpetrator: 'Perpetrator',
                witness: 'Witness',
                source: 'Source',
                'intervening-party': 'Intervening party',
              }),
            },
          ],
          describe: (item) => `${str(item.name)} (${str(item.role).replace('-', ' ')})`,
        },
        {
          kind: 'checkboxes',
          name: 'nexus',
          label: 'Nexus to a protected ground',
          options: options(PROTECTED_GROUND_LABELS),
        },
      ],
    },
    {
      title: 'Aftermath',
      columns: 1,
      fields: [
        {
          kind: 'textarea',
          name: 'injuries',
          label: 'Injuries and treatment',
          rows: 2,
          hint: 'Forensic evaluations under the Istanbul Protocol document and grade scars for consistency.',
        },
        {
          kind: 'textarea',
          name: 'reported',
          label: 'Reported, and to whom',
          rows: 2,
          hint: 'Or why no report exists.',
        },
        { kind: 'textarea', name: 'summary', label: 'Summary', rows: 4 },
      ],
    },
  ],
};

const PARTY_ROLE_LABELS = {
  'us-immigration-counsel': 'U.S. immigration counsel',
  'us-criminal-counsel': 'U.S. criminal / extradition counsel',
  'home-country-counsel': 'Home-country counsel',
  'ccf-counsel': 'CCF / INTERPOL counsel',
  expert: 'Expert',
  ngo: 'NGO',
  'congressional-office': 'Congressional office',
  'un-contact': 'UN contact',
  interpreter: 'Interpreter',
  other: 'Other',
} as const;

const party: KindDescriptor = {
  noun: 'party',
  description: 'Counsel, experts, NGOs, offices and contacts working on the case.',
  blank: { name: '', role: 'us-immigration-counsel', commonInterestAgreement: false },
  sections: [
    {
      title: 'Party',
      fields: [
        { kind: 'text', name: 'name', label: 'Name', required: true },
        { kind: 'select', name: 'role', label: 'Role', options: options(PARTY_ROLE_LABELS) },
        { kind: 'text', name: 'organization', label: 'Organization' },
        { kind: 'text', name: 'contact', label: 'Contact' },
        {
          kind: 'checkbox',
          name: 'commonInterestAgreement',
          label: 'Common-interest agreement signed',
          span: 'full',
        },
        { kind: 'textarea', name: 'note', label: 'Note', span: 'full', rows: 3 },
      ],
    },
  ],
};

const note: KindDescriptor = {
  noun: 'note',
  description: 'Interviews, calls, visits and strategy.',
  blank: { title: '', body: '' },
  sections: [
    {
      title: 'Note',
      columns: 1,
      fields: [
        { kind: 'text', name: 'title', label: 'Title', required: true },
        { kind: 'date', name: 'date', label: 'Date' },
        { kind: 'textarea', name: 'body', label: 'Note', rows: 10 },
      ],
    },
  ],
};

export const KIND_DESCRIPTORS: Record<RecordKind, KindDescriptor> = {
  immigration,
  hearing,
  decision,
  foia,
  custody,
  interpol,
  ccf,
  extradition,
  'home-case': homeCase,
  incident,
  party,
  note,
};

export const PARTY_ROLES = PARTY_ROLE_LABELS;
