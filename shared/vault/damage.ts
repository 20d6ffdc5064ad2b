import { HarborError } from '../ipc/errors';

/**
 * Damage to the vault's own files, told the same way wherever it is found: when the vault opens, in the middle of a
 * read, in a background job. Every message names the damage, says that nothing was written, what still works and
 * what to do. (Damage to a backup or a case bundle is FILE_DAMAGED, not this.)
 */

/** What still works and what to do, the same for every kind of damage. */
export const DAMAGE_ADVICE =
  'Safe Harbor stopped without writing to it. Your backups are not affected: restore the most recent one into a ' +
  'new folder (it opens with the passphrase or recovery code this vault had when the backup was made), and keep ' +
  'this folder as it is until the restored vault checks out.';

/** The database itself: a page that fails its authentication check, or a structure SQLite cannot read. */
export const DATABASE_DAMAGE =
  'The vault is damaged: part of its database (harbor.db) failed its authentication check, so it was altered ' +
  'or corrupted on disk.';

export function vaultDamaged(what: string, field?: string): HarborError {
  return new HarborError('VAULT_DAMAGED', `${what} ${DAMAGE_ADVICE}`, field);
}

/** SQLite's result codes for a file that is not a readable database (extended codes carry a suffix). */
const DAMAGE_CODE = /^SQLITE_(CORRUPT|NOTADB)(_|$)/;

/**
 * Whether an error means the vault's files are damaged: our own VAULT_DAMAGED, or the SQLite driver's
 * SQLITE_CORRUPT / SQLITE_NOTADB (which SQLCipher also raises for a page whose HMAC does not verify).
 */
export function isVaultDamage(error: unknown): boolean {
  if (error instanceof HarborError) return error.code === 'VAULT_DAMAGED';
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && DAMAGE_CODE.test(code);
}

/** The error to report for a damage error: ours as it is, the driver's as the one clear message. */
export function asVaultDamage(error: unknown): HarborError {
  return error instanceof HarborError && error.code === 'VAULT_DAMAGED'
    ? error
    : vaultDamaged(DATABASE_DAMAGE);
}
