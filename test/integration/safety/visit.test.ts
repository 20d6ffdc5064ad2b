import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { DEFAULT_VISIT_QUESTIONS } from '../../../shared/visit/visit';
import { openTestServices } from '../../support/services';

describe('visit capture: filing into the dossier', () => {
  let services: Services;
  let close: () => void;
  let clientId: string;

  beforeEach(async () => {
    ({ services, close } = await openTestServices());
    clientId = services.dossiers.create({ familyName: 'Nazarova', givenNames: 'Dilnoza' }).id;
  });
  afterEach(() => close());

  const visit = {
    startedAt: '2026-11-25T09:30:00-05:00',
    elapsedSeconds: 2712,
    place: 'Broward Transitional Center',
    notes: 'Transferred twice since October.',
    questions: [
      { id: 'visit:1', text: 'Health, medication and treatment in custody', done: true },
      { id: 'visit:2', text: 'Transfers, or notice of a transfer', done: false },
    ],
    statements: [
      {
        id: '0b8c3d2e-1f00-4a00-8b00-000000000001',
        at: '2026-11-25T09:41:00-05:00',
        text: 'They took my passport at the check-in.',
        language: 'Uzbek',
        interpreter: 'D. Karimova',
      },
      {
        id: '0b8c3d2e-1f00-4a00-8b00-000000000002',
        at: '2026-11-25T09:55:00-05:00',
        text: 'My brother was questioned in Tashkent.',
        language: 'Russian',
        interpreter: '',
      },
    ],
  };

  it('asks the visit’s own questions when the dossier has no open checklist items', () => {
    const prepared = services.visits.prepare(clientId);
    expect(prepared.draft).toBeNull();
    expect(prepared.questions.map((q) => q.text)).toEqual(DEFAULT_VISIT_QUESTIONS);
    expect(prepared.questions.every((q) => q.source === 'visit' && !q.done)).toBe(true);
  });

  it('asks the open checklist items when the dossier has a checklist', () => {
    const template = services.checklists.templates().find((t) => t.builtIn);
    if (!template) throw new Error('no built-in checklist template');
    services.checklists.create(clientId, template.id);
    const prepared = services.visits.prepare(clientId);
    expect(prepared.questions.length).toBeGreaterThan(0);
    expect(prepared.questions.every((q) => q.source === 'checklist')).toBe(true);
  });

  it('keeps a draft while the visit runs, and files a note plus structured statements in one go', () => {
    services.visits.saveDraft(clientId, { ...visit, language: 'Uzbek', interpreter: 'D. Karimova' });
    expect(services.visits.drafts()).toEqual([clientId]);
    // A lock and an unlock later, the draft is still there (it is in the vault).
    expect(services.visits.prepare(clientId).draft).toMatchObject({
      place: visit.place,
      statements: visit.statements,
    });

    const { noteId, visitId } = services.visits.file(clientId, {
      ...visit,
      endedAt: '2026-11-25T10:16:00-05:00',
    });
    const dossier = services.dossiers.get(clientId);
    const note = dossier.records.find((r) => r.id === noteId);
    expect(note?.kind).toBe('note');
    expect(note?.scope).toBe('counsel-team');
    if (note?.kind !== 'note') throw new Error('no note');
    expect(note.data.title).toBe('Visit — Broward Transitional Center');
    expect(note.data.date).toBe('2026-11-25');
    expect(note.data.body).toContain(
      'Visit on 2026-11-25, 09:30–10:16 at Broward Transitional Center (45:12 on the timer).',
    );
    expect(note.data.body).toContain('[x] Health, medication and treatment in custody');
    expect(note.data.body).toContain('[ ] Transfers, or notice of a transfer');
    expect(note.data.body).toContain(
      '09:41 — Uzbek, interpreted by D. Karimova: “They took my passport at the check-in.”',
    );
    expect(note.data.body).toContain(
      '09:55 — Russian, no interpreter: “My brother was questioned in Tashkent.”',
    );

    const [filed] = services.visits.exportForClient(clientId);
    expect(filed).toMatchObject({ id: visitId, noteId, elapsedSeconds: 2712, statements: visit.statements });
    expect(services.visits.drafts()).toEqual([]);
    expect(services.dossiers.history(clientId, 10).map((h) => h.action)).toEqual(
      expect.arrayContaining(['visit.filed', 'record.created']),
    );

    // Deleting the note deletes the visit and its statements with it.
    services.dossiers.deleteRecord(clientId, noteId);
    expect(services.visits.exportForClient(clientId)).toEqual([]);
  });

  it('files nothing when any part is invalid', () => {
    expect(() =>
      services.visits.file(clientId, {
        ...visit,
        endedAt: '2026-11-25T10:16:00-05:00',
        statements: visit.statements.map((st) => ({ ...st, language: '' })),
      }),
    ).toThrow();
    expect(services.dossiers.get(clientId).records).toEqual([]);
    expect(services.visits.exportForClient(clientId)).toEqual([]);
  });
});

describe('a very long visit', () => {
  it('still fits its note: statements beyond the note’s size are kept as structured entries only', async () => {
    const { services, close } = await openTestServices();
    try {
      const clientId = services.dossiers.create({ familyName: 'Long', givenNames: 'Visit' }).id;
      const statements = Array.from({ length: 40 }, (_, i) => ({
        id: `0b8c3d2e-1f00-4a00-8b00-${String(i).padStart(12, '0')}`,
        at: '2026-11-25T09:41:00-05:00',
        text: `Statement ${i}: ${'word '.repeat(900)}`,
        language: 'Uzbek',
        interpreter: '',
      }));
      const { noteId } = services.visits.file(clientId, {
        startedAt: '2026-11-25T09:30:00-05:00',
        endedAt: '2026-11-25T12:30:00-05:00',
        elapsedSeconds: 10_800,
        notes: 'n '.repeat(15_000),
        statements,
      });
      const note = services.dossiers.get(clientId).records.find((r) => r.id === noteId);
      if (note?.kind !== 'note') throw new Error('no note');
      expect(note.data.body.length).toBeLessThanOrEqual(50_000);
      expect(note.data.body).toMatch(/… and \d+ more, kept in full with the visit’s statements\.$/);
      expect(services.visits.exportForClient(clientId)[0]?.statements).toHaveLength(40);
    } finally {
      close();
    }
  });
});
