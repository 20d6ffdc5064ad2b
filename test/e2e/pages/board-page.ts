import { type Locator, type Page, expect } from '@playwright/test';

/** The Board section: filters, the grid of lanes and columns, cards, flags and the dialogs. */
export class BoardPage {
  readonly grid: Locator;
  readonly cards: Locator;
  readonly clientSelect: Locator;
  readonly flags: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('board-grid');
    this.cards = page.getByTestId('board-card');
    this.clientSelect = page.getByLabel('Client', { exact: true });
    this.flags = page.getByTestId('sequencing-flag');
    this.count = page.getByTestId('board-count');
  }

  card(title: string): Locator {
    return this.cards.filter({ hasText: title });
  }

  cell(lane: string, status: string): Locator {
    return this.page.locator(`[data-cell="cell:${lane}:${status}"]`);
  }

  flag(ruleId: string): Locator {
    return this.flags.and(this.page.locator(`[data-rule="${ruleId}"]`));
  }

  async openClient(label: string): Promise<void> {
    await this.clientSelect.selectOption({ label });
    await expect(this.page.getByTestId('board-client-name')).toBeVisible();
  }

  async openAllClients(): Promise<void> {
    await this.clientSelect.selectOption({ label: 'All clients' });
  }

  /** Waits until the board has no read in flight (a move reloads it to refresh the flags). */
  async settled(): Promise<void> {
    await expect(this.page.getByTestId('board-screen')).toHaveAttribute('aria-busy', 'false');
  }

  /**
   * Drags the focused card with the keyboard through dnd-kit's keyboard sensor: Space, the arrows, Space. Each key is
   * pressed after a short pause, as a person would (the sensor starts listening on the next tick).
   */
  async keyboardDrag(keys: string[]): Promise<void> {
    await this.settled();
    await this.page.keyboard.press('Space');
    for (const key of keys) {
      await this.page.waitForTimeout(120);
      await this.page.keyboard.press(key);
    }
    await this.page.waitForTimeout(120);
    await this.page.keyboard.press('Space');
    await this.settled();
  }

  /** Drags a card with the mouse (pointer events in small steps, as a person would) onto a target. */
  async drag(card: Locator, target: Locator): Promise<void> {
    await this.settled();
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('card or target is not on screen');
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + 12);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 12, from.y + 20, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + Math.min(to.height - 8, 24), { steps: 12 });
    await mouse.up();
    await this.settled();
  }
}
