import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { diagnose } from '../../src/diagnosis';
import { CAUSES } from '../../src/knowledge';
import { startServer, type RunningServer } from '../../src/server';
import { silentLogger } from '../../src/bot/log';
import { LOCAL_CONFIG } from '../fakes/teams/bot-under-test';
import { corpusPaste } from '../fakes/teams/pastes';
import { botCard as botCardOn, screenshot as screenshotOf, send as sendOn } from './chat-page';
import { launchChromium, type Browser } from './chromium';
import { startPlayground, type RunningPlayground } from './playground';

/**
 * A person's view: the real bot, the Agents Playground (a Teams-like client) and Chromium. Paste an error,
 * read the card, press its buttons, watch it refresh. Generous timeouts: CI is a loaded 2-core machine.
 */
jest.setTimeout(240_000);

const UI_TIMEOUT = 60_000;
const SCREENSHOTS = process.env['E2E_SCREENSHOT_DIR'] ?? join(tmpdir(), 'acr-doctor-e2e');

let bot: RunningServer;
let playground: RunningPlayground;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  bot = await startServer(LOCAL_CONFIG, { log: silentLogger });
  playground = await startPlayground(`${bot.url}/api/messages`);
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(playground.url, { waitUntil: 'domcontentloaded', timeout: UI_TIMEOUT });
});

afterAll(async () => {
  // Each one is stopped even if another fails to.
  await Promise.allSettled([browser?.close(), playground?.stop()]);
  await bot?.close();
});

const botCard = (text: string | RegExp): Locator => botCardOn(page, text);
const send = (text: string): Promise<void> => sendOn(page, text);
const screenshot = (card: Locator, name: string): Promise<string> =>
  screenshotOf(page, card, SCREENSHOTS, name);

describe('the bot in the Agents Playground', () => {
  it('welcomes the person when the chat opens', async () => {
    await botCard('Hi, I am ACR Doctor').waitFor({ state: 'visible' });
  });

  it('diagnoses a pasted error, and the card refreshes when its buttons are pressed', async () => {
    const paste = corpusPaste('c005').text;
    const top = diagnose(paste).causes[0];
    const title = CAUSES.find((c) => c.id === top?.id)?.title.en;
    expect(top?.family).toBe('firewall-ip-not-allowed');
    await send(paste);

    const card = botCard(`Most likely: ${title}`);
    await card.waitFor({ state: 'visible' });
    await expect(card.getByText('From your paste').first().isVisible()).resolves.toBe(true);
    await expect(
      card
        .getByText(/is not allowed access/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      card
        .getByText(/^az acr network-rule add/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    console.log(`diagnosis card: ${await screenshot(card, 'diagnosis-card')}`);

    await card.getByRole('button', { name: /^Show all \d+ causes$/ }).click();
    const expanded = botCard(`Most likely: ${title}`);
    await expanded.getByRole('button', { name: 'Show fewer' }).waitFor({ state: 'visible' });

    await expanded.getByRole('button', { name: 'Run live checks' }).click();
    await botCard('Live checks are not configured on this bot').waitFor({ state: 'visible' });

    const withChecks = botCard('Live checks are not configured on this bot');
    await withChecks.getByRole('button', { name: 'Helpful', exact: true }).click();
    // Helpful asks which cause it was (a form only the presser sees), then thanks.
    const asked = botCard('Which cause was it?');
    await asked.getByRole('button', { name: 'Send', exact: true }).click();
    const thanked = botCard('Thanks for the feedback');
    await thanked.waitFor({ state: 'visible' });
    await expect(thanked.getByRole('button', { name: 'Helpful', exact: true }).count()).resolves.toBe(0);
    console.log(`refreshed card: ${await screenshot(thanked, 'refreshed-card')}`);
  });

  it('answers chit-chat with a friendly word and a sample to try', async () => {
    await send('is the registry down?');
    const hello = botCard('Try a sample');
    await hello.waitFor({ state: 'visible' });
    await expect(hello.getByRole('button', { name: 'Try a sample', exact: true }).count()).resolves.toBe(1);
  });
});
