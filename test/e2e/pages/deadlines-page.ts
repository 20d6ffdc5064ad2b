import { type Locator, type Page, expect } from '@playwright/test';
import type { AppFramePage } from './app-frame-page';

export type BucketId = 'overdue' | 'within7' | 'within30' | 'within90' | 'later';

/** The Deadlines section: the "Upcoming deadlines" dashboard. */
export class DeadlinesPage {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly filter: Locator;
  readonly front: Locator;
  readonly withinDays: Locator;
  readonly emptyState: Locator;
  readonly noMatch: Locator;
  readonly footnote: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Upcoming deadlines' });
    this.rows = page.getByTestId('deadline-row');
    this.filter = page.getByLabel('Client or rule');
    this.front = page.getByLabel('Front', { exact: true });
    this.withinDays = page.getByRole('radiogroup', { name: 'Due within' });
    this.emptyState = page.getByTestId('empty-state');
    this.noMatch = page.getByTestId('deadlines-no-match');
    this.footnote = page.getByTestId('deadlines-footnote');
  }

  static async open(frame: AppFramePage): Promise<DeadlinesPage> {
    await frame.open('Deadlines');
    return new DeadlinesPage(frame.page);
  }

  /** The summary card of one bucket (a toggle button). */
  summary(bucket: BucketId): Locator {
    return this.page.getByTestId(`summary-${bucket}`);
  }

  async expectCount(bucket: BucketId, count: number): Promise<void> {
    await expect(this.summary(bucket).getByTestId('summary-count')).toHaveText(count.toLocaleString('en-US'));
  }

  group(bucket: BucketId): Locator {
    return this.page.getByTestId(`deadline-group-${bucket}`);
  }

  /** A client's row for one rule, found by ids (names may be initials in privacy mode). */
  row(clientId: string, ruleId?: string): Locator {
    const rule = ruleId ? `[data-rule-id="${ruleId}"]` : '';
    return this.page.locator(`[data-testid="deadline-row"][data-client-id="${clientId}"]${rule}`);
  }

  /** The button that opens the dossier from a row. */
  rowButton(row: Locator): Locator {
    return row.getByRole('button').first();
  }

  window(label: '90 days' | '180 days' | '1 year' | 'All'): Locator {
    return this.withinDays.getByRole('radio', { name: label });
  }
}
