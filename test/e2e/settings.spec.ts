import { test, expect } from './fixtures/test';
import { saveScreen } from './fixtures/screens';
import { NEW_PASSPHRASE, PASSPHRASE, VAULT_TIMEOUT, WRONG_PASSPHRASE, createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';

test('idle lock minutes are validated, saved in the vault and still there after lock and unlock', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  const frame = new AppFramePage(app);
  const settings = await SettingsPage.open(frame);
  await expect(settings.idleMinutes).toHaveValue('10');
  await expect(settings.vaultLocation).toHaveText(harbor.vaultDir);
  await saveScreen(app, '10-settings');
  await app.getByTestId('settings-shortcuts').scrollIntoViewIfNeeded();
  await saveScreen(app, '10-settings-lower');

  const rangeError = app.getByText('Enter a whole number of minutes from 1 to 240.');
  await settings.setIdleMinutes('0');
  await expect(rangeError).toBeVisible();
  await settings.setIdleMinutes('241');
  await expect(rangeError).toBeVisible();
  await settings.setIdleMinutes('');
  await expect(rangeError).toBeVisible();

  await settings.setIdleMinutes('25');
  await expect(settings.toast('Automatic lock updated')).toBeVisible();
  await expect(rangeError).toHaveCount(0);
  expect(harbor.services.settings.get().idleLockMinutes).toBe(25);

  await frame.lockButton.click();
  const unlock = new UnlockPage(app);
  await unlock.unlock(PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
  const again = await SettingsPage.open(frame);
  await expect(again.idleMinutes).toHaveValue('25');
});

test('changing the passphrase checks the current one, and the new one unlocks', async ({ app }) => {
  await createVaultAndEnter(app);
  const frame = new AppFramePage(app);
  const settings = await SettingsPage.open(frame);

  await settings.changePassphrase(WRONG_PASSPHRASE, NEW_PASSPHRASE);
  await expect(app.getByText('The current passphrase is not correct.')).toBeVisible(VAULT_TIMEOUT);
  await expect(settings.currentPassphrase).toBeFocused();

  await settings.changePassphrase(PASSPHRASE, PASSPHRASE);
  await expect(app.getByText('The new passphrase is the same as the current one.')).toBeVisible();

  await settings.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
  await expect(settings.toast('Passphrase changed')).toBeVisible(VAULT_TIMEOUT);
  await expect(settings.currentPassphrase).toHaveValue('');
  await saveScreen(app, '11-settings-passphrase-changed');

  await frame.pressShortcut('l');
  const unlock = new UnlockPage(app);
  await unlock.unlock(PASSPHRASE);
  await expect(unlock.fieldError(unlock.passphrase)).toHaveText(
    'That passphrase does not open this vault.',
    VAULT_TIMEOUT,
  );
  await unlock.unlock(NEW_PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
});
