import type { MenuItemConstructorOptions } from 'electron';
import type { LockReason } from '../../shared/ipc/contract';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  isPackaged: boolean;
  lock: (reason: Extract<LockReason, 'manual' | 'shortcut'>) => void;
}

/** The application menu: the platform's usual edit and window items, Lock Vault, and developer items only in dev. */
export function buildMenuTemplate({
  appName,
  isMac,
  isPackaged,
  lock,
}: MenuOptions): MenuItemConstructorOptions[] {
  const lockItem: MenuItemConstructorOptions = {
    id: 'lock-vault',
    label: 'Lock Vault',
    accelerator: LOCK_ACCELERATOR,
    click: (_item, _window, event) => lock(event.triggeredByAccelerator ? 'shortcut' : 'manual'),
  };

  const appMenu: MenuItemConstructorOptions = isMac
    ? {
        label: appName,
        submenu: [
          { role: 'about' },
          { type: 'separator' },
          lockItem,
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      }
    : { label: '&File', submenu: [lockItem, { type: 'separator' }, { role: 'quit' }] };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  return [appMenu, editMenu, viewMenu, windowMenu];
}
