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
  'checklist.templates',
  'checklist.template',
  'checklist.saveTemplate',
  'checklist.copyTemplate',
  'checklist.forClient',
  'checklist.create',
  'checklist.updateItem',
  'checklist.missingForHearing',
  'evidence.list',
  'evidence.get',
  'evidence.beginUpload',
  'evidence.appendChunk',
  'evidence.finishUpload',
  'evidence.abortUpload',
  'evidence.read',
  'evidence.update',
  'evidence.verify',
  'evidence.saveCopy',
  'evidence.link',
  'evidence.unlink',
  'evidence.delete',
  'search.query',
  'board.list',
  'board.client',
  'board.flags',
  'board.saveCard',
  'board.moveCard',
  'board.deleteCard',
  'board.cardHistory',
  'board.starterPlan',
  'board.applyStarterPlan',
  'board.saveCommunication',
  'board.deleteCommunication',
  'board.saveMeeting',
  'board.deleteMeeting',
  'board.cardFromFollowUp',
  'backup.status',
  'backup.create',
  'backup.chooseFile',
  'backup.verify',
  'backup.chooseRestoreFolder',
  'backup.restore',
  'backup.restoreHere',
  'guard.get',
  'guard.update',
  'bundle.preview',
  'bundle.export',
  'bundle.chooseFile',
  'bundle.open',
  'bundle.apply',
  'visit.prepare',
  'visit.drafts',
  'visit.saveDraft',
  'visit.discardDraft',
  'visit.file',
  'pdf.preview',
  'pdf.export',
  'deadline.addCustom',
  'deadline.updateCustom',
  'deadline.deleteCustom',
  'deadline.markDone',
  'deadline.markNotApplicable',
  'deadline.reopen',
  'deadline.assign',
  'deadline.setReminder',
  'deadline.dashboard',
  'deadline.reminders',
  'deadline.nonBusinessDays',
  'calendar.preview',
  'calendar.export',
] as const;

/**
 * `job.progress`: long jobs (backup, restore, bundles); `window.focus`: the window lost or regained focus;
 * `reminder.due`: at unlock and once a day, the deadlines within their reminder lead time.
 */
export const EVENT_CHANNELS = [
  'vault.locked',
  'job.progress',
  'window.focus',
  'pdf.progress',
  'reminder.due',
] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}
