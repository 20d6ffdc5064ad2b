import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services';
import { cli } from '../../support/cli';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

const ENV = { HARBOR_PASSPHRASE: PASSPHRASE };

describe('cli board and flags', () => {
  let dir: string;
  let cleanup: () => void;
  let clientId: string;
  let ids: { access: string; deletion: string };

  beforeEach(async () => {
    ({ dir, cleanup } = tempVaultDir());
    expect((await cli(['init', '--vault', dir], ENV)).code).toBe(0);
    const services = createServices(dir);
    await services.vault.unlock(PASSPHRASE);
    try {
      const dossier = services.dossiers.create({
        familyName: 'Aydin',
        givenNames: 'Selim',
        status: 'active',
      });
      clientId = dossier.id;
      services.dossiers.saveRecord(clientId, { kind: 'ccf', scope: 'ccf', data: { type: 'deletion' } });
      services.dossiers.saveRecord(clientId, { kind: 'immigration', data: { finalOrderDate: '2026-01-15' } });
      const access = services.board.saveCard(clientId, {
        title: 'CCF access request',
        lane: 'ccf',
        kind: 'ccf-request',
        status: 'done',
        due: { type: 'manual', date: '2026-02-01' },
      });
      const deletion = services.board.saveCard(clientId, {
        title: 'CCF deletion request',
        lane: 'ccf',
        kind: 'ccf-request',
        blockedBy: [access.id],
      });
      ids = { access: access.id, deletion: deletion.id };
    } finally {
      services.vault.lock('manual');
    }
  });
  afterEach(() => cleanup());

  it('board --client --json lists cards with lane, status, due date and blockers', async () => {
    const run = await cli(['board', '--vault', dir, '--client', clientId, '--json'], ENV);
    expect(run.code, run.stderr).toBe(0);
    const cards = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(cards).toEqual([
      expect.objectContaining({
        id: ids.deletion,
        title: 'CCF deletion request',
        lane: 'ccf',
        status: 'todo',
        due: null,
        blockedBy: [ids.access],
      }),
      expect.objectContaining({ id: ids.access, status: 'done', due: '2026-02-01', dueSource: 'manual' }),
    ]);
    const human = await cli(['board', '--vault', dir, '--client', clientId], ENV);
    expect(human.stdout).toContain(
      'CCF / INTERPOL / To do: CCF deletion request  blocked by “CCF access request”',
    );
  });

  it('flags --json prints rule id, severity, explanation and source, for one client or all', async () => {
    const run = await cli(['flags', '--vault', dir, '--json'], ENV);
    expect(run.code, run.stderr).toBe(0);
    const flags = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(flags).toEqual([
      expect.objectContaining({
        clientId,
        ruleId: 'backdoor-extradition',
        severity: 'critical',
        explanation: expect.stringContaining('a CCF request is awaiting decision'),
        source: expect.stringContaining('Backdoor extradition'),
      }),
    ]);
    const one = await cli(['flags', '--vault', dir, '--client', clientId, '--json'], ENV);
    expect(JSON.parse(one.stdout)).toEqual(flags);
    const human = await cli(['flags', '--vault', dir], ENV);
    expect(human.stdout).toContain('AYDIN, Selim');
    expect(human.stdout).toContain('[critical] backdoor-extradition');
  });

  it('exits 2 without --client for board, and 1 for a client that does not exist', async () => {
    expect((await cli(['board', '--vault', dir], ENV)).code).toBe(2);
    const missing = await cli(
      ['board', '--vault', dir, '--client', '00000000-0000-4000-8000-000000000000'],
      ENV,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  });
});
