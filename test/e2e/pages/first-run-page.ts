import { type Locator, type Page, expect } from '@playwright/test';

/** Creating the vault (state "absent"). */
export class FirstRunPage {
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly confirmPassphrase: Locator;
  readonly createButton: Locator;
  readonly strengthMeter: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Create your encrypted vault' });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.confirmPassphrase = page.getByLabel('Confirm passphrase', { exact: true });
    this.createButton = page.getByRole('button', { name: 'Create vault' });
    this.strengthMeter = page.getByTestId('strength-meter');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async fill(passphrase: string, confirmation = passphrase): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.confirmPassphrase.fill(confirmation);
  }

  async createVault(passphrase: string): Promise<void> {
    await this.fill(passphrase);
    await this.createButton.click();
  }
}
