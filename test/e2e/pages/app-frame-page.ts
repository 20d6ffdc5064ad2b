import { type Locator, type Page, expect } from '@playwright/test';

export type SectionName = 'Dossiers' | 'Deadlines' | 'Evidence' | 'Board' | 'Settings';

/** The h1 of each section's page (the Deadlines section's page is the "Upcoming deadlines" dashboard). */
const SECTION_HEADINGS: Record<SectionName, string> = {
  Dossiers: 'Dossiers',
  Deadlines: 'Upcoming deadlines',
  Evidence: 'Evidence',
  Board: 'Board',
  Settings: 'Settings',
};

/** Ctrl/Cmd + this digit opens the section. */
export const SECTION_KEYS: Record<SectionName, string> = {
  Dossiers: '1',
  Deadlines: '2',
  Evidence: '3',
  Board: '4',
  Settings: '5',
};

/** The unlocked app: sidebar navigation, the Lock button, the privacy switch and the open section. */
export class AppFramePage {
  readonly frame: Locator;
  readonly navigation: Locator;
  readonly lockButton: Locator;
  readonly privacySwitch: Locator;
  readonly privacyBanner: Locator;

  constructor(readonly page: Page) {
    this.frame = page.getByTestId('app-frame');
    this.navigation = page.getByRole('navigation', { name: 'Sections' });
    this.lockButton = page.getByRole('button', { name: 'Lock', exact: true });
    this.privacySwitch = page.getByRole('switch', { name: 'Privacy mode' });
    this.privacyBanner = page.getByTestId('privacy-banner');
  }

  async expectShown(): Promise<void> {
    await expect(this.frame).toBeVisible();
  }

  navLink(section: SectionName): Locator {
    return this.navigation.getByRole('button', { name: section, exact: true });
  }

  sectionHeading(section: SectionName): Locator {
    return this.page.getByRole('heading', { level: 1, name: SECTION_HEADINGS[section] });
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

  /** Ctrl/Cmd + the section's digit. */
  async openWithShortcut(section: SectionName): Promise<void> {
    await this.pressShortcut(SECTION_KEYS[section]);
    await this.expectSection(section);
  }
}
