import { daysBetween, type IsoDate } from '../deadlines/calendar';
import type { ComputedDeadline } from '../deadlines/engine';
import type { DossierRecord, RecordOf } from '../dossier/records';
import { CASE_CHECK_IDS, CASE_CHECK_LABELS, caseChecks } from './case-checks';
import {
  type BoardCard,
  type CardKind,
  EXPOSED_LANES,
  LANE_LABELS,
  type ResolvedLink,
  type SequencingFlag,
  linkKey,
} from './board';

/**
 * Sequencing checks: the order of moves across fronts is the craft of these cases (domain.md §1 "Sequencing",
 * "Backdoor extradition", ICE Directive 15006.1, the CCF risk note). Each rule is a pure function of the dossier's
 * records, its computed deadlines and its board, and returns flags in the shape of the deadline checks (id, severity,
 * title, explanation, source) with a rule id. None is a conclusion of law: each names its source so the attorney can
 * check it.
 */

/** The part of a card the rules read. */
export type SequencingCard = Pick<
  BoardCard,
  'id' | 'title' | 'lane' | 'status' | 'kind' | 'dueDate' | 'forum' | 'links'
>;

export interface SequencingInput {
  today: IsoDate;
  records: readonly DossierRecord[];
  deadlines: readonly ComputedDeadline[];
  cards: readonly SequencingCard[];
  /** What the cards' links point at (scope, done, due), as far as the vault knows. */
  links: readonly ResolvedLink[];
  /** How close the one-year deadline must be to raise a flag (days). */
  oneYearWarnDays?: number;
}

export const RULE_IDS = [
  'one-year-no-filing',
  'nta-filed-affirmative-plan',
  'hearing-before-needed-item',
  'backdoor-extradition',
  'custody-15006-documentation',
  'exposed-material',
  ...CASE_CHECK_IDS,
] as const;
export type SequencingRuleId = (typeof RULE_IDS)[number];

export const SEQUENCING_RULE_LABELS: Record<SequencingRuleId, string> = {
  'one-year-no-filing': 'One-year asylum deadline near, no filing',
  'nta-filed-affirmative-plan': 'NTA filed while an affirmative filing is planned',
  'hearing-before-needed-item': 'Hearing before an expert report or translation it needs',
  'backdoor-extradition': 'Final removal order while the CCF or extradition defence is pending',
  'custody-15006-documentation': 'Red Notice custody without the 15006.1 documentation requested',
  'exposed-material': 'Restricted material linked to a CCF or home-country card',
  ...CASE_CHECK_LABELS,
};

export const DEFAULT_ONE_YEAR_WARN_DAYS = 90;
/** Within this many days (or past), a missing asylum filing is critical rather than a warning. */
export const ONE_YEAR_CRITICAL_DAYS = 30;

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

function ofKind<K extends DossierRecord['kind']>(records: readonly DossierRecord[], kind: K): RecordOf<K>[] {
  return records.filter((r): r is RecordOf<K> => r.kind === kind);
}

function open(card: SequencingCard): boolean {
  return card.status !== 'done';
}

function cardsOfKind(cards: readonly SequencingCard[], kinds: readonly CardKind[]): SequencingCard[] {
  return cards.filter((c) => kinds.includes(c.kind) && open(c));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The one-year asylum deadline is near and nothing is filed
// ---------------------------------------------------------------------------------------------------------------

const ONE_YEAR_SOURCE = 'INA 208(a)(2)(B), (D); 8 CFR 1208.4(a)(2), (a)(4)-(5)';
const ONE_YEAR_URL = 'https://www.ecfr.gov/current/title-8/section-1208.4';
const EXCEPTION_WORDS = {
  'changed-circumstances': 'changed circumstances',
  'extraordinary-circumstances': 'extraordinary circumstances',
  none: 'no exception',
} as const;

/**
 * Raised when asylum is sought (or relief is not yet chosen), no I-589 is recorded as filed, and the one-year deadline
 * is within `oneYearWarnDays` (or past) — or when the board plans the filing for a day after the deadline. Critical
 * within 30 days or past; warning otherwise.
 */
export function oneYearFilingFlags(input: SequencingInput): SequencingFlag[] {
  const immigration = ofKind(input.records, 'immigration')[0];
  if (!immigration || immigration.data.i589FiledDate !== undefined) return [];
  const relief = immigration.data.reliefSought;
  if (relief.length > 0 && !relief.includes('asylum')) return [];
  const deadline = input.deadlines.find((d) => d.ruleId === 'asylum-one-year');
  if (!deadline || deadline.status !== 'open') return [];

  const daysLeft = daysBetween(input.today, deadline.dueDate);
  const planned = cardsOfKind(input.cards, ['asylum-application']);
  const late = planned.find((c) => c.dueDate !== null && c.dueDate > deadline.dueDate);
  const near = daysLeft <= (input.oneYearWarnDays ?? DEFAULT_ONE_YEAR_WARN_DAYS);
  if (!near && !late) return [];

  const when =
    daysLeft < 0
      ? `passed on ${deadline.dueDate}`
      : daysLeft === 0
        ? `is today (${deadline.dueDate})`
        : `is ${deadline.dueDate}, in ${plural(daysLeft, 'day')}`;
  const board = late
    ? `The board plans “${late.title}” for ${late.dueDate}, after the deadline: bring it forward.`
    : planned.length > 0
      ? `The board has “${planned[0]?.title}” ${planned[0]?.dueDate ? `due ${planned[0].dueDate}` : 'with no due date'}.`
      : 'No card on the board plans the I-589.';
  const passed = daysLeft < 0;
  // A recorded exception (changed or extraordinary circumstances) is the route after the deadline: still urgent,
  // since the application must follow within a reasonable period, but no longer a lost claim.
  const exception = immigration.data.oneYearException;
  const excused = passed && exception !== 'none';
  return [
    {
      id: 'one-year-no-filing',
      ruleId: 'one-year-no-filing',
      severity: excused ? 'warning' : daysLeft <= ONE_YEAR_CRITICAL_DAYS ? 'critical' : 'warning',
      title: excused
        ? `One-year deadline passed: file within a reasonable period on the ${EXCEPTION_WORDS[exception]} recorded`
        : passed
          ? 'One-year asylum deadline has passed with no I-589 filed'
          : late && !near
            ? 'The I-589 is planned after the one-year deadline'
            : `One-year asylum deadline in ${plural(daysLeft, 'day')} and no I-589 filed`,
      explanation:
        `The one-year deadline, counted from the last arrival, ${when}, and no asylum application is recorded as ` +
        `filed. ${board} ` +
        (excused
          ? `The file records ${EXCEPTION_WORDS[exception]} (8 CFR 1208.4(a)(4)-(5)): document them and file within a ` +
            'reasonable period after them — the longer the wait, the harder it is to show; withholding and CAT have ' +
            'no deadline.'
          : passed
            ? 'Asylum now needs changed or extraordinary circumstances and filing within a reasonable period after ' +
              'them; withholding and CAT have no deadline.'
            : 'The application is filed when received (no mailbox rule); once the NTA is filed with the court it ' +
              'goes to the immigration court, not USCIS.'),
      source: ONE_YEAR_SOURCE,
      sourceUrl: ONE_YEAR_URL,
      relatedCardId: late?.id ?? planned[0]?.id,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 2. NTA filed with the court while an affirmative filing is still planned
// ---------------------------------------------------------------------------------------------------------------

/**
 * Once the NTA is filed with the immigration court, the immigration judge has exclusive jurisdiction over asylum
 * (8 CFR 1208.2(b)): an affirmative filing with USCIS is no longer possible. Raised when the plan is still
 * "affirmative" and no I-589 has been filed with the court (a USCIS filing on or after the NTA filing date counts as
 * not filed: USCIS had no jurisdiction to take it).
 */
export function ntaAffirmativePlanFlags(input: SequencingInput): SequencingFlag[] {
  const immigration = ofKind(input.records, 'immigration')[0];
  if (!immigration) return [];
  const { ntaFiledDate, asylumFilingPlan, i589FiledDate, i589Agency } = immigration.data;
  if (ntaFiledDate === undefined || asylumFilingPlan !== 'affirmative') return [];
  if (i589FiledDate !== undefined) {
    if (i589Agency === 'immigration-court') return [];
    // Filed with USCIS before the NTA reached the court: the affirmative filing happened in time.
    if (i589Agency === 'uscis' && i589FiledDate < ntaFiledDate) return [];
  }
  const uscisCard = cardsOfKind(input.cards, ['asylum-application']).find((c) =>
    /uscis|asylum office/i.test(c.forum ?? ''),
  );
  return [
    {
      id: 'nta-filed-affirmative-plan',
      ruleId: 'nta-filed-affirmative-plan',
      severity: 'critical',
      title: 'NTA filed with the court, but an affirmative (USCIS) asylum filing is still planned',
      explanation:
        `The NTA was filed with the immigration court on ${ntaFiledDate}. From then on the immigration judge has ` +
        'exclusive jurisdiction over the asylum application, and an immigration judge cannot terminate proceedings so ' +
        'that it can be filed with USCIS first. Change the plan to a defensive filing with the court' +
        (uscisCard ? ` and move “${uscisCard.title}” to the court` : '') +
        '. The one-year clock runs regardless of which agency has jurisdiction.',
      source: '8 CFR 1208.2(b); Matter of J-A-B- & I-J-V-A-, 27 I&N Dec. 168 (BIA 2017)',
      sourceUrl: 'https://www.law.cornell.edu/cfr/text/8/1208.2',
      relatedCardId: uscisCard?.id,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 3. A hearing comes before an expert report or translation it needs
// ---------------------------------------------------------------------------------------------------------------

interface NeededItem {
  id: string;
  title: string;
  what: 'expert report' | 'translation';
  dueDate: IsoDate | null;
  cardId: string;
  /** The hearing the item is linked to, when it is. */
  hearingId: string | undefined;
}

function neededItems(input: SequencingInput, hearingIds: ReadonlySet<string>): NeededItem[] {
  const resolved = new Map(input.links.map((l) => [linkKey(l), l]));
  const items: NeededItem[] = [];
  for (const card of input.cards) {
    if (!open(card)) continue;
    const hearingId = card.links.find((l) => l.kind === 'record' && hearingIds.has(l.id))?.id;
    if (card.kind === 'expert-report' || card.kind === 'translation') {
      items.push({
        id: card.id,
        title: card.title,
        what: card.kind === 'expert-report' ? 'expert report' : 'translation',
        dueDate: card.dueDate,
        cardId: card.id,
        hearingId,
      });
    }
    // Checklist items linked to the card that are themselves an expert report or a translation.
    for (const link of card.links) {
      if (link.kind !== 'checklist') continue;
      const item = resolved.get(linkKey(link));
      if (!item?.exists || item.done === true) continue;
      const text = `${item.detail ?? ''} ${item.label}`;
      const what = /translat/i.test(text) ? 'translation' : /expert/i.test(text) ? 'expert report' : null;
      if (!what) continue;
      items.push({
        id: `${card.id}:${link.id}`,
        title: item.label,
        what,
        dueDate: item.dueDate ?? null,
        cardId: card.id,
        hearingId,
      });
    }
  }
  return items;
}

const HEARING_SOURCE =
  'EOIR Policy Manual, Part II ch. 3.1(b) (filing deadlines); 8 CFR 1003.33 (certified translations)';
const HEARING_URL = 'https://www.justice.gov/eoir/reference-materials/ic/chapter-3/1';

/**
 * For each upcoming hearing, the open expert reports and translations it needs — those linked to it, and the unlinked
 * ones for the next master or individual hearing — that will not be ready: due after the hearing (critical), due
 * after the pre-hearing filing deadline (warning), or still open with no due date (warning).
 */
export function hearingNeedsFlags(input: SequencingInput): SequencingFlag[] {
  const upcoming = ofKind(input.records, 'hearing')
    .filter((h) => h.data.date >= input.today)
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
  if (upcoming.length === 0) return [];
  const byId = new Map(upcoming.map((h) => [h.id, h]));
  const next = upcoming.find((h) => h.data.kind === 'master' || h.data.kind === 'individual');
  const flags: SequencingFlag[] = [];
  for (const item of neededItems(input, new Set(byId.keys()))) {
    const hearing = item.hearingId ? byId.get(item.hearingId) : next;
    if (!hearing) continue;
    const filing = input.deadlines.find(
      (d) =>
        d.ruleId === 'eoir-filing-before-hearing' && d.relatedRecordId === hearing.id && d.status === 'open',
    );
    const label = `${hearing.data.kind} hearing on ${hearing.data.date}`;
    const base = {
      ruleId: 'hearing-before-needed-item',
      id: `hearing-before-needed-item:${item.id}`,
      source: HEARING_SOURCE,
      sourceUrl: HEARING_URL,
      relatedRecordId: hearing.id,
      relatedCardId: item.cardId,
    };
    const filingNote = filing
      ? ` Filings for it are due ${filing.dueDate}.`
      : hearing.data.detained
        ? ' On the detained docket the judge sets the filing dates.'
        : '';
    const translationNote =
      item.what === 'translation'
        ? ' A foreign-language document is admitted only with a certified English translation.'
        : '';
    if (item.dueDate === null) {
      flags.push({
        ...base,
        severity: 'warning',
        title: `The ${label} needs “${item.title}”, which has no due date`,
        explanation:
          `The ${item.what} “${item.title}” is still open and nothing on the board says when it will be ready.${filingNote} ` +
          `Give it a due date before the hearing, or tie it to the filing deadline.${translationNote}`,
      });
    } else if (item.dueDate > hearing.data.date) {
      flags.push({
        ...base,
        severity: 'critical',
        title: `The ${label} comes before “${item.title}” is due`,
        explanation:
          `The ${item.what} “${item.title}” is due ${item.dueDate}, after the hearing.${filingNote} Bring it forward, ` +
          `or ask the court for more time before the hearing.${translationNote}`,
      });
    } else if (filing && item.dueDate > filing.dueDate) {
      flags.push({
        ...base,
        severity: 'warning',
        title: `“${item.title}” is due after the filing deadline for the ${label}`,
        explanation:
          `The ${item.what} “${item.title}” is due ${item.dueDate}, but filings for the hearing must be received by ` +
          `${filing.dueDate} (no mailbox rule). Bring it forward or move to file late with good cause.${translationNote}`,
      });
    }
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------------------------
// 4. A final removal order while the CCF request or the extradition defence is pending
// ---------------------------------------------------------------------------------------------------------------

/**
 * "Backdoor extradition": removal can achieve what extradition, with its treaty protections, would not. Raised when a
 * final order of removal is recorded while a CCF request is pending (no decision yet), an extradition track is open (no
 * surrender decision), or the board has open CCF or extradition-defence cards.
 */
export function backdoorExtraditionFlags(input: SequencingInput): SequencingFlag[] {
  const immigration = ofKind(input.records, 'immigration')[0];
  const finalOrderDate = immigration?.data.finalOrderDate;
  if (finalOrderDate === undefined) return [];
  const pending: string[] = [];
  const ccf = ofKind(input.records, 'ccf').filter(
    (c) => c.data.outcome === 'pending' && c.data.decisionDate === undefined,
  );
  if (ccf.length > 0) {
    pending.push(
      ccf.length === 1
        ? 'a CCF request is awaiting decision'
        : `${ccf.length} CCF requests are awaiting decision`,
    );
  }
  const extradition = ofKind(input.records, 'extradition').filter(
    (e) => e.data.surrenderDecisionDate === undefined && e.data.surrenderDate === undefined,
  );
  if (extradition.length > 0) pending.push('the extradition proceeding is open (no surrender decision yet)');
  const cards = cardsOfKind(input.cards, ['ccf-request', 'extradition-defence']);
  if (pending.length === 0 && cards.length > 0) {
    pending.push(
      `${plural(cards.length, 'card')} for the CCF or the extradition defence ${cards.length === 1 ? 'is' : 'are'} open`,
    );
  }
  if (pending.length === 0) return [];
  const reopen = input.deadlines.find((d) => d.ruleId === 'motion-to-reopen' && d.status === 'open');
  const removal = input.deadlines.find((d) => d.ruleId === 'removal-period');
  return [
    {
      id: 'backdoor-extradition',
      ruleId: 'backdoor-extradition',
      severity: 'critical',
      title:
        'Final removal order while the CCF or extradition defence is pending — “backdoor extradition” risk',
      explanation:
        `A final order of removal is recorded (${finalOrderDate}) while ${pending.join(' and ')}. Removal to the ` +
        'requesting state would achieve what extradition could not, without the treaty’s protections (dual ' +
        'criminality, specialty, the political offense exception, the Secretary of State’s CAT review). Seek a stay of ' +
        'removal' +
        (reopen ? `, consider a motion to reopen (due ${reopen.dueDate})` : '') +
        ', press CAT protection, and tell DHS/ICE of the pending CCF request and the extradition defence.' +
        (removal ? ` The 90-day removal period runs to ${removal.dueDate}.` : ''),
      source: 'Backdoor extradition (practitioners; Atlantic Council); INA 241(a)(1)(A)',
      sourceUrl: 'https://www.rednoticelawjournal.com/2023/02/2373/',
      relatedCardId: cards[0]?.id,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Custody on a Red Notice without the ICE Directive 15006.1 documentation requested
// ---------------------------------------------------------------------------------------------------------------

const RED_NOTICE_WORDS = /red notice|diffusion|interpol/i;

/**
 * ICE must obtain the underlying documentation from the U.S. NCB (INTERPOL Washington) before using a Red Notice in
 * proceedings. Raised for each custody episode that rests on a Red Notice (sole basis, Project Red, or a stated basis
 * naming it) when the file shows no demand for that documentation (the directive field is not "yes" and no card to
 * demand it is under way). Critical while the client is detained, a warning after release.
 */
export function custodyDocumentationFlags(input: SequencingInput): SequencingFlag[] {
  const demands = input.cards.filter((c) => c.kind === 'ncb-documentation');
  const underWay = demands.find((c) => c.status !== 'todo');
  const planned = demands.find((c) => c.status === 'todo');
  const flags: SequencingFlag[] = [];
  for (const custody of ofKind(input.records, 'custody')) {
    const d = custody.data;
    const onRedNotice =
      d.redNoticeSoleBasis || d.projectRed === 'yes' || RED_NOTICE_WORDS.test(d.statedBasis ?? '');
    if (!onRedNotice) continue;
    if (d.directive15006.ncbDocumentationRequested === 'yes' || underWay) continue;
    const detained = d.releaseDate === undefined;
    flags.push({
      id: `custody-15006-documentation:${custody.id}`,
      ruleId: 'custody-15006-documentation',
      severity: detained ? 'critical' : 'warning',
      title: 'Custody rests on a Red Notice and the 15006.1 documentation has not been demanded',
      explanation:
        `The arrest on ${d.arrestDate} rests on a Red Notice or diffusion${d.redNoticeSoleBasis ? ' alone' : ''}. ` +
        'ICE Directive 15006.1 requires ICE to obtain the underlying warrant or judgment from INTERPOL Washington (the ' +
        'U.S. NCB) and its authority to use the data, verify the notice, review it for abuse and get supervisor ' +
        'approval before relying on it. Demand that record from DHS/ICE' +
        (detained ? ' before the bond hearing' : '') +
        (planned ? `: “${planned.title}” is still to do.` : '.'),
      source: 'ICE Directive 15006.1 (29 Sept 2023)',
      sourceUrl:
        'https://www.ice.gov/news/releases/ice-updates-guidance-use-interpol-red-notices-during-law-enforcement-actions',
      relatedRecordId: custody.id,
      relatedCardId: planned?.id,
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Client-only or counsel-team material bound for the CCF or home-country counsel
// ---------------------------------------------------------------------------------------------------------------

/**
 * The CCF may share parts of a submission with INTERPOL and then the requesting NCB (including the fact of an asylum
 * grant), and home-country counsel works where the persecuting state is. Raised for each open card in those lanes
 * that links material scoped client-only (critical) or counsel-team (warning).
 */
export function exposedMaterialFlags(input: SequencingInput): SequencingFlag[] {
  const resolved = new Map(input.links.map((l) => [linkKey(l), l]));
  const flags: SequencingFlag[] = [];
  for (const card of input.cards) {
    if (!open(card) || !EXPOSED_LANES.includes(card.lane)) continue;
    for (const link of card.links) {
      const item = resolved.get(linkKey(link));
      if (!item?.exists || (item.scope !== 'client-only' && item.scope !== 'counsel-team')) continue;
      const clientOnly = item.scope === 'client-only';
      flags.push({
        id: `exposed-material:${card.id}:${linkKey(link)}`,
        ruleId: 'exposed-material',
        severity: clientOnly ? 'critical' : 'warning',
        title: `${clientOnly ? 'Client-only' : 'Counsel-team'} material linked to a ${LANE_LABELS[card.lane]} card`,
        explanation:
          `“${item.label}” is scoped ${clientOnly ? 'client-only' : 'counsel-team'} but is linked to “${card.title}” ` +
          `in the ${LANE_LABELS[card.lane]} lane. Material given to the CCF can be shared with INTERPOL and the ` +
          'requesting NCB (even the fact of an asylum grant), and home-country counsel works within reach of the ' +
          'persecuting state. Remove the link, or widen the scope on purpose and ask the CCF in writing for ' +
          'confidentiality.',
        source: 'CCF risk note: Amicus FAQ Q21 (confidentiality at the CCF)',
        sourceUrl: 'https://www.amicusint.ca/red-notices-interpol-and-diffusions-faqs-part-3/',
        relatedCardId: card.id,
      });
    }
  }
  return flags;
}

/** Every sequencing flag of one dossier, most serious first. */
export function sequencingFlags(input: SequencingInput): SequencingFlag[] {
  return [
    ...backdoorExtraditionFlags(input),
    ...ntaAffirmativePlanFlags(input),
    ...custodyDocumentationFlags(input),
    ...oneYearFilingFlags(input),
    ...hearingNeedsFlags(input),
    ...exposedMaterialFlags(input),
    ...caseChecks(input),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
