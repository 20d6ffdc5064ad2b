/**
 * The closed list of IPC channels. Kept free of zod so the sandboxed preload can bundle it cheaply;
 * `contract.ts` is checked against these lists in both directions.
 */
export const INVOKE_CHANNELS = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.recover',
  'vault.changePassphrase',
  'preferences.get',
  'preferences.update',
  'settings.get',
  'settings.update',
  'dossier.list',
  'dossier.get',
  'dossier.create',
  'dossier.update',
  'dossier.delete',
  'dossier.saveRecord',
  'dossier.deleteRecord',
  'dossier.history',
  'deadline.override',
  'deadline.clearOverride',
  'deadline.upcoming',
  'deadline.rules',
] as const;

export const EVENT_CHANNELS = ['vault.locked'] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}
