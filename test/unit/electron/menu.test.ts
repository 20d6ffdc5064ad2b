import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { LOCK_ACCELERATOR, buildMenuTemplate } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function template(isMac: boolean, isPackaged: boolean, reasons: string[] = []): MenuItemConstructorOptions[] {
  return buildMenuTemplate({
    appName: 'Safe Harbor',
    isMac,
    isPackaged,
    lock: (reason) => reasons.push(reason),
  });
}

function click(item: MenuItemConstructorOptions | undefined, triggeredByAccelerator: boolean): void {
  if (!item?.click) throw new Error('item has no click handler');
  item.click({} as MenuItem, undefined, { triggeredByAccelerator } as KeyboardEvent);
}

describe('application menu', () => {
  it.each([true, false])('has app/file, Edit, View, Window menus (mac: %s)', (isMac) => {
    const labels = template(isMac, true).map((item) => item.label);
    expect(labels).toEqual([isMac ? 'Safe Harbor' : '&File', 'Edit', 'View', 'Window']);
  });

  it.each([true, false])('has Lock Vault on CmdOrCtrl+L (mac: %s)', (isMac) => {
    const lock = flatten(template(isMac, true)).find((item) => item.id === 'lock-vault');
    expect(lock?.label).toBe('Lock Vault');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+L');
  });

  it('locks with reason "shortcut" from the accelerator and "manual" from a click', () => {
    const reasons: string[] = [];
    const lock = flatten(template(false, true, reasons)).find((item) => item.id === 'lock-vault');
    click(lock, true);
    click(lock, false);
    expect(reasons).toEqual(['shortcut', 'manual']);
  });

  it('has no devtools or reload items in production', () => {
    const roles = flatten(template(false, true)).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('offers devtools in development', () => {
    expect(flatten(template(false, false)).map((item) => item.role)).toContain('toggleDevTools');
  });

  it('keeps the clipboard roles that make copy and paste work on macOS', () => {
    const roles = flatten(template(true, true)).map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo', 'redo', 'quit']),
    );
  });
});
