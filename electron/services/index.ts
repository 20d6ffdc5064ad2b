import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { inProcessJobRunner, type JobRunner } from './backup/job-runner';
import { BackupService } from './backup-service';
import { BoardService } from './board-service';
import { BundleService } from './bundle-service';
import { CalendarService } from './calendar-service';
import { ChecklistService } from './checklist-service';
import { type Clock, systemClock } from './clock';
import { DeadlineService } from './deadline-service';
import { DocketService } from './docket-service';
import { type Dialogs, noDialogs } from './dialogs';
import { DossierService } from './dossier-service';
import { EvidenceService } from './evidence-service';
import { GuardService } from './guard-service';
import { FilingService } from './filings/filing-service';
import { PdfService } from './pdf/pdf-service';
import { boardReader, checklistReader, evidenceFileReader, evidenceReader } from './pdf/sources';
import { type PdfEngineLocation, sourcePdfEngine } from './pdf/worker-entry';
import { PreferencesService } from './preferences-service';
import { SearchService } from './search-service';
import { SettingsService } from './settings-service';
import { VaultService } from './vault-service';
import { VisitService } from './visit-service';
import { isSettled } from '../../shared/evidence/checklist';
import type { Settings } from '../../shared/settings';

export interface Services {
  clock: Clock;
  vault: VaultService;
  settings: SettingsService;
  preferences: PreferencesService;
  dossiers: DossierService;
  deadlines: DeadlineService;
  board: BoardService;
  checklists: ChecklistService;
  evidence: EvidenceService;
  search: SearchService;
  guard: GuardService;
  backups: BackupService;
  bundles: BundleService;
  visits: VisitService;
  pdf: PdfService;
  docket: DocketService;
  calendar: CalendarService;
  filings: FilingService;
}

/** What the host process provides: how to ask the attorney (native dialogs), and who acts (for custody logs). */
export interface ServicePorts {
  dialogs?: Dialogs;
  /** The name the chain of custody records; defaults to the operating-system user. */
  actor?: string;
  /** Where long jobs (backup, verify, restore, bundles) run: a worker thread in the app; the calling thread by default. */
  jobRunner?: JobRunner;
  /** The PDF worker and fonts: the bundled ones in the app; the sources (through tsx) by default. */
  pdfEngine?: PdfEngineLocation;
}

function defaultActor(): string {
  try {
    return userInfo().username || 'this computer';
  } catch {
    return 'this computer';
  }
}

/** The composition of every use-case service over one vault folder. Shared by Electron main, the CLI and tests. */
export function createServices(
  vaultDir: string,
  clock: Clock = systemClock,
  ports: ServicePorts = {},
): Services {
  const guard = new GuardService(vaultDir, clock);
  const vault = new VaultService(vaultDir, guard);
  const preferences = new PreferencesService(join(dirname(vaultDir), 'preferences.json'));
  const settings = new SettingsService(vault);
  const dossiers = new DossierService(vault, settings, clock);
  const deadlines = new DeadlineService(vault, settings, clock);
  const checklists = new ChecklistService(vault, clock);
  const evidence = new EvidenceService(
    vault,
    clock,
    ports.dialogs ?? noDialogs,
    ports.actor ?? defaultActor(),
  );
  const search = new SearchService(vault);
  // Intakes a crash or a lock interrupted are removed when the vault opens again; a lock forgets those in flight.
  vault.onUnlocked(() => evidence.removeStaged());
  vault.onLocked(() => evidence.dropUploads());
  const board = new BoardService(vault, dossiers, clock);
  settings.onChanged((next, previous) => {
    if (docketSettingsChanged(next, previous)) dossiers.refreshAllDeadlines();
  });
  // Rows built by an older docket (or dropped by a migration) are rebuilt before anything reads them.
  vault.onUnlocked(() => {
    if (!dossiers.docketIsCurrent()) dossiers.refreshAllDeadlines();
  });
  const actor = ports.actor ?? defaultActor();
  const docket = new DocketService(vault, dossiers, clock, actor);
  const calendar = new CalendarService(vault, clock, ports.dialogs ?? noDialogs);
  const backups = new BackupService(
    vault,
    settings,
    ports.dialogs ?? noDialogs,
    ports.jobRunner ?? inProcessJobRunner,
    clock,
  );
  // The visit asks about the dossier's open checklist items when it has any.
  const visits = new VisitService(vault, dossiers, clock, (clientId) =>
    checklists
      .forClient(clientId)
      .flatMap((list) => list.items.filter((item) => !isSettled(item.status)))
      .map((item) => ({ id: item.id, text: item.title })),
  );
  const pdfSources = {
    evidence: evidenceReader(() => vault.current().db),
    checklists: checklistReader(checklists),
    board: boardReader(board),
  };
  const pdf = new PdfService(
    vault,
    dossiers,
    clock,
    pdfSources,
    ports.pdfEngine ?? sourcePdfEngine(),
    ports.dialogs ?? noDialogs,
  );
  const filings = new FilingService(
    vault,
    dossiers,
    clock,
    pdfSources,
    pdf,
    ports.dialogs ?? noDialogs,
    evidenceFileReader(() => vault.current().db),
    ports.actor ?? defaultActor(),
  );
  const bundles = new BundleService(vault, dossiers, visits, backups, ports.dialogs ?? noDialogs, clock);
  return {
    clock,
    vault,
    settings,
    preferences,
    dossiers,
    deadlines,
    board,
    checklists,
    evidence,
    search,
    guard,
    backups,
    bundles,
    visits,
    pdf,
    docket,
    calendar,
    filings,
  };
}

/** Settings the stored deadline rows depend on: a change to any of them recomputes every dossier's docket. */
function docketSettingsChanged(next: Settings, previous: Settings): boolean {
  const docketPart = (s: Settings) =>
    JSON.stringify([s.ruleParameters, s.courtClosures, s.safeDateBusinessDays, s.defaultReminderDays]);
  return docketPart(next) !== docketPart(previous);
}
