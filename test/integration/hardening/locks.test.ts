import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Services, createServices } from '../../../electron/services';
import { fixedClock } from '../../../electron/services/clock';
import { HarborError } from '../../../shared/ipc/errors';
import { VOLKOV } from '../../support/evidence';
import { TODAY } from '../../support/services';
import { OTHER_PASSPHRASE, PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (error: unknown) => (error instanceof HarborError ? error.code : String(error)),
  );
}

describe('every lock is one path', () => {
  let services: Services;
  let recoveryCode: string;
  let cleanup: () => void;
  let locks: string[];
  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = tempVaultDir());
    services = createServices(dir, fixedClock(TODAY));
    ({ recoveryCode } = await services.vault.create(PASSPHRASE));
    locks = [];
    services.vault.onLocked((reason) => locks.push(reason));
  });
  afterEach(() => {
    services.vault.lock('manual');
    cleanup();
  });

  it('recover on an open vault checks the code and the new passphrase before anything closes', async () => {
    const wrongCode = '0000-0000-0000-0000-0000-0000-0000-0000';
    expect(await codeOf(services.vault.recover(wrongCode, OTHER_PASSPHRASE))).toBe('WRONG_RECOVERY_CODE');
    expect(await codeOf(services.vault.recover(recoveryCode, 'short'))).toBe('WEAK_PASSPHRASE');
    expect(services.vault.isUnlocked).toBe(true);
    expect(locks).toEqual([]);
  });

  it('recover with the right code ends the session through the same listeners as any lock', async () => {
    const { id } = services.dossiers.create(VOLKOV);
    const { uploadId } = services.evidence.beginUpload({
      clientId: id,
      fileName: 'a.txt',
      mediaType: 'text/plain',
      byteSize: 10,
    });
    await services.vault.recover(recoveryCode, OTHER_PASSPHRASE);
    expect(locks).toEqual(['manual']);
    expect(services.vault.isUnlocked).toBe(true);
    // The upload of the ended session is gone, as after any lock.
    expect(() => services.evidence.appendChunk(uploadId, new Uint8Array(1))).toThrow(/no longer open/);
  });
});
