import { type Locator, type Page, expect } from '@playwright/test';

/** The locked state: passphrase, or the recovery flow. */
export class UnlockPage {
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly unlockButton: Locator;
  readonly lockNotice: Locator;
  readonly forgotLink: Locator;
  readonly recoveryHeading: Locator;
  readonly recoveryCode: Locator;
  readonly newPassphrase: Locator;
  readonly confirmNewPassphrase: Locator;
  readonly recoverButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Unlock Safe Harbor' });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
    this.lockNotice = page.getByTestId('lock-notice');
    this.forgotLink = page.getByRole('button', { name: 'Use the recovery code' });
    this.recoveryHeading = page.getByRole('heading', { name: 'Set a new passphrase' });
    this.recoveryCode = page.getByLabel('Recovery code', { exact: true });
    this.newPassphrase = page.getByLabel('New passphrase', { exact: true });
    this.confirmNewPassphrase = page.getByLabel('Confirm new passphrase', { exact: true });
    this.recoverButton = page.getByRole('button', { name: 'Set new passphrase and unlock' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
  }

  /** The message shown beside the passphrase field. */
  fieldError(field: Locator): Locator {
    return this.page.locator('.field', { has: field }).getByRole('alert');
  }

  async openRecovery(): Promise<void> {
    await this.forgotLink.click();
    await expect(this.recoveryHeading).toBeVisible();
  }

  async recover(code: string, newPassphrase: string): Promise<void> {
    await this.recoveryCode.fill(code);
    await this.newPassphrase.fill(newPassphrase);
    await this.confirmNewPassphrase.fill(newPassphrase);
    await this.recoverButton.click();
  }
}
