import { type Locator, type Page, expect } from '@playwright/test';
import type { AppFramePage } from './app-frame-page';

/** The Evidence section: client picker, tabs, checklist items, the evidence detail dialog. */
export class EvidencePage {
  readonly picker: Locator;
  readonly checklist: Locator;
  readonly detail: Locator;
  readonly uploads: Locator;

  constructor(readonly page: Page) {
    this.picker = page.getByTestId('client-picker');
    this.checklist = page.getByTestId('checklist');
    this.detail = page.getByTestId('evidence-detail');
    this.uploads = page.getByTestId('upload-tray');
  }

  static async open(frame: AppFramePage): Promise<EvidencePage> {
    await frame.open('Evidence');
    return new EvidencePage(frame.page);
  }

  async chooseClient(text: string): Promise<void> {
    await this.picker.click();
    await this.page.getByRole('combobox', { name: 'Find a client' }).fill(text);
    await expect(this.page.getByRole('option').first()).toContainText(new RegExp(text, 'i'));
    await this.page.keyboard.press('Enter');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /** A checklist item by its template key. */
  item(key: string): Locator {
    return this.page.getByTestId(`item-${key}`);
  }

  /** Drops files on an item the way the desktop does: a DataTransfer carrying Files, through the drag events. */
  async dropFiles(
    target: Locator,
    files: { name: string; mimeType: string; buffer: Buffer }[],
  ): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      (list) => {
        const transfer = new DataTransfer();
        for (const f of list) {
          const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
          transfer.items.add(new File([bytes], f.name, { type: f.mimeType }));
        }
        return transfer;
      },
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })),
    );
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(target).toHaveClass(/ev-item--drop/);
    await target.dispatchEvent('drop', { dataTransfer });
  }

  /** Attaches through the item's "Attach" button and the file chooser it opens. */
  async attachWithButton(
    item: Locator,
    file: { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await item.getByRole('button', { name: /^Attach files to/ }).click();
    await (await chooser).setFiles(file);
  }

  chip(item: Locator, title: string): Locator {
    return item.getByRole('button', { name: new RegExp(title) });
  }
}
