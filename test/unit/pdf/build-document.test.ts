import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../shared/deadlines/engine';
import { dossierChecks } from '../../../shared/dossier/checks';
import { clientSchema, type ClientInput } from '../../../shared/dossier/client';
import type { Dossier } from '../../../shared/dossier/dossier';
import { caseFactsFromRecords } from '../../../shared/dossier/facts';
import { type DossierRecord, type RecordInput, storedRecordSchema } from '../../../shared/dossier/records';
import { buildPdfDocument } from '../../../shared/pdf/build-document';
import { formatDate } from '../../../shared/pdf/format';
import { type Block, type PdfDocument, pdfDocumentSchema } from '../../../shared/pdf/model';
import { PDF_PROFILES, PDF_PROFILE_INFO, normalizeHidden, parseHideList } from '../../../shared/pdf/profiles';
import { NO_SOURCES, type PdfCaseSources, type PdfEvidenceItem } from '../../../shared/pdf/sources';

const TODAY = '2026-11-25';
const CLIENT_ID = '11111111-1111-4111-8111-111111111111';
let counter = 0;

function uuid(): string {
  counter++;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

function record(input: RecordInput): DossierRecord {
  return storedRecordSchema.parse({
    ...input,
    id: input.id ?? uuid(),
    clientId: CLIENT_ID,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
  });
}

function dossierOf(client: ClientInput, inputs: RecordInput[]): Dossier {
  const records = inputs.map(record);
  const deadlines = computeDeadlines(caseFactsFromRecords(records, TODAY));
  return {
    id: CLIENT_ID,
    client: clientSchema.parse(client),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
    detained: true,
    fronts: [],
    records,
    deadlines,
    checks: dossierChecks(records, deadlines, TODAY),
  };
}

const DOSSIER = dossierOf(
  {
    familyName: 'Karimova',
    givenNames: 'Aziza',
    aliases: [{ name: 'Азиза Каримова', kind: 'birth-name', script: 'cyrillic' }],
    dateOfBirth: '1985-02-03',
    nationalities: ['Uzbekistan'],
    contacts: [
      { channel: 'address', value: '9 Quay Street' },
      { channel: 'phone', value: '+1 555 0100' },
    ],
    family: [{ name: 'Dilnoza Karimova', relationship: 'Daughter', risk: 'at-risk' }],
    scope: 'counsel-team',
  },
  [
    {
      kind: 'immigration',
      scope: 'counsel-team',
      data: { aNumber: 'A-987-654-321', lastArrivalDate: '2026-02-01', reliefSought: ['asylum'] },
    },
    {
      kind: 'interpol',
      scope: 'ccf',
      data: {
        type: 'diffusion',
        requestingCountry: 'Uzbekistan',
        charges: [{ description: 'Tax evasion', maxPenaltyYears: 1 }],
        compliance: { article3Factors: ['neutrality'] },
      },
    },
    {
      kind: 'ccf',
      scope: 'client-only',
      data: { type: 'access', admissibilityDate: '2026-09-01' },
    },
    {
      kind: 'custody',
      scope: 'counsel-team',
      data: { arrestDate: '2026-10-01', facility: 'Krome', detaineeId: 'K-42', statedBasis: 'Diffusion' },
    },
    {
      kind: 'note',
      scope: 'client-only',
      data: { title: 'Private strategy', body: 'Secret plan one.\n\nSecret plan two.' },
    },
  ],
);

function evidence(
  id: string,
  scope: PdfEvidenceItem['scope'],
  exhibitNumber: string | null,
): PdfEvidenceItem {
  return {
    id,
    title: `Item ${id}`,
    description: null,
    category: 'identity',
    scope,
    exhibitNumber,
    exhibitTab: null,
    obtainedOn: null,
    source: null,
    language: null,
    servedOn: null,
    role: 'original',
  };
}

const SOURCES: PdfCaseSources = {
  evidence: [
    evidence('e1', 'court', 'A-10'),
    evidence('e2', 'public', 'A-2'),
    evidence('e3', 'client-only', 'A-1'),
    evidence('e4', 'court', null),
    evidence('e5', 'counsel-team', 'B-1'),
  ],
  checklists: [
    {
      name: 'Red Notice + asylum',
      categories: [
        { key: 'identity', title: 'Identity', group: 'evidence' },
        { key: 'ccf', title: 'CCF steps', group: 'workflow' },
      ],
      items: [
        {
          id: 'i1',
          category: 'identity',
          title: 'Passport',
          status: 'received',
          notObtainableReason: null,
          dueDate: null,
          evidenceIds: ['e1'],
          note: '',
        },
        {
          id: 'i2',
          category: 'identity',
          title: 'Birth certificate',
          status: 'needed',
          notObtainableReason: null,
          dueDate: '2026-12-01',
          evidenceIds: [],
          note: '',
        },
        {
          id: 'i3',
          category: 'ccf',
          title: 'Admissibility package',
          status: 'needed',
          notObtainableReason: null,
          dueDate: null,
          evidenceIds: [],
          note: '',
        },
      ],
    },
  ],
  board: [
    {
      id: 'c1',
      title: 'Shared card',
      lane: 'ccf',
      status: 'todo',
      ownerName: null,
      dueDate: null,
      scope: 'counsel-team',
    },
    {
      id: 'c2',
      title: 'Private card',
      lane: 'advocacy',
      status: 'todo',
      ownerName: null,
      dueDate: null,
      scope: 'client-only',
    },
  ],
};

function build(
  profile: (typeof PDF_PROFILES)[number],
  hide?: Parameters<typeof buildPdfDocument>[0]['hide'],
  sources = SOURCES,
) {
  return buildPdfDocument({
    dossier: DOSSIER,
    profile,
    hide,
    generatedAt: '2026-11-25T14:03:00.000Z',
    today: TODAY,
    sources,
  });
}

/** Every string the document would print, joined. */
function allText(doc: PdfDocument): string {
  const parts: string[] = [doc.title, doc.clientName, doc.cover.notice];
  for (const f of doc.cover.facts) parts.push(f.label, f.value.text);
  for (const n of doc.cover.names) parts.push(n.name);
  const block = (b: Block) => {
    switch (b.type) {
      case 'subheading':
        return parts.push(b.text, b.meta?.text ?? '');
      case 'paragraph':
        return parts.push(b.text);
      case 'fields':
        return b.items.forEach((i) => parts.push(i.label, i.value.text));
      case 'table':
        parts.push(...b.columns.map((c) => c.header), b.rows.length === 0 ? b.empty : '');
        return b.rows.forEach((r) => r.forEach((c) => parts.push(c.text, c.note ?? '')));
      case 'list':
        return b.items.forEach((c) => parts.push(c.text, c.note ?? ''));
      case 'callout':
        return parts.push(b.title, b.text);
      case 'questions':
        return b.items.forEach((q) => parts.push(q.text, q.detail ?? ''));
      case 'ruled':
        return;
    }
  };
  for (const s of doc.sections) {
    parts.push(s.title, s.intro ?? '');
    s.blocks.forEach(block);
  }
  return parts.join('\n');
}

describe('buildPdfDocument', () => {
  it.each(PDF_PROFILES)(
    '%s: is a valid, deterministic model with the profile’s sections in order',
    (profile) => {
      const doc = build(profile, []);
      expect(pdfDocumentSchema.parse(doc)).toEqual(doc);
      expect(build(profile, [])).toEqual(doc);
      expect(doc.sections.map((s) => s.id)).toEqual(PDF_PROFILE_INFO[profile].sections);
      expect(doc.privilegeLine).toBe(
        'Privileged & Confidential — Attorney–Client Communication / Attorney Work Product',
      );
      expect(doc.generatedLabel).toBe('Nov 25, 2026, 14:03 UTC');
    },
  );

  it('internal: everything, client-only records included', () => {
    const text = allText(build('internal', []));
    for (const s of [
      'Secret plan one.',
      'Private card',
      'Item e3',
      '9 Quay Street',
      'Dilnoza Karimova',
      'A-987-654-321',
    ])
      expect(text).toContain(s);
  });

  it('co-counsel: client-only records and their deadlines, timeline events and cards stay out', () => {
    const doc = build('co-counsel', []);
    const text = allText(doc);
    expect(text).not.toContain('Secret plan');
    expect(text).not.toContain('Private card');
    expect(text).not.toContain('Item e3');
    // The client-only CCF access request drives a CCF deadline: it goes with it.
    expect(text).not.toContain('CCF decision due on an access request');
    expect(text).toContain('Shared card');
    expect(doc.omitted).toMatchObject({ recordsOutOfScope: 2, evidenceOutOfScope: 1, cardsOutOfScope: 1 });
    expect(doc.omitted.deadlinesOutOfScope).toBeGreaterThan(0);
  });

  it('co-counsel: hides contacts and addresses unless asked to show them', () => {
    const byDefault = allText(build('co-counsel'));
    expect(byDefault).not.toContain('9 Quay Street');
    expect(byDefault).not.toContain('+1 555 0100');
    const shown = allText(build('co-counsel', []));
    expect(shown).toContain('9 Quay Street');
  });

  it('ccf: the client’s details stay out when the client’s own scope does not reach the CCF', () => {
    const doc = build('ccf', []);
    const text = allText(doc);
    expect(doc.omitted.clientDetailsOutOfScope).toBe(true);
    expect(text).toContain('KARIMOVA, Aziza');
    expect(text).not.toContain('Азиза Каримова');
    expect(text).not.toContain('Uzbekistan, ');
    expect(text).toContain('Diffusion — requested by Uzbekistan');
    expect(text).toContain('Below the threshold (2 years)');
    expect(text).toContain('Implications for INTERPOL’s neutrality');
    expect(text).not.toContain('Krome');
  });

  it('court: numbered court and public exhibits only, in natural order, unnumbered ones counted apart', () => {
    const doc = build('court', []);
    const table = doc.sections[0]?.blocks[0];
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.rows.map((r) => r[0]?.text)).toEqual(['A-2', 'A-10']);
    expect(doc.omitted.unnumberedExhibits).toBe(1);
  });

  it('visit: questions the dossier raises, open evidence items (not the firm’s workflow), forms, ruled pages', () => {
    const doc = build('visit');
    const text = allText(doc);
    expect(text).toContain('Does the client need an interpreter? In which language?');
    expect(text).not.toContain('Maximum penalty for “Tax evasion”'); // recorded: 1 year
    expect(text).toContain('Birth certificate');
    expect(text).not.toContain('Admissibility package');
    expect(text).toContain('G-28 — Notice of Entry of Appearance');
    expect(text).toContain('EOIR-28 — Notice of Entry of Appearance');
    expect(text).toContain('K-42');
    const notes = doc.sections.find((s) => s.id === 'visit-notes');
    expect(notes?.newPage).toBe(true);
    expect(notes?.blocks).toEqual([{ type: 'ruled', lines: 0, pages: 1 }]);
  });

  it('hidden sections and fields are absent, wherever the field would appear', () => {
    const doc = build('internal', ['timeline', 'notes', 'family', 'a-number', 'addresses', 'detention-ids']);
    const text = allText(doc);
    expect(doc.sections.map((s) => s.id)).not.toContain('timeline');
    expect(doc.sections.map((s) => s.id)).not.toContain('notes');
    for (const s of ['Dilnoza Karimova', 'A-987-654-321', '9 Quay Street', 'K-42'])
      expect(text).not.toContain(s);
    expect(doc.omitted.hiddenSections).toEqual(['Timeline', 'Notes']);
  });

  it('says "no evidence recorded" and "no cards" when those features have nothing to give', () => {
    const text = allText(build('internal', [], NO_SOURCES));
    expect(text).toContain('No evidence recorded (the evidence feature is not available).');
    expect(text).toContain('No cards (the board is not available).');
    expect(text).toContain('No evidence checklist recorded.');
  });

  it('deadlines carry their rule and source', () => {
    const doc = build('internal', []);
    const table = doc.sections.find((s) => s.id === 'deadlines')?.blocks[0];
    if (table?.type !== 'table') throw new Error('no table');
    const oneYear = table.rows.find((r) => r[1]?.text.startsWith('Asylum application: one-year'));
    expect(oneYear?.[2]?.text).toContain('1 year after last arrival in the United States (Feb 1, 2026)');
    expect(oneYear?.[2]?.note).toContain('INA 208(a)(2)(B)');
  });
});

describe('helpers', () => {
  it('formats dates for paper', () => {
    expect(formatDate('2026-03-09')).toBe('Mar 9, 2026');
    expect(formatDate(undefined)).toBe('');
  });

  it('parses and orders the --hide list', () => {
    expect(parseHideList('family, timeline,nope')).toEqual({
      hide: ['timeline', 'family'],
      unknown: ['nope'],
    });
    expect(parseHideList('none')).toEqual({ hide: [], unknown: [] });
    expect(normalizeHidden(['contacts', 'board', 'contacts'])).toEqual(['board', 'contacts']);
  });
});
