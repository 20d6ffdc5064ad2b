import { isVaultDamage } from '../../shared/vault/damage';
import type { Services } from '../services';
import type { CliContext } from './command';
import { readSecret } from './secrets';

export function readPassphrase(ctx: CliContext): Promise<string> {
  const file = typeof ctx.flags['passphrase-file'] === 'string' ? ctx.flags['passphrase-file'] : undefined;
  return readSecret(ctx.ask, ctx.env, { envName: 'HARBOR_PASSPHRASE', file, prompt: 'Vault passphrase: ' });
}

/** What the opening found worth telling (permissions tightened, a damaged recovery slot), on stderr. */
export function printNotices(ctx: CliContext, notices: readonly string[]): void {
  for (const notice of notices) ctx.stderr.write(`Notice: ${notice}\n`);
}

/**
 * Unlocks the vault for one command and locks it again whatever happens. The vault writes nothing of its own
 * until the command's reads succeeded, and nothing at all once one met damage.
 */
export async function openServices<T>(
  ctx: CliContext,
  use: (services: Services) => Promise<T> | T,
): Promise<T> {
  const services = ctx.createServices();
  await services.vault.unlock(await readPassphrase(ctx));
  printNotices(ctx, services.vault.notices);
  try {
    const result = await use(services);
    services.vault.readSucceeded();
    return result;
  } catch (error) {
    if (isVaultDamage(error)) services.vault.damageFound(error);
    throw error;
  } finally {
    services.vault.lock('manual');
  }
}
