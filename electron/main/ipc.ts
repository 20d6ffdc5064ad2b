import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { INVOKE_CHANNELS, type EventChannel } from '../../shared/ipc/channels';
import { eventContract, type EventPayload, type LockReason } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import type { Dispatch } from '../ipc/dispatcher';
import type { BackupService } from '../services/backup-service';
import type { PdfService } from '../services/pdf/pdf-service';
import type { VaultService } from '../services/vault-service';
import { isAppUrl } from './app-url';
import type { Log } from './log';

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/**
 * Only the app's own top frame may call a channel: not an iframe (even of our origin, which could be made to host
 * something else), not a frame that already navigated away (senderFrame null), not another origin.
 */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

export const FORBIDDEN_SENDER_RESULT: IpcResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: 'This request did not come from Safe Harbor’s own window.' },
};

/** Binds every channel of the contract to the dispatcher. Returns the function that unbinds them. */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  log: Log,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event)) {
        log(`ipc refused: ${channel} from an untrusted sender`);
        return Promise.resolve(FORBIDDEN_SENDER_RESULT);
      }
      return dispatch(channel, input);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Sends a push event after checking its payload against the contract, so main cannot send what preload won't expect. */
export function sendEvent<E extends EventChannel>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  channel: E,
  payload: EventPayload<E>,
): void {
  const checked = eventContract[channel].parse(payload);
  if (!contents.isDestroyed()) contents.send(channel, checked);
}

/** Tells the renderer every time the vault locks, so it drops what it shows. */
export function forwardLockEvents(
  vault: Pick<VaultService, 'onLocked'>,
  targets: () => readonly Pick<WebContents, 'send' | 'isDestroyed'>[],
): () => void {
  return vault.onLocked((reason: LockReason) => {
    for (const contents of targets()) sendEvent(contents, 'vault.locked', { reason });
  });
}

/** Forwards the progress of long jobs (backup, restore, bundles) to the window, checked like every event. */
export function forwardJobProgress(
  backups: Pick<BackupService, 'onProgress'>,
  targets: () => readonly Pick<WebContents, 'send' | 'isDestroyed'>[],
): () => void {
  return backups.onProgress((progress) => {
    for (const contents of targets()) sendEvent(contents, 'job.progress', progress);
  });
}

/** Forwards the progress of PDF exports (typesetting in the worker) to the window. */
export function forwardPdfProgress(
  pdf: Pick<PdfService, 'onProgress'>,
  targets: () => readonly Pick<WebContents, 'send' | 'isDestroyed'>[],
): () => void {
  return pdf.onProgress((progress) => {
    for (const contents of targets()) sendEvent(contents, 'pdf.progress', progress);
  });
}
