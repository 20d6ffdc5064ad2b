import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID } from '../../../shared/evidence/default-template';
import { groupByCategory, progressOf } from '../../../shared/evidence/checklist';
import { HarborError } from '../../../shared/ipc/errors';
import { VOLKOV } from '../../support/evidence';
import { openTestServices } from '../../support/services';

describe('checklist service', () => {
  let services: Services;
  let close: () => void;
  let clientId: string;

  beforeEach(async () => {
    ({ services, close } = await openTestServices());
    clientId = services.dossiers.create(VOLKOV).id;
  });
  afterEach(() => close());

  it('ships the Red Notice + asylum template: the 12 evidence categories, indicators and the CCF workflow', () => {
    const [summary] = services.checklists.templates();
    expect(summary).toMatchObject({
      id: DEFAULT_TEMPLATE_ID,
      version: 1,
      builtIn: true,
      name: 'Red Notice + asylum',
    });
    const template = services.checklists.template(DEFAULT_TEMPLATE_ID);
    expect(template.categories.filter((c) => c.group === 'evidence')).toHaveLength(12);
    expect(template.categories.map((c) => c.key)).toEqual(
      expect.arrayContaining(['indicators', 'ccf-workflow']),
    );
    expect(template.items.every((i) => i.guidance.length > 10)).toBe(true);
    expect(template.items.length).toBe(DEFAULT_TEMPLATE.items.length);
    for (const category of template.categories) {
      expect(
        template.items.some((i) => i.category === category.key),
        category.key,
      ).toBe(true);
    }
  });

  it('versions templates: an edit is a new version, instances keep the version they came from', () => {
    const [first] = services.checklists.create(clientId, DEFAULT_TEMPLATE_ID);
    expect(first).toMatchObject({ templateVersion: 1 });
    const v1 = services.checklists.template(DEFAULT_TEMPLATE_ID);
    const edited = services.checklists.saveTemplate(DEFAULT_TEMPLATE_ID, {
      ...v1,
      items: [
        ...v1.items,
        {
          key: 'identity-driver-licence',
          category: 'identity',
          title: 'Driver’s licence',
          guidance: 'Both sides.',
        },
      ],
    });
    expect(edited).toMatchObject({ version: 2, latestVersion: 2, builtIn: true });
    expect(services.checklists.template(DEFAULT_TEMPLATE_ID, 1).items).toHaveLength(v1.items.length);
    expect(services.checklists.templates()).toHaveLength(1);

    const lists = services.checklists.create(clientId, DEFAULT_TEMPLATE_ID);
    expect(lists.map((c) => [c.templateVersion, c.items.length, c.templateLatestVersion])).toEqual([
      [1, v1.items.length, 2],
      [2, v1.items.length + 1, 2],
    ]);

    const copy = services.checklists.copyTemplate(DEFAULT_TEMPLATE_ID, 1, 'Extradition only');
    expect(copy).toMatchObject({
      version: 1,
      builtIn: false,
      basedOn: { id: DEFAULT_TEMPLATE_ID, version: 1 },
    });
    const scratch = services.checklists.saveTemplate(null, {
      name: 'Bond hearing',
      categories: [{ key: 'bond', title: 'Bond', guidance: '', group: 'evidence' }],
      items: [{ key: 'sponsor-letter', category: 'bond', title: 'Sponsor letter', guidance: '' }],
    });
    expect(scratch).toMatchObject({ version: 1, basedOn: null });
    expect(services.checklists.templates().map((t) => t.name)).toEqual([
      'Red Notice + asylum',
      'Bond hearing',
      'Extradition only',
    ]);
    expect(() =>
      services.checklists.saveTemplate(null, {
        name: 'Broken',
        categories: [{ key: 'a', title: 'A' }],
        items: [{ key: 'x', category: 'missing', title: 'X' }],
      }),
    ).toThrow();
  });

  it('requires the reason the law asks for when an item is not obtainable', () => {
    const [checklist] = services.checklists.create(clientId, DEFAULT_TEMPLATE_ID);
    const item = checklist?.items.find((i) => i.key === 'persecution-incidents-police-reports');
    if (!item) throw new Error('item missing');
    expect(() =>
      services.checklists.updateItem(item.id, item.revision, { status: 'not-obtainable' }),
    ).toThrow();
    expect(() =>
      services.checklists.updateItem(item.id, item.revision, {
        status: 'not-obtainable',
        notObtainableReason: 'no',
      }),
    ).toThrow();
    const explained = services.checklists.updateItem(item.id, item.revision, {
      status: 'not-obtainable',
      notObtainableReason: 'The police refused to register a complaint from an opposition member.',
    });
    expect(explained).toMatchObject({ status: 'not-obtainable', revision: 2 });
    // The database refuses it too, whatever the caller.
    expect(() =>
      services.vault
        .current()
        .db.prepare('UPDATE checklist_items SET not_obtainable_reason = NULL WHERE id = ?')
        .run(item.id),
    ).toThrow(/CHECK/);
    // A stale revision is a conflict; leaving the status clears the reason.
    expect(() => services.checklists.updateItem(item.id, 1, { status: 'requested' })).toThrow(HarborError);
    const requested = services.checklists.updateItem(item.id, 2, { status: 'requested' });
    expect(requested).toMatchObject({ status: 'requested', notObtainableReason: null });
    const history = services.dossiers
      .history(clientId, 50)
      .filter((h) => h.action === 'checklist.item-updated');
    expect(history).toHaveLength(2);

    const received = services.checklists.updateItem(requested.id, requested.revision, { status: 'received' });
    const all = services.checklists.forClient(clientId)[0]?.items ?? [];
    expect(progressOf(all)).toMatchObject({ total: all.length, inHand: 1, notObtainable: 0 });
    const group = groupByCategory(services.checklists.forClient(clientId)[0] as never).find(
      (g) => g.category.key === received.category,
    );
    expect(group?.progress.inHand).toBe(1);
  });

  it('moves a due date that follows a deadline when the deadline moves, and lists what is missing for the hearing', () => {
    let dossier = services.dossiers.saveRecord(clientId, {
      kind: 'hearing',
      scope: 'counsel-team',
      data: { kind: 'individual', date: '2027-03-15', detained: false },
    });
    const hearing = dossier.records.find((r) => r.kind === 'hearing');
    if (!hearing) throw new Error('hearing missing');
    const deadline = dossier.deadlines.find((d) => d.ruleId === 'eoir-filing-before-hearing');
    expect(deadline?.key).toBe(`eoir-filing-before-hearing:${hearing.id}`);
    const party = services.dossiers
      .saveRecord(clientId, {
        kind: 'party',
        scope: 'counsel-team',
        data: { name: 'Dana Ortiz', role: 'us-immigration-counsel' },
      })
      .records.find((r) => r.kind === 'party');

    const [checklist] = services.checklists.create(clientId, DEFAULT_TEMPLATE_ID);
    const items = checklist?.items ?? [];
    const declaration = items.find((i) => i.key === 'declaration-personal-declaration');
    const passport = items.find((i) => i.key === 'identity-passport');
    const expert = items.find((i) => i.key === 'experts-country-expert');
    if (!declaration || !passport || !expert || !deadline || !party) throw new Error('setup');

    const following = services.checklists.updateItem(declaration.id, declaration.revision, {
      due: { mode: 'deadline', key: deadline.key },
      responsiblePartyId: party.id,
    });
    expect(following.due).toMatchObject({ mode: 'deadline', key: deadline.key, date: deadline.dueDate });
    expect(following.responsiblePartyId).toBe(party.id);
    services.checklists.updateItem(passport.id, passport.revision, {
      due: { mode: 'date', date: '2027-01-10' },
    });
    services.checklists.updateItem(expert.id, expert.revision, { due: { mode: 'date', date: '2027-06-01' } });
    expect(() =>
      services.checklists.updateItem(expert.id, expert.revision + 1, {
        due: { mode: 'deadline', key: 'nope:x' },
      }),
    ).toThrow(/not computed/);
    expect(() =>
      services.checklists.updateItem(expert.id, expert.revision + 1, { responsiblePartyId: hearing.id }),
    ).toThrow(/party of this dossier/);

    let missing = services.checklists.missingForNextHearing(clientId);
    expect(missing.hearing).toMatchObject({ date: '2027-03-15', kind: 'individual' });
    expect(missing.items.map((i) => i.key)).toEqual([
      'identity-passport',
      'declaration-personal-declaration',
    ]);

    // The hearing moves later: the filing deadline moves with it, and so does the item that follows it.
    dossier = services.dossiers.saveRecord(clientId, {
      id: hearing.id,
      kind: 'hearing',
      scope: 'counsel-team',
      data: { kind: 'individual', date: '2027-05-17', detained: false },
    });
    const moved = dossier.deadlines.find((d) => d.key === deadline.key);
    expect(moved?.dueDate).not.toBe(deadline.dueDate);
    expect(services.checklists.item(declaration.id).due).toMatchObject({
      mode: 'deadline',
      date: moved?.dueDate,
    });

    // Received items are no longer missing.
    const passportNow = services.checklists.item(passport.id);
    services.checklists.updateItem(passport.id, passportNow.revision, { status: 'received' });
    missing = services.checklists.missingForNextHearing(clientId);
    expect(missing.items.map((i) => i.key)).toEqual(['declaration-personal-declaration']);
    expect(missing.undatedOpen).toBe(items.length - 3);

    // The party is deleted: the item keeps going without one.
    services.dossiers.deleteRecord(clientId, party.id);
    expect(services.checklists.item(declaration.id).responsiblePartyId).toBeNull();
  });
});
