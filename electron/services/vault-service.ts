import {
  type Vault,
  changePassphrase,
  createVault,
  recoverVault,
  unlockVault,
  vaultPresence,
} from '../../db/vault';
import { recordAudit } from '../../db/audit';
import { HarborError } from '../../shared/ipc/errors';
import type { LockReason, VaultState } from '../../shared/ipc/contract';
import type { UnlockGuard } from './guard-service';

type LockListener = (reason: LockReason) => void;

/** What feature services need of the vault: the open one, or VAULT_LOCKED. */
export interface VaultAccess {
  current(): Vault;
}

/**
 * Owns the one unlocked vault of the process. Other services ask it for the connection, so that after a lock
 * nothing can keep reading.
 */
export class VaultService implements VaultAccess {
  #vault: Vault | null = null;
  #lockListeners = new Set<LockListener>();
  #unlockListeners = new Set<() => void>();

  constructor(
    readonly dir: string,
    /** Told of each failed and successful attempt (wipe after N failures); none in compositions without it. */
    private readonly guard?: UnlockGuard,
  ) {}

  status(): { state: VaultState; location: string } {
    const state: VaultState = this.#vault
      ? 'unlocked'
      : vaultPresence(this.dir) === 'absent'
        ? 'absent'
        : 'locked';
    return { state, location: this.dir };
  }

  get isUnlocked(): boolean {
    return this.#vault !== null;
  }

  /** The open vault, or VAULT_LOCKED: every feature service reads through this. */
  current(): Vault {
    if (!this.#vault) throw new HarborError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.#vault;
  }

  async create(passphrase: string): Promise<{ recoveryCode: string }> {
    if (this.#vault) throw new HarborError('VAULT_EXISTS', 'A vault is already open.');
    const { vault, recoveryCode } = await createVault(this.dir, passphrase);
    recordAudit(vault.db, { action: 'vault.created' });
    this.#opened(vault);
    return { recoveryCode };
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.#vault) return;
    const vault = await this.#guarded(() => unlockVault(this.dir, passphrase));
    recordAudit(vault.db, { action: 'vault.unlocked' });
    this.#opened(vault);
  }

  async recover(recoveryCode: string, newPassphrase: string): Promise<void> {
    this.lock('manual', { silent: true });
    const vault = await this.#guarded(() => recoverVault(this.dir, recoveryCode, newPassphrase));
    recordAudit(vault.db, {
      action: 'vault.recovered',
      detail: 'Opened with the recovery code; passphrase replaced.',
    });
    this.#opened(vault);
  }

  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<{ changedAt: string }> {
    const vault = this.current();
    const changedAt = await changePassphrase(this.dir, currentPassphrase, newPassphrase);
    if (vault.isOpen) recordAudit(vault.db, { action: 'vault.passphrase-changed' });
    return { changedAt };
  }

  /** Closes the database and wipes the key; tells listeners (the window, the idle timer) unless silent. */
  lock(reason: LockReason, { silent = false }: { silent?: boolean } = {}): void {
    const vault = this.#vault;
    if (!vault) return;
    this.#vault = null;
    try {
      recordAudit(vault.db, { action: 'vault.locked', detail: reason });
    } finally {
      vault.close();
    }
    if (!silent) for (const listener of this.#lockListeners) listener(reason);
  }

  onLocked(listener: LockListener): () => void {
    this.#lockListeners.add(listener);
    return () => this.#lockListeners.delete(listener);
  }

  onUnlocked(listener: () => void): () => void {
    this.#unlockListeners.add(listener);
    return () => this.#unlockListeners.delete(listener);
  }

  async #guarded(open: () => Promise<Vault>): Promise<Vault> {
    let vault: Vault;
    try {
      vault = await open();
    } catch (error) {
      const wrongSecret =
        error instanceof HarborError &&
        (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_CODE');
      throw wrongSecret && this.guard ? this.guard.failed(error) : error;
    }
    this.guard?.succeeded();
    return vault;
  }

  #opened(vault: Vault): void {
    this.#vault = vault;
    for (const listener of this.#unlockListeners) listener();
  }
}
