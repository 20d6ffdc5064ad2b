import { join } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Dialogs } from '../services/dialogs';

/**
 * The services' Dialogs port on Electron's native dialogs, attached to the main window. The chosen path stays in the
 * main process; the renderer only learns a file name or an opaque token for it.
 */
export function createElectronDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  window: () => BrowserWindow | null,
  defaultFolder: () => string,
): Dialogs {
  const parent = (): BrowserWindow | null => {
    const current = window();
    return current && !current.isDestroyed() ? current : null;
  };
  return {
    async chooseSavePath(suggestedName, options = {}) {
      const settings: SaveDialogOptions = {
        title: options.title,
        defaultPath: join(defaultFolder(), suggestedName),
        filters: options.filters?.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = parent();
      const result = owner
        ? await dialog.showSaveDialog(owner, settings)
        : await dialog.showSaveDialog(settings);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(options) {
      const settings: OpenDialogOptions = {
        title: options.title,
        defaultPath: defaultFolder(),
        filters: options.filters?.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: options.folder ? ['openDirectory', 'createDirectory'] : ['openFile'],
      };
      const owner = parent();
      const result = owner
        ? await dialog.showOpenDialog(owner, settings)
        : await dialog.showOpenDialog(settings);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
