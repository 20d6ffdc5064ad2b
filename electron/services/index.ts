import { SettingsService } from './settings-service';
import { VaultService } from './vault-service';

export interface Services {
  vault: VaultService;
  settings: SettingsService;
}

/** The composition of every use-case service over one vault folder. Shared by Electron main, the CLI and tests. */
export function createServices(vaultDir: string): Services {
  const vault = new VaultService(vaultDir);
  return { vault, settings: new SettingsService(vault) };
}
