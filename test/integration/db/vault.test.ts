import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../db/audit';
import { keyEnvelopeSchema, unwrapDataKey } from '../../../db/key-envelope';
import {
  Vault,
  changePassphrase,
  createVault,
  openEncrypted,
  recoverVault,
  unlockVault,
  vaultPaths,
  verifyVault,
} from '../../../db/vault';
import { HarborError } from '../../../shared/ipc/errors';
import { OTHER_PASSPHRASE, PASSPHRASE, snapshotFolder, tempVaultDir } from '../../support/temp-vault';

async function expectCode(promise: Promise<unknown>, code: string): Promise<HarborError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HarborError);
  expect((error as HarborError).code).toBe(code);
  return error as HarborError;
}

/** A vault with enough rows to span many pages, closed again. */
async function populatedVault(dir: string): Promise<string> {
  const { vault, recoveryCode } = await createVault(dir, PASSPHRASE);
  vault.db.transaction(() => {
    for (let i = 0; i < 400; i++)
      recordAudit(vault.db, { action: 'test.row', detail: `row ${i} ${'x'.repeat(200)}` });
  })();
  vault.close();
  return recoveryCode;
}

describe('vault', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempVaultDir()));
  afterEach(() => cleanup());

  it('creates an encrypted vault that unlocks with its passphrase', async () => {
    const { vault, recoveryCode } = await createVault(dir, PASSPHRASE);
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    recordAudit(vault.db, { action: 'test.marker', detail: 'ZEBRA-MARKER-5521' });
    vault.close();

    const db = readFileSync(join(dir, 'harbor.db'));
    expect(db.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(db.includes('ZEBRA-MARKER-5521')).toBe(false);
    expect(db.includes('audit_events')).toBe(false);

    const envelope = keyEnvelopeSchema.parse(JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')));
    expect(envelope.passphrase.kdf).toMatchObject({
      name: 'argon2id',
      memoryKiB: 65536,
      iterations: 3,
      parallelism: 1,
    });
    expect(envelope.recovery.kdf.name).toBe('argon2id');
    expect(envelope.passphrase.kdf.salt).not.toBe(envelope.recovery.kdf.salt);

    const reopened = await unlockVault(dir, PASSPHRASE);
    expect(
      reopened.db.prepare("SELECT detail FROM audit_events WHERE action = 'test.marker'").pluck().get(),
    ).toBe('ZEBRA-MARKER-5521');
    reopened.close();
  });

  it('cannot be read with a plain SQLite connection', async () => {
    await populatedVault(dir);
    const plain = new Database(join(dir, 'harbor.db'));
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();
  });

  it('refuses a wrong passphrase with a clear error and leaves every byte unchanged', async () => {
    await populatedVault(dir);
    const before = snapshotFolder(dir);
    const error = await expectCode(unlockVault(dir, 'not the right passphrase'), 'WRONG_PASSPHRASE');
    expect(error.message).toBe('That passphrase does not open this vault.');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('recovers with the recovery code, however it is typed, and sets a new passphrase', async () => {
    const recoveryCode = await populatedVault(dir);
    const typed = ` ${recoveryCode.toLowerCase().replaceAll('-', ' ')} `;
    const vault = await recoverVault(dir, typed, OTHER_PASSPHRASE);
    expect(vault.db.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(400);
    vault.close();
    await expectCode(unlockVault(dir, PASSPHRASE), 'WRONG_PASSPHRASE');
    (await unlockVault(dir, OTHER_PASSPHRASE)).close();
    // The recovery code stays valid after use.
    (await recoverVault(dir, recoveryCode, PASSPHRASE)).close();
  });

  it('refuses a wrong recovery code and writes nothing', async () => {
    await populatedVault(dir);
    const before = snapshotFolder(dir);
    await expectCode(
      recoverVault(dir, '0000-0000-0000-0000-0000-0000-0000-0000', OTHER_PASSPHRASE),
      'WRONG_RECOVERY_CODE',
    );
    await expectCode(recoverVault(dir, 'short', OTHER_PASSPHRASE), 'WRONG_RECOVERY_CODE');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('changes the passphrase by rewrapping the key, without re-encrypting the database', async () => {
    await populatedVault(dir);
    const dbBefore = snapshotFolder(dir)['harbor.db'];
    await changePassphrase(dir, PASSPHRASE, OTHER_PASSPHRASE);
    expect(snapshotFolder(dir)['harbor.db']).toBe(dbBefore);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await expectCode(unlockVault(dir, PASSPHRASE), 'WRONG_PASSPHRASE');
    (await unlockVault(dir, OTHER_PASSPHRASE)).close();
  });

  it('refuses to change the passphrase when the current one is wrong, writing nothing', async () => {
    await populatedVault(dir);
    const before = snapshotFolder(dir);
    await expectCode(changePassphrase(dir, 'not the right passphrase', OTHER_PASSPHRASE), 'WRONG_PASSPHRASE');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses passphrases shorter than 12 characters', async () => {
    await expectCode(createVault(dir, 'short pass'), 'WEAK_PASSPHRASE');
    expect(existsSync(join(dir, 'keys.json'))).toBe(false);
    await populatedVault(dir);
    await expectCode(changePassphrase(dir, PASSPHRASE, 'tiny'), 'WEAK_PASSPHRASE');
  });

  it('will not create a vault over an existing one', async () => {
    await populatedVault(dir);
    const before = snapshotFolder(dir);
    await expectCode(createVault(dir, OTHER_PASSPHRASE), 'VAULT_EXISTS');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses an unencrypted database', async () => {
    await populatedVault(dir);
    rmSync(join(dir, 'harbor.db'));
    const plain = new Database(join(dir, 'harbor.db'));
    plain.exec('CREATE TABLE clients (name TEXT)');
    plain.close();
    await expectCode(unlockVault(dir, PASSPHRASE), 'NOT_ENCRYPTED');
  });

  it('reports a truncated database as damaged', async () => {
    await populatedVault(dir);
    const path = join(dir, 'harbor.db');
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectCode(unlockVault(dir, PASSPHRASE), 'VAULT_DAMAGED');
  });

  it('reports a flipped bit anywhere in the database as damaged', async () => {
    await populatedVault(dir);
    const path = join(dir, 'harbor.db');
    const pristine = readFileSync(path);
    const pageSize = 4096;
    const pages = pristine.length / pageSize;
    expect(pages).toBeGreaterThan(10);
    for (const page of [0, 1, Math.floor(pages / 2), pages - 1]) {
      const flipped = Buffer.from(pristine);
      const offset = page * pageSize + 1000;
      flipped[offset] = (flipped[offset] ?? 0) ^ 0x04;
      writeFileSync(path, flipped);
      const outcome = await verifyVault(dir, PASSPHRASE).then(
        (report) => (report.problems.length > 0 ? 'VAULT_DAMAGED' : 'ok'),
        (e: unknown) => (e instanceof HarborError ? e.code : 'other'),
      );
      expect(outcome, `page ${page}`).toBe('VAULT_DAMAGED');
    }
  });

  it('reports a damaged or missing key file, and a missing vault', async () => {
    await populatedVault(dir);
    const keys = join(dir, 'keys.json');
    copyFileSync(keys, `${keys}.bak`);
    writeFileSync(keys, '{"format":"safe-harbor-keys"');
    await expectCode(unlockVault(dir, PASSPHRASE), 'VAULT_DAMAGED');
    rmSync(keys);
    await expectCode(unlockVault(dir, PASSPHRASE), 'VAULT_DAMAGED');
    await expectCode(unlockVault(join(dir, 'elsewhere'), PASSPHRASE), 'VAULT_MISSING');
  });

  it('locks: the connection closes, the WAL is folded back and the key buffer is overwritten', async () => {
    (await createVault(dir, PASSPHRASE)).vault.close();
    const envelope = keyEnvelopeSchema.parse(JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8')));
    const dataKey = await unwrapDataKey(envelope.passphrase, PASSPHRASE, 'passphrase');
    expect(dataKey).not.toBeNull();
    const key = dataKey as Buffer;
    const vault = new Vault(
      vaultPaths(dir),
      openEncrypted(join(dir, 'harbor.db'), key, { create: false }),
      key,
    );
    recordAudit(vault.db, { action: 'test.row' });
    expect(key.some((byte) => byte !== 0)).toBe(true);
    vault.close();
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(vault.isOpen).toBe(false);
    expect(() => vault.db).toThrow(/locked/);
    expect(readdirSync(dir).sort()).toEqual(['harbor.db', 'keys.json']);
    expect(statSync(join(dir, 'keys.json')).size).toBeGreaterThan(100);
  });
});
