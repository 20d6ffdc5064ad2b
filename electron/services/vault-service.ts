import { type AuditEntry, recordAudit } from '../../db/audit';
import { removeLeftovers } from '../../db/leftovers';
import {
  type Vault,
  assertVaultFilesIntact,
  changePassphrase,
  checkRecoveryCode,
  createVault,
  damageFingerprint,
  recoverVault,
  unlockVault,
  vaultPresence,
} from '../../db/vault';
import { HarborError } from '../../shared/ipc/errors';
import type { LockReason, VaultState } from '../../shared/ipc/contract';
import { asVaultDamage, isVaultDamage } from '../../shared/vault/damage';
import { passphraseProblem } from '../../shared/vault/passphrase';
import type { UnlockGuard } from './guard-service';
import { removeUnfinishedOutputs } from './partial-output';

type LockListener = (reason: LockReason) => void;

/** What feature services need of the vault: the open one, or VAULT_LOCKED. */
export interface VaultAccess {
  current(): Vault;
}

/**
 * What the boundary that runs a call (the IPC dispatcher, the CLI) tells the vault about its outcome: a call that
 * read the vault succeeded, or a call met damage. The vault writes nothing of its own until the first, and nothing
 * at all after the second.
 */
export interface VaultHealth {
  readSucceeded(): void;
  damageFound(error: unknown): void;
}

/** Damage seen in this process, remembered for as long as the vault's files are the ones it was seen in. */
interface KnownDamage {
  error: HarborError;
  fingerprint: string;
}

/**
 * Owns the one unlocked vault of the process. Other services ask it for the connection, so that after a lock
 * nothing can keep reading.
 *
 * Opening writes nothing: the session's own audit entries wait until a read through `current()` has succeeded, so a
 * damaged vault whose first read fails keeps every byte it had. Damage found at any point closes the vault without
 * another write, and it stays refused until its files change (a restore put back, say).
 */
export class VaultService implements VaultAccess, VaultHealth {
  #vault: Vault | null = null;
  #pendingAudit: { entry: AuditEntry; at: Date }[] = [];
  #readStarted = false;
  #damage: KnownDamage | null = null;
  #notices: string[] = [];
  #lockListeners = new Set<LockListener>();
  #unlockListeners = new Set<() => void>();

  constructor(
    readonly dir: string,
    /** Told of each failed and successful attempt (wipe after N failures); none in compositions without it. */
    private readonly guard?: UnlockGuard,
  ) {}

  /** The vault's state; throws VAULT_DAMAGED (or NOT_ENCRYPTED) when its files are known to be unusable. */
  status(): { state: VaultState; location: string } {
    if (this.#vault) return { state: 'unlocked', location: this.dir };
    if (vaultPresence(this.dir) === 'absent') return { state: 'absent', location: this.dir };
    this.#assertNoKnownDamage();
    assertVaultFilesIntact(this.dir);
    return { state: 'locked', location: this.dir };
  }

  /** The state without checking the files: for replies to calls that just opened or closed the vault. */
  get state(): VaultState {
    if (this.#vault) return 'unlocked';
    return vaultPresence(this.dir) === 'absent' ? 'absent' : 'locked';
  }

  get isUnlocked(): boolean {
    return this.#vault !== null;
  }

  /**
   * What the last opening found worth telling (permissions tightened, a damaged recovery slot): shown once by the
   * caller, emptied at the next opening.
   */
  get notices(): readonly string[] {
    return this.#notices;
  }

  /** The open vault, or VAULT_LOCKED: every feature service reads through this. */
  current(): Vault {
    if (!this.#vault) throw new HarborError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    this.#readStarted = true;
    return this.#vault;
  }

  async create(passphrase: string): Promise<{ recoveryCode: string }> {
    if (this.#vault) throw new HarborError('VAULT_EXISTS', 'A vault is already open.');
    const { vault, recoveryCode } = await createVault(this.dir, passphrase);
    recordAudit(vault.db, { action: 'vault.created' });
    this.#damage = null;
    this.#opened(vault, null);
    return { recoveryCode };
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.#vault) return;
    this.#assertNoKnownDamage();
    const vault = await this.#guarded(() => unlockVault(this.dir, passphrase));
    this.#opened(vault, { action: 'vault.unlocked' });
  }

  /**
   * Opens with the recovery code and sets a new passphrase. Everything is checked before anything changes: the new
   * passphrase's strength and the code itself; only then does an open session end, through the same lock as any other.
   */
  async recover(recoveryCode: string, newPassphrase: string): Promise<void> {
    const problem = passphraseProblem(newPassphrase);
    if (problem) throw new HarborError('WEAK_PASSPHRASE', problem, 'newPassphrase');
    this.#assertNoKnownDamage();
    if (this.#vault) await this.#guarded(() => checkRecoveryCode(this.dir, recoveryCode));
    this.lock('manual');
    const vault = await this.#guarded(() => recoverVault(this.dir, recoveryCode, newPassphrase));
    this.#opened(vault, {
      action: 'vault.recovered',
      detail: 'Opened with the recovery code; passphrase replaced.',
    });
  }

  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<{ changedAt: string }> {
    const vault = this.current();
    const changedAt = await changePassphrase(this.dir, currentPassphrase, newPassphrase);
    if (vault.isOpen) recordAudit(vault.db, { action: 'vault.passphrase-changed' });
    return { changedAt };
  }

  /**
   * Closes the database and wipes the key, and tells every listener (the window, the idle timer, the jobs, the PDF
   * worker, open uploads and bundles), whatever the reason. The session's audit entries are written first, unless
   * nothing was read (nothing happened) or damage was found (nothing may be written).
   */
  lock(reason: LockReason): void {
    const vault = this.#vault;
    if (!vault) return;
    this.#vault = null;
    try {
      if (this.#readStarted) {
        const db = vault.db;
        db.transaction(() => {
          this.#writePending(vault);
          recordAudit(db, { action: 'vault.locked', detail: reason });
        })();
      }
    } catch (error) {
      // A lock always completes; damage met on the way is remembered like any other.
      this.#remember(error);
    } finally {
      this.#pendingAudit = [];
      this.#readStarted = false;
      vault.close();
      this.#notify(reason);
    }
  }

  readSucceeded(): void {
    const vault = this.#vault;
    if (!vault || !this.#readStarted || this.#pendingAudit.length === 0) return;
    try {
      vault.db.transaction(() => this.#writePending(vault))();
    } catch (error) {
      this.damageFound(error);
    }
  }

  /** Damage was met: the vault closes without writing anything more, and stays refused until its files change. */
  damageFound(error: unknown): void {
    if (!this.#remember(error)) return;
    const vault = this.#vault;
    if (!vault) return;
    this.#vault = null;
    this.#pendingAudit = [];
    vault.close({ checkpoint: false });
    this.#notify('manual');
  }

  onLocked(listener: LockListener): () => void {
    this.#lockListeners.add(listener);
    return () => this.#lockListeners.delete(listener);
  }

  onUnlocked(listener: () => void): () => void {
    this.#unlockListeners.add(listener);
    return () => this.#unlockListeners.delete(listener);
  }

  async #guarded<T>(open: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await open();
    } catch (error) {
      const wrongSecret =
        error instanceof HarborError &&
        (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_CODE');
      if (wrongSecret && this.guard) throw this.guard.failed(error);
      if (this.#remember(error)) throw asVaultDamage(error);
      throw error;
    }
    this.guard?.succeeded();
    return result;
  }

  #opened(vault: Vault, entry: AuditEntry | null): void {
    this.#vault = vault;
    this.#notices = [...vault.notices];
    this.#pendingAudit = entry ? [{ entry, at: new Date() }] : [];
    removeLeftovers(this.dir);
    try {
      for (const listener of this.#unlockListeners) listener();
    } catch (error) {
      if (!isVaultDamage(error)) throw error;
      this.damageFound(error);
      throw asVaultDamage(error);
    } finally {
      // What the listeners read (intakes left by a crash) is the opening's own housekeeping, not the first read.
      this.#readStarted = false;
    }
  }

  /** The session's deferred writes: its opening's audit entries, and removing what a crashed session began. */
  #writePending(vault: Vault): void {
    if (this.#pendingAudit.length === 0) return;
    for (const { entry, at } of this.#pendingAudit) recordAudit(vault.db, entry, at);
    this.#pendingAudit = [];
    removeUnfinishedOutputs(vault.db);
  }

  #notify(reason: LockReason): void {
    for (const listener of this.#lockListeners) listener(reason);
  }

  /** Remembers damage; returns whether the error was damage. */
  #remember(error: unknown): boolean {
    if (!isVaultDamage(error)) return false;
    this.#damage = { error: asVaultDamage(error), fingerprint: damageFingerprint(this.dir) };
    return true;
  }

  #assertNoKnownDamage(): void {
    if (!this.#damage) return;
    if (this.#damage.fingerprint === damageFingerprint(this.dir)) throw this.#damage.error;
    this.#damage = null;
  }
}
