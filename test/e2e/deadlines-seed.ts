import type { Services } from '../../electron/services';
import { generateDossiers } from '../../electron/services/seed/generate';
import { addDays, addMonths, addYears } from '../../shared/deadlines/calendar';
import type { RuleId } from '../../shared/deadlines/rules';
import { exportFileSchema } from '../../shared/dossier/export-format';

/** One seeded client and the deadline the test looks for. */
export interface SeededDeadline {
  clientId: string;
  familyName: string;
  givenNames: string;
  ruleId: RuleId;
  /** As the engine computed it (after any weekend or holiday roll, or the override). */
  dueDate: string;
}

export interface SeededPractice {
  today: string;
  /** Extradition: provisional arrest 50 days ago, default 60-day treaty window → due in 10 days (8–30). */
  volkov: SeededDeadline;
  /** IJ decision mailed 40 days ago → BIA appeal 30 days later, overdue. */
  estrada: SeededDeadline;
  /**
   * Individual hearing in 33 days, non-detained → filings due 30 days before, in 3 days (a weekend or holiday moves
   * it forward, at most to day 6: still the next 7 days).
   */
  okonkwo: SeededDeadline;
  /** CCF access request admissible about 75 days ago → decision due in about 45 days, overridden to day 60. */
  karimova: SeededDeadline;
  /** Last arrival 215 days ago → one-year asylum deadline in about 150 days (only with a wider window). */
  tan: SeededDeadline;
}

function dueDateOf(services: Services, clientId: string, ruleId: RuleId): string {
  const deadline = services.dossiers.get(clientId).deadlines.find((d) => d.ruleId === ruleId);
  if (!deadline) throw new Error(`The seed produced no ${ruleId} deadline.`);
  return deadline.dueDate;
}

/**
 * A small practice, written through the same services the app uses (so the deadlines rows are the engine's own),
 * with one deadline in every bucket of the dashboard, counted from the services' "today".
 */
export function seedPractice(services: Services): SeededPractice {
  const today = services.clock.today();

  function client(familyName: string, givenNames: string) {
    const { id } = services.dossiers.create({ familyName, givenNames, status: 'active' });
    return { clientId: id, familyName, givenNames };
  }

  const volkov = client('Volkov', 'Aleksei');
  services.dossiers.saveRecord(volkov.clientId, {
    kind: 'extradition',
    data: { requestingCountry: 'Russia', provisionalArrestDate: addDays(today, -50) },
  });

  const estrada = client('Estrada Morales', 'Lucía');
  services.dossiers.saveRecord(estrada.clientId, {
    kind: 'decision',
    data: { body: 'immigration-judge', date: addDays(today, -40), delivery: 'mailed', outcome: 'denied' },
  });

  const okonkwo = client('Okonkwo', 'Chidi');
  services.dossiers.saveRecord(okonkwo.clientId, {
    kind: 'hearing',
    data: { kind: 'individual', date: addDays(today, 33), detained: false },
  });

  const karimova = client('Karimova', 'Dilnoza');
  const withCcf = services.dossiers.saveRecord(karimova.clientId, {
    kind: 'ccf',
    data: { type: 'access', admissibilityDate: addDays(addMonths(today, -4), 45) },
  });
  const ccfKey = withCcf.deadlines.find((d) => d.ruleId === 'ccf-decision-access')?.key;
  if (!ccfKey) throw new Error('The CCF request produced no deadline.');
  services.dossiers.overrideDeadline(
    karimova.clientId,
    ccfKey,
    addDays(today, 60),
    'The CCF wrote that it extended the period.',
  );

  const tan = client('Tan', 'Wei');
  services.dossiers.saveRecord(tan.clientId, {
    kind: 'immigration',
    data: { lastArrivalDate: addDays(addYears(today, -1), 150) },
  });

  const seeded = (c: ReturnType<typeof client>, ruleId: RuleId): SeededDeadline => ({
    ...c,
    ruleId,
    dueDate: dueDateOf(services, c.clientId, ruleId),
  });
  return {
    today,
    volkov: seeded(volkov, 'extradition-formal-request'),
    estrada: seeded(estrada, 'bia-appeal-ij-decision'),
    okonkwo: seeded(okonkwo, 'eoir-filing-before-hearing'),
    karimova: seeded(karimova, 'ccf-decision-access'),
    tan: seeded(tan, 'asylum-one-year'),
  };
}

/** A large synthetic practice, as `npm run cli -- seed` makes it. Returns how many dossiers were added. */
export function seedLargePractice(services: Services, count: number, seed = 7): number {
  const parse = exportFileSchema.shape.dossiers.element;
  return services.dossiers.insertDossiers(
    (function* () {
      for (const d of generateDossiers(count, seed, services.clock.today())) yield parse.parse(d);
    })(),
    { audit: false },
  );
}

/** The dashboard's date wording, as the renderer writes it: "Tue Mar 3, 2026". */
export function dashboardDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' }).format(date);
  const medium = new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return `${weekday} ${medium}`;
}
