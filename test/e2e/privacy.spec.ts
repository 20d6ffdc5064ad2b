import { test, expect } from './fixtures/test';
import { saveScreen } from './fixtures/screens';
import { seedPractice } from './deadlines-seed';
import { PASSPHRASE, VAULT_TIMEOUT, createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { DeadlinesPage } from './pages/deadlines-page';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';

test('privacy mode shows initials only, from the sidebar switch or Ctrl+Shift+P, until turned off', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  const practice = seedPractice(harbor.services);
  const frame = new AppFramePage(app);
  const deadlines = await DeadlinesPage.open(frame);
  const volkov = deadlines.row(practice.volkov.clientId);
  await expect(volkov).toContainText('VOLKOV, Aleksei');
  await expect(frame.privacySwitch).toHaveAttribute('aria-checked', 'false');
  await expect(frame.privacyBanner).toHaveCount(0);

  // The sidebar switch: names become initials and the full names leave the page entirely.
  await frame.privacySwitch.click();
  await expect(frame.privacySwitch).toHaveAttribute('aria-checked', 'true');
  await expect(frame.privacyBanner).toHaveText(/Privacy mode — names shown as initials/);
  await expect(volkov).toContainText('A. V.');
  await expect(deadlines.row(practice.estrada.clientId)).toContainText('L. E.');
  const html = await app.content();
  for (const name of ['Volkov', 'Aleksei', 'Estrada', 'Lucía', 'Okonkwo', 'Karimova', 'Dilnoza']) {
    expect(html.toLowerCase()).not.toContain(name.toLowerCase());
  }
  // Filtering by a name still works, without showing it.
  await deadlines.filter.fill('volkov');
  await expect(deadlines.rows).toHaveCount(1);
  await deadlines.filter.fill('');
  await app.mouse.move(0, 0);
  await saveScreen(app, '36-privacy-mode');
  await app.emulateMedia({ colorScheme: 'dark' });
  await saveScreen(app, '37-privacy-mode-dark');
  await app.emulateMedia({ colorScheme: 'light' });

  // Ctrl+Shift+P turns it off, and on again.
  await app.keyboard.press('Control+Shift+P');
  await expect(frame.privacySwitch).toHaveAttribute('aria-checked', 'false');
  await expect(frame.privacyBanner).toHaveCount(0);
  await expect(volkov).toContainText('VOLKOV, Aleksei');
  await app.keyboard.press('Control+Shift+P');
  await expect(frame.privacyBanner).toBeVisible();
  await expect(volkov).toContainText('A. V.');

  // It stays on through a lock: an attorney who turned it on for a shared screen wants it kept.
  await frame.pressShortcut('l');
  const unlock = new UnlockPage(app);
  await unlock.unlock(PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
  await expect(frame.privacySwitch).toHaveAttribute('aria-checked', 'true');
  await frame.open('Deadlines');
  await expect(volkov).toContainText('A. V.');
  expect((await app.content()).toLowerCase()).not.toContain('volkov');

  // …and a restart: the window's storage is gone, main's preferences.json still says on.
  await app.evaluate(() => localStorage.clear());
  await app.reload();
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
  await expect(frame.privacySwitch).toHaveAttribute('aria-checked', 'true');
  await frame.open('Deadlines');
  await expect(volkov).toContainText('A. V.');

  // The banner's own button turns it off and returns focus to the switch.
  await frame.privacyBanner.getByRole('button', { name: 'Show names' }).click();
  await expect(frame.privacyBanner).toHaveCount(0);
  await expect(frame.privacySwitch).toBeFocused();
  await expect(volkov).toContainText('VOLKOV, Aleksei');
});

test('Settings lists the new shortcuts: Deadlines on Ctrl+2 and privacy mode', async ({ app }) => {
  await createVaultAndEnter(app);
  const frame = new AppFramePage(app);
  await SettingsPage.open(frame);
  const shortcuts = app.getByTestId('settings-shortcuts');
  await expect(shortcuts.locator('.shortcut-list > div', { hasText: 'Open Deadlines' })).toContainText(
    'Ctrl2',
  );
  await expect(shortcuts.locator('.shortcut-list > div', { hasText: 'Open Settings' })).toContainText(
    'Ctrl5',
  );
  await expect(
    shortcuts.locator('.shortcut-list > div', { hasText: 'Privacy mode on or off' }),
  ).toContainText('CtrlShiftP');
});
