import { type Locator, type Page, expect } from '@playwright/test';

export type SectionName = 'Dossiers' | 'Evidence' | 'Board' | 'Settings';

/** The unlocked app: sidebar navigation, the Lock button and the open section. */
export class AppFramePage {
  readonly frame: Locator;
  readonly navigation: Locator;
  readonly lockButton: Locator;

  constructor(readonly page: Page) {
    this.frame = page.getByTestId('app-frame');
    this.navigation = page.getByRole('navigation', { name: 'Sections' });
    this.lockButton = page.getByRole('button', { name: 'Lock', exact: true });
  }

  async expectShown(): Promise<void> {
    await expect(this.frame).toBeVisible();
  }

  navLink(section: SectionName): Locator {
    return this.navigation.getByRole('button', { name: section, exact: true });
  }

  sectionHeading(section: SectionName): Locator {
    return this.page.getByRole('heading', { level: 1, name: section });
  }

  async open(section: SectionName): Promise<void> {
    await this.navLink(section).click();
    await expect(this.sectionHeading(section)).toBeVisible();
  }

  async expectSection(section: SectionName): Promise<void> {
    await expect(this.sectionHeading(section)).toBeVisible();
    await expect(this.navLink(section)).toHaveAttribute('aria-current', 'page');
  }

  /** Ctrl on Linux and Windows; the app also accepts Cmd. */
  async pressShortcut(key: string): Promise<void> {
    await this.page.keyboard.press(`Control+${key}`);
  }
}
