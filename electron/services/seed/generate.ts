import type { ExportedDossierInput } from '../../../shared/dossier/export-format';
import type { RecordInput } from '../../../shared/dossier/records';
import { NAME_POOLS, type NamePool } from './names';

/** mulberry32: a small, fast, well-distributed PRNG; the same seed always yields the same practice. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

function shiftDate(anchor: string, days: number): string {
  const d = new Date(`${anchor}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const CHARGES = [
  { description: 'Large-scale fraud', articles: 'Art. 159(4)', maxPenaltyYears: 10 },
  { description: 'Embezzlement of entrusted property', articles: 'Art. 160(4)', maxPenaltyYears: 10 },
  { description: 'Tax evasion', articles: 'Art. 199(2)', maxPenaltyYears: 6 },
  { description: 'Money laundering', articles: 'Art. 174.1', maxPenaltyYears: 7 },
  {
    description: 'Membership of an armed terrorist organisation',
    articles: 'Art. 314(2)',
    maxPenaltyYears: 15,
  },
  { description: 'Insulting the President', articles: 'Art. 299', maxPenaltyYears: 4 },
  { description: 'Dissemination of false information', articles: 'Art. 207.3', maxPenaltyYears: 1 },
  { description: 'Organisation of mass riots', articles: 'Art. 212(1)', maxPenaltyYears: 15 },
  { description: 'Abuse of office', articles: 'Art. 285', maxPenaltyYears: 1.5 },
] as const;

const ACTS = [
  'arrest',
  'detention',
  'threat',
  'raid',
  'dismissal',
  'smear',
  'asset-seizure',
  'harm-to-family',
] as const;
const COURTS = [
  'Miami Immigration Court',
  'New York Broadway Immigration Court',
  'Houston Immigration Court',
  'Los Angeles Immigration Court',
  'Krome North SPC Immigration Court',
  'Otay Mesa Immigration Court',
];
const FACILITIES = [
  'Krome North Service Processing Center',
  'Otay Mesa Detention Center',
  'Elizabeth Detention Center',
  'Broward Transitional Center',
  'Port Isabel Service Processing Center',
];
const PORTS = [
  'Miami International Airport',
  'JFK International Airport',
  'San Ysidro',
  'Houston Bush Intercontinental',
  'Los Angeles International Airport',
];
const COUNSEL = [
  'Rivera & Cho LLP',
  'Morgan Legal Group',
  'Ellis Defense',
  'Harbor Asylum Clinic',
  'Nguyen & Patel',
];

function person(dice: Dice, pool: NamePool): { latin: string; native: string; variant: string } {
  const f = dice.pick(pool.family);
  const g = dice.pick(pool.given);
  return { latin: `${g[0]} ${f[0]}`, native: `${f[1]} ${g[1]}`, variant: `${g[2]} ${f[2]}` };
}

/** One realistic dossier across the fronts; probabilities follow a Red Notice defence practice, not a census. */
function dossier(dice: Dice, anchor: string, serial: number): ExportedDossierInput {
  const pool = dice.pick(NAME_POOLS);
  const family = dice.pick(pool.family);
  const given = dice.pick(pool.given);
  const createdAt = `${shiftDate(anchor, -dice.int(1, 900))}T${String(dice.int(8, 18)).padStart(2, '0')}:00:00.000Z`;
  const records: RecordInput[] = [];
  const add = (record: RecordInput) => records.push({ ...record, id: dice.uuid() });

  const daysSinceEntry = dice.int(60, 1400);
  const entryDate = shiftDate(anchor, -daysSinceEntry);
  const ntaFiled = dice.chance(0.7);
  // Most clients who arrived more than ten months ago have filed; the rest make the one-year checks real.
  const asylumFiled = dice.chance(daysSinceEntry > 300 ? 0.93 : 0.3);
  const detained = dice.chance(0.3);
  add({
    kind: 'immigration',
    scope: 'counsel-team',
    data: {
      aNumber: `A-${dice.int(200, 249)}-${String(dice.int(0, 999)).padStart(3, '0')}-${String(dice.int(0, 999)).padStart(3, '0')}`,
      entryDate,
      lastArrivalDate: entryDate,
      entryPort: dice.pick(PORTS),
      entryManner: dice.pick(['visa', 'parole', 'ewi', 'vwp'] as const),
      ntaServedDate: ntaFiled
        ? shiftDate(entryDate, dice.int(5, Math.min(50, daysSinceEntry - 10)))
        : undefined,
      ntaFiledDate: ntaFiled
        ? shiftDate(entryDate, dice.int(Math.min(51, daysSinceEntry - 9), daysSinceEntry - 1))
        : undefined,
      court: ntaFiled ? dice.pick(COURTS) : undefined,
      reliefSought: ['asylum', 'withholding', 'cat-withholding'],
      asylumFilingPlan: ntaFiled ? 'defensive' : dice.pick(['affirmative', 'undecided'] as const),
      i589FiledDate: asylumFiled
        ? shiftDate(entryDate, dice.int(20, Math.min(330, daysSinceEntry - 1)))
        : undefined,
      i589Agency: asylumFiled ? (ntaFiled ? 'immigration-court' : 'uscis') : undefined,
      protectedGrounds: ['political-opinion'],
      seriousNonpoliticalCrimeBarRaised: dice.pick(['yes', 'no', 'unknown'] as const),
    },
  });
  if (ntaFiled) {
    for (let i = dice.int(0, 2); i > 0; i--) {
      add({
        kind: 'hearing',
        scope: 'court',
        data: {
          kind: dice.pick(['master', 'individual'] as const),
          date: shiftDate(anchor, dice.int(-30, 240)),
          time: `${String(dice.int(8, 15)).padStart(2, '0')}:${dice.pick(['00', '30'])}`,
          detained,
        },
      });
    }
  }
  if (detained || dice.chance(0.15)) {
    const arrestDate = shiftDate(anchor, -dice.int(5, 400));
    const determinationDate = shiftDate(arrestDate, dice.int(1, 5));
    add({
      kind: 'custody',
      scope: 'counsel-team',
      data: {
        arrestDate,
        arrestSetting: dice.pick(['uscis-interview', 'ice-check-in', 'border', 'home'] as const),
        agency: 'ice-ero',
        projectRed: dice.pick(['yes', 'unknown'] as const),
        statedBasis: 'INTERPOL Red Notice from the requesting state',
        redNoticeSoleBasis: dice.chance(0.4),
        facility: dice.pick(FACILITIES),
        detaineeId: String(dice.int(10_000_000, 99_999_999)),
        custodyDeterminationDate: determinationDate,
        // Counsel usually appealed an old custody determination; a recent one may still be within its window.
        custodyAppealFiledDate:
          determinationDate < shiftDate(anchor, -20) && dice.chance(0.9)
            ? shiftDate(determinationDate, dice.int(2, 8))
            : undefined,
        bondDecisionDate: dice.chance(0.5) ? shiftDate(anchor, -dice.int(1, 25)) : undefined,
        bondResult: dice.chance(0.5) ? 'denied' : 'pending',
        releaseDate: detained ? undefined : shiftDate(arrestDate, dice.int(10, 90)),
      },
    });
  }
  if (dice.chance(0.85)) {
    const charges = [dice.pick(CHARGES), dice.pick(CHARGES)];
    add({
      kind: 'interpol',
      scope: 'ccf',
      data: {
        type: dice.chance(0.7) ? 'red-notice' : 'diffusion',
        controlNumber: `A-${dice.int(1000, 9999)}/${dice.int(1, 12)}-${dice.int(2019, 2026)}`,
        requestingCountry: pool.country,
        issuingAuthority: `${dice.pick(pool.cities)} District Court`,
        warrantNumber: `${dice.int(1, 999)}/${dice.int(2018, 2026)}`,
        issuedDate: shiftDate(anchor, -dice.int(100, 2000)),
        charges: charges.map((c) => ({ ...c })),
        cameToLight: dice.pick(['arrest', 'border-stop', 'bank', 'visa-denial', 'ccf-access'] as const),
        status: 'active',
        compliance: {
          article3Factors: ['status-of-person', 'general-context'],
          chargesFactsIncoherent: dice.chance(0.5),
          article2HumanRights: dice.chance(0.5),
          article83ExcludedCategory: false,
          refugeePolicyApplies: asylumFiled && dice.chance(0.2),
          dataQualityIssues: dice.chance(0.3),
        },
      },
    });
    if (dice.chance(0.5)) {
      add({
        kind: 'ccf',
        scope: 'ccf',
        data: {
          type: dice.pick(['access', 'deletion'] as const),
          powerOfAttorneyOnFile: true,
          filedDate: shiftDate(anchor, -dice.int(60, 300)),
          admissibilityDate: shiftDate(anchor, -dice.int(10, 59)),
          confidentialityRequested: dice.chance(0.8),
          outcome: 'pending',
        },
      });
    }
  }
  if (dice.chance(0.12)) {
    add({
      kind: 'extradition',
      scope: 'counsel-team',
      data: {
        treaty: `Extradition treaty with ${pool.country}`,
        requestingCountry: pool.country,
        provisionalArrestDate: shiftDate(anchor, -dice.int(1, 50)),
        defences: ['political-offense', 'cat'],
      },
    });
  }
  if (dice.chance(0.75)) {
    add({
      kind: 'home-case',
      scope: 'counsel-team',
      data: {
        country: pool.country,
        caseNumber: `${dice.int(1, 99)}-${dice.int(1000, 9999)}/${dice.int(2018, 2026)}`,
        court: `${dice.pick(pool.cities)} City Court`,
        charges: [{ ...dice.pick(CHARGES) }],
        stage: dice.pick(['investigation', 'indictment', 'trial', 'judgment'] as const),
        retrialGuaranteed: 'unknown',
        indicators: ['status-of-person', 'timing', 'relative-political-offence', 'media-smear'],
      },
    });
  }
  for (let i = dice.int(1, 4); i > 0; i--) {
    add({
      kind: 'incident',
      scope: 'counsel-team',
      data: {
        date: shiftDate(entryDate, -dice.int(30, 2000)),
        place: dice.pick(pool.cities),
        actorType: 'state',
        actor: dice.pick([
          'State security service',
          'Regional police',
          'Prosecutor’s office',
          'Pro-government media',
        ]),
        acts: [{ type: dice.pick(ACTS), description: 'Recorded from the client’s declaration.' }],
        nexus: ['political-opinion'],
      },
    });
  }
  add({
    kind: 'party',
    scope: 'counsel-team',
    data: {
      name: `${dice.pick(['Dana', 'Luis', 'Priya', 'Michael'])} ${dice.pick(['Rivera', 'Cho', 'Ellis', 'Patel'])}`,
      role: 'us-immigration-counsel',
      organization: dice.pick(COUNSEL),
    },
  });
  if (dice.chance(0.6)) {
    const local = person(dice, pool);
    add({
      kind: 'party',
      scope: 'client-only',
      data: {
        name: local.latin,
        role: 'home-country-counsel',
        organization: `${dice.pick(pool.cities)} Bar`,
      },
    });
  }
  for (let i = dice.int(1, 4); i > 0; i--) {
    add({
      kind: 'note',
      scope: 'counsel-team',
      data: {
        title: dice.pick(['Intake interview', 'Call with local counsel', 'Detention visit', 'Strategy']),
        body: `Note ${serial}-${i}.`,
        date: shiftDate(anchor, -dice.int(0, 300)),
      },
    });
  }

  const relative = person(dice, pool);
  return {
    id: dice.uuid(),
    createdAt,
    updatedAt: createdAt,
    client: {
      familyName: family[0],
      givenNames: given[0],
      aliases: [
        { name: `${family[1]} ${given[1]}`, kind: 'transliteration', script: pool.script },
        ...(family[2] !== family[0] || given[2] !== given[0]
          ? [{ name: `${given[2]} ${family[2]}`, kind: 'transliteration' as const, script: 'latin' as const }]
          : []),
      ],
      dateOfBirth: shiftDate(anchor, -dice.int(22 * 365, 70 * 365)),
      placeOfBirth: `${dice.pick(pool.cities)}, ${pool.country}`,
      nationalities: [pool.country],
      identityDocuments: [
        {
          type: 'passport',
          number: `${dice.int(10, 99)} ${dice.int(1_000_000, 9_999_999)}`,
          country: pool.country,
        },
      ],
      languages: [pool.language, ...(dice.chance(0.5) ? ['English'] : [])],
      interpreterNeeded: dice.chance(0.6) ? 'yes' : 'no',
      interpreterLanguage: pool.language,
      contacts: [
        {
          channel: 'signal',
          value: `+1 305 555 ${String(dice.int(0, 9999)).padStart(4, '0')}`,
          safeContactInstructions: 'Signal only; never call the family landline.',
        },
      ],
      family: [
        {
          name: relative.latin,
          relationship: dice.pick(['Spouse', 'Brother', 'Mother', 'Son']),
          location: pool.country,
          risk: dice.pick(['at-risk', 'safe', 'unknown'] as const),
        },
      ],
      status: dice.pick(['active', 'active', 'active', 'intake', 'closed'] as const),
      intakeDate: createdAt.slice(0, 10),
      scope: 'counsel-team',
    },
    records: records.map((r) => ({ ...r, id: r.id as string, createdAt, updatedAt: createdAt })),
    deadlineOverrides: [],
    ...docketOf(serial, anchor, createdAt, records),
  };
}

const OWNERS = ['M. Okafor', 'J. Rivera', 'S. Haddad', 'L. Chen'];

/**
 * Dates the court set and who answers for them, for about a third of the clients. Drawn from a generator of their
 * own (seeded by the serial number), so adding them left every other generated value as it was.
 */
function docketOf(
  serial: number,
  anchor: string,
  createdAt: string,
  records: readonly RecordInput[],
): Pick<ExportedDossierInput, 'customDeadlines' | 'deadlineTracking'> {
  const dice = new Dice(prng((serial * 2654435761) >>> 0));
  if (!dice.chance(0.35)) return { customDeadlines: [], deadlineTracking: [] };
  const hearing = records.find((r) => r.kind === 'hearing');
  const id = dice.uuid();
  const detainedHearing = hearing?.kind === 'hearing' && hearing.data.detained === true;
  const data = detainedHearing
    ? {
        title: 'Pre-hearing statement, witness list and exhibits (IJ order)',
        date: shiftDate(hearing.data.date, -dice.int(7, 21)),
        front: 'immigration' as const,
        origin: 'court' as const,
        source: 'Immigration judge’s scheduling order',
        relatedRecordId: hearing.id as string,
      }
    : {
        title: dice.pick([
          'Biometrics appointment (ASC)',
          'ICE check-in',
          'Call-up date',
          'Briefing schedule: response',
        ]),
        date: shiftDate(anchor, dice.int(-20, 120)),
        front: dice.pick(['immigration', 'custody'] as const),
        origin: dice.pick(['court', 'agency'] as const),
      };
  return {
    customDeadlines: [{ id, scope: 'counsel-team', data, createdAt, updatedAt: createdAt }],
    deadlineTracking: dice.chance(0.7)
      ? [{ key: `custom:${id}`, owner: dice.pick(OWNERS), updatedAt: createdAt }]
      : [],
  };
}

/** `count` synthetic dossiers, the same for the same seed and anchor date. */
export function* generateDossiers(
  count: number,
  seed: number,
  anchor: string,
): Generator<ExportedDossierInput> {
  const dice = new Dice(prng(seed));
  for (let i = 0; i < count; i++) yield dossier(dice, anchor, i + 1);
}
