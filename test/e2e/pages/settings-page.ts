import { type Locator, type Page, expect } from '@playwright/test';
import type { AppFramePage } from './app-frame-page';

/** The Settings section. */
export class SettingsPage {
  readonly idleMinutes: Locator;
  readonly saveIdleButton: Locator;
  readonly currentPassphrase: Locator;
  readonly newPassphrase: Locator;
  readonly confirmNewPassphrase: Locator;
  readonly changePassphraseButton: Locator;
  readonly vaultLocation: Locator;
  readonly themeGroup: Locator;
  readonly rulesPanel: Locator;
  readonly saveRulesButton: Locator;

  constructor(readonly page: Page) {
    this.idleMinutes = page.getByLabel('Lock after');
    this.saveIdleButton = page.getByTestId('settings-idle-lock').getByRole('button', { name: 'Save' });
    this.currentPassphrase = page.getByLabel('Current passphrase', { exact: true });
    this.newPassphrase = page.getByLabel('New passphrase', { exact: true });
    this.confirmNewPassphrase = page.getByLabel('Confirm new passphrase', { exact: true });
    this.changePassphraseButton = page.getByRole('button', { name: 'Change passphrase' });
    this.vaultLocation = page.getByTestId('settings-vault').getByTestId('vault-location');
    this.themeGroup = page.getByRole('radiogroup', { name: 'Theme' });
    this.rulesPanel = page.getByTestId('settings-deadline-rules');
    this.saveRulesButton = this.rulesPanel.getByRole('button', { name: 'Save and recompute' });
  }

  /** One rule's entry in Settings → Deadline rules. */
  rule(ruleId: string): Locator {
    return this.rulesPanel.getByTestId(`rule-${ruleId}`);
  }

  /** The input of an editable rule parameter, by its key (e.g. treatyFormalRequestDays). */
  ruleParameter(key: string): Locator {
    return this.rulesPanel.getByTestId(`parameter-${key}`).getByRole('spinbutton');
  }

  static async open(frame: AppFramePage): Promise<SettingsPage> {
    await frame.open('Settings');
    const settings = new SettingsPage(frame.page);
    // The form is enabled once the stored settings have loaded.
    await expect(settings.idleMinutes).toBeEnabled();
    return settings;
  }

  async setIdleMinutes(minutes: string): Promise<void> {
    await this.idleMinutes.fill(minutes);
    await this.saveIdleButton.click();
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.currentPassphrase.fill(current);
    await this.newPassphrase.fill(next);
    await this.confirmNewPassphrase.fill(next);
    await this.changePassphraseButton.click();
  }

  themeOption(name: 'System' | 'Light' | 'Dark'): Locator {
    return this.themeGroup.getByRole('radio', { name });
  }

  toast(title: string): Locator {
    return this.page.getByRole('region', { name: /Notifications/ }).getByText(title, { exact: true });
  }
}
