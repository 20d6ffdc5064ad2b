import { readFileSync } from 'node:fs';
import { type GuardFile, readGuard, wipeVault, writeGuard } from '../../db/guard';
import { parseKeyEnvelope, unwrapDataKey } from '../../db/key-envelope';
import { vaultPaths, vaultPresence } from '../../db/vault';
import { recordAudit } from '../../db/audit';
import { HarborError } from '../../shared/ipc/errors';
import type { GuardState } from '../../shared/safety/backup';
import type { Clock } from './clock';
import type { VaultAccess } from './vault-service';

/** What the vault service tells the guard: each failed and each successful attempt to open the vault. */
export interface UnlockGuard {
  /** Counts a wrong passphrase or recovery code; wipes the vault at the limit. Returns the error to throw. */
  failed(error: HarborError): HarborError;
  succeeded(): void;
}

/**
 * Wipe after N failed unlocks, off by default. The count and the setting are kept in guard.json beside the vault,
 * not in it: a wrong passphrase must leave harbor.db and keys.json byte-for-byte as they were, and the limit must be
 * known before anything is unlocked. Counting happens only while the wipe is on.
 */
export class GuardService implements UnlockGuard {
  constructor(
    private readonly dir: string,
    private readonly clock: Clock,
  ) {}

  state(): GuardState {
    const guard = readGuard(this.dir);
    return { wipeAfterFailures: guard.wipeAfterFailures, failedAttempts: guard.failedAttempts };
  }

  /**
   * Turns the wipe on (with its limit) or off. Asks for the vault's passphrase even though the vault is open: the
   * setting can destroy the vault, so whoever sets it must know how to open it. The count starts again from zero.
   */
  async setWipeAfter(limit: number | null, passphrase: string, vaults: VaultAccess): Promise<GuardState> {
    const db = vaults.current().db;
    const envelope = parseKeyEnvelope(readFileSync(vaultPaths(this.dir).keys, 'utf8'));
    const key = envelope ? await unwrapDataKey(envelope.passphrase, passphrase, 'passphrase') : null;
    if (!key) throw new HarborError('WRONG_PASSPHRASE', 'That is not the vault’s passphrase.', 'passphrase');
    key.fill(0);
    writeGuard(this.dir, {
      ...readGuard(this.dir),
      wipeAfterFailures: limit,
      failedAttempts: 0,
      lastFailureAt: null,
    });
    recordAudit(db, {
      action: 'guard.updated',
      entityType: 'vault',
      detail: limit === null ? 'wipe after failed unlocks: off' : `wipe after ${limit} failed unlocks: on`,
    });
    return this.state();
  }

  failed(error: HarborError): HarborError {
    const guard = readGuard(this.dir);
    if (guard.wipeAfterFailures === null || vaultPresence(this.dir) === 'absent') return error;
    const failedAttempts = guard.failedAttempts + 1;
    if (failedAttempts >= guard.wipeAfterFailures) {
      wipeVault(this.dir);
      return new HarborError(
        'VAULT_MISSING',
        'Too many failed attempts: as its settings asked, the vault on this computer has been erased. Only a backup can bring the data back.',
      );
    }
    const next: GuardFile = { ...guard, failedAttempts, lastFailureAt: this.clock.now() };
    writeGuard(this.dir, next);
    const left = guard.wipeAfterFailures - failedAttempts;
    const warning =
      left === 1
        ? 'One more failed attempt erases this vault.'
        : `${left} more failed attempts erase this vault.`;
    return new HarborError(error.code, `${error.message} ${warning}`, error.field);
  }

  succeeded(): void {
    const guard = readGuard(this.dir);
    if (guard.failedAttempts > 0) writeGuard(this.dir, { ...guard, failedAttempts: 0, lastFailureAt: null });
  }
}
