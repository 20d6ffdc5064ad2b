import { type Locator, type Page, expect } from '@playwright/test';

/** The "Export PDF…" dialog of a dossier: profile, sections and fields to leave out, the preview, the export. */
export class PdfExportDialogPage {
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('pdf-export-dialog');
    this.preview = this.dialog.getByTestId('pdf-preview');
    this.exportButton = this.dialog.getByRole('button', { name: 'Export PDF…' });
  }

  static async open(page: Page): Promise<PdfExportDialogPage> {
    await page.getByTestId('export-pdf-button').click();
    const dialog = new PdfExportDialogPage(page);
    await expect(dialog.dialog).toBeVisible();
    await expect(dialog.preview).toBeVisible();
    return dialog;
  }

  async chooseProfile(label: RegExp): Promise<void> {
    await this.dialog.getByRole('radio', { name: label }).check();
  }

  async leaveOut(label: string): Promise<void> {
    await this.dialog.getByRole('checkbox', { name: label, exact: true }).check();
  }

  section(id: string): Locator {
    return this.preview.locator(`[data-section="${id}"]`);
  }
}
