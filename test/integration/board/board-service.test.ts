import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services';
import { fixedClock } from '../../../electron/services/clock';
import type { BoardCard, CardInput, Lane, CardStatus } from '../../../shared/board/board';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/evidence/default-template';
import { HarborError } from '../../../shared/ipc/errors';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';
import { TODAY, openTestServices } from '../../support/services';

function titlesIn(cards: readonly BoardCard[], lane: Lane, status: CardStatus): string[] {
  return cards.filter((c) => c.lane === lane && c.status === status).map((c) => c.title);
}

function seedClient(services: Services, familyName = 'Volkov') {
  const dossier = services.dossiers.create({ familyName, givenNames: 'Aleksei', status: 'active' });
  const withParty = services.dossiers.saveRecord(dossier.id, {
    kind: 'party',
    data: { name: 'Dana Whitfield', role: 'us-immigration-counsel' },
  });
  const party = withParty.records.find((r) => r.kind === 'party');
  return { clientId: dossier.id, partyId: party?.id as string };
}

function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

function add(services: Services, clientId: string, card: CardInput): BoardCard {
  return services.board.saveCard(clientId, card);
}

describe('board service', () => {
  let services: Services;
  let close: () => void;
  beforeEach(async () => ({ services, close } = await openTestServices()));
  afterEach(() => close());

  it('creates cards at the end of their cell with owner, blockers, links and an audit trail', () => {
    const { clientId, partyId } = seedClient(services);
    const first = add(services, clientId, {
      title: 'Evidence packet',
      lane: 'us-immigration',
      ownerPartyId: partyId,
    });
    const second = add(services, clientId, {
      title: 'File the I-589',
      lane: 'us-immigration',
      kind: 'asylum-application',
      due: { type: 'manual', date: '2026-12-15' },
      forum: 'Immigration court',
      legalBasis: 'INA 208(a)(2)(B)',
      blockedBy: [first.id],
      links: [{ kind: 'evidence', id: 'not-yet-there' }],
    });
    expect(second.position).toBeGreaterThan(first.position);
    expect(first.ownerName).toBe('Dana Whitfield');
    expect(second).toMatchObject({
      dueDate: '2026-12-15',
      blockedBy: [first.id],
      forum: 'Immigration court',
    });

    const board = services.board.client(clientId);
    expect(titlesIn(board.cards, 'us-immigration', 'todo')).toEqual(['Evidence packet', 'File the I-589']);
    expect(board.parties).toEqual([expect.objectContaining({ id: partyId, name: 'Dana Whitfield' })]);
    expect(board.links).toContainEqual(
      expect.objectContaining({ kind: 'evidence', id: 'not-yet-there', exists: false }),
    );
    const history = services.dossiers.history(clientId, 50).filter((h) => h.entityType === 'board-card');
    expect(history.map((h) => h.action)).toEqual(['board-card.created', 'board-card.created']);
    expect(services.board.cardHistory(second.id, 10)[0]?.after).toMatchObject({ title: 'File the I-589' });
  });

  it('persists moves and the order within a cell across a lock and unlock of the vault', async () => {
    const { dir, cleanup } = tempVaultDir();
    const clock = fixedClock(TODAY);
    let s = createServices(dir, clock);
    await s.vault.create(PASSPHRASE);
    try {
      const { clientId } = seedClient(s);
      const [a, b, c] = ['A', 'B', 'C'].map((title) => add(s, clientId, { title, lane: 'ccf' }));
      // C to the top, then A between C and B, then B across to "waiting" in another lane.
      s.board.moveCard(must(c).id, 'ccf', 'todo', null);
      s.board.moveCard(must(a).id, 'ccf', 'todo', must(c).id);
      expect(titlesIn(s.board.list({ clientId }).cards, 'ccf', 'todo')).toEqual(['C', 'A', 'B']);
      const moved = s.board.moveCard(must(b).id, 'us-criminal', 'waiting', null);
      expect(moved).toMatchObject({ lane: 'us-criminal', status: 'waiting', revision: 2 });

      s.vault.lock('manual');
      s = createServices(dir, clock);
      await s.vault.unlock(PASSPHRASE);
      const cards = s.board.list({ clientId }).cards;
      expect(titlesIn(cards, 'ccf', 'todo')).toEqual(['C', 'A']);
      expect(titlesIn(cards, 'us-criminal', 'waiting')).toEqual(['B']);
      const moves = s.dossiers.history(clientId, 50).filter((h) => h.action === 'board-card.moved');
      expect(moves).toHaveLength(3);
      expect(moves[0]).toMatchObject({
        before: { lane: 'ccf', status: 'todo' },
        after: { lane: 'us-criminal', status: 'waiting' },
      });
    } finally {
      s.vault.lock('manual');
      cleanup();
    }
  });

  it('renumbers a cell in the same transaction when neighbours are too close to split', () => {
    const { clientId } = seedClient(services);
    const cards = ['A', 'B', 'C', 'D'].map((title) => add(services, clientId, { title, lane: 'advocacy' }));
    // Repeatedly drop the last card between the first two: the gap halves each time until it must renumber.
    const a = must(cards[0]);
    for (let i = 0; i < 60; i++) {
      const current = titlesIn(services.board.list({ clientId }).cards, 'advocacy', 'todo');
      const last = services.board
        .list({ clientId })
        .cards.find((c) => c.title === current[current.length - 1]);
      services.board.moveCard(must(last).id, 'advocacy', 'todo', a.id);
    }
    const order = services.board.list({ clientId }).cards.filter((c) => c.lane === 'advocacy');
    expect(order[0]?.title).toBe('A');
    const positions = order.map((c) => c.position);
    expect(new Set(positions).size).toBe(positions.length);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  it('keeps order across clients: a move on one client’s board lands between that client’s neighbours', () => {
    const one = seedClient(services, 'Volkov');
    const two = seedClient(services, 'Aydin');
    const a1 = add(services, one.clientId, { title: 'a1', lane: 'ccf' });
    add(services, two.clientId, { title: 'b1', lane: 'ccf' });
    const a2 = add(services, one.clientId, { title: 'a2', lane: 'ccf' });
    const a3 = add(services, one.clientId, { title: 'a3', lane: 'ccf' });
    services.board.moveCard(a3.id, 'ccf', 'todo', a1.id);
    expect(titlesIn(services.board.list({ clientId: one.clientId }).cards, 'ccf', 'todo')).toEqual([
      'a1',
      'a3',
      'a2',
    ]);
    expect(titlesIn(services.board.list({ clientId: null }).cards, 'ccf', 'todo')).toEqual([
      'a1',
      'a3',
      'b1',
      'a2',
    ]);
    expect(() => services.board.moveCard(a2.id, 'ccf', 'todo', a2.id)).toThrow(HarborError);
  });

  it('refuses a “blocked by” cycle with a message naming the cards, and leaves the board as it was', () => {
    const { clientId } = seedClient(services);
    const a = add(services, clientId, { title: 'Expert report', lane: 'us-immigration' });
    const b = add(services, clientId, { title: 'File the I-589', lane: 'us-immigration', blockedBy: [a.id] });
    const c = add(services, clientId, { title: 'CCF deletion request', lane: 'ccf', blockedBy: [b.id] });
    const error = (() => {
      try {
        services.board.saveCard(clientId, { ...a, blockedBy: [c.id] }, a.revision);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(HarborError);
    expect((error as HarborError).code).toBe('CONFLICT');
    expect((error as HarborError).message).toContain(
      '“Expert report” → “CCF deletion request” → “File the I-589” → “Expert report”',
    );
    expect(services.board.card(a.id).blockedBy).toEqual([]);
    expect(() => services.board.saveCard(clientId, { ...a, blockedBy: [a.id] })).toThrow(/itself/);
  });

  it('ties a due date to a computed deadline so it moves with the dossier', () => {
    const { clientId } = seedClient(services);
    services.dossiers.saveRecord(clientId, { kind: 'immigration', data: { lastArrivalDate: '2026-03-02' } });
    const card = add(services, clientId, {
      title: 'File the I-589',
      lane: 'us-immigration',
      kind: 'asylum-application',
      due: { type: 'deadline', key: 'asylum-one-year:case' },
    });
    expect(card).toMatchObject({ dueDate: '2027-03-02', deadlineTitle: expect.stringContaining('one-year') });
    const immigration = services.dossiers.get(clientId).records.find((r) => r.kind === 'immigration');
    services.dossiers.saveRecord(clientId, {
      id: immigration?.id,
      kind: 'immigration',
      data: { lastArrivalDate: '2026-05-04' },
    });
    expect(services.board.card(card.id).dueDate).toBe('2027-05-04');
    services.dossiers.overrideDeadline(
      clientId,
      'asylum-one-year:case',
      '2027-04-30',
      'Counting from the I-94',
    );
    expect(services.board.card(card.id).dueDate).toBe('2027-04-30');
    expect(() =>
      add(services, clientId, {
        title: 'x',
        lane: 'ccf',
        due: { type: 'deadline', key: 'ccf-revision:nope' },
      }),
    ).toThrow(/not on this dossier/);
  });

  it('refuses an owner that is not a party of the dossier, and a stale revision', () => {
    const one = seedClient(services);
    const two = seedClient(services, 'Aydin');
    expect(() => add(services, one.clientId, { title: 'x', lane: 'ccf', ownerPartyId: two.partyId })).toThrow(
      /parties/,
    );
    const card = add(services, one.clientId, { title: 'x', lane: 'ccf' });
    services.board.saveCard(one.clientId, { ...card, title: 'y' }, card.revision);
    expect(() => services.board.saveCard(one.clientId, { ...card, title: 'z' }, card.revision)).toThrow(
      /changed elsewhere/,
    );
  });

  it('raises the backdoor-extradition flag once a final order is recorded while the CCF request is pending', () => {
    const { clientId } = seedClient(services);
    services.dossiers.saveRecord(clientId, { kind: 'ccf', scope: 'ccf', data: { type: 'deletion' } });
    add(services, clientId, { title: 'Deletion request', lane: 'ccf', kind: 'ccf-request' });
    expect(services.board.flags({ clientId })[0]?.flags).toEqual([]);
    services.dossiers.saveRecord(clientId, { kind: 'immigration', data: { finalOrderDate: '2026-11-20' } });
    const [group] = services.board.flags({ clientId: null });
    expect(group?.client.id).toBe(clientId);
    expect(group?.flags.map((f) => f.ruleId)).toContain('backdoor-extradition');
    expect(services.board.client(clientId).flags.map((f) => f.ruleId)).toContain('backdoor-extradition');
  });

  it('flags client-only material linked to a CCF card, resolving record links', () => {
    const { clientId } = seedClient(services);
    const dossier = services.dossiers.saveRecord(clientId, {
      kind: 'note',
      scope: 'client-only',
      data: { title: 'Family contacts at home' },
    });
    const note = dossier.records.find((r) => r.kind === 'note');
    add(services, clientId, {
      title: 'CCF submission',
      lane: 'ccf',
      links: [{ kind: 'record', id: must(note).id }],
    });
    const board = services.board.client(clientId);
    expect(board.links).toContainEqual(
      expect.objectContaining({ kind: 'record', id: must(note).id, exists: true, scope: 'client-only' }),
    );
    expect(board.flags.map((f) => [f.ruleId, f.severity])).toEqual([['exposed-material', 'critical']]);
  });

  it('links checklist items of the dossier, reads them in the checks, and refuses another client’s', () => {
    const { clientId } = seedClient(services);
    const other = seedClient(services, 'Aydin');
    services.dossiers.saveRecord(clientId, {
      kind: 'hearing',
      data: { kind: 'individual', date: '2026-12-21' },
    });
    const [list] = services.checklists.create(clientId, DEFAULT_TEMPLATE_ID);
    const expert = must(list?.items.find((i) => i.key === 'experts-country-expert'));
    services.checklists.updateItem(expert.id, expert.revision, { due: { mode: 'date', date: '2027-01-15' } });
    const card = add(services, clientId, {
      title: 'Expert evidence',
      lane: 'us-immigration',
      kind: 'evidence',
      links: [{ kind: 'checklist', id: expert.id }],
    });
    const board = services.board.client(clientId);
    expect(board.links).toContainEqual(
      expect.objectContaining({
        kind: 'checklist',
        id: expert.id,
        exists: true,
        done: false,
        dueDate: '2027-01-15',
      }),
    );
    expect(board.flags).toContainEqual(
      expect.objectContaining({
        ruleId: 'hearing-before-needed-item',
        severity: 'critical',
        relatedCardId: card.id,
      }),
    );
    const [theirs] = services.checklists.create(other.clientId, DEFAULT_TEMPLATE_ID);
    const foreign = must(theirs?.items[0]);
    expect(() =>
      add(services, clientId, { title: 'x', lane: 'ccf', links: [{ kind: 'checklist', id: foreign.id }] }),
    ).toThrow(/another dossier/);
  });

  it('applies an edited starter plan in one transaction', () => {
    const { clientId } = seedClient(services);
    services.dossiers.saveRecord(clientId, { kind: 'immigration', data: { lastArrivalDate: '2026-03-02' } });
    const plan = services.board.starterPlan(clientId);
    const chosen = plan.filter((p) => p.checked).map((p) => p.card);
    chosen[0] = { ...must(chosen[0]), title: 'Review the NTA (edited)' };
    expect(services.board.applyStarterPlan(clientId, chosen)).toEqual({ created: chosen.length });
    const cards = services.board.list({ clientId }).cards;
    expect(cards).toHaveLength(chosen.length);
    expect(cards.some((c) => c.title === 'Review the NTA (edited)')).toBe(true);
    expect(cards.find((c) => c.kind === 'asylum-application')?.dueDate).toBe('2027-03-02');
    // A bad card rolls the whole plan back.
    expect(() =>
      services.board.applyStarterPlan(clientId, [
        must(chosen[1]),
        {
          ...must(chosen[2]),
          ownerPartyId: must(chosen[0]).ownerPartyId ?? '00000000-0000-4000-8000-000000000000',
        },
      ]),
    ).toThrow();
    expect(services.board.list({ clientId }).cards).toHaveLength(chosen.length);
  });

  it('keeps a communication log per party and a meeting record, and makes cards from their follow-ups', () => {
    const { clientId, partyId } = seedClient(services);
    const entry = services.board.saveCommunication(clientId, {
      partyId,
      date: '2026-11-20',
      channel: 'phone',
      summary: 'Discussed the bond strategy.',
      followUp: 'Send the W-E-R-B- rebuttal outline',
      followUpDue: '2026-12-01',
    });
    expect(entry).toMatchObject({ partyName: 'Dana Whitfield', followUpCardId: null });
    const fromEntry = services.board.cardFromFollowUp(clientId, { type: 'communication', id: entry.id });
    expect(fromEntry).toMatchObject({
      title: 'Send the W-E-R-B- rebuttal outline',
      lane: 'us-immigration',
      ownerPartyId: partyId,
      dueDate: '2026-12-01',
    });
    expect(() => services.board.cardFromFollowUp(clientId, { type: 'communication', id: entry.id })).toThrow(
      /already/,
    );

    const meeting = services.board.saveMeeting(clientId, {
      date: '2026-11-18',
      body: 'interpol-washington',
      title: 'Status of the Red Notice in U.S. systems',
      attendees: ['Dana Whitfield', 'U.S. NCB liaison'],
      asks: ['Confirm whether the diffusion is still active'],
      outcomes: 'NCB will check and reply in two weeks.',
      followUps: [{ text: 'Chase the NCB for its reply' }],
    });
    const fromMeeting = services.board.cardFromFollowUp(clientId, {
      type: 'meeting',
      id: meeting.id,
      index: 0,
    });
    expect(fromMeeting.lane).toBe('advocacy');
    const board = services.board.client(clientId);
    expect(board.communications[0]?.followUpCardId).toBe(fromEntry.id);
    expect(board.meetings[0]?.followUps[0]?.cardId).toBe(fromMeeting.id);

    services.board.deleteCard(fromMeeting.id);
    expect(services.board.client(clientId).meetings[0]?.followUps[0]?.cardId).toBeNull();
    const actions = services.dossiers.history(clientId, 50).map((h) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining(['communication.created', 'meeting.created', 'board-card.deleted']),
    );
  });
});
