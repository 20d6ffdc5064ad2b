import { z } from 'zod';
import { computedDeadlineSchema } from '../deadlines/engine';
import { checkSchema } from '../deadlines/checks';
import { idSchema, isoDate, requiredText, sharingScopeSchema, text } from '../dossier/common';
import { PARTY_ROLES } from '../dossier/records';

/**
 * The coordination board (domain.md §7, §3 items 13–15): cards in lanes by counsel role and columns by status, with
 * an owner among the dossier's parties, a due date that is either typed or tied to a computed deadline, links to
 * evidence and checklist items, "blocked by" links to other cards, and a sharing scope like every record.
 */

export const LANES = ['us-immigration', 'us-criminal', 'home-country', 'ccf', 'advocacy'] as const;
export const laneSchema = z.enum(LANES);
export type Lane = z.infer<typeof laneSchema>;

export const LANE_LABELS: Record<Lane, string> = {
  'us-immigration': 'U.S. immigration',
  'us-criminal': 'U.S. criminal / extradition',
  'home-country': 'Home country',
  ccf: 'CCF / INTERPOL',
  advocacy: 'Advocacy',
};

/** Lanes whose material may reach the persecuting state (the CCF consults the NCB; home-country counsel is there). */
export const EXPOSED_LANES: readonly Lane[] = ['ccf', 'home-country'];

export const CARD_STATUSES = ['todo', 'in-progress', 'waiting', 'done'] as const;
export const cardStatusSchema = z.enum(CARD_STATUSES);
export type CardStatus = z.infer<typeof cardStatusSchema>;

export const CARD_STATUS_LABELS: Record<CardStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  waiting: 'Waiting on another party',
  done: 'Done',
};

/** What a card is about; the sequencing checks read it (an expert report before a hearing, an I-589 filing…). */
export const CARD_KINDS = [
  'task',
  'filing',
  'asylum-application',
  'expert-report',
  'translation',
  'evidence',
  'ccf-request',
  'ncb-documentation',
  'extradition-defence',
  'meeting',
] as const;
export const cardKindSchema = z.enum(CARD_KINDS);
export type CardKind = z.infer<typeof cardKindSchema>;

export const CARD_KIND_LABELS: Record<CardKind, string> = {
  task: 'Task',
  filing: 'Filing',
  'asylum-application': 'Asylum application (I-589)',
  'expert-report': 'Expert report',
  translation: 'Translation',
  evidence: 'Evidence gathering',
  'ccf-request': 'CCF request',
  'ncb-documentation': 'ICE 15006.1 / NCB documentation demand',
  'extradition-defence': 'Extradition defence',
  meeting: 'Meeting',
};

/** The lane a party's cards usually belong to (for cards made from a follow-up). */
export const LANE_FOR_PARTY_ROLE: Record<(typeof PARTY_ROLES)[number], Lane> = {
  'us-immigration-counsel': 'us-immigration',
  'us-criminal-counsel': 'us-criminal',
  'home-country-counsel': 'home-country',
  'ccf-counsel': 'ccf',
  expert: 'us-immigration',
  ngo: 'advocacy',
  'congressional-office': 'advocacy',
  'un-contact': 'advocacy',
  interpreter: 'us-immigration',
  other: 'advocacy',
};

/** A card's due date: none, typed by the attorney, or the date of one of the dossier's computed deadlines. */
export const cardDueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('manual'), date: isoDate }),
  z.object({ type: z.literal('deadline'), key: z.string().min(1).max(200) }),
]);
export type CardDue = z.infer<typeof cardDueSchema>;

/**
 * A link from a card to material kept elsewhere: an evidence item, a checklist item, or a dossier record. Stored as
 * kind + id only, so the card survives whatever the linked feature does; the board shows what still exists.
 */
export const LINK_KINDS = ['evidence', 'checklist', 'record'] as const;
export const linkKindSchema = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof linkKindSchema>;
export const cardLinkSchema = z.object({ kind: linkKindSchema, id: z.string().trim().min(1).max(100) });
export type CardLink = z.infer<typeof cardLinkSchema>;

export const cardInputSchema = z.object({
  id: idSchema.optional(),
  title: requiredText('The title', 200),
  lane: laneSchema,
  status: cardStatusSchema.default('todo'),
  kind: cardKindSchema.default('task'),
  /** A `party` record of the same dossier. */
  ownerPartyId: idSchema.nullable().default(null),
  due: cardDueSchema.default({ type: 'none' }),
  forum: text(200),
  legalBasis: text(500),
  notes: text(10_000),
  scope: sharingScopeSchema.default('counsel-team'),
  blockedBy: z.array(idSchema).max(50, 'A card can wait on at most 50 others.').default([]),
  links: z.array(cardLinkSchema).max(100).default([]),
});
export type CardInput = z.input<typeof cardInputSchema>;
export type ParsedCardInput = z.output<typeof cardInputSchema>;

/** The name a card shows for the client it belongs to (through ClientName on screen). */
export const cardClientSchema = z.object({ id: idSchema, familyName: z.string(), givenNames: z.string() });
export type CardClient = z.infer<typeof cardClientSchema>;

/** A stored card as the board reads it: its fields, where it sits, and what was resolved for it. */
export const boardCardSchema = z.object({
  id: idSchema,
  client: cardClientSchema,
  title: z.string(),
  lane: laneSchema,
  status: cardStatusSchema,
  kind: cardKindSchema,
  /** Order within its cell (lane × status); only the order matters. */
  position: z.number(),
  ownerPartyId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  due: cardDueSchema,
  /** The date the card is due: the manual date, or the tied deadline's current date (null when it is not computed). */
  dueDate: isoDate.nullable(),
  /** For a card tied to a deadline: its title, or null when the dossier no longer computes that deadline. */
  deadlineTitle: z.string().nullable(),
  forum: z.string().optional(),
  legalBasis: z.string().optional(),
  notes: z.string().optional(),
  scope: sharingScopeSchema,
  blockedBy: z.array(idSchema),
  links: z.array(cardLinkSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().positive(),
});
export type BoardCard = z.infer<typeof boardCardSchema>;

/** What a link points at, as far as the vault knows: label and scope when the item exists. */
export const resolvedLinkSchema = cardLinkSchema.extend({
  exists: z.boolean(),
  label: z.string(),
  scope: sharingScopeSchema.optional(),
  /** For a checklist item or task-like material: whether it is done, and when it is due. */
  done: z.boolean().optional(),
  dueDate: isoDate.optional(),
  /** What the material is, when known (e.g. a record kind, an evidence category). */
  detail: z.string().optional(),
});
export type ResolvedLink = z.infer<typeof resolvedLinkSchema>;

/** A sequencing flag: a Check (id, severity, title, explanation, source) with its rule and the card it concerns. */
export const sequencingFlagSchema = checkSchema.extend({
  ruleId: z.string().min(1),
  relatedCardId: z.string().optional(),
});
export type SequencingFlag = z.infer<typeof sequencingFlagSchema>;

export const clientFlagsSchema = z.object({ client: cardClientSchema, flags: z.array(sequencingFlagSchema) });
export type ClientFlags = z.infer<typeof clientFlagsSchema>;

export const boardPartySchema = z.object({
  id: idSchema,
  name: z.string(),
  role: z.enum(PARTY_ROLES),
  organization: z.string().optional(),
});
export type BoardParty = z.infer<typeof boardPartySchema>;

/** A record of the dossier a card can link to (hearings, CCF requests…), for the link picker. */
export const linkableRecordSchema = z.object({
  id: idSchema,
  kind: z.string(),
  label: z.string(),
  scope: sharingScopeSchema,
});

// ---------------------------------------------------------------------------------------------------------------
// Communication log and meeting records
// ---------------------------------------------------------------------------------------------------------------

export const COMMUNICATION_CHANNELS = [
  'email',
  'phone',
  'video',
  'in-person',
  'letter',
  'secure-messaging',
  'other',
] as const;
export const communicationChannelSchema = z.enum(COMMUNICATION_CHANNELS);
export const COMMUNICATION_CHANNEL_LABELS: Record<(typeof COMMUNICATION_CHANNELS)[number], string> = {
  email: 'Email',
  phone: 'Phone',
  video: 'Video call',
  'in-person': 'In person',
  letter: 'Letter',
  'secure-messaging': 'Secure messaging',
  other: 'Other',
};

export const communicationInputSchema = z.object({
  id: idSchema.optional(),
  partyId: idSchema,
  date: z.iso.date({ error: 'Enter the date.' }),
  channel: communicationChannelSchema,
  direction: z.enum(['outgoing', 'incoming']).default('outgoing'),
  summary: requiredText('The summary', 4000),
  followUp: text(1000),
  followUpDue: isoDate.optional(),
  scope: sharingScopeSchema.default('counsel-team'),
});
export type CommunicationInput = z.input<typeof communicationInputSchema>;

export const communicationSchema = communicationInputSchema.extend({
  id: idSchema,
  /** Null once the party was removed from the dossier (the entry stays in the log). */
  partyId: idSchema.nullable(),
  partyName: z.string().nullable(),
  followUpCardId: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Communication = z.infer<typeof communicationSchema>;

export const MEETING_BODIES = [
  'doj-oia',
  'dhs-ice',
  'interpol-washington',
  'state-department',
  'un-wgad',
  'un-special-rapporteur',
  'un-human-rights-council',
  'congress',
  'other',
] as const;
export const meetingBodySchema = z.enum(MEETING_BODIES);
export const MEETING_BODY_LABELS: Record<(typeof MEETING_BODIES)[number], string> = {
  'doj-oia': 'DOJ (Office of International Affairs)',
  'dhs-ice': 'DHS / ICE (OPLA, ERO)',
  'interpol-washington': 'INTERPOL Washington (U.S. NCB)',
  'state-department': 'State Department',
  'un-wgad': 'UN Working Group on Arbitrary Detention',
  'un-special-rapporteur': 'UN Special Rapporteur',
  'un-human-rights-council': 'UN Human Rights Council',
  congress: 'Congressional office',
  other: 'Other',
};

export const followUpInputSchema = z.object({
  text: requiredText('The follow-up', 500),
  cardId: idSchema.nullable().default(null),
});

export const meetingInputSchema = z.object({
  id: idSchema.optional(),
  date: z.iso.date({ error: 'Enter the date.' }),
  body: meetingBodySchema,
  title: requiredText('The subject', 200),
  attendees: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  asks: z.array(z.string().trim().min(1).max(1000)).max(30).default([]),
  outcomes: text(4000),
  followUps: z.array(followUpInputSchema).max(30).default([]),
  scope: sharingScopeSchema.default('counsel-team'),
});
export type MeetingInput = z.input<typeof meetingInputSchema>;

export const meetingSchema = meetingInputSchema.extend({
  id: idSchema,
  followUps: z.array(z.object({ text: z.string(), cardId: idSchema.nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

// ---------------------------------------------------------------------------------------------------------------
// What the screens read
// ---------------------------------------------------------------------------------------------------------------

/** The cross-client board (or one client's cards with `clientId`): cards, and what the filters offer. */
export const boardListSchema = z.object({
  today: isoDate,
  cards: z.array(boardCardSchema),
  /** Clients that have cards, for the client filter. */
  clients: z.array(cardClientSchema),
  /** True when there were more cards than the answer holds. */
  truncated: z.boolean(),
});
export type BoardList = z.infer<typeof boardListSchema>;

/** One client's board: the cards and everything the card form and the flags need. */
export const clientBoardSchema = z.object({
  today: isoDate,
  client: cardClientSchema,
  cards: z.array(boardCardSchema),
  parties: z.array(boardPartySchema),
  deadlines: z.array(computedDeadlineSchema),
  records: z.array(linkableRecordSchema),
  /** The links of every card, resolved (keyed `kind:id`). */
  links: z.array(resolvedLinkSchema),
  flags: z.array(sequencingFlagSchema),
  communications: z.array(communicationSchema),
  meetings: z.array(meetingSchema),
});
export type ClientBoard = z.infer<typeof clientBoardSchema>;

export function linkKey(link: CardLink): string {
  return `${link.kind}:${link.id}`;
}
