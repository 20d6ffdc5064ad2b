import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Services, createServices } from '../../../electron/services';
import { HarborError } from '../../../shared/ipc/errors';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const WRONG = 'definitely not the passphrase';

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    ['harbor.db', 'keys.json'].map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

async function failure(services: Services, secret = WRONG): Promise<HarborError> {
  const error = await services.vault.unlock(secret).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HarborError);
  return error as HarborError;
}

describe('wipe after failed unlocks', () => {
  let dir: string;
  let cleanup: () => void;
  let services: Services;
  let recoveryCode: string;

  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    services = createServices(dir);
    ({ recoveryCode } = await services.vault.create(PASSPHRASE));
    services.dossiers.create({ familyName: 'Marker', givenNames: 'Client' });
    services.vault.lock('manual');
  });
  afterEach(() => {
    services.vault.lock('manual');
    cleanup();
  });

  it('is off by default: any number of failures wipes nothing and writes nothing', async () => {
    const before = fingerprint(dir);
    for (let i = 0; i < 8; i++) {
      expect((await failure(services)).message).toBe('That passphrase does not open this vault.');
    }
    expect(fingerprint(dir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['harbor.db', 'keys.json']);
    expect(services.guard.state()).toEqual({ wipeAfterFailures: null, failedAttempts: 0 });
    await services.vault.unlock(PASSPHRASE);
    expect(
      services.dossiers.list({
        text: '',
        fronts: [],
        statuses: [],
        detained: 'any',
        sort: 'name',
        offset: 0,
        limit: 10,
      }).total,
    ).toBe(1);
  });

  it('needs the passphrase to be turned on, counts across restarts, resets on success, and wipes at the limit', async () => {
    await services.vault.unlock(PASSPHRASE);
    await expect(services.guard.setWipeAfter(3, WRONG, services.vault)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect(services.guard.state().wipeAfterFailures).toBeNull();
    expect(await services.guard.setWipeAfter(3, PASSPHRASE, services.vault)).toEqual({
      wipeAfterFailures: 3,
      failedAttempts: 0,
    });
    services.vault.lock('manual');
    const before = fingerprint(dir);

    expect((await failure(services)).message).toBe(
      'That passphrase does not open this vault. 2 more failed attempts erase this vault.',
    );
    // The vault's own bytes do not change on a wrong passphrase; the count lives in guard.json beside them.
    expect(fingerprint(dir)).toEqual(before);

    // A restart: a new process reads the count from guard.json.
    services = createServices(dir);
    expect(services.guard.state()).toEqual({ wipeAfterFailures: 3, failedAttempts: 1 });
    await services.vault.unlock(PASSPHRASE);
    expect(services.guard.state().failedAttempts).toBe(0);
    services.vault.lock('manual');
    const afterUnlock = fingerprint(dir);

    expect((await failure(services)).message).toMatch(/2 more failed attempts/);
    // A wrong recovery code counts too.
    const recovery = await services.vault
      .recover('0000-0000-0000-0000-0000-0000-0000-0000', 'a brand new passphrase 9')
      .catch((e: unknown) => e as HarborError);
    expect(recovery).toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    expect((recovery as HarborError).message).toMatch(/One more failed attempt erases this vault\.$/);
    expect(fingerprint(dir)).toEqual(afterUnlock);

    const wiped = await failure(services);
    expect(wiped.code).toBe('VAULT_MISSING');
    expect(wiped.message).toMatch(/erased\. Only a backup can bring the data back\.$/);
    expect(readdirSync(dir)).toEqual([]);
    expect(services.vault.status().state).toBe('absent');
    // Gone for good: not even the recovery code opens anything now.
    await expect(services.vault.recover(recoveryCode, 'a brand new passphrase 9')).rejects.toMatchObject({
      code: 'VAULT_MISSING',
    });
    expect(existsSync(join(dir, 'keys.json'))).toBe(false);
  });

  it('can be turned off again, after which failures are not counted', async () => {
    await services.vault.unlock(PASSPHRASE);
    await services.guard.setWipeAfter(3, PASSPHRASE, services.vault);
    await services.guard.setWipeAfter(null, PASSPHRASE, services.vault);
    services.vault.lock('manual');
    for (let i = 0; i < 4; i++) await failure(services);
    expect(services.guard.state()).toEqual({ wipeAfterFailures: null, failedAttempts: 0 });
    await services.vault.unlock(PASSPHRASE);
  });
});
