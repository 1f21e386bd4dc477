import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** What a person does and sees in the Agents Playground's chat page. */

/** The last card from the bot that shows this text. */
export function botCard(page: Page, text: string | RegExp): Locator {
  return page.locator('.ac-adaptiveCard', { hasText: text }).last();
}

export async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-lexical-editor="true"]').first();
  // After a tall card the chat pane's region can lie over the box's edge and take the click; focus is what a
  // person's click gives the box.
  await box.scrollIntoViewIfNeeded();
  await box.focus();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** The chat pane scrolls on its own, so a tall card is photographed in a viewport tall enough to hold it. */
export async function screenshot(page: Page, card: Locator, dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.png`);
  const original = page.viewportSize();
  const height = (await card.boundingBox())?.height ?? 1000;
  await page.setViewportSize({ width: 1400, height: Math.min(8000, Math.ceil(height) + 600) });
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  await page.screenshot({
    path,
    ...(box ? { clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 } } : {}),
  });
  if (original) await page.setViewportSize(original);
  return path;
}
