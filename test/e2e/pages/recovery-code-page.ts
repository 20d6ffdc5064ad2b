import { type Locator, type Page, expect } from '@playwright/test';

/** The one-time recovery code after creation. */
export class RecoveryCodePage {
  readonly heading: Locator;
  readonly code: Locator;
  readonly copyButton: Locator;
  readonly printButton: Locator;
  readonly saveButton: Locator;
  readonly storedCheckbox: Locator;
  readonly lastGroup: Locator;
  readonly continueButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Store your recovery code' });
    this.code = page.locator('#root').getByTestId('recovery-code');
    this.copyButton = page.getByRole('button', { name: 'Copy' });
    this.printButton = page.getByRole('button', { name: 'Print' });
    this.saveButton = page.getByRole('button', { name: 'Save as file' });
    this.storedCheckbox = page.getByRole('checkbox', { name: /I have stored the recovery code/ });
    this.lastGroup = page.getByLabel('Type the last group of the code');
    this.continueButton = page.getByRole('button', { name: 'Continue to Safe Harbor' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** The code as the screen shows it, "XXXX-XXXX-…" (the hyphens are hidden text between the groups). */
  async readCode(): Promise<string> {
    const text = (await this.code.textContent()) ?? '';
    expect(text).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    return text;
  }

  async confirmStored(code: string): Promise<void> {
    await this.storedCheckbox.check();
    await this.lastGroup.fill(code.split('-').at(-1) ?? '');
    await this.continueButton.click();
  }
}
