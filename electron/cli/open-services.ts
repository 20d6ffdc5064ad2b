import { createServices, type Services } from '../services';
import type { CliContext } from './command';
import { readSecret } from './secrets';

export function readPassphrase(ctx: CliContext): Promise<string> {
  const file = typeof ctx.flags['passphrase-file'] === 'string' ? ctx.flags['passphrase-file'] : undefined;
  return readSecret(ctx.ask, ctx.env, { envName: 'HARBOR_PASSPHRASE', file, prompt: 'Vault passphrase: ' });
}

/** Unlocks the vault for one command and locks it again whatever happens. */
export async function openServices<T>(
  ctx: CliContext,
  use: (services: Services) => Promise<T> | T,
): Promise<T> {
  const services = createServices(ctx.vaultDir);
  await services.vault.unlock(await readPassphrase(ctx));
  try {
    return await use(services);
  } finally {
    services.vault.lock('manual');
  }
}
