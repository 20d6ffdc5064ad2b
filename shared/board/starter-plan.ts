import { z } from 'zod';
import type { ComputedDeadline } from '../deadlines/engine';
import type { SharingScope } from '../dossier/common';
import type { DossierRecord } from '../dossier/records';
import { type CardDue, type CardKind, type Lane, cardInputSchema } from './board';

/**
 * The starter plan of a Red Notice case: the typical cards of each counsel's lane (domain.md §7), proposed with
 * checkboxes and editable before they are added. Cards that fit the dossier are checked; the others are offered
 * unchecked. A card whose date the deadline engine computes is tied to that deadline.
 */

export const proposedCardSchema = z.object({
  /** Stable within the template, so the dialog can keep its checkboxes. */
  key: z.string(),
  checked: z.boolean(),
  /** Why it is (or is not) checked, in a few words. */
  reason: z.string().optional(),
  card: cardInputSchema,
});
export type ProposedCard = z.output<typeof proposedCardSchema>;

interface Template {
  key: string;
  lane: Lane;
  kind: CardKind;
  title: string;
  forum: string;
  legalBasis: string;
  scope?: SharingScope;
  /** Deadline rule whose first open deadline the card is tied to. */
  deadlineRule?: ComputedDeadline['ruleId'];
  /** Whether the card fits this dossier; undefined: always. */
  when?: (facts: PlanFacts) => { fits: boolean; reason: string };
}

interface PlanFacts {
  detained: boolean;
  hasExtradition: boolean;
  hasHomeCase: boolean;
  hasNta: boolean;
  asylumFiled: boolean;
  redNoticeCustody: boolean;
}

const TEMPLATES: readonly Template[] = [
  // U.S. immigration counsel
  {
    key: 'imm-nta',
    lane: 'us-immigration',
    kind: 'filing',
    title: 'Review the NTA and prepare pleadings',
    forum: 'Immigration court (EOIR)',
    legalBasis: '8 CFR 1240.10(c)',
    when: (f) => ({ fits: f.hasNta, reason: f.hasNta ? 'NTA recorded' : 'No NTA recorded yet' }),
  },
  {
    key: 'imm-i589',
    lane: 'us-immigration',
    kind: 'asylum-application',
    title: 'Prepare and file the I-589 (asylum, withholding, CAT)',
    forum: 'Immigration court or USCIS',
    legalBasis: 'INA 208(a)(2)(B); 8 CFR 1208.4(a)(2)',
    deadlineRule: 'asylum-one-year',
    when: (f) => ({
      fits: !f.asylumFiled,
      reason: f.asylumFiled ? 'I-589 already filed' : 'Tied to the one-year deadline when computed',
    }),
  },
  {
    key: 'imm-15006',
    lane: 'us-immigration',
    kind: 'ncb-documentation',
    title: 'Demand ICE’s 15006.1 record: NCB documentation, verification, supervisor approval',
    forum: 'DHS / ICE (OPLA)',
    legalBasis: 'ICE Directive 15006.1',
    when: (f) => ({
      fits: f.redNoticeCustody,
      reason: f.redNoticeCustody ? 'Custody rests on the Red Notice' : 'No Red Notice custody recorded',
    }),
  },
  {
    key: 'imm-bond',
    lane: 'us-immigration',
    kind: 'filing',
    title: 'Bond motion addressing the Red Notice (W-E-R-B- rebuttal)',
    forum: 'Immigration court (detained docket)',
    legalBasis: '8 CFR 1003.19, 1236.1; Matter of W-E-R-B-, 27 I&N Dec. 795',
    when: (f) => ({ fits: f.detained, reason: f.detained ? 'Client is detained' : 'Client is not detained' }),
  },
  {
    key: 'imm-evidence',
    lane: 'us-immigration',
    kind: 'evidence',
    title: 'Evidence packet and exhibit list',
    forum: 'Immigration court (EOIR)',
    legalBasis: 'ICPM ch. 3; INA 208(b)(1)(B)(ii) (corroboration)',
  },
  {
    key: 'imm-expert',
    lane: 'us-immigration',
    kind: 'expert-report',
    title: 'Country-conditions expert report',
    forum: 'Immigration court (EOIR)',
    legalBasis: 'Matter of J-G-T-, 28 I&N Dec. 97 (BIA 2020)',
  },
  {
    key: 'imm-translation',
    lane: 'us-immigration',
    kind: 'translation',
    title: 'Certified translations of foreign-language documents',
    forum: 'Immigration court (EOIR)',
    legalBasis: '8 CFR 1003.33',
  },
  {
    key: 'imm-foia',
    lane: 'us-immigration',
    kind: 'task',
    title: 'FOIA requests to USCIS, CBP, ICE and OBIM',
    forum: 'DHS components',
    legalBasis: '5 U.S.C. 552',
  },
  // U.S. criminal / extradition counsel
  {
    key: 'crim-monitor',
    lane: 'us-criminal',
    kind: 'task',
    title: 'Monitor for a provisional arrest request or an extradition complaint',
    forum: 'U.S. district court',
    legalBasis: '18 U.S.C. 3184',
  },
  {
    key: 'crim-poe',
    lane: 'us-criminal',
    kind: 'extradition-defence',
    title: 'Political offense exception and dual criminality analysis',
    forum: 'Extradition court',
    legalBasis: 'Quinn v. Robinson, 783 F.2d 776 (9th Cir. 1986)',
    when: (f) => ({
      fits: f.hasExtradition,
      reason: f.hasExtradition ? 'Extradition track recorded' : 'No extradition track yet',
    }),
  },
  {
    key: 'crim-cat',
    lane: 'us-criminal',
    kind: 'extradition-defence',
    title: 'CAT submission to the Secretary of State',
    forum: 'U.S. Department of State',
    legalBasis: '22 CFR Part 95',
    when: (f) => ({
      fits: f.hasExtradition,
      reason: f.hasExtradition ? 'Extradition track recorded' : 'No extradition track yet',
    }),
  },
  {
    key: 'crim-oia',
    lane: 'us-criminal',
    kind: 'meeting',
    title: 'Liaison with DOJ Office of International Affairs',
    forum: 'DOJ (OIA)',
    legalBasis: '18 U.S.C. 3184–3186',
  },
  // Home-country counsel
  {
    key: 'home-file',
    lane: 'home-country',
    kind: 'evidence',
    title: 'Obtain the full criminal case file',
    forum: 'Home-country court',
    legalBasis: 'Local criminal procedure',
  },
  {
    key: 'home-quash',
    lane: 'home-country',
    kind: 'filing',
    title: 'Appeal or move to quash the warrant',
    forum: 'Home-country court',
    legalBasis: 'Local criminal procedure',
    when: (f) => ({
      fits: f.hasHomeCase,
      reason: f.hasHomeCase ? 'Home-country case recorded' : 'No case yet',
    }),
  },
  {
    key: 'home-absentia',
    lane: 'home-country',
    kind: 'filing',
    title: 'In-absentia remedies (retrial guarantee)',
    forum: 'Home-country court',
    legalBasis: 'Local criminal procedure; ECHR Art. 6 case law where it applies',
    when: () => ({ fits: false, reason: 'Only if judged in absentia' }),
  },
  {
    key: 'home-expert',
    lane: 'home-country',
    kind: 'expert-report',
    title: 'Local-law expert opinion on defects in the charges',
    forum: 'Immigration court and CCF',
    legalBasis: 'RPD Art. 83; coherence between charges and facts',
  },
  {
    key: 'home-witnesses',
    lane: 'home-country',
    kind: 'evidence',
    title: 'Evidence from home, with a risk assessment for each witness',
    forum: 'Home country',
    legalBasis: 'Duty of care to witnesses',
  },
  // CCF / INTERPOL
  {
    key: 'ccf-access',
    lane: 'ccf',
    kind: 'ccf-request',
    title: 'CCF access request (ID, power of attorney, signed request)',
    forum: 'CCF (Requests Chamber)',
    legalBasis: 'CCF Statute; RPD Art. 18',
    scope: 'ccf',
  },
  {
    key: 'ccf-deletion',
    lane: 'ccf',
    kind: 'ccf-request',
    title: 'Deletion request: Art. 3 predominance, Art. 83 threshold, Art. 2',
    forum: 'CCF (Requests Chamber)',
    legalBasis: 'INTERPOL Constitution Arts. 2, 3; RPD Arts. 82–83',
    scope: 'ccf',
  },
  {
    key: 'ccf-confidentiality',
    lane: 'ccf',
    kind: 'task',
    title: 'Ask the CCF in writing for confidentiality of sensitive material',
    forum: 'CCF',
    legalBasis: 'CCF Operating Rules (confidentiality); Amicus FAQ Q21',
    scope: 'ccf',
  },
  // Advocacy
  {
    key: 'adv-meetings',
    lane: 'advocacy',
    kind: 'meeting',
    title: 'Meetings with DOJ, DHS/ICE and INTERPOL Washington',
    forum: 'DOJ / DHS / U.S. NCB',
    legalBasis: 'Advocacy',
  },
  {
    key: 'adv-wgad',
    lane: 'advocacy',
    kind: 'filing',
    title: 'UN communication (WGAD if detained; Special Rapporteurs)',
    forum: 'OHCHR',
    legalBasis: 'WGAD Methods of Work',
    scope: 'public',
    when: (f) => ({
      fits: f.detained,
      reason: f.detained ? 'Detained: the WGAD applies' : 'Special Rapporteurs only (not detained)',
    }),
  },
  {
    key: 'adv-congress',
    lane: 'advocacy',
    kind: 'task',
    title: 'Congressional inquiry',
    forum: 'Congressional office',
    legalBasis: 'Advocacy',
  },
  {
    key: 'adv-media',
    lane: 'advocacy',
    kind: 'task',
    title: 'Media response log and rebuttal statement',
    forum: 'Press',
    legalBasis: 'Countering the foreign media campaign',
    scope: 'public',
  },
];

function planFacts(records: readonly DossierRecord[]): PlanFacts {
  const immigration = records.find((r) => r.kind === 'immigration');
  const custody = records.filter((r) => r.kind === 'custody');
  return {
    detained: custody.some((c) => c.kind === 'custody' && c.data.releaseDate === undefined),
    hasExtradition: records.some((r) => r.kind === 'extradition'),
    hasHomeCase: records.some((r) => r.kind === 'home-case'),
    hasNta:
      immigration?.kind === 'immigration' &&
      (immigration.data.ntaServedDate !== undefined || immigration.data.ntaFiledDate !== undefined),
    asylumFiled: immigration?.kind === 'immigration' && immigration.data.i589FiledDate !== undefined,
    redNoticeCustody: custody.some(
      (c) =>
        c.kind === 'custody' &&
        (c.data.redNoticeSoleBasis ||
          c.data.projectRed === 'yes' ||
          /red notice|diffusion|interpol/i.test(c.data.statedBasis ?? '')),
    ),
  };
}

/** The proposed cards for one dossier, lane by lane, in the template's order. */
export function starterPlan(
  records: readonly DossierRecord[],
  deadlines: readonly ComputedDeadline[],
): ProposedCard[] {
  const facts = planFacts(records);
  return TEMPLATES.map((t) => {
    const deadline = t.deadlineRule
      ? deadlines.find((d) => d.ruleId === t.deadlineRule && d.status === 'open')
      : undefined;
    const due: CardDue = deadline ? { type: 'deadline', key: deadline.key } : { type: 'none' };
    const verdict = t.when?.(facts);
    return {
      key: t.key,
      checked: verdict?.fits ?? true,
      reason: verdict?.reason,
      card: cardInputSchema.parse({
        title: t.title,
        lane: t.lane,
        kind: t.kind,
        forum: t.forum,
        legalBasis: t.legalBasis,
        scope: t.scope ?? 'counsel-team',
        due,
      }),
    };
  });
}
