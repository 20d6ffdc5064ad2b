import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures/test';
import { saveScreen } from './fixtures/screens';
import { PASSPHRASE, VAULT_TIMEOUT, createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { SettingsPage } from './pages/settings-page';
import { UnlockPage } from './pages/unlock-page';

test('a lock pushed by main clears the screen and says why', async ({ app, harbor }) => {
  await createVaultAndEnter(app);
  const frame = new AppFramePage(app);
  const settings = await SettingsPage.open(frame);
  await settings.setIdleMinutes('5');
  await expect(settings.toast('Automatic lock updated')).toBeVisible();

  harbor.lockFromMain('idle');

  const unlock = new UnlockPage(app);
  await unlock.expectShown();
  await expect(unlock.lockNotice).toHaveText('Locked after 5 minutes without activity.');
  // Nothing of the unlocked session is left in the page.
  await expect(frame.frame).toHaveCount(0);
  await expect(app.getByText(harbor.vaultDir, { exact: true })).toHaveCount(1); // only the unlock screen's footnote
  await expect(app.getByRole('region', { name: /Notifications/ }).getByRole('status')).toHaveCount(0);
  await saveScreen(app, '12-locked-idle');

  // The stores were reset: the app opens on Dossiers again, not on Settings.
  await unlock.unlock(PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
  await frame.expectSection('Dossiers');

  harbor.lockFromMain('suspend');
  await expect(unlock.lockNotice).toHaveText('Locked when this computer went to sleep.');
  await unlock.unlock(PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);

  harbor.lockFromMain('screen-lock');
  await expect(unlock.lockNotice).toHaveText('Locked when the screen was locked.');
});

test('a damaged key file is reported as a serious problem, not as a wrong passphrase', async ({
  app,
  harbor,
}) => {
  await createVaultAndEnter(app);
  await new AppFramePage(app).lockButton.click();
  const unlock = new UnlockPage(app);
  await unlock.expectShown();

  await writeFile(join(harbor.vaultDir, 'keys.json'), '{"format":"something else"}');
  await unlock.unlock(PASSPHRASE);

  const problem = app.getByTestId('vault-problem');
  await expect(problem).toBeVisible(VAULT_TIMEOUT);
  await expect(problem.getByRole('heading', { name: 'This vault cannot be opened safely' })).toBeFocused();
  await expect(problem).toContainText(
    'The vault is damaged: its key file (keys.json) cannot be read, so the database cannot be decrypted.',
  );
  await saveScreen(app, '13-vault-damaged');
});
