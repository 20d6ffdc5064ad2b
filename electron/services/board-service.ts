import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../db/audit';
import {
  type CardRow,
  type CardViewRow,
  blockerRows,
  blockerRowsForClient,
  cardAuditRows,
  cardViewRow,
  cardViewRows,
  cellRows,
  checklistLinkRows,
  clientIdsWithCards,
  communicationRows,
  deleteCardRow,
  deleteCommunicationRow,
  deleteMeetingRow,
  evidenceLinkRows,
  getCardRow,
  getCommunicationRow,
  getMeetingRow,
  insertCardRow,
  lastPositionInCell,
  linkRows,
  linkTargetClient,
  meetingRows,
  openClientIds,
  replaceBlockers,
  replaceLinks,
  setCardPosition,
  updateCardRow,
  upsertCommunicationRow,
  upsertMeetingRow,
} from '../../db/board';
import type { Db } from '../../db/vault';
import {
  type BoardCard,
  type BoardList,
  type BoardParty,
  type CardInput,
  type CardLink,
  type ClientBoard,
  type ClientFlags,
  type Communication,
  type CommunicationInput,
  type Lane,
  type CardStatus,
  type Meeting,
  type MeetingInput,
  type ParsedCardInput,
  type ResolvedLink,
  type SequencingFlag,
  LANE_FOR_PARTY_ROLE,
  boardCardSchema,
  cardInputSchema,
  communicationInputSchema,
  communicationSchema,
  linkKey,
  meetingInputSchema,
  meetingSchema,
} from '../../shared/board/board';
import { describeCycle, findBlockerCycle } from '../../shared/board/cycles';
import { POSITION_STEP, positionBetween, spreadPositions } from '../../shared/board/positions';
import { recordLabel } from '../../shared/board/record-label';
import { sequencingFlags } from '../../shared/board/sequencing';
import { type ProposedCard, starterPlan } from '../../shared/board/starter-plan';
import type { Dossier, HistoryEntry } from '../../shared/dossier/dossier';
import type { DossierRecord } from '../../shared/dossier/records';
import { sharingScopeSchema } from '../../shared/dossier/common';
import { isSettled, itemStatusSchema } from '../../shared/evidence/checklist';
import { HarborError } from '../../shared/ipc/errors';
import type { Clock } from './clock';
import type { DossierService } from './dossier-service';
import type { VaultAccess } from './vault-service';

/** Where a card made from a follow-up comes from. */
export type FollowUpSource =
  { type: 'communication'; id: string } | { type: 'meeting'; id: string; index: number };

export const MAX_BOARD_CARDS = 5000;

/**
 * The coordination board: cards, their order, their blockers and links, the communication log and the meeting
 * records. Each change is one transaction with its audit entry (before and after, with the dossier's id); flags and
 * the resolved due dates are derived on every read, so they follow the dossier's records and deadlines.
 */
export class BoardService {
  constructor(
    private readonly vaults: VaultAccess,
    private readonly dossiers: DossierService,
    private readonly clock: Clock,
  ) {}

  private get db(): Db {
    return this.vaults.current().db;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------------------------

  /** Cards of every open client (or of one), in board order, with what the filters need. */
  list({ clientId, limit = MAX_BOARD_CARDS }: { clientId: string | null; limit?: number }): BoardList {
    const rows = cardViewRows(this.db, { clientId, limit: limit + 1 });
    const truncated = rows.length > limit;
    const cards = this.#toCards(rows.slice(0, limit), clientId);
    const clients = new Map(cards.map((c) => [c.client.id, c.client]));
    return {
      today: this.clock.today(),
      cards,
      clients: [...clients.values()].sort(
        (a, b) => a.familyName.localeCompare(b.familyName) || a.givenNames.localeCompare(b.givenNames),
      ),
      truncated,
    };
  }

  /** One client's board with the dossier's parties, deadlines, linkable records, flags and logs. */
  client(clientId: string): ClientBoard {
    const dossier = this.dossiers.get(clientId);
    const cards = this.#toCards(cardViewRows(this.db, { clientId, limit: MAX_BOARD_CARDS }), clientId);
    const linkables = this.#linkables(clientId, dossier.records);
    const links = this.#resolveLinks(cards, linkables);
    return {
      today: this.clock.today(),
      client: { id: clientId, familyName: dossier.client.familyName, givenNames: dossier.client.givenNames },
      cards,
      parties: parties(dossier.records),
      deadlines: dossier.deadlines,
      records: dossier.records
        .filter((r) => r.kind !== 'immigration')
        .map((r) => ({ id: r.id, kind: r.kind, label: recordLabel(r), scope: r.scope })),
      links: [
        ...links,
        ...linkables.filter((l) => l.kind !== 'record' && !links.some((x) => sameLink(x, l))),
      ],
      flags: this.#flagsFor(dossier, cards, links),
      communications: this.#communications(clientId, dossier.records),
      meetings: this.#meetings(clientId),
    };
  }

  /**
   * Sequencing flags of one client, of every client with cards (`scope: 'board'`, the cross-client board), or of
   * every open client (`scope: 'all'`, the CLI).
   */
  flags({ clientId, scope = 'board' }: { clientId: string | null; scope?: 'board' | 'all' }): ClientFlags[] {
    const ids =
      clientId !== null
        ? [clientId]
        : scope === 'board'
          ? clientIdsWithCards(this.db)
          : openClientIds(this.db);
    const out: ClientFlags[] = [];
    for (const id of ids) {
      const dossier = this.dossiers.get(id);
      const cards = this.#toCards(cardViewRows(this.db, { clientId: id, limit: MAX_BOARD_CARDS }), id);
      const links = this.#resolveLinks(cards, this.#linkables(id, dossier.records));
      const flags = this.#flagsFor(dossier, cards, links);
      if (flags.length > 0 || clientId !== null) {
        out.push({
          client: { id, familyName: dossier.client.familyName, givenNames: dossier.client.givenNames },
          flags,
        });
      }
    }
    return out;
  }

  card(cardId: string): BoardCard {
    const row = cardViewRow(this.db, cardId);
    if (!row) throw notFound();
    const [card] = this.#toCards([row], row.client_id);
    return card as BoardCard;
  }

  cardHistory(cardId: string, limit: number): HistoryEntry[] {
    return cardAuditRows(this.db, cardId, limit).map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      entityType: 'board-card',
      entityId: cardId,
      before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
      after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
      detail: null,
    }));
  }

  // -------------------------------------------------------------------------------------------------------------
  // Cards
  // -------------------------------------------------------------------------------------------------------------

  /** Creates or updates one card; `revision` guards against overwriting a change made elsewhere. */
  saveCard(clientId: string, input: CardInput, revision?: number): BoardCard {
    const card = cardInputSchema.parse(input);
    let id = card.id ?? randomUUID();
    this.db.transaction(() => {
      const dossier = this.dossiers.get(clientId);
      this.#validate(clientId, card, dossier);
      const existing = card.id ? getCardRow(this.db, card.id) : undefined;
      const now = this.clock.now();
      if (existing) {
        if (existing.client_id !== clientId) {
          throw new HarborError('CONFLICT', 'That card belongs to another dossier.');
        }
        if (revision !== undefined && existing.revision !== revision) throw conflict();
        const before = this.#snapshot(existing);
        const moved = existing.lane !== card.lane || existing.status !== card.status;
        const row = cardRow(id, clientId, card, {
          position: moved ? this.#endOfCell(card.lane, card.status) : existing.position,
          createdAt: existing.created_at,
          updatedAt: now,
          revision: existing.revision + 1,
        });
        updateCardRow(this.db, row);
        replaceBlockers(this.db, id, card.blockedBy);
        replaceLinks(this.db, id, card.links);
        recordAudit(this.db, {
          action: 'board-card.updated',
          entityType: 'board-card',
          entityId: id,
          clientId,
          before,
          after: this.#snapshot(row),
        });
      } else {
        id = card.id ?? id;
        const row = cardRow(id, clientId, card, {
          position: this.#endOfCell(card.lane, card.status),
          createdAt: now,
          updatedAt: now,
          revision: 1,
        });
        insertCardRow(this.db, row);
        replaceBlockers(this.db, id, card.blockedBy);
        replaceLinks(this.db, id, card.links);
        recordAudit(this.db, {
          action: 'board-card.created',
          entityType: 'board-card',
          entityId: id,
          clientId,
          after: this.#snapshot(row),
        });
      }
    })();
    return this.card(id);
  }

  /**
   * Moves a card to a cell, right after `afterCardId` (null: to the top of the cell). One transaction: the card's
   * new place, and when its neighbours are too close to split, the renumbered cell.
   */
  moveCard(cardId: string, lane: Lane, status: CardStatus, afterCardId: string | null): BoardCard {
    if (afterCardId === cardId) throw new HarborError('BAD_INPUT', 'A card cannot be placed after itself.');
    this.db.transaction(() => {
      const existing = getCardRow(this.db, cardId);
      if (!existing) throw notFound();
      const cell = cellRows(this.db, lane, status).filter((c) => c.id !== cardId);
      const index = afterCardId === null ? -1 : cell.findIndex((c) => c.id === afterCardId);
      if (afterCardId !== null && index < 0) {
        throw new HarborError('CONFLICT', 'The card it was dropped next to has moved. Reload and try again.');
      }
      const previous = index >= 0 ? (cell[index]?.position ?? null) : null;
      const next = cell[index + 1]?.position ?? null;
      let position = positionBetween(previous, next);
      if (position === null) {
        // Too close to split: renumber the whole cell with the card in its new place.
        const order = cell.map((c) => c.id);
        order.splice(index + 1, 0, cardId);
        const spread = spreadPositions(order.length);
        order.forEach((id, i) => {
          if (id !== cardId) setCardPosition(this.db, id, spread[i] as number);
        });
        position = spread[index + 1] as number;
      }
      const row: CardRow = {
        ...existing,
        lane,
        status,
        position,
        updated_at: this.clock.now(),
        revision: existing.revision + 1,
      };
      updateCardRow(this.db, row);
      recordAudit(this.db, {
        action: 'board-card.moved',
        entityType: 'board-card',
        entityId: cardId,
        clientId: existing.client_id,
        before: { lane: existing.lane, status: existing.status, position: existing.position },
        after: { lane, status, position, afterCardId },
      });
    })();
    return this.card(cardId);
  }

  deleteCard(cardId: string): void {
    this.db.transaction(() => {
      const existing = getCardRow(this.db, cardId);
      if (!existing) throw notFound();
      const before = this.#snapshot(existing);
      deleteCardRow(this.db, cardId);
      recordAudit(this.db, {
        action: 'board-card.deleted',
        entityType: 'board-card',
        entityId: cardId,
        clientId: existing.client_id,
        before,
      });
    })();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Starter plan
  // -------------------------------------------------------------------------------------------------------------

  starterPlan(clientId: string): ProposedCard[] {
    const dossier = this.dossiers.get(clientId);
    return starterPlan(dossier.records, dossier.deadlines);
  }

  /** Adds the chosen cards of a starter plan (as edited in the dialog) in one transaction. */
  applyStarterPlan(clientId: string, inputs: readonly CardInput[]): { created: number } {
    const cards = inputs.map((input) => cardInputSchema.parse({ ...input, id: undefined, blockedBy: [] }));
    this.db.transaction(() => {
      const dossier = this.dossiers.get(clientId);
      const now = this.clock.now();
      for (const card of cards) {
        this.#validate(clientId, card, dossier);
        const id = randomUUID();
        const row = cardRow(id, clientId, card, {
          position: this.#endOfCell(card.lane, card.status),
          createdAt: now,
          updatedAt: now,
          revision: 1,
        });
        insertCardRow(this.db, row);
        replaceLinks(this.db, id, card.links);
        recordAudit(this.db, {
          action: 'board-card.created',
          entityType: 'board-card',
          entityId: id,
          clientId,
          after: this.#snapshot(row),
          detail: 'starter plan',
        });
      }
    })();
    return { created: cards.length };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Communication log and meetings
  // -------------------------------------------------------------------------------------------------------------

  saveCommunication(clientId: string, input: CommunicationInput): Communication {
    const entry = communicationInputSchema.parse(input);
    const id = entry.id ?? randomUUID();
    this.db.transaction(() => {
      const dossier = this.dossiers.get(clientId);
      if (!parties(dossier.records).some((p) => p.id === entry.partyId)) {
        throw new HarborError('BAD_INPUT', 'Choose one of this dossier’s parties.', 'partyId');
      }
      const existing = entry.id ? getCommunicationRow(this.db, entry.id) : undefined;
      if (existing && existing.client_id !== clientId) {
        throw new HarborError('CONFLICT', 'That entry belongs to another dossier.');
      }
      const now = this.clock.now();
      const { id: _id, partyId, date, scope, ...data } = entry;
      upsertCommunicationRow(this.db, {
        id,
        client_id: clientId,
        party_id: partyId,
        date,
        scope,
        data: JSON.stringify(data),
        follow_up_card_id: existing?.follow_up_card_id ?? null,
        created_at: existing?.created_at ?? now,
        updated_at: now,
        revision: (existing?.revision ?? 0) + 1,
      });
      recordAudit(this.db, {
        action: existing ? 'communication.updated' : 'communication.created',
        entityType: 'communication',
        entityId: id,
        clientId,
        before: existing ? rowSnapshot(existing) : undefined,
        after: { partyId, date, scope, ...data },
      });
    })();
    const saved = this.#communications(clientId).find((c) => c.id === id);
    if (!saved) throw notFound();
    return saved;
  }

  deleteCommunication(clientId: string, id: string): void {
    this.db.transaction(() => {
      const existing = getCommunicationRow(this.db, id);
      if (!existing || existing.client_id !== clientId) throw notFound();
      deleteCommunicationRow(this.db, id);
      recordAudit(this.db, {
        action: 'communication.deleted',
        entityType: 'communication',
        entityId: id,
        clientId,
        before: rowSnapshot(existing),
      });
    })();
  }

  saveMeeting(clientId: string, input: MeetingInput): Meeting {
    const meeting = meetingInputSchema.parse(input);
    const id = meeting.id ?? randomUUID();
    this.db.transaction(() => {
      this.dossiers.get(clientId);
      const existing = meeting.id ? getMeetingRow(this.db, meeting.id) : undefined;
      if (existing && existing.client_id !== clientId) {
        throw new HarborError('CONFLICT', 'That meeting belongs to another dossier.');
      }
      const now = this.clock.now();
      const { id: _id, date, scope, ...data } = meeting;
      upsertMeetingRow(this.db, {
        id,
        client_id: clientId,
        date,
        scope,
        data: JSON.stringify(data),
        created_at: existing?.created_at ?? now,
        updated_at: now,
        revision: (existing?.revision ?? 0) + 1,
      });
      recordAudit(this.db, {
        action: existing ? 'meeting.updated' : 'meeting.created',
        entityType: 'meeting',
        entityId: id,
        clientId,
        before: existing ? rowSnapshot(existing) : undefined,
        after: { date, scope, ...data },
      });
    })();
    const saved = this.#meetings(clientId).find((m) => m.id === id);
    if (!saved) throw notFound();
    return saved;
  }

  deleteMeeting(clientId: string, id: string): void {
    this.db.transaction(() => {
      const existing = getMeetingRow(this.db, id);
      if (!existing || existing.client_id !== clientId) throw notFound();
      deleteMeetingRow(this.db, id);
      recordAudit(this.db, {
        action: 'meeting.deleted',
        entityType: 'meeting',
        entityId: id,
        clientId,
        before: rowSnapshot(existing),
      });
    })();
  }

  /**
   * Makes a card from a follow-up of a communication or a meeting, and records the card on the follow-up, in one
   * transaction. The lane defaults to the party's (communications) or advocacy (meetings).
   */
  cardFromFollowUp(clientId: string, source: FollowUpSource, lane?: Lane): BoardCard {
    const cardId = randomUUID();
    this.db.transaction(() => {
      const dossier = this.dossiers.get(clientId);
      let input: ParsedCardInput;
      // The follow-up learns the card's id once the card exists (its column references the card).
      let linkBack: () => void;
      if (source.type === 'communication') {
        const row = getCommunicationRow(this.db, source.id);
        if (!row || row.client_id !== clientId) throw notFound();
        const data = JSON.parse(row.data) as { followUp?: string; followUpDue?: string; summary: string };
        if (!data.followUp)
          throw new HarborError('BAD_INPUT', 'This entry has no follow-up to make a card of.');
        if (row.follow_up_card_id !== null && getCardRow(this.db, row.follow_up_card_id)) {
          throw new HarborError('CONFLICT', 'A card was already made from this follow-up.');
        }
        const party = parties(dossier.records).find((p) => p.id === row.party_id);
        input = cardInputSchema.parse({
          title: data.followUp,
          lane: lane ?? (party ? LANE_FOR_PARTY_ROLE[party.role] : 'advocacy'),
          ownerPartyId: party?.id ?? null,
          due: data.followUpDue ? { type: 'manual', date: data.followUpDue } : { type: 'none' },
          notes: `Follow-up of the ${row.date} communication: ${data.summary}`.slice(0, 10_000),
          scope: row.scope,
        });
        linkBack = () =>
          upsertCommunicationRow(this.db, {
            ...row,
            follow_up_card_id: cardId,
            updated_at: this.clock.now(),
          });
      } else {
        const row = getMeetingRow(this.db, source.id);
        if (!row || row.client_id !== clientId) throw notFound();
        const data = JSON.parse(row.data) as {
          title: string;
          followUps: { text: string; cardId: string | null }[];
        };
        const followUp = data.followUps[source.index];
        if (!followUp) throw notFound();
        if (followUp.cardId !== null && getCardRow(this.db, followUp.cardId)) {
          throw new HarborError('CONFLICT', 'A card was already made from this follow-up.');
        }
        input = cardInputSchema.parse({
          title: followUp.text,
          lane: lane ?? 'advocacy',
          kind: 'task',
          notes: `Follow-up of the meeting “${data.title}” on ${row.date}.`,
          scope: row.scope,
        });
        followUp.cardId = cardId;
        linkBack = () =>
          upsertMeetingRow(this.db, { ...row, data: JSON.stringify(data), updated_at: this.clock.now() });
      }
      const now = this.clock.now();
      const row = cardRow(cardId, clientId, input, {
        position: this.#endOfCell(input.lane, input.status),
        createdAt: now,
        updatedAt: now,
        revision: 1,
      });
      insertCardRow(this.db, row);
      linkBack();
      recordAudit(this.db, {
        action: 'board-card.created',
        entityType: 'board-card',
        entityId: cardId,
        clientId,
        after: this.#snapshot(row),
        detail: `follow-up of ${source.type} ${source.id}`,
      });
    })();
    return this.card(cardId);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Internals
  // -------------------------------------------------------------------------------------------------------------

  #validate(clientId: string, card: ParsedCardInput, dossier: Dossier): void {
    if (card.ownerPartyId !== null && !parties(dossier.records).some((p) => p.id === card.ownerPartyId)) {
      throw new HarborError('BAD_INPUT', 'The owner must be one of this dossier’s parties.', 'ownerPartyId');
    }
    if (card.due.type === 'deadline') {
      const key = card.due.key;
      if (!dossier.deadlines.some((d) => d.key === key)) {
        throw new HarborError('BAD_INPUT', 'That deadline is not on this dossier’s docket.', 'due');
      }
    }
    for (const link of card.links) {
      if (link.kind === 'record' && !dossier.records.some((r) => r.id === link.id)) {
        throw new HarborError('BAD_INPUT', 'A linked record is not part of this dossier.', 'links');
      }
      // Evidence and checklist items may be linked before they exist, but never another client's.
      if (link.kind !== 'record') {
        const owner = linkTargetClient(this.db, link.kind, link.id);
        if (owner !== undefined && owner !== clientId) {
          throw new HarborError('BAD_INPUT', 'A linked item belongs to another dossier.', 'links');
        }
      }
    }
    if (card.blockedBy.length === 0) return;
    const rows = cardViewRows(this.db, { clientId, limit: MAX_BOARD_CARDS });
    const titles = new Map(rows.map((r) => [r.id, r.title]));
    titles.set(card.id ?? '', card.title);
    for (const blocker of card.blockedBy) {
      if (blocker === card.id) {
        throw new HarborError('BAD_INPUT', 'A card cannot be blocked by itself.', 'blockedBy');
      }
      if (!titles.has(blocker)) {
        throw new HarborError('BAD_INPUT', 'A blocking card is not on this dossier’s board.', 'blockedBy');
      }
    }
    if (card.id === undefined) return; // A new card has no edges pointing at it yet: it cannot close a cycle.
    const edges: Record<string, string[]> = {};
    for (const { card_id, blocker_id } of blockerRowsForClient(this.db, clientId)) {
      (edges[card_id] ??= []).push(blocker_id);
    }
    const cycle = findBlockerCycle(edges, card.id, card.blockedBy);
    if (cycle) {
      throw new HarborError(
        'CONFLICT',
        `That would make the cards wait on each other in a circle: ${describeCycle(cycle, (id) => titles.get(id) ?? 'a card')}. ` +
          'Remove one of these “blocked by” links first.',
        'blockedBy',
      );
    }
  }

  #endOfCell(lane: Lane, status: CardStatus): number {
    const last = lastPositionInCell(this.db, lane, status);
    return last === null ? 0 : last + POSITION_STEP;
  }

  #snapshot(row: CardRow): Record<string, unknown> {
    return {
      title: row.title,
      lane: row.lane,
      status: row.status,
      kind: row.kind,
      ownerPartyId: row.owner_party_id,
      dueDate: row.due_date,
      deadlineKey: row.deadline_key,
      scope: row.scope,
      ...(JSON.parse(row.data) as Record<string, unknown>),
      blockedBy: blockerRowsForClient(this.db, row.client_id)
        .filter((b) => b.card_id === row.id)
        .map((b) => b.blocker_id),
      links: linkRows(this.db, row.client_id)
        .filter((l) => l.card_id === row.id)
        .map((l) => ({ kind: l.kind, id: l.target_id })),
    };
  }

  #toCards(rows: readonly CardViewRow[], clientId: string | null): BoardCard[] {
    const blockers = new Map<string, string[]>();
    for (const b of blockerRows(this.db, clientId)) {
      const list = blockers.get(b.card_id) ?? [];
      list.push(b.blocker_id);
      blockers.set(b.card_id, list);
    }
    const links = new Map<string, CardLink[]>();
    for (const l of linkRows(this.db, clientId)) {
      const list = links.get(l.card_id) ?? [];
      list.push({ kind: l.kind as CardLink['kind'], id: l.target_id });
      links.set(l.card_id, list);
    }
    return rows.map((row) => {
      const data = JSON.parse(row.data) as { forum?: string; legalBasis?: string; notes?: string };
      const owner =
        row.owner_data === null ? null : ((JSON.parse(row.owner_data) as { name?: string }).name ?? null);
      const due =
        row.deadline_key !== null
          ? { type: 'deadline' as const, key: row.deadline_key }
          : row.due_date !== null
            ? { type: 'manual' as const, date: row.due_date }
            : { type: 'none' as const };
      return boardCardSchema.parse({
        id: row.id,
        client: { id: row.client_id, familyName: row.family_name, givenNames: row.given_names },
        title: row.title,
        lane: row.lane,
        status: row.status,
        kind: row.kind,
        position: row.position,
        ownerPartyId: row.owner_party_id,
        ownerName: owner,
        due,
        dueDate: due.type === 'deadline' ? row.deadline_due : row.due_date,
        deadlineTitle: row.deadline_title,
        forum: data.forum,
        legalBasis: data.legalBasis,
        notes: data.notes,
        scope: row.scope,
        blockedBy: blockers.get(row.id) ?? [],
        links: links.get(row.id) ?? [],
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        revision: row.revision,
      });
    });
  }

  /** Everything a card of this client may link to: its records, evidence items and checklist items. */
  #linkables(clientId: string, records: readonly DossierRecord[]): ResolvedLink[] {
    const out: ResolvedLink[] = records
      .filter((r) => r.kind !== 'immigration')
      .map((r) => ({
        kind: 'record',
        id: r.id,
        exists: true,
        label: recordLabel(r),
        scope: r.scope,
        detail: r.kind,
      }));
    for (const e of evidenceLinkRows(this.db, clientId)) {
      const scope = sharingScopeSchema.safeParse(e.scope);
      out.push({
        kind: 'evidence',
        id: e.id,
        exists: true,
        label: e.title,
        scope: scope.success ? scope.data : undefined,
        detail: e.category ?? undefined,
      });
    }
    for (const item of checklistLinkRows(this.db, clientId)) {
      out.push({
        kind: 'checklist',
        id: item.id,
        exists: true,
        label: item.title,
        done: isSettledStatus(item.status),
        dueDate: item.due ?? undefined,
        detail: item.category,
      });
    }
    return out;
  }

  /** The links of the cards, resolved against what exists (a link to something gone shows as not found). */
  #resolveLinks(cards: readonly BoardCard[], linkables: readonly ResolvedLink[]): ResolvedLink[] {
    const known = new Map(linkables.map((l) => [linkKey(l), l]));
    const out = new Map<string, ResolvedLink>();
    for (const card of cards) {
      for (const link of card.links) {
        const key = linkKey(link);
        if (out.has(key)) continue;
        out.set(
          key,
          known.get(key) ?? { ...link, exists: false, label: `${LINK_KIND_NAMES[link.kind]} (not found)` },
        );
      }
    }
    return [...out.values()];
  }

  #flagsFor(dossier: Dossier, cards: readonly BoardCard[], links: readonly ResolvedLink[]): SequencingFlag[] {
    return sequencingFlags({
      today: this.clock.today(),
      records: dossier.records,
      deadlines: dossier.deadlines,
      cards,
      links,
    });
  }

  #communications(clientId: string, records?: readonly DossierRecord[]): Communication[] {
    const known = parties(records ?? this.dossiers.get(clientId).records);
    return communicationRows(this.db, clientId).map((row) => {
      const data = JSON.parse(row.data) as Record<string, unknown>;
      return communicationSchema.parse({
        ...data,
        id: row.id,
        partyId: row.party_id,
        partyName: known.find((p) => p.id === row.party_id)?.name ?? null,
        date: row.date,
        scope: row.scope,
        followUpCardId:
          row.follow_up_card_id !== null && getCardRow(this.db, row.follow_up_card_id)
            ? row.follow_up_card_id
            : null,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    });
  }

  #meetings(clientId: string): Meeting[] {
    return meetingRows(this.db, clientId).map((row) => {
      const data = JSON.parse(row.data) as { followUps?: { text: string; cardId: string | null }[] };
      return meetingSchema.parse({
        ...data,
        followUps: (data.followUps ?? []).map((f) => ({
          text: f.text,
          cardId: f.cardId !== null && getCardRow(this.db, f.cardId) ? f.cardId : null,
        })),
        id: row.id,
        date: row.date,
        scope: row.scope,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    });
  }
}

const LINK_KIND_NAMES: Record<CardLink['kind'], string> = {
  evidence: 'Evidence item',
  checklist: 'Checklist item',
  record: 'Dossier record',
};

function parties(records: readonly DossierRecord[]): BoardParty[] {
  return records.flatMap((r) =>
    r.kind === 'party'
      ? [{ id: r.id, name: r.data.name, role: r.data.role, organization: r.data.organization }]
      : [],
  );
}

function isSettledStatus(status: string): boolean {
  const parsed = itemStatusSchema.safeParse(status);
  return parsed.success && isSettled(parsed.data);
}

function sameLink(a: CardLink, b: CardLink): boolean {
  return a.kind === b.kind && a.id === b.id;
}

function cardRow(
  id: string,
  clientId: string,
  card: ParsedCardInput,
  meta: { position: number; createdAt: string; updatedAt: string; revision: number },
): CardRow {
  const data: Record<string, string> = {};
  if (card.forum) data.forum = card.forum;
  if (card.legalBasis) data.legalBasis = card.legalBasis;
  if (card.notes) data.notes = card.notes;
  return {
    id,
    client_id: clientId,
    lane: card.lane,
    status: card.status,
    position: meta.position,
    kind: card.kind,
    title: card.title,
    owner_party_id: card.ownerPartyId,
    due_date: card.due.type === 'manual' ? card.due.date : null,
    deadline_key: card.due.type === 'deadline' ? card.due.key : null,
    scope: card.scope,
    data: JSON.stringify(data),
    created_at: meta.createdAt,
    updated_at: meta.updatedAt,
    revision: meta.revision,
  };
}

function rowSnapshot(row: { date: string; scope: string; data: string }): Record<string, unknown> {
  return { date: row.date, scope: row.scope, ...(JSON.parse(row.data) as Record<string, unknown>) };
}

function notFound(): HarborError {
  return new HarborError('NOT_FOUND', 'That card or entry no longer exists.');
}

function conflict(): HarborError {
  return new HarborError(
    'CONFLICT',
    'This card was changed elsewhere since you opened it. Reload and try again.',
  );
}
