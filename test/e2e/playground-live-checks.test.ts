import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { CAUSES } from '../../src/knowledge';
import {
  emptyScenario,
  FIREWALLED_CONTOSO,
  FAKE_TENANT,
  startFakeAzure,
  type FakeAzure,
} from '../fakes/azure';
import { startBotProcess, type BotProcess } from './bot-process';
import { botCard, screenshot, send } from './chat-page';
import { launchChromium, type Browser } from './chromium';
import { startPlayground, type RunningPlayground } from './playground';

/**
 * Live checks from a person's seat, in the Agents Playground (which has no single sign-on): the bot runs
 * as its own process with LIVE_CHECKS_LOCAL_CREDENTIAL=true and the developer's sign-in coming from the
 * environment DefaultAzureCredential reads (a service principal of the fake Entra ID), its Azure endpoints
 * pointed at the fake Azure, whose certificate it trusts through NODE_EXTRA_CA_CERTS. Press "Run live
 * checks", see the card come back with what Azure says; when Azure is slow, see the progress card replaced.
 */
jest.setTimeout(240_000);

const UI_TIMEOUT = 60_000;
const SCREENSHOTS = process.env['E2E_SCREENSHOT_DIR'] ?? join(tmpdir(), 'acr-doctor-e2e');
const FIREWALL_PASTE = [
  '$ docker pull contoso.azurecr.io/team-a/api:1.4.2',
  'Error response from daemon: Head "https://contoso.azurecr.io/v2/team-a/api/manifests/1.4.2": denied: ' +
    "client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
].join('\n');
const FIREWALL_TITLE = CAUSES.find((c) => c.id === 'firewall-client-ip-not-allowed')?.title.en ?? '';

let fake: FakeAzure;
let bot: BotProcess;
let playground: RunningPlayground;
let browser: Browser;
let page: Page;
let certDir: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  fake = await startFakeAzure({
    scenario: emptyScenario({
      registries: [FIREWALLED_CONTOSO],
    }),
  });
  certDir = mkdtempSync(join(tmpdir(), 'acr-doctor-fake-ca-'));
  const ca = join(certDir, 'fake-azure-ca.pem');
  writeFileSync(ca, fake.ca);
  bot = await startBotProcess({
    ...fake.env(),
    LIVE_CHECKS_LOCAL_CREDENTIAL: 'true',
    LIVE_CHECKS_ANSWER_WITHIN_MS: '2000',
    LIVE_CHECKS_DEADLINE_MS: '30000',
    // What DefaultAzureCredential's environment credential reads: a service principal of the fake tenant.
    AZURE_TENANT_ID: FAKE_TENANT,
    AZURE_CLIENT_ID: '5e5e5e5e-0000-4000-8000-0000000000d1',
    AZURE_CLIENT_SECRET: 'developer-secret',
    NODE_EXTRA_CA_CERTS: ca,
  });
  playground = await startPlayground(bot.endpoint);
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(playground.url, { waitUntil: 'domcontentloaded', timeout: UI_TIMEOUT });
  await botCard(page, 'Hi, I am ACR Doctor').waitFor({ state: 'visible' });
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), playground?.stop()]);
  await bot?.stop();
  await fake?.close();
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

async function expectVisible(card: Locator, text: string | RegExp): Promise<void> {
  await expect(card.getByText(text).first().isVisible()).resolves.toBe(true);
}

describe('live checks in the Agents Playground, with the developer credential', () => {
  it('"Run live checks" refreshes the card with what Azure says', async () => {
    await send(page, FIREWALL_PASTE);
    const card = botCard(page, `Most likely: ${FIREWALL_TITLE}`);
    await card.waitFor({ state: 'visible' });
    await card.getByRole('button', { name: 'Run live checks' }).click();

    const checked = botCard(page, 'Live checks for contoso');
    await checked.waitFor({ state: 'visible' });
    await expectVisible(checked, `Confirmed in Azure: ${FIREWALL_TITLE}`);
    await expectVisible(checked, "Checked with the developer's own Azure sign-in on this machine.");
    await expectVisible(checked, /^az acr network-rule add -n contoso --ip-address 203\.0\.113\.7$/);
    console.log(`live-check card: ${await screenshot(page, checked, SCREENSHOTS, 'live-checks-card')}`);
    // The developer's credential really went to the fake Entra ID, and the checks to the fake ARM.
    expect(fake.callsTo('token').every((c) => c.grant === 'client_credentials')).toBe(true);
    expect(fake.callsTo('registries').length).toBeGreaterThan(0);
  });

  it('when Azure is slow, a progress card comes first and is replaced in place by the results', async () => {
    fake.update({ faults: [{ api: 'registries', kind: 'latency', ms: 6000 }] });
    await send(page, `check contoso`);
    const card = botCard(page, 'Registry contoso');
    await card.waitFor({ state: 'visible' });
    await card.getByRole('button', { name: 'Run live checks' }).click();

    const progress = botCard(page, 'Checking contoso in Azure…');
    await progress.waitFor({ state: 'visible' });
    await expectVisible(progress, /^Still checking: /);
    console.log(`progress card: ${await screenshot(page, progress, SCREENSHOTS, 'live-checks-progress')}`);

    const final = botCard(page, /Live checks for contoso[\s\S]*Show recent login failures/);
    await final.waitFor({ state: 'visible', timeout: 90_000 });
    await expectVisible(final, 'Network access and firewall');
    await expect(page.getByText('Checking contoso in Azure…').count()).resolves.toBe(0);
    console.log(`updated card: ${await screenshot(page, final, SCREENSHOTS, 'live-checks-updated')}`);
  });
});
