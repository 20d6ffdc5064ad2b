import { describe, expect, it } from 'vitest';
import { customDeadlineEntry } from '../../../shared/deadlines/custom';
import type { Dossier } from '../../../shared/dossier/dossier';
import { buildPdfDocument } from '../../../shared/pdf/build-document';
import { formatDate } from '../../../shared/pdf/format';
import { pdfDocumentSchema } from '../../../shared/pdf/model';
import { PDF_PROFILES, PDF_PROFILE_INFO, normalizeHidden, parseHideList } from '../../../shared/pdf/profiles';
import { NO_SOURCES, type PdfCaseSources } from '../../../shared/pdf/sources';
import { TODAY, allText, dossierOf, evidence } from '../../support/pdf-model';

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
      ownerPartyId: null,
      dueDate: null,
      scope: 'counsel-team',
    },
    {
      id: 'c2',
      title: 'Private card',
      lane: 'advocacy',
      status: 'todo',
      ownerName: null,
      ownerPartyId: null,
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
describe('buildPdfDocument', () => {
  it.each(PDF_PROFILES)(
    '%s: is a valid, deterministic model with the profile’s sections in order',
    (profile) => {
      const doc = build(profile, []);
      expect(pdfDocumentSchema.parse(doc)).toEqual(doc);
      expect(build(profile, [])).toEqual(doc);
      expect(doc.sections.map((s) => s.id)).toEqual(PDF_PROFILE_INFO[profile].sections);
      // The privilege legend marks the firm's own papers only.
      expect(doc.privilegeLine).toBe(
        profile === 'court' || profile === 'ccf'
          ? ''
          : 'Privileged & Confidential — Attorney–Client Communication / Attorney Work Product',
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

  it('lists custom deadlines by their own scope, set-aside ones as not applicable, no name in the rule column', () => {
    const custom = (id: string, scope: 'court' | 'client-only', title: string) =>
      customDeadlineEntry(
        {
          id,
          scope,
          data: { title, date: '2026-12-25', front: 'immigration', origin: 'court', rollToBusinessDay: true },
        },
        [],
      );
    const dossier: Dossier = {
      ...DOSSIER,
      deadlines: [
        ...DOSSIER.deadlines.map((d, i) => (i === 0 ? { ...d, status: 'not-applicable' as const } : d)),
        custom('22222222-2222-4222-8222-222222222222', 'court', 'Brief per the IJ order'),
        custom('33333333-3333-4333-8333-333333333333', 'client-only', 'Call the brother'),
      ],
    };
    const rows = (profile: 'internal' | 'co-counsel') => {
      const doc = buildPdfDocument({
        dossier,
        profile,
        hide: undefined,
        generatedAt: '2026-11-25T14:03:00.000Z',
        today: TODAY,
        sources: SOURCES,
      });
      const table = doc.sections.find((s) => s.id === 'deadlines')?.blocks[0];
      if (table?.type !== 'table') throw new Error('no table');
      return table.rows;
    };
    const internal = rows('internal');
    const brief = internal.find((r) => r[1]?.text === 'Brief per the IJ order');
    expect(brief?.[0]?.text).toBe(formatDate('2026-12-28'));
    expect(brief?.[2]?.text).toBe(
      'Date set by the court (Dec 25, 2026); moved from Dec 25, 2026 (Christmas Day)',
    );
    expect(internal.some((r) => r[3]?.text === 'Not applicable')).toBe(true);
    const coCounsel = rows('co-counsel').map((r) => r[1]?.text);
    expect(coCounsel).toContain('Brief per the IJ order');
    expect(coCounsel).not.toContain('Call the brother');
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
