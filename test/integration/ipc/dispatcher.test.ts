import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/ipc/dispatcher';
import { createHandlers } from '../../../electron/ipc/handlers';
import { createServices, type Services } from '../../../electron/services';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { MAX_INPUT_BYTES, contract } from '../../../shared/ipc/contract';
import { PASSPHRASE, tempVaultDir } from '../../support/temp-vault';

describe('dispatcher', () => {
  let dir: string;
  let cleanup: () => void;
  let services: Services;
  let dispatch: Dispatch;
  let internalErrors: string[];

  beforeEach(() => {
    ({ dir, cleanup } = tempVaultDir());
    services = createServices(dir);
    internalErrors = [];
    dispatch = createDispatcher(createHandlers(services), {
      onInternalError: (channel, name) => internalErrors.push(`${channel}:${name}`),
    });
  });
  afterEach(() => {
    services.vault.lock('manual');
    cleanup();
  });

  it('has a schema pair for every channel and no other', () => {
    expect(Object.keys(contract).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('walks the vault life cycle through the contract', async () => {
    expect(await dispatch('vault.status', {})).toEqual({
      ok: true,
      value: { state: 'absent', location: dir },
    });
    const created = await dispatch('vault.create', { passphrase: PASSPHRASE });
    expect(created).toMatchObject({ ok: true, value: { recoveryCode: expect.any(String) as string } });
    expect(await dispatch('vault.lock', {})).toEqual({ ok: true, value: { state: 'locked' } });
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await dispatch('vault.unlock', { passphrase: 'a wrong passphrase' })).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase does not open this vault.' },
    });
    expect(await dispatch('vault.unlock', { passphrase: PASSPHRASE })).toEqual({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(await dispatch('settings.update', { idleLockMinutes: 25 })).toMatchObject({
      ok: true,
      value: { idleLockMinutes: 25 },
    });
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true, value: { idleLockMinutes: 25 } });
  });

  it('refuses unknown channels, bad input and oversized input with codes, never stack traces', async () => {
    expect(await dispatch('fs.readFile', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const bad = await dispatch('vault.create', { passphrase: 7 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', field: 'passphrase' } });
    const huge = await dispatch('vault.unlock', { passphrase: 'x'.repeat(MAX_INPUT_BYTES + 1) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'INPUT_TOO_LARGE' } });
    const outOfRange = await dispatch('vault.create', { passphrase: PASSPHRASE });
    expect(outOfRange.ok).toBe(true);
    expect(await dispatch('settings.update', { idleLockMinutes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', field: 'idleLockMinutes' },
    });
    for (const result of [bad, huge]) expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('strips unknown keys instead of passing them to services', async () => {
    await dispatch('vault.create', { passphrase: PASSPHRASE });
    const result = await dispatch('settings.update', {
      idleLockMinutes: 12,
      __proto__: { evil: true },
      extra: 'x',
    });
    expect(result).toMatchObject({ ok: true, value: { idleLockMinutes: 12 } });
    expect(Object.keys((result as { value: object }).value).sort()).toEqual([
      'backupReminderDays',
      'blurOnFocusLoss',
      'courtClosures',
      'defaultReminderDays',
      'idleLockMinutes',
      'reminderNotifications',
      'ruleParameters',
      'safeDateBusinessDays',
    ]);
  });

  it('reports an unexpected failure as INTERNAL with a generic message', async () => {
    const broken = createDispatcher(
      {
        ...createHandlers(services),
        'settings.get': () => {
          throw new TypeError('secret client name in here');
        },
      },
      { onInternalError: (channel, name) => internalErrors.push(`${channel}:${name}`) },
    );
    const result = await broken('settings.get', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong. Nothing was changed; try again.' },
    });
    expect(internalErrors).toEqual(['settings.get:TypeError']);
  });
});
