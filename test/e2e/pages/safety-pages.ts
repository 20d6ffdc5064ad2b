import { type Locator, type Page, expect } from '@playwright/test';

/** Settings → Backups & safety, Check or restore a backup, Panic controls and Co-counsel case bundles. */
export class SafetySettingsPage {
  readonly backupPanel: Locator;
  readonly restorePanel: Locator;
  readonly panicPanel: Locator;
  readonly bundlesPanel: Locator;
  readonly backupStatus: Locator;
  readonly backUpNow: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.backupPanel = page.getByTestId('settings-backups');
    this.restorePanel = page.getByTestId('settings-restore');
    this.panicPanel = page.getByTestId('settings-panic');
    this.bundlesPanel = page.getByTestId('settings-bundles');
    this.backupStatus = this.backupPanel.getByTestId('backup-status');
    this.backUpNow = this.backupPanel.getByRole('button', { name: 'Back up now…' });
    this.progress = page.getByRole('progressbar');
  }

  mode(name: 'With the vault’s key' | 'With a separate passphrase'): Locator {
    return this.backupPanel.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  outcome(panel: Locator, title: string): Locator {
    return panel.locator('.alert', { hasText: title });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.backupStatus).toBeVisible();
  }
}

/** The visit capture screen. */
export class VisitPage {
  readonly screen: Locator;
  readonly notes: Locator;
  readonly statement: Locator;
  readonly language: Locator;
  readonly interpreter: Locator;
  readonly log: Locator;
  readonly questions: Locator;
  readonly timer: Locator;
  readonly endDialog: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('visit-screen');
    this.notes = this.screen.getByRole('textbox', { name: 'Notes' });
    this.statement = this.screen.getByRole('textbox', { name: 'Statement' });
    this.language = this.screen.getByRole('textbox', { name: 'Language' });
    this.interpreter = this.screen.getByRole('textbox', { name: 'Interpreter' });
    this.log = this.screen.getByTestId('statements-log');
    this.questions = this.screen.getByTestId('visit-questions').getByRole('checkbox');
    this.timer = this.screen.getByRole('timer');
    this.endDialog = page.getByTestId('end-visit-dialog');
  }
}
