import { describe, expect, it } from 'vitest';
import type { RecordInput } from '../../../shared/dossier/records';
import {
  resolveFilingParties,
  EMPTY_CASE_FILING,
  filingProfileSchema,
} from '../../../shared/filings/profile';
import { buildPdfDocument } from '../../../shared/pdf/build-document';
import { CCF_LEGEND } from '../../../shared/pdf/furniture';
import { PRIVILEGE_LINE } from '../../../shared/pdf/model';
import type { PdfHideable, PdfProfile } from '../../../shared/pdf/profiles';
import type { PdfCaseSources } from '../../../shared/pdf/sources';
import { TODAY, allText, dossierOf, evidence, uuid } from '../../support/pdf-model';

/**
 * What papers that leave the firm say: legends by addressee, no words of the app, the CCF's exclusions, and
 * field-level scope — a value held on a record the audience may not see never reaches it through another record.
 */

const LOCAL_COUNSEL = 'Sergei Volkonsky';
const NOTICE_ID = uuid();
const PARTY_ID = uuid();

const FILER = resolveFilingParties(
  filingProfileSchema.parse({
    attorney: {
      name: 'Maria Lopez',
      firm: 'Lopez Immigration Defense',
      eoirId: 'ZX123456',
      address: '100 Main Street\nNewark, NJ 07102',
    },
    opla: { office: 'OPLA Newark', address: '970 Broad Street, Newark, NJ 07102' },
  }),
  EMPTY_CASE_FILING,
);

const records: RecordInput[] = [
  {
    kind: 'immigration',
    scope: 'court',
    data: { aNumber: 'A-111-222-333', court: 'Elizabeth', judge: 'R. Alvarez', reliefSought: ['asylum'] },
  },
  {
    kind: 'hearing',
    scope: 'court',
    data: { kind: 'individual', date: '2027-01-12', time: '08:30', detained: true },
  },
  // Home-country counsel, kept client-only: naming them can put them at risk at home.
  {
    id: PARTY_ID,
    kind: 'party',
    scope: 'client-only',
    data: { name: LOCAL_COUNSEL, role: 'home-country-counsel' },
  },
  // … and the same name typed again into a CCF-scoped record.
  {
    kind: 'home-case',
    scope: 'ccf',
    data: {
      country: 'Russia',
      localCounsel: LOCAL_COUNSEL,
      officialStatements: `The prosecutor attacked ${LOCAL_COUNSEL.toUpperCase()} on television.`,
      indicators: ['timing'],
      indicatorNotes: 'Counsel’s view: the timing is damning.',
    },
  },
  // A client-only notice that a CCF-scoped request points at.
  {
    id: NOTICE_ID,
    kind: 'interpol',
    scope: 'client-only',
    data: { type: 'diffusion', requestingCountry: 'Tajikistan' },
  },
  {
    kind: 'interpol',
    scope: 'ccf',
    data: {
      type: 'red-notice',
      requestingCountry: 'Russia',
      charges: [
        { description: 'Fraud', maxPenaltyYears: 10 },
        { description: 'False information', maxPenaltyYears: 1 },
      ],
      compliance: { refugeePolicyApplies: false, article3Factors: ['neutrality'], notes: 'Internal view.' },
    },
  },
  {
    kind: 'ccf',
    scope: 'ccf',
    data: { type: 'access', interpolRecordId: NOTICE_ID, filedDate: '2026-06-01' },
  },
  {
    kind: 'incident',
    scope: 'client-only',
    data: {
      date: '2023-01-01',
      acts: [{ type: 'threat' }],
      people: [{ name: 'Timur Alimov', role: 'witness' }],
    },
  },
  {
    kind: 'incident',
    scope: 'ccf',
    data: { date: '2024-02-02', acts: [{ type: 'smear', description: 'Article quoting Timur Alimov.' }] },
  },
];

const DOSSIER = dossierOf(
  {
    familyName: 'Rahimov',
    givenNames: 'Aziz',
    family: [{ name: 'Gulnora Rahimova', relationship: 'Wife', risk: 'at-risk' }],
    scope: 'ccf',
  },
  records,
);

const SOURCES: PdfCaseSources = {
  evidence: [
    { ...evidence('e1', 'ccf', '1'), id: 'e1' },
    { ...evidence('e2', 'client-only', '2'), id: 'e2' },
  ],
  checklists: [
    {
      name: 'List',
      categories: [{ key: 'identity', title: 'Identity', group: 'evidence' }],
      items: [
        {
          id: 'i1',
          category: 'identity',
          title: 'Passport',
          status: 'received',
          notObtainableReason: null,
          dueDate: null,
          evidenceIds: ['e2'],
          note: '',
        },
      ],
    },
  ],
  board: [
    {
      id: 'c1',
      title: 'Call home counsel',
      lane: 'home-country',
      status: 'todo',
      ownerName: LOCAL_COUNSEL,
      ownerPartyId: PARTY_ID,
      dueDate: null,
      scope: 'counsel-team',
    },
  ],
};

function build(profile: PdfProfile, hide?: PdfHideable[]) {
  return buildPdfDocument({
    dossier: DOSSIER,
    profile,
    hide,
    generatedAt: '2026-11-25T14:03:00.000Z',
    today: TODAY,
    sources: SOURCES,
    filing: FILER,
  });
}

describe('legends by addressee', () => {
  it('the privilege legend and the app’s name go on the firm’s own papers only', () => {
    for (const profile of ['internal', 'co-counsel', 'visit'] as const) {
      const doc = build(profile);
      expect(doc.furniture.legend).toBe(PRIVILEGE_LINE);
      expect(doc.furniture.generatedLine).toContain('by Safe Harbor');
    }
    for (const profile of ['court', 'ccf'] as const) {
      const text = allText(build(profile, []));
      expect(text).not.toContain('Privileged');
      expect(text).not.toContain('Attorney Work Product');
      expect(text).not.toContain('Safe Harbor');
      expect(text).not.toContain('Prepared for');
      expect(text).not.toContain('sharing scope');
      expect(text).not.toContain('Court exhibit index');
    }
    expect(build('ccf').furniture.legend).toBe(CCF_LEGEND);
  });

  it('a court filing opens on its caption: filer, DETAINED, court, respondent and A-number, judge, hearing', () => {
    const doc = build('court');
    expect(doc.caption).toEqual({
      filer: [
        'Maria Lopez',
        'Lopez Immigration Defense',
        '100 Main Street',
        'Newark, NJ 07102',
        'EOIR ID: ZX123456',
      ],
      detained: true,
      court: [
        'UNITED STATES DEPARTMENT OF JUSTICE',
        'EXECUTIVE OFFICE FOR IMMIGRATION REVIEW',
        'IMMIGRATION COURT',
        'ELIZABETH',
      ],
      respondent: 'RAHIMOV, Aziz',
      aNumber: 'A-111-222-333',
      proceeding: 'In removal proceedings',
      judge: 'R. Alvarez',
      nextHearing: 'Jan 12, 2027 at 08:30, Individual (merits) hearing',
      title: 'Index of exhibits',
    });
    expect(doc.furniture.runningHeader.left).toBe('RAHIMOV, Aziz  ·  A-111-222-333');
  });
});

describe('the CCF profile', () => {
  it('leaves out counsel’s assessments, computed dates and the firm’s workflow by default', () => {
    const text = allText(build('ccf'));
    expect(text).toContain('Red Notice — requested by Russia');
    for (const absent of [
      'Art. 83 threshold',
      'Meets the threshold',
      'Below the threshold',
      'Refugee policy',
      'Not raised',
      'Internal view.',
      'Indicators of political motivation',
      'the timing is damning',
      'Decision due',
      'power of attorney not on file',
    ])
      expect(text).not.toContain(absent);
  });

  it('puts them back when the attorney opts them in', () => {
    const text = allText(build('ccf', []));
    expect(text).toContain('Below the threshold (2 years)');
    expect(text).toContain('Refugee policy');
    expect(text).toContain('Decision due');
  });
});

describe('field-level scope: every cross-record reference', () => {
  const outward: PdfProfile[] = ['co-counsel', 'ccf', 'court'];

  it.each(outward)(
    '%s: home-country counsel’s name, held client-only, is withheld from other records’ text',
    (p) => {
      const doc = build(p, []);
      const text = allText(doc).toLowerCase();
      expect(text).not.toContain(LOCAL_COUNSEL.toLowerCase());
      if (p !== 'court') {
        expect(doc.omitted.withheldValues).toBeGreaterThan(0);
        // The field that held only the name is left out; the sentence keeps its other words.
        expect(allText(doc)).toContain('The prosecutor attacked [withheld] on television.');
        expect(allText(doc)).not.toMatch(/Local counsel/);
      }
    },
  );

  it('internal: the name is printed (the firm’s own file holds everything)', () => {
    expect(allText(build('internal', []))).toContain(LOCAL_COUNSEL);
  });

  it('a board card’s owner is named only where the owner’s party record reaches', () => {
    const text = allText(build('co-counsel', []));
    expect(text).toContain('Call home counsel');
    expect(text).not.toContain(LOCAL_COUNSEL);
  });

  it('a CCF request names the notice it concerns only when the notice’s record reaches the audience', () => {
    expect(allText(build('ccf', []))).not.toContain('Tajikistan');
    expect(allText(build('internal', []))).toContain('on the Diffusion (Tajikistan)');
  });

  it('a checklist lists only the exhibits the audience may see', () => {
    const doc = build('co-counsel', []);
    const checklist = doc.sections.find((s) => s.id === 'checklist');
    expect(JSON.stringify(checklist)).not.toContain('"2"');
    expect(allText(build('internal', []))).toContain('Item e2');
  });

  it('a person named in a client-only incident is withheld where another record quotes them', () => {
    const text = allText(build('ccf', []));
    expect(text).toContain('Article quoting [withheld].');
    expect(text).not.toContain('Timur Alimov');
  });

  it('family names are withheld from every text when the family is hidden', () => {
    const text = allText(build('ccf'));
    expect(text).not.toContain('Gulnora Rahimova');
  });

  it('deadlines, checks and timeline events of records out of scope stay out with them', () => {
    const ccf = build('ccf', []);
    expect(ccf.omitted.deadlinesOutOfScope).toBeGreaterThanOrEqual(0);
    expect(allText(ccf)).not.toContain('Diffusion (Tajikistan)');
  });
});
