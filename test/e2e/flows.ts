import type { Page } from '@playwright/test';
import { expect } from './fixtures/test';
import { AppFramePage } from './pages/app-frame-page';
import { FirstRunPage } from './pages/first-run-page';
import { RecoveryCodePage } from './pages/recovery-code-page';

/** Passphrases used across the tests: long enough for the rule, unrelated words like the app advises. */
export const PASSPHRASE = 'quiet lantern orchard marble 7';
export const NEW_PASSPHRASE = 'copper meadow tidal violin 42';
export const WRONG_PASSPHRASE = 'not the right passphrase at all';

/** Argon2id (64 MiB, t=3) runs once or twice per create/unlock/recover: allow for a slow machine. */
export const VAULT_TIMEOUT = { timeout: 20_000 };

/** First run through to the app frame. Returns the recovery code read from the screen. */
export async function createVaultAndEnter(
  page: Page,
  passphrase = PASSPHRASE,
): Promise<{ recoveryCode: string }> {
  const firstRun = new FirstRunPage(page);
  await firstRun.expectShown();
  await firstRun.createVault(passphrase);
  const recovery = new RecoveryCodePage(page);
  await expect(recovery.heading).toBeVisible(VAULT_TIMEOUT);
  const recoveryCode = await recovery.readCode();
  await recovery.confirmStored(recoveryCode);
  await new AppFramePage(page).expectShown();
  return { recoveryCode };
}
