import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { saveScreen } from './fixtures/screens';
import { PASSPHRASE, VAULT_TIMEOUT, createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { FirstRunPage } from './pages/first-run-page';
import { RecoveryCodePage } from './pages/recovery-code-page';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';

const LIGHT_BACKGROUND = 'rgb(244, 245, 247)';
const DARK_BACKGROUND = 'rgb(12, 15, 20)';

function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test('the theme choice applies at once, survives reload and lock, and "System" follows the OS', async ({
  app,
}) => {
  await createVaultAndEnter(app);
  const frame = new AppFramePage(app);
  const settings = await SettingsPage.open(frame);
  await expect(settings.themeOption('System')).toBeChecked();
  expect(await pageBackground(app)).toBe(LIGHT_BACKGROUND);

  await settings.themeOption('Dark').click();
  await expect(settings.themeOption('Dark')).toBeChecked();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(app)).toBe(DARK_BACKGROUND);
  await saveScreen(app, '14-settings-dark');
  await frame.open('Dossiers');
  await saveScreen(app, '15-app-frame-dark');

  // A display preference, not client data: it stays through a lock.
  await frame.pressShortcut('l');
  const unlock = new UnlockPage(app);
  await unlock.expectShown();
  expect(await pageBackground(app)).toBe(DARK_BACKGROUND);
  await saveScreen(app, '16-unlock-dark');
  await unlock.unlock(PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);

  // The keyboard works the radio group: arrows move between choices.
  const again = await SettingsPage.open(frame);
  await again.themeOption('Dark').focus();
  // Held briefly like a real key press: Radix checks the radio that receives focus while an arrow key is down.
  await app.keyboard.press('ArrowLeft', { delay: 60 });
  await expect(again.themeOption('Light')).toBeFocused();
  await expect(again.themeOption('Light')).toBeChecked();
  expect(await pageBackground(app)).toBe(LIGHT_BACKGROUND);

  await app.reload();
  await unlockAfterReload(app);
  expect(await pageBackground(app)).toBe(LIGHT_BACKGROUND);
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');

  // "System" follows the operating system's preference.
  const settingsAfterReload = await SettingsPage.open(frame);
  await settingsAfterReload.themeOption('System').click();
  await app.emulateMedia({ colorScheme: 'dark' });
  expect(await pageBackground(app)).toBe(DARK_BACKGROUND);
  await app.emulateMedia({ colorScheme: 'light' });
  expect(await pageBackground(app)).toBe(LIGHT_BACKGROUND);
});

/** After a reload main still holds the vault open, so the app comes straight back unlocked. */
async function unlockAfterReload(page: Page): Promise<void> {
  await expect(new AppFramePage(page).frame).toBeVisible(VAULT_TIMEOUT);
}

test('a stored dark choice applies from the first screen on', async ({ app, harbor }) => {
  // As after a restart: the preference is in main's preferences.json, the window's storage is empty.
  harbor.services.preferences.update({ theme: 'dark' });
  await app.evaluate(() => localStorage.clear());
  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(app)).toBe(DARK_BACKGROUND);
  await saveScreen(app, '17-first-run-dark');

  const firstRun = new FirstRunPage(app);
  await firstRun.createVault(PASSPHRASE);
  const recovery = new RecoveryCodePage(app);
  await expect(recovery.heading).toBeVisible(VAULT_TIMEOUT);
  await saveScreen(app, '18-recovery-code-dark');
});
