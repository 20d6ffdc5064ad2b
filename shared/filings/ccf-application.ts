import {
  ART83_PROSECUTION_MIN_YEARS,
  ART83_SENTENCE_MIN_MONTHS,
  article83PenaltyCheck,
} from '../deadlines/checks';
import { displayName } from '../dossier/client';
import { scopeAllows } from '../dossier/common';
import { type PdfBuildInput, createContext, ofKind, shows } from '../pdf/context';
import { exhibitOrder, formatDate, formatDateTime, joinNonEmpty } from '../pdf/format';
import { furnitureFor } from '../pdf/furniture';
import { ARTICLE3_FACTOR_LABELS, NOTICE_BASIS_LABELS } from '../pdf/labels';
import type { Block, Section } from '../pdf/model';
import type { PdfEvidenceItem } from '../pdf/sources';
import { NOTICE_TYPE_LABELS } from '../dossier/timeline';
import {
  type Assembled,
  type SectionRole,
  partsNote,
  rangeText,
  separatorSection,
  textPartSection,
} from './assembly';
import { type FilingItem, isForeignLanguage, pairedParts } from './parts';
import {
  CCF_GROUNDS,
  type CcfApplicationType,
  type CcfDraft,
  type CcfGround,
  type FilingParties,
} from './profile';
import { signatureSection } from './packet';

/**
 * A request to the Commission for the Control of INTERPOL's Files (access, correction or deletion), drafted from
 * the INTERPOL and CCF records the CCF may see and the attorney's own entries, which the attorney edits: the
 * applicant, the notice or diffusion concerned, the grounds (Art. 2, Art. 3 predominance, RPD Art. 83, the refugee
 * policy, data quality), a confidentiality request, and a numbered list of annexes merged after it, each annex's
 * number matching its separator page and the stamp on its pages.
 */

export const CCF_ADDRESS = [
  'Commission for the Control of INTERPOL’s Files',
  '200, Quai Charles de Gaulle',
  '69006 Lyon',
  'France',
];

export const CCF_GROUND_TITLES: Record<CcfGround, string> = {
  article2: 'Article 2 of INTERPOL’s Constitution: human rights',
  article3: 'Article 3 of INTERPOL’s Constitution: the request is predominantly political',
  article83: 'Article 83 of the Rules on the Processing of Data: the minimum criteria are not met',
  refugeePolicy: 'INTERPOL’s policy on refugees and asylum seekers',
  dataQuality: 'The quality and accuracy of the data',
  other: 'Further grounds',
};

const TYPE_TITLE: Record<CcfApplicationType, string> = {
  access: 'Request for access to data',
  correction: 'Request for the correction of data',
  deletion: 'Request for the deletion of data',
};

export interface CcfGap {
  kind: 'client-details-out-of-scope' | 'no-notice' | 'unmergeable' | 'no-translation' | 'power-of-attorney';
  evidenceId: string | null;
  annex: string | null;
  title: string;
}

export interface CcfPlan {
  kind: 'ccf-application';
  type: CcfApplicationType;
  clientName: string;
  generatedAt: string;
  title: string;
  applicant: { label: string; value: string }[];
  notices: Block[];
  purpose: string;
  grounds: { ground: CcfGround; title: string; text: string }[];
  confidentiality: string;
  items: FilingItem[];
  filing: FilingParties;
  gaps: CcfGap[];
}

/** What the application says before the attorney edits it: drafted from the records the CCF may see. */
export interface CcfDraftText {
  purpose: string;
  grounds: Record<CcfGround, string>;
  confidentiality: string;
}

type Input = Omit<PdfBuildInput, 'profile' | 'hide'>;

function ccfContext(input: Input) {
  // The CCF's own hides: addresses, contacts, family, the A-number and detention numbers never go to the CCF here.
  return createContext(
    { ...input, profile: 'ccf', hide: undefined },
    new Set(['addresses', 'contacts', 'family', 'a-number', 'detention-ids', 'vulnerabilities'] as const),
  );
}

export function draftCcfText(input: Input, type: CcfApplicationType): CcfDraftText {
  const ctx = ccfContext(input);
  const notices = ofKind(ctx.records, 'interpol');
  const cases = ofKind(ctx.records, 'home-case');
  const noticeNames = notices.map(
    (n) =>
      `the ${NOTICE_TYPE_LABELS[n.data.type]}${n.data.controlNumber ? ` ${n.data.controlNumber}` : ''} requested by ${n.data.requestingCountry}`,
  );
  const concerned =
    noticeNames.length > 0 ? noticeNames.join(' and ') : 'any notice or diffusion concerning the applicant';
  const purpose = {
    access: `The applicant asks the Commission for access to the data concerning the applicant processed in INTERPOL’s Information System, including ${concerned}, and to be told whether such data exist.`,
    correction: `The applicant asks the Commission to have the data concerning the applicant in INTERPOL’s Information System, including ${concerned}, corrected as set out below, and to be informed of the correction.`,
    deletion: `The applicant asks the Commission to find that the processing of ${concerned} does not comply with INTERPOL’s rules, and to have it deleted from INTERPOL’s Information System together with every related diffusion and message.`,
  }[type];

  const article3Factors = [...new Set(notices.flatMap((n) => n.data.compliance.article3Factors))];
  const indicators = [...new Set(cases.flatMap((c) => c.data.indicators))];
  const below = notices.flatMap((n) =>
    n.data.charges
      .filter((c) => article83PenaltyCheck(c, n.data.basis).some((x) => x.severity === 'warning'))
      .map((c) =>
        n.data.basis === 'prosecution'
          ? `“${c.description}”${c.articles ? ` (${c.articles})` : ''} carries a maximum penalty of ${c.maxPenaltyYears} year(s), below the threshold of ${ART83_PROSECUTION_MIN_YEARS} years`
          : `the sentence for “${c.description}” is below the threshold of ${ART83_SENTENCE_MIN_MONTHS} months`,
      ),
  );
  const flagged = (
    key:
      | 'article2HumanRights'
      | 'article83ExcludedCategory'
      | 'refugeePolicyApplies'
      | 'dataQualityIssues'
      | 'chargesFactsIncoherent',
  ) => notices.some((n) => n.data.compliance[key]);

  const grounds: Record<CcfGround, string> = {
    article2: flagged('article2HumanRights')
      ? 'The processing of these data is contrary to the spirit of the Universal Declaration of Human Rights, within which Article 2 of INTERPOL’s Constitution requires co-operation to take place.'
      : '',
    article3:
      article3Factors.length > 0 || indicators.length > 0
        ? joinNonEmpty(
            [
              'Political elements predominate over ordinary-law aspects of the case, and Article 3 of INTERPOL’s Constitution strictly forbids INTERPOL to undertake any activity of a political character.',
              article3Factors.length > 0 &&
                `The elements of the Commission’s predominance test that apply are: ${article3Factors.map((f) => ARTICLE3_FACTOR_LABELS[f].toLowerCase()).join('; ')}.`,
              indicators.length > 0 &&
                `The prosecution shows the following indicators of political motivation: ${indicators.map((i) => INDICATOR_TEXT[i]).join('; ')}.`,
            ],
            ' ',
          )
        : '',
    article83: joinNonEmpty(
      [
        flagged('article83ExcludedCategory') &&
          'The offence belongs to a category for which Article 83(1)(a) of the Rules on the Processing of Data excludes a Red Notice.',
        below.length > 0 && `The penalty threshold of Article 83(1)(b) is not met: ${below.join('; ')}.`,
      ],
      ' ',
    ),
    refugeePolicy: flagged('refugeePolicyApplies')
      ? 'The applicant’s status as a refugee or asylum seeker brings the request within INTERPOL’s policy on refugees: the request comes from the country where persecution is feared, and no data should be processed on it.'
      : '',
    dataQuality: joinNonEmpty(
      [
        flagged('dataQualityIssues') &&
          'The data are inaccurate or incomplete and do not meet INTERPOL’s requirements of data quality.',
        flagged('chargesFactsIncoherent') &&
          'The charges are not coherent with the facts described in the request.',
      ],
      ' ',
    ),
    other: '',
  };
  const countries = [...new Set(notices.map((n) => n.data.requestingCountry))];
  const confidentiality =
    `The applicant asks the Commission not to disclose to the National Central Bureau of ${countries.join(', ') || 'the requesting country'}, ` +
    'nor to any other source of the data, the applicant’s present address and whereabouts, any application for asylum ' +
    'or protection and any decision on it, and the identity of the witnesses, family members and counsel named in ' +
    'this request and its annexes. Disclosing them could expose these persons to reprisals.';
  return { purpose, grounds, confidentiality };
}

const INDICATOR_TEXT: Record<string, string> = {
  'status-of-person': 'the applicant’s status as a critic of the government',
  timing: 'timing tied to political events',
  'relative-political-offence': 'an ordinary-law charge used as a pretext (“relative” political offence)',
  'abusive-state-record': 'the requesting state’s record of misusing INTERPOL’s channels',
  'human-rights-violations': 'violations of human rights in the proceedings',
  'selective-prosecution': 'selective prosecution',
  'other-states-positions': 'the positions taken by other states or international bodies',
  'media-smear': 'a coordinated media campaign against the applicant',
  'family-pressure': 'pressure on the applicant’s family',
};

export function planCcfApplication(input: Input, type: CcfApplicationType, draft: CcfDraft): CcfPlan {
  const filing = input.filing;
  if (!filing) throw new Error('A CCF application needs the filing profile.');
  const ctx = ccfContext(input);
  const drafted = draftCcfText(input, type);
  const gaps: CcfGap[] = [];
  const c = ctx.client;
  if (!ctx.clientDetails)
    gaps.push({ kind: 'client-details-out-of-scope', evidenceId: null, annex: null, title: displayName(c) });
  const notices = ofKind(ctx.records, 'interpol');
  if (notices.length === 0) gaps.push({ kind: 'no-notice', evidenceId: null, annex: null, title: '' });
  if (
    ofKind(ctx.records, 'ccf').some(
      (r) => r.data.applicant === 'representative' && !r.data.powerOfAttorneyOnFile,
    )
  )
    gaps.push({ kind: 'power-of-attorney', evidenceId: null, annex: null, title: '' });

  const applicant: { label: string; value: string }[] = [
    { label: 'Name', value: displayName(c) },
    ...(ctx.clientDetails
      ? [
          { label: 'Other names', value: c.aliases.map((a) => a.name).join('; ') },
          { label: 'Date of birth', value: shows(ctx, 'date-of-birth') ? formatDate(c.dateOfBirth) : '' },
          { label: 'Place of birth', value: shows(ctx, 'date-of-birth') ? (c.placeOfBirth ?? '') : '' },
          { label: 'Nationality', value: c.nationalities.join(', ') },
        ]
      : []),
    {
      label: 'Represented by',
      value: joinNonEmpty([filing.attorney.name, filing.attorney.firm], ', '),
    },
  ].filter((f) => f.value.trim() !== '');

  const noticeBlocks: Block[] = notices.flatMap((n): Block[] => {
    const d = n.data;
    const rows = [
      ['Control or file number', d.controlNumber ?? ''],
      ['Requesting country', d.requestingCountry],
      ['Issuing authority', d.issuingAuthority ?? ''],
      [
        d.basis === 'sentence' ? 'Judgment' : 'Warrant',
        joinNonEmpty([d.warrantNumber && `No. ${d.warrantNumber}`, formatDate(d.warrantDate)], ', '),
      ],
      [d.type === 'diffusion' ? 'Circulated' : 'Issued', formatDate(d.issuedDate)],
      ['Basis', NOTICE_BASIS_LABELS[d.basis]],
    ].filter(([, v]) => v !== '');
    return [
      { type: 'subheading', text: `${NOTICE_TYPE_LABELS[d.type]} requested by ${d.requestingCountry}` },
      {
        type: 'fields',
        items: rows.map(([label, text]) => ({ label: label ?? '', value: { text: text ?? '' } })),
      },
      ...(d.charges.length > 0
        ? [
            {
              type: 'table' as const,
              columns: [
                { header: 'Charge', width: 3 },
                { header: 'Articles', width: 1.8 },
                { header: d.basis === 'sentence' ? 'Sentence' : 'Maximum penalty', width: 1.8 },
              ],
              rows: d.charges.map((ch) => [
                { text: ch.description },
                { text: ch.articles ?? '' },
                {
                  text:
                    d.basis === 'prosecution'
                      ? ch.maxPenaltyYears !== undefined
                        ? `${ch.maxPenaltyYears} year(s)`
                        : '—'
                      : ch.sentenceImposedMonths !== undefined
                        ? `${ch.sentenceImposedMonths} months`
                        : '—',
                },
              ]),
              empty: '',
            },
          ]
        : []),
    ];
  });

  // Annexes: the attorney's choice and order, or every item marked for the CCF in exhibit order.
  const all = input.sources.evidence ?? [];
  const reaches = (e: PdfEvidenceItem) => scopeAllows(e.scope, 'ccf');
  const candidates = (ctx.evidence ?? []).filter((e) => e.role === 'original');
  const chosen = draft.annexIds
    ? draft.annexIds.flatMap((id) => candidates.filter((e) => e.id === id))
    : [...candidates].sort(
        (a, b) => exhibitOrder(a.exhibitNumber, b.exhibitNumber) || a.title.localeCompare(b.title, 'en'),
      );
  const items: FilingItem[] = [];
  for (const original of chosen) {
    const number = String(items.length + 1);
    const { parts, unmergeable } = pairedParts(original, all, reaches);
    for (const u of unmergeable)
      gaps.push({
        kind: 'unmergeable',
        evidenceId: u.id,
        annex: number,
        title: ctx.withholder.text(u.title),
      });
    if (isForeignLanguage(original.language) && !parts.some((p) => p.role === 'translation'))
      gaps.push({
        kind: 'no-translation',
        evidenceId: original.id,
        annex: number,
        title: ctx.withholder.text(original.title),
      });
    if (parts.length === 0) continue;
    items.push({
      number,
      tab: null,
      description: ctx.withholder.text(
        original.description ? `${original.title} — ${original.description}` : original.title,
      ),
      documentDate: original.documentDate,
      parts: parts.map((p) => ({ ...p, title: ctx.withholder.text(p.title) })),
    });
  }

  const text = (value: string | undefined, fallback: string) => ctx.withholder.text(value ?? fallback);
  return {
    kind: 'ccf-application',
    type,
    clientName: displayName(c),
    generatedAt: input.generatedAt,
    title: TYPE_TITLE[type],
    applicant: applicant.map((f) => ({ ...f, value: ctx.withholder.text(f.value) })),
    notices: noticeBlocks.map((b) => ctx.withholder.block(b)),
    purpose: text(draft.purpose, drafted.purpose),
    grounds: CCF_GROUNDS.map((ground) => ({
      ground,
      title: CCF_GROUND_TITLES[ground],
      text: text(draft.grounds[ground], drafted.grounds[ground]),
    })).filter((g) => g.text.trim() !== ''),
    confidentiality: text(draft.confidentiality, drafted.confidentiality),
    items,
    filing,
    gaps,
  };
}

/** "Annex 3 — " before the page number on an annex's pages. */
export function annexPrefix(item: FilingItem): string {
  return `Annex ${item.number} — `;
}

export function ccfDocument(
  plan: CcfPlan,
  ranges: readonly [number, number][] | null,
  texts: Readonly<Record<string, string>>,
): Assembled {
  const sections: Section[] = [];
  const roles: SectionRole[] = [];
  const push = (section: Section, role: SectionRole) => {
    sections.push(section);
    roles.push(role);
  };
  const paragraphs = (value: string): Block[] =>
    value
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '')
      .map((p) => ({ type: 'paragraph', text: p }));

  push(
    {
      id: 'ccf-request',
      title: 'The applicant and the request',
      blocks: [
        { type: 'paragraph', text: CCF_ADDRESS.join('\n') },
        { type: 'fields', items: plan.applicant.map((f) => ({ label: f.label, value: { text: f.value } })) },
        ...paragraphs(plan.purpose),
      ],
    },
    { type: 'front' },
  );
  if (plan.notices.length > 0)
    push({ id: 'ccf-notice', title: 'The data concerned', blocks: plan.notices }, { type: 'front' });
  if (plan.grounds.length > 0)
    push(
      {
        id: 'ccf-grounds',
        title: 'Grounds',
        blocks: plan.grounds.flatMap((g, i): Block[] => [
          { type: 'subheading', text: `${i + 1}. ${g.title}` },
          ...paragraphs(g.text),
        ]),
      },
      { type: 'front' },
    );
  push(
    {
      id: 'ccf-confidentiality',
      title: 'Request for confidentiality',
      blocks: paragraphs(plan.confidentiality),
    },
    { type: 'front' },
  );
  push(
    {
      id: 'annexes',
      title: 'Annexes',
      blocks: [
        {
          type: 'table',
          columns: [
            { header: 'Annex', width: 0.8 },
            { header: 'Document', width: 4.8 },
            { header: 'Date', width: 1.3 },
            { header: 'Pages', width: 1, align: 'right' },
          ],
          rows: plan.items.map((item, i) => [
            { text: item.number, bold: true },
            { text: item.description, ...(partsNote(item) ? { note: partsNote(item) } : {}) },
            { text: formatDate(item.documentDate) || '—' },
            { text: ranges ? rangeText(ranges[i]) : '0000–0000' },
          ]),
          empty: 'No annex.',
        },
      ],
    },
    { type: 'front' },
  );
  push(signatureSection(plan.filing, 'Respectfully submitted on behalf of the applicant,'), {
    type: 'front',
  });
  plan.items.forEach((item, i) => {
    push(separatorSection(`Annex ${item.number}`, [item.description]), { type: 'separator', item: i });
    for (const part of item.parts)
      if (part.kind === 'text')
        push(textPartSection(part, texts[part.evidenceId] ?? ''), {
          type: 'text',
          item: i,
          evidenceId: part.evidenceId,
        });
  });

  return {
    document: {
      profile: 'ccf',
      title: plan.title,
      audience: 'CCF',
      clientName: plan.clientName,
      generatedAt: plan.generatedAt,
      generatedLabel: formatDateTime(plan.generatedAt),
      privilegeLine: '',
      furniture: {
        ...furnitureFor('ccf', {
          title: plan.title,
          clientName: plan.clientName,
          audience: '',
          generatedLabel: '',
          aNumber: '',
        }),
        pageNumbers: false,
      },
      caption: null,
      cover: { overline: '', names: [], facts: [], notice: '', disclaimer: '', compact: true },
      sections,
      omitted: {
        hiddenSections: [],
        hiddenFields: [],
        recordsOutOfScope: 0,
        evidenceOutOfScope: 0,
        cardsOutOfScope: 0,
        deadlinesOutOfScope: 0,
        clientDetailsOutOfScope: false,
        unnumberedExhibits: 0,
        withheldValues: 0,
      },
    },
    roles,
  };
}
