import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services';
import { PASSPHRASE, tempVaultDir } from '../support/temp-vault';

describe('display preferences', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempVaultDir()));
  afterEach(() => cleanup());

  it('are readable before any vault exists and survive a new process (a restart)', () => {
    expect(createServices(dir).preferences.get()).toEqual({ theme: 'system', privacyMode: false });
    createServices(dir).preferences.update({ theme: 'dark' });
    createServices(dir).preferences.update({ privacyMode: true });
    expect(createServices(dir).preferences.get()).toEqual({ theme: 'dark', privacyMode: true });
    expect(JSON.parse(readFileSync(join(dir, '..', 'preferences.json'), 'utf8'))).toEqual({
      theme: 'dark',
      privacyMode: true,
    });
  });

  it('fall back to defaults when the file is damaged, and hold nothing of the vault', async () => {
    const services = createServices(dir);
    await services.vault.create(PASSPHRASE);
    services.dossiers.create({ familyName: 'Hassan', givenNames: 'Mona' });
    services.preferences.update({ theme: 'light' });
    expect(readFileSync(join(dir, '..', 'preferences.json'), 'utf8')).not.toMatch(/Hassan|Mona/);
    writeFileSync(join(dir, '..', 'preferences.json'), '{ "theme": ');
    expect(services.preferences.get()).toEqual({ theme: 'system', privacyMode: false });
    services.vault.lock('manual');
  });
});
