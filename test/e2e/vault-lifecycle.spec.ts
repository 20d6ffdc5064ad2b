import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/test';
import { savePrintout, saveScreen } from './fixtures/screens';
import { PASSPHRASE, VAULT_TIMEOUT, WRONG_PASSPHRASE } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { FirstRunPage } from './pages/first-run-page';
import { RecoveryCodePage } from './pages/recovery-code-page';
import { UnlockPage } from './pages/unlock-page';

test('first run creates the vault, shows the recovery code once, then locks and unlocks', async ({
  app,
  harbor,
}) => {
  const firstRun = new FirstRunPage(app);
  await firstRun.expectShown();
  await expect(firstRun.passphrase).toBeFocused();
  await saveScreen(app, '01-first-run');

  // The shared rule (12 characters) is enforced before anything is sent.
  await firstRun.fill('too short');
  await firstRun.createButton.click();
  await expect(app.getByText('Use at least 12 characters')).toBeVisible();
  await firstRun.fill(PASSPHRASE, `${PASSPHRASE}x`);
  await firstRun.createButton.click();
  await expect(app.getByText('The two passphrases do not match.')).toBeVisible();
  expect(harbor.services.vault.status().state).toBe('absent');

  await firstRun.fill(PASSPHRASE);
  await expect(firstRun.strengthMeter).toContainText(/Strength: (Strong|Very strong)/);
  await saveScreen(app, '02-first-run-filled');
  await firstRun.createButton.click();

  const recovery = new RecoveryCodePage(app);
  await expect(recovery.heading).toBeVisible(VAULT_TIMEOUT);
  expect(harbor.services.vault.status().state).toBe('unlocked');
  const code = await recovery.readCode();
  await saveScreen(app, '03-recovery-code');

  // "Save as file" offers a text file holding the code and how to use it.
  const [download] = await Promise.all([app.waitForEvent('download'), recovery.saveButton.click()]);
  expect(download.suggestedFilename()).toBe('safe-harbor-recovery-code.txt');
  const saved = await readFile(await download.path(), 'utf8');
  expect(saved).toContain(code);
  expect(saved).toContain('Forgot your passphrase?');

  await recovery.copyButton.click();
  await expect(app.getByRole('button', { name: 'Copied' })).toBeVisible();

  // The print stylesheet prints only the code sheet.
  await app.emulateMedia({ media: 'print' });
  await expect(app.locator('#root')).toBeHidden();
  await expect(app.locator('.print-sheet')).toContainText(code);
  await saveScreen(app, '04-recovery-code-print');
  await savePrintout(app, '04-recovery-code-print');
  await app.emulateMedia({ media: 'screen' });

  // Both confirmations are required before continuing.
  await recovery.continueButton.click();
  await expect(app.getByText('Confirm that the recovery code is stored somewhere safe.')).toBeVisible();
  await expect(app.getByText('Type the last group of four characters.')).toBeVisible();
  await recovery.storedCheckbox.check();
  await recovery.lastGroup.fill('ZZZZ');
  await recovery.continueButton.click();
  await expect(app.getByText('That is not the last group of the code.', { exact: false })).toBeVisible();
  await recovery.confirmStored(code);

  const frame = new AppFramePage(app);
  await frame.expectShown();
  await frame.expectSection('Dossiers');
  await expect(app.getByRole('heading', { name: 'No dossiers yet' })).toBeVisible();
  await saveScreen(app, '05-app-frame-light');

  // Lock with the button.
  await frame.lockButton.click();
  const unlock = new UnlockPage(app);
  await unlock.expectShown();
  await expect(unlock.lockNotice).toHaveText(/^Locked\./);
  expect(harbor.services.vault.status().state).toBe('locked');
  await expect(unlock.passphrase).toBeFocused();
  await saveScreen(app, '06-unlock');

  // A wrong passphrase: the vault's own message, beside the field; nothing opens.
  await unlock.unlock(WRONG_PASSPHRASE);
  await expect(unlock.fieldError(unlock.passphrase)).toHaveText(
    'That passphrase does not open this vault.',
    VAULT_TIMEOUT,
  );
  await expect(unlock.passphrase).toHaveValue('');
  expect(harbor.services.vault.status().state).toBe('locked');
  await saveScreen(app, '07-unlock-wrong-passphrase');

  await unlock.unlock(PASSPHRASE);
  await frame.expectShown();
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
  // The recovery code is never shown again.
  await expect(recovery.heading).toHaveCount(0);
  await frame.expectSection('Dossiers');

  // Ctrl+1..5 switch sections; Ctrl+L locks.
  await frame.pressShortcut('2');
  await frame.expectSection('Deadlines');
  await frame.pressShortcut('3');
  await frame.expectSection('Evidence');
  await saveScreen(app, '08-empty-section-evidence');
  await frame.pressShortcut('4');
  await frame.expectSection('Board');
  await frame.pressShortcut('5');
  await frame.expectSection('Settings');
  await frame.pressShortcut('1');
  await frame.expectSection('Dossiers');

  await frame.pressShortcut('l');
  await unlock.expectShown();
  await expect(unlock.lockNotice).toContainText('Locked with Ctrl+L');
  expect(harbor.services.vault.status().state).toBe('locked');
  await expect(frame.frame).toHaveCount(0);

  await unlock.unlock(PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
});
