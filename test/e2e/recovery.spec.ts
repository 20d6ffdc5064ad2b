import { test, expect } from './fixtures/test';
import { saveScreen } from './fixtures/screens';
import { NEW_PASSPHRASE, PASSPHRASE, VAULT_TIMEOUT, createVaultAndEnter } from './flows';
import { AppFramePage } from './pages/app-frame-page';
import { UnlockPage } from './pages/unlock-page';

test('the recovery code from the screen sets a new passphrase, which then unlocks', async ({
  app,
  harbor,
}) => {
  const { recoveryCode } = await createVaultAndEnter(app);
  const frame = new AppFramePage(app);
  await frame.lockButton.click();

  const unlock = new UnlockPage(app);
  await unlock.expectShown();
  await unlock.openRecovery();
  await expect(unlock.recoveryCode).toBeFocused();

  // A malformed code is refused before anything is sent; a well-formed wrong one by the vault.
  await unlock.recover('1234-5678', NEW_PASSPHRASE);
  await expect(unlock.fieldError(unlock.recoveryCode)).toHaveText(
    'A recovery code has 32 letters and digits, in 8 groups of 4.',
  );
  await unlock.recover('0000-0000-0000-0000-0000-0000-0000-0000', NEW_PASSPHRASE);
  await expect(unlock.fieldError(unlock.recoveryCode)).toHaveText(
    'That recovery code does not open this vault.',
    VAULT_TIMEOUT,
  );
  expect(harbor.services.vault.status().state).toBe('locked');

  // People copy codes from paper: lower case and spaces instead of hyphens are fine.
  await unlock.recoveryCode.fill(recoveryCode.toLowerCase().replaceAll('-', ' '));
  await unlock.newPassphrase.fill(NEW_PASSPHRASE);
  await unlock.confirmNewPassphrase.fill(NEW_PASSPHRASE);
  await saveScreen(app, '09-recovery-flow');
  await unlock.recoverButton.click();

  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
  await expect(app.getByText('New passphrase set', { exact: true })).toBeVisible();

  await frame.pressShortcut('l');
  await unlock.expectShown();
  // The old passphrase no longer opens the vault; the new one does.
  await unlock.unlock(PASSPHRASE);
  await expect(unlock.fieldError(unlock.passphrase)).toHaveText(
    'That passphrase does not open this vault.',
    VAULT_TIMEOUT,
  );
  await unlock.unlock(NEW_PASSPHRASE);
  await expect(frame.frame).toBeVisible(VAULT_TIMEOUT);
});
