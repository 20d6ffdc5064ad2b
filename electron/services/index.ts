import { dirname, join } from 'node:path';
import { type Clock, systemClock } from './clock';
import { DeadlineService } from './deadline-service';
import { DossierService } from './dossier-service';
import { PreferencesService } from './preferences-service';
import { SettingsService } from './settings-service';
import { VaultService } from './vault-service';

export interface Services {
  clock: Clock;
  vault: VaultService;
  settings: SettingsService;
  preferences: PreferencesService;
  dossiers: DossierService;
  deadlines: DeadlineService;
}

/** The composition of every use-case service over one vault folder. Shared by Electron main, the CLI and tests. */
export function createServices(vaultDir: string, clock: Clock = systemClock): Services {
  const vault = new VaultService(vaultDir);
  const preferences = new PreferencesService(join(dirname(vaultDir), 'preferences.json'));
  const settings = new SettingsService(vault);
  const dossiers = new DossierService(vault, settings, clock);
  const deadlines = new DeadlineService(vault, settings, clock);
  settings.onChanged((next, previous) => {
    if (JSON.stringify(next.ruleParameters) !== JSON.stringify(previous.ruleParameters)) {
      dossiers.refreshAllDeadlines();
    }
  });
  return { clock, vault, settings, preferences, dossiers, deadlines };
}
