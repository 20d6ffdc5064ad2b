import { createServices, type ServicePorts, type Services } from '../../electron/services';
import { fixedClock } from '../../electron/services/clock';
import { PASSPHRASE, tempVaultDir } from './temp-vault';

export const TODAY = '2026-11-25';

/** Real services over a fresh encrypted vault in a temp folder, with "today" fixed. */
export async function openTestServices(
  today = TODAY,
  ports: ServicePorts = {},
): Promise<{ services: Services; dir: string; close(): void }> {
  const { dir, cleanup } = tempVaultDir();
  const services = createServices(dir, fixedClock(today), ports);
  await services.vault.create(PASSPHRASE);
  return {
    services,
    dir,
    close() {
      services.vault.lock('manual');
      cleanup();
    },
  };
}
