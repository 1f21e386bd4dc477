import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** What a person sees of a card in the chat before scrolling, at a given window width. */
export interface FirstView {
  readonly width: number;
  /** The card element's height in CSS pixels. */
  readonly cardHeight: number;
  /** How far below the card's top the first fix command ends. */
  readonly fixBottom: number;
  /** The command is on screen, unfolded, once the card's top is. */
  readonly fixVisible: boolean;
  readonly screenshot: string;
}

/** Screenshots of the first view go here (git-ignored), or to E2E_SCREENSHOT_DIR. */
export const FIRST_VIEW_DIR = process.env['E2E_SCREENSHOT_DIR'] ?? join(__dirname, 'screenshots');

/**
 * Sets the window to `width` × `height`, brings the card's top into view and measures it; then photographs
 * the card as it is (nothing unfolded).
 */
export async function measureFirstView(
  page: Page,
  card: Locator,
  fix: Locator,
  width: number,
  name: string,
  height = 1000,
): Promise<FirstView> {
  mkdirSync(FIRST_VIEW_DIR, { recursive: true });
  await page.setViewportSize({ width, height });
  // Let the chat relayout at the new width before reading boxes.
  await page.waitForTimeout(300);
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const cardBox = await card.boundingBox();
  const fixBox = await fix.boundingBox();
  if (!cardBox || !fixBox) throw new Error(`${name}: the card or its first fix has no box`);
  const fixVisible = (await fix.isVisible()) && fixBox.y >= 0 && fixBox.y + fixBox.height <= height;
  const path = join(FIRST_VIEW_DIR, `${name}.png`);
  await card.screenshot({ path });
  return {
    width,
    cardHeight: Math.round(cardBox.height),
    fixBottom: Math.round(fixBox.y + fixBox.height - cardBox.y),
    fixVisible,
    screenshot: path,
  };
}
