import { type Locator, type Page, expect } from '@playwright/test';

/** A label exactly, allowing the required-field asterisk (hidden from the accessible name, not from the text). */
export function labelled(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*?$`));
}

/** The dossier list: search, filters, the virtualized rows. */
export class DossierListPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly listbox: Locator;
  readonly rows: Locator;
  readonly newClientButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Dossiers' });
    this.search = page.getByRole('searchbox', { name: 'Search dossiers' });
    this.count = page.getByTestId('dossier-count');
    this.listbox = page.getByRole('listbox', { name: 'Dossiers' });
    this.rows = page.getByTestId('dossier-row');
    this.newClientButton = page.getByRole('button', { name: /^New client/ }).first();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  row(name: string | RegExp): Locator {
    return this.rows.filter({ hasText: name });
  }

  filterSelect(label: 'Custody' | 'Deadline' | 'Sort by'): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }
}

/** The new-client and edit-client form. */
export class ClientFormPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('client-form');
  }

  field(label: string): Locator {
    return labelled(this.form, label);
  }

  async addTag(label: string, value: string): Promise<void> {
    const input = this.field(label);
    await input.fill(value);
    await input.press('Enter');
  }

  /** Adds one alias row and fills it. */
  async addAlias(name: string, kind: string, script: string): Promise<void> {
    await this.form.getByRole('button', { name: 'Add name' }).click();
    const item = this.form.getByTestId('aliases-item').last();
    await labelled(item, 'Name as written').fill(name);
    await item.getByLabel('Kind').selectOption({ label: kind });
    await item.getByLabel('Script').selectOption({ label: script });
  }
}

/** A record's edit form (a modal dialog built from the kind's descriptor). */
export class RecordFormPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('record-form');
  }

  field(label: string): Locator {
    return labelled(this.dialog, label);
  }

  async save(): Promise<void> {
    await this.dialog.locator('.dx-modal__footer button[type="submit"]').click();
    await expect(this.dialog).toHaveCount(0);
  }
}

export type DossierTab =
  | 'Overview'
  | 'U.S. immigration'
  | 'Custody & detention'
  | 'INTERPOL & CCF'
  | 'Extradition'
  | 'Home-country case'
  | 'Persecution incidents'
  | 'Parties & notes'
  | 'Deadlines'
  | 'Timeline'
  | 'History';

/** One open dossier: header, checks, the section navigation. */
export class DossierPage {
  readonly view: Locator;
  readonly name: Locator;
  readonly checks: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('dossier-view');
    this.name = page.getByTestId('dossier-name');
    this.checks = page.getByTestId('checks');
    this.nav = page.getByRole('tablist', { name: 'Dossier sections' });
  }

  async openTab(tab: DossierTab): Promise<void> {
    const trigger = this.nav.getByRole('tab', { name: new RegExp(`^${tab.replace(/[.&]/g, '\\$&')}`) });
    await trigger.click();
    await expect(trigger).toHaveAttribute('aria-selected', 'true');
  }

  async addRecord(label: string): Promise<RecordFormPage> {
    await this.view.getByRole('button', { name: label, exact: true }).first().click();
    const form = new RecordFormPage(this.page);
    await expect(form.dialog).toBeVisible();
    return form;
  }

  deadline(ruleId: string): Locator {
    return this.page.locator(`[data-testid="deadline-card"][data-rule="${ruleId}"]`);
  }
}
