import type { TemplateContent, TemplateCategory, TemplateItem } from './checklist';
import { EVIDENCE_CATEGORY_LABELS } from './categories';

/**
 * The built-in "Red Notice + asylum" checklist, written from the domain brief: the twelve persecution-evidence
 * categories (§4) with guidance per item, the indicators of a politically motivated prosecution (§5) and the steps
 * of a CCF challenge (§6). It is research, not legal advice: every attorney can edit it (which makes a new version)
 * or copy it into a template of their own.
 */
export const DEFAULT_TEMPLATE_ID = '5afe4a7b-7e0a-4c1e-9a5d-2f0d3c1e0001';

const REAL_ID =
  'Corroboration is expected under the REAL ID Act; if what the court asks for is missing, explain why it cannot reasonably be obtained (INA 208(b)(1)(B)(ii)).';

const categories: TemplateCategory[] = [
  {
    key: 'identity',
    title: EVIDENCE_CATEGORY_LABELS.identity,
    guidance: `Who the client is, and when they last arrived (the one-year deadline is shown by clear and convincing evidence). ${REAL_ID}`,
    group: 'evidence',
  },
  {
    key: 'declaration',
    title: EVIDENCE_CATEGORY_LABELS.declaration,
    guidance:
      'A detailed, chronological declaration (dates, places, names), consistent with the I-589 and every prior statement.',
    group: 'evidence',
  },
  {
    key: 'political-activity',
    title: EVIDENCE_CATEGORY_LABELS['political-activity'],
    guidance:
      'The protected ground: membership, positions, publications and activism, including activism in the United States (possible changed circumstances and sur place claims).',
    group: 'evidence',
  },
  {
    key: 'persecution-incidents',
    title: EVIDENCE_CATEGORY_LABELS['persecution-incidents'],
    guidance:
      'Each incident documented: records of arrest and detention, threats, dismissals, seizures, harm to family; photos and video with their metadata.',
    group: 'evidence',
  },
  {
    key: 'medical',
    title: EVIDENCE_CATEGORY_LABELS.medical,
    guidance:
      'Treatment records from home and the U.S.; forensic medical and psychological evaluations under the Istanbul Protocol.',
    group: 'evidence',
  },
  {
    key: 'witnesses',
    title: EVIDENCE_CATEGORY_LABELS.witnesses,
    guidance:
      'Affidavits from family, colleagues, party officials and co-detainees, each with the affiant’s identity document. Weigh the risk to witnesses at home.',
    group: 'evidence',
  },
  {
    key: 'country-conditions',
    title: EVIDENCE_CATEGORY_LABELS['country-conditions'],
    guidance:
      'Reports on the country and on its abuse of INTERPOL, indexed and highlighted, with page pin-cites.',
    group: 'evidence',
  },
  {
    key: 'experts',
    title: EVIDENCE_CATEGORY_LABELS.experts,
    guidance:
      'Country, INTERPOL and home-country criminal-law experts. Matter of J-G-T-, 28 I&N Dec. 97 (BIA 2020) governs admitting and weighing expert testimony.',
    group: 'evidence',
  },
  {
    key: 'due-process',
    title: EVIDENCE_CATEGORY_LABELS['due-process'],
    guidance:
      'What shows the foreign prosecution is not an ordinary criminal case: the file, denied counsel, trial in absentia, coerced confessions, officials presuming guilt.',
    group: 'evidence',
  },
  {
    key: 'interpol',
    title: EVIDENCE_CATEGORY_LABELS.interpol,
    guidance:
      'The notice or diffusion itself and what other bodies decided about it. A Red Notice “may constitute reliable evidence” of the serious nonpolitical crime bar (Matter of W-E-R-B-, 27 I&N Dec. 795 (BIA 2020)): prepare the rebuttal.',
    group: 'evidence',
  },
  {
    key: 'media-campaign',
    title: EVIDENCE_CATEGORY_LABELS['media-campaign'],
    guidance:
      'State and proxy media attacks, archived, hashed and translated, with their timing relative to political events and U.S. filings.',
    group: 'evidence',
  },
  {
    key: 'us-proceedings',
    title: EVIDENCE_CATEGORY_LABELS['us-proceedings'],
    guidance:
      'The U.S. record: charging documents, custody and bond decisions, and what ICE relied on. ICE Directive 15006.1 forbids relying exclusively on a Red Notice or diffusion.',
    group: 'evidence',
  },
  {
    key: 'indicators',
    title: 'Indicators of a politically motivated prosecution',
    guidance:
      'For the Art. 3 predominance analysis at the CCF and the nexus of the asylum claim: the CCF weighs the nature of the offence, the status of the person, the data source, other states’ positions, international law, INTERPOL’s neutrality and the general context. Evidence for each indicator that applies.',
    group: 'indicators',
  },
  {
    key: 'ccf-workflow',
    title: 'Red Notice / CCF challenge',
    guidance:
      'The steps of a challenge at the Commission for the Control of INTERPOL’s Files, with the parallel U.S. and home-country tracks. CCF decisions are final; the only route back is revision on a new fact.',
    group: 'workflow',
  },
];

type ItemSpec = [key: string, title: string, guidance: string];

const ITEMS: Record<string, ItemSpec[]> = {
  identity: [
    [
      'passport',
      'Passport (current)',
      'Copy of every page, blank ones included: stamps and visas show travel history.',
    ],
    ['national-id', 'National identity card', 'Front and back; note the issuing authority and date.'],
    ['birth-certificate', 'Birth certificate', 'With a certified translation if not in English.'],
    [
      'prior-passports',
      'Prior passports and travel history',
      'Entries and exits that place the client at each incident.',
    ],
    [
      'entry-records',
      'Entry records: entry stamp, I-94, tickets',
      'Proof of the last arrival for the one-year deadline (INA 208(a)(2)(B)), shown by clear and convincing evidence.',
    ],
  ],
  declaration: [
    [
      'personal-declaration',
      'Personal declaration',
      'Detailed and chronological: dates, places, names. Written in the client’s language, then translated with a certificate.',
    ],
    [
      'prior-statements',
      'Every prior statement',
      'Credible-fear notes, CBP and ICE interviews, bond testimony, the CCF submission: gather them before the declaration is final.',
    ],
    [
      'consistency-review',
      'Consistency review against the I-589',
      'Check the declaration against the I-589 and each prior statement; explain any difference before the government does.',
    ],
  ],
  'political-activity': [
    [
      'membership',
      'Party membership cards and letters',
      'Letters from party officials confirming membership and role.',
    ],
    [
      'positions',
      'Positions held and election candidacy',
      'Registration documents, ballots, official results.',
    ],
    [
      'publications',
      'Publications, speeches and social media',
      'Archived with dates; captured with their URLs and hashes.',
    ],
    [
      'civil-society',
      'NGO, journalism, union or religious membership',
      'Press cards, employment letters, membership records, awards.',
    ],
    [
      'us-activism',
      'Activism in the United States',
      'Protests, publications and statements here: possible changed circumstances and a sur place claim.',
    ],
  ],
  'persecution-incidents': [
    [
      'arrest-records',
      'Arrest and detention records',
      'Protocols of detention, summonses, search warrants, court orders.',
    ],
    [
      'police-reports',
      'Police reports (or why none exist)',
      'If no report was made or could be made, the declaration says why.',
    ],
    [
      'threats',
      'Threats: messages, letters, recordings',
      'Keep the originals; export messages with their metadata.',
    ],
    [
      'dismissals-seizures',
      'Dismissals, asset seizures, harm to family',
      'Employment terminations, seizure orders, evidence of pressure on relatives.',
    ],
    [
      'photos-video',
      'Photos and video with metadata',
      'Originals with EXIF data intact; note who took them and when.',
    ],
  ],
  medical: [
    [
      'treatment-home',
      'Treatment records from the home country',
      'Hospital and clinic records for the injuries alleged.',
    ],
    ['treatment-us', 'Treatment records in the United States', 'Including mental-health treatment.'],
    [
      'forensic-medical',
      'Forensic medical evaluation (Istanbul Protocol)',
      'Scars documented and graded for consistency with the account.',
    ],
    [
      'psychological-evaluation',
      'Psychological evaluation (Istanbul Protocol)',
      'PTSD or depression assessment; also explains gaps or hesitations in testimony.',
    ],
  ],
  witnesses: [
    ['family-affidavits', 'Affidavits from family', 'With each affiant’s identity document.'],
    [
      'colleague-affidavits',
      'Affidavits from colleagues and party officials',
      'With each affiant’s identity document.',
    ],
    [
      'co-detainee-affidavits',
      'Affidavits from co-detainees',
      'What they saw; where they are now and their risk.',
    ],
  ],
  'country-conditions': [
    [
      'state-department-report',
      'State Department Country Report on Human Rights Practices',
      'Including the sections on politically motivated reprisals against individuals outside the country and on misuse of INTERPOL.',
    ],
    [
      'ngo-reports',
      'HRW, Amnesty International, Freedom House',
      'Freedom in the World; Freedom House’s transnational repression report “Out of Sight, Not Out of Reach”.',
    ],
    [
      'un-reports',
      'UN treaty bodies, Special Procedures, UNHCR, EUAA COI',
      'Concluding observations and communications on the country.',
    ],
    [
      'index',
      'Index with highlights and pin-cites',
      'Every report indexed, the relevant passages highlighted, page pin-cites.',
    ],
  ],
  experts: [
    [
      'country-expert',
      'Country expert declaration',
      'The political nature of the prosecution, the judiciary’s lack of independence, prison conditions and torture risk (for CAT).',
    ],
    [
      'interpol-expert',
      'INTERPOL expert declaration',
      'How the notice was issued, its compliance with the rules, CCF practice.',
    ],
    [
      'criminal-law-expert',
      'Home-country criminal-law expert',
      'Defects in the charges, in absentia rules, whether a retrial is guaranteed.',
    ],
  ],
  'due-process': [
    [
      'case-file',
      'The full foreign case file',
      'If it can be obtained; otherwise the requests made and the refusals.',
    ],
    [
      'denied-counsel',
      'Evidence of denied counsel or file access',
      'Correspondence with the court and local counsel.',
    ],
    ['in-absentia', 'Trial in absentia', 'The judgment, and whether a retrial is guaranteed.'],
    ['coerced-confessions', 'Coerced confessions', 'Of the client or co-defendants; retractions.'],
    [
      'officials-statements',
      'Officials’ public statements presuming guilt',
      'Dated, sourced and translated; they violate the presumption of innocence.',
    ],
    [
      'selective-prosecution',
      'Selective prosecution',
      'Similar conduct by loyalists not charged; parallel or duplicate prosecutions.',
    ],
    [
      'international-findings',
      'Findings by the ECtHR, UN WGAD or other bodies',
      'On the same judicial system or the same case.',
    ],
  ],
  interpol: [
    [
      'notice-extract',
      'Red Notice or diffusion extract',
      'As shown on any document; note the control or file number.',
    ],
    ['ccf-access-response', 'CCF access response', 'What INTERPOL’s files hold, as disclosed by the CCF.'],
    [
      'other-states',
      'Other states’ refusals of extradition or grants of asylum',
      'On the same facts: strong evidence for the Art. 3 analysis.',
    ],
    [
      'prior-ccf-decisions',
      'Prior CCF deletion decisions in similar cases',
      'Published decisions or those obtained from counsel.',
    ],
    [
      'refugee-grant',
      'Refugee-status grant (for INTERPOL verification)',
      'INTERPOL must be able to verify the grant under its refugee policy. It may reach the requesting NCB: ask for confidentiality.',
    ],
  ],
  'media-campaign': [
    [
      'articles-broadcasts',
      'State and proxy media articles and broadcasts',
      'Archived copies, hashed at intake, translated.',
    ],
    [
      'media-timeline',
      'Timing relative to political events and U.S. filings',
      'A timeline of publications against elections, protests and the client’s filings.',
    ],
    ['media-officials', 'Officials’ statements in the media', 'Dated, sourced, translated.'],
    [
      'diaspora-harassment',
      'Harassment of family and diaspora',
      'Transnational repression indicators: visits, threats, summonses of relatives.',
    ],
  ],
  'us-proceedings': [
    ['nta', 'Notice to Appear (NTA)', 'Date served and date filed with the court.'],
    ['i-213', 'Form I-213 (via FOIA)', 'Record of the arrest; request from CBP/ICE under FOIA.'],
    ['custody-decision', 'Custody decision', 'DHS’s initial custody determination.'],
    [
      'red-notice-reliance',
      'ICE’s Red Notice reliance and Directive 15006.1 compliance record',
      'Verification that the data is current, the abuse review, supervisor approval and the U.S. NCB documentation.',
    ],
    ['bond-decision', 'Bond decision', 'The IJ’s decision and any appeal to the BIA (30 days).'],
    ['hearing-notices', 'Hearing notices', 'Every master and individual hearing notice.'],
  ],
  indicators: [
    [
      'status-of-person',
      'Status of the person',
      'Opposition politician, journalist, activist, whistleblower, business rival of the regime, or family of one.',
    ],
    [
      'timing',
      'Timing',
      'The case opened or the notice issued close to elections, protests, criticism of the government, defection or an asylum filing.',
    ],
    [
      'offence-type',
      'Offence type and coherence of charges and facts',
      '“Relative” political offences (fraud, tax, embezzlement) as pretext; purely political offences are blocked by Art. 3 outright.',
    ],
    [
      'source-and-context',
      'Source and context',
      'Country reports on systemic abuse; the requesting state’s record of INTERPOL abuse.',
    ],
    [
      'human-rights-violations',
      'Human-rights violations in the process',
      'Torture, unlawful detention, public accusations before judgment, in absentia trial without a retrial guarantee.',
    ],
    [
      'selective-or-parallel',
      'Selective or parallel prosecutions',
      'Selective prosecution; duplicate prosecutions; transfer of proceedings.',
    ],
    [
      'other-positions',
      'Positions of other states or international bodies',
      'Extradition refused, asylum granted, UN or ECtHR findings.',
    ],
    [
      'media-smear',
      'Coordinated media smear and pressure on family',
      'See the media campaign category for the exhibits.',
    ],
  ],
  'ccf-workflow': [
    [
      'confirm-data',
      'Confirm whether INTERPOL data exists',
      'INTERPOL’s public wanted page (some Red Notices only, never diffusions), arrest paperwork, a request through local police or data-protection law, or a CCF access request (faster with proof that data exists).',
    ],
    [
      'admissibility-package',
      'Admissibility package',
      'Unredacted identity document (name, date of birth, photo), power of attorney, a signed request stating its purpose (access, correction or deletion), in Arabic, English, French or Spanish.',
    ],
    [
      'art3-analysis',
      'Substantive submission: Art. 3 predominance analysis',
      'Specific dates, names and places rather than generalities.',
    ],
    [
      'art83-threshold',
      'Art. 83 category and penalty threshold',
      'At least 2 years for a prosecution, 6 months imposed or remaining for a sentence.',
    ],
    [
      'art2-refugee',
      'Art. 2 human rights and the refugee policy',
      'If status is granted, the refugee policy applies; INTERPOL must be able to verify it.',
    ],
    [
      'data-quality',
      'Data quality and interest for police cooperation',
      'Inaccurate or outdated data; no interest for international police cooperation.',
    ],
    [
      'confidentiality',
      'Ask for confidentiality',
      'For the asylum grant and contacts at home: the CCF may share parts of a submission with the requesting NCB.',
    ],
    [
      'decision-windows',
      'Calendar the 4- and 9-month windows, then the 6-month revision window',
      'Track supplementary submissions; after the decision, revision is possible within 6 months of a new fact (Statute Art. 42).',
    ],
    [
      'us-track',
      'Parallel U.S. track',
      'Contest the Red Notice’s weight before the IJ (W-E-R-B- rebuttal); demand ICE’s 15006.1 compliance; bond motion addressing the notice.',
    ],
    [
      'home-track',
      'Parallel home-country track',
      'Appeal or quash the warrant; obtain the case file; document defects.',
    ],
    [
      'after-deletion',
      'After deletion: notify DHS/ICE and the IJ',
      'Ask INTERPOL Washington to confirm that U.S. databases were updated [practice point — verify the process].',
    ],
  ],
};

const items: TemplateItem[] = categories.flatMap((category) =>
  (ITEMS[category.key] ?? []).map(([key, title, guidance]) => ({
    key: `${category.key}-${key}`,
    category: category.key,
    title,
    guidance,
  })),
);

export const DEFAULT_TEMPLATE: TemplateContent = {
  name: 'Red Notice + asylum',
  description:
    'Persecution evidence for an asylum, withholding or CAT claim against a Red Notice or diffusion, the indicators of a politically motivated prosecution, and the CCF challenge.',
  categories,
  items,
};
