import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Renders an Adaptive Card in Chromium with the Adaptive Cards JavaScript renderer (the one web chat clients
 * build on), in a card pane of an exact width, so a card can be measured at the widths Teams shows it in.
 * The host config follows Teams' web client closely enough for heights: its font, sizes and spacing.
 */
const AC_DIR = join(require.resolve('adaptivecards/package.json'), '..', 'dist');

const HOST_CONFIG = {
  fontFamily: "'Segoe UI', system-ui, -apple-system, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 16 },
  fontTypes: {
    default: {
      fontFamily: "'Segoe UI', system-ui, -apple-system, sans-serif",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: "Consolas, 'Courier New', monospace",
      fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 200, default: 400, bolder: 600 },
    },
  },
  actions: {
    maxActions: 5,
    buttonSpacing: 8,
    showCard: { actionMode: 'inline' },
    actionsOrientation: 'horizontal',
  },
};

export async function openCardPage(page: Page): Promise<void> {
  await page.setContent(
    '<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#f5f5f5}' +
      '#pane{background:#fff;box-sizing:border-box}</style></head><body><div id="pane"></div></body></html>',
  );
  await page.addStyleTag({ path: join(AC_DIR, 'adaptivecards.css') });
  await page.addScriptTag({ path: join(AC_DIR, 'adaptivecards.js') });
}

/** Draws `card` in a pane `width` px wide; the rendered card element gets the id `card`. */
export async function renderCard(page: Page, card: unknown, width: number): Promise<void> {
  // Runs in the page (this project compiles without DOM types, so the script is a string).
  await page.evaluate(`(() => {
    const AC = window.AdaptiveCards;
    const pane = document.getElementById('pane');
    pane.style.width = '${width}px';
    pane.innerHTML = '';
    const adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = new AC.HostConfig(${JSON.stringify(HOST_CONFIG)});
    adaptive.parse(${JSON.stringify(card)});
    const element = adaptive.render();
    if (!element) throw new Error('the card did not render');
    element.id = 'card';
    pane.appendChild(element);
  })()`);
}
