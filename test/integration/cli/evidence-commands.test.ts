import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/evidence/default-template';
import { cli } from '../../support/cli';
import { randomFile, sha256, VOLKOV } from '../../support/evidence';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const ENV = { HARBOR_PASSPHRASE: PASSPHRASE };

describe('cli evidence commands', () => {
  let dir: string;
  let cleanup: () => void;
  let clientId: string;
  let itemId: string;

  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    const services = createServices(dir);
    await services.vault.create(PASSPHRASE);
    clientId = services.dossiers.create(VOLKOV).id;
    const [checklist] = services.checklists.create(clientId, DEFAULT_TEMPLATE_ID);
    itemId = checklist?.items.find((i) => i.key === 'identity-passport')?.id ?? '';
    services.vault.lock('manual');
  });
  afterEach(() => cleanup());

  it('attach prints the id and SHA-256; evidence lists them with status; search finds them', async () => {
    const path = join(dir, '..', 'passport scan.pdf');
    const bytes = randomFile(1024 * 1024 + 17);
    writeFileSync(path, bytes);
    const attached = await cli(
      ['attach', '--vault', dir, '--client', clientId, '--file', path, '--item', itemId, '--json'],
      ENV,
    );
    expect(attached.code, attached.stderr).toBe(0);
    const out = JSON.parse(attached.stdout) as { id: string; sha256: string; byteSize: number };
    expect(out).toMatchObject({
      sha256: sha256(bytes),
      byteSize: bytes.byteLength,
      fileName: 'passport scan.pdf',
    });

    const listed = await cli(['evidence', '--vault', dir, '--client', clientId, '--json'], ENV);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({
        id: out.id,
        sha256: out.sha256,
        checklist: [{ itemId, title: 'Passport (current)', status: 'received' }],
      }),
    ]);
    const human = await cli(['evidence', '--vault', dir, '--client', clientId], ENV);
    expect(human.stdout).toContain(out.sha256);

    const found = await cli(['search', '--vault', dir, '--query', 'pasport', '--json'], ENV);
    expect(found.code, found.stderr).toBe(0);
    expect(JSON.parse(found.stdout)).toEqual([]);
    const exact = await cli(['search', '--vault', dir, '--query', 'passport scan', '--json'], ENV);
    expect(JSON.parse(exact.stdout)).toEqual([
      expect.objectContaining({
        clientId,
        hits: [expect.objectContaining({ kind: 'evidence', refId: out.id })],
      }),
    ]);
    const typo = await cli(['search', '--vault', dir, '--query', 'volkv'], ENV);
    expect(typo.stdout).toContain('VOLKOV, Aleksei');
  });

  it('reports usage errors and unreadable files', async () => {
    expect((await cli(['attach', '--vault', dir, '--client', clientId], ENV)).code).toBe(2);
    expect((await cli(['search', '--vault', dir], ENV)).code).toBe(2);
    const missing = await cli(
      ['attach', '--vault', dir, '--client', clientId, '--file', '/nonexistent/x.pdf'],
      ENV,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
    const path = join(dir, '..', 'x.pdf');
    writeFileSync(path, 'x');
    const wrongClient = await cli(
      ['attach', '--vault', dir, '--client', '5afe4a7b-7e0a-4c1e-9a5d-2f0d3c1e0999', '--file', path],
      ENV,
    );
    expect(wrongClient.code).toBe(1);
  });
});
