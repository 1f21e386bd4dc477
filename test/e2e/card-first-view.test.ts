import type { Page } from 'playwright-core';
import { diagnosisCard, INITIAL_CARD_STATE } from '../../src/cards';
import { diagnose } from '../../src/diagnosis';
import type { Lang } from '../../src/knowledge';
import { launchChromium, type Browser } from './chromium';
import { FIRST_VIEW_DIR } from './first-view';
import { openCardPage, renderCard } from './render-card';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The first view of a diagnosis card, measured in Chromium at the widths Teams gives a card: a desktop chat
 * pane of 600 px and a phone of 380 px, in English and Russian (the playground speaks only en-US). At 600 px
 * the first fix command is on screen without scrolling and the card is at most about 900 px tall.
 */
jest.setTimeout(120_000);

const MAX_FIRST_VIEW_PX = 900;
/** A firewall error naming its registry (all three buttons) and a kubelet error with a long evidence line. */
const PASTES = {
  firewall: [
    '$ docker pull contoso.azurecr.io/team-a/api:1.4.2',
    'Error response from daemon: Head "https://contoso.azurecr.io/v2/team-a/api/manifests/1.4.2": denied: ' +
      "client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
  ].join('\n'),
  kubelet:
    'Failed to pull image "contoso.azurecr.io/team-a/api:1.4.2": rpc error: code = Unknown desc = failed to pull and unpack image ' +
    '"contoso.azurecr.io/team-a/api:1.4.2": failed to resolve reference "contoso.azurecr.io/team-a/api:1.4.2": failed to authorize: ' +
    'failed to fetch anonymous token: unexpected status: 401 Unauthorized',
  secret: [
    '$ docker login contoso.azurecr.io -u contoso -p Sup3rS3cret!x',
    'Error response from daemon: Get "https://contoso.azurecr.io/v2/": unauthorized: authentication required',
  ].join('\n'),
} as const;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(FIRST_VIEW_DIR, { recursive: true });
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 1000, height: MAX_FIRST_VIEW_PX });
  await openCardPage(page);
});

afterAll(async () => {
  await browser?.close();
});

interface Measure {
  readonly height: number;
  readonly fixBottom: number;
  readonly fixShown: boolean;
}

async function measure(paste: string, lang: Lang, width: number, name: string): Promise<Measure> {
  const diagnosis = diagnose(paste);
  const card = diagnosisCard({
    cardId: 'cardIdcardIdcardIdcard',
    diagnosis,
    lang,
    state: INITIAL_CARD_STATE,
    liveChecks: { kind: 'hidden' },
  });
  await renderCard(page, card, width);
  const command = diagnosis.causes[0]!.fix[0]!.command!;
  const cardBox = await page.locator('#card').boundingBox();
  const fix = page.locator('#card').getByText(command, { exact: true }).first();
  const fixBox = await fix.boundingBox();
  if (!cardBox || !fixBox) throw new Error(`${name}: no card or no first fix on screen`);
  await page.locator('#card').screenshot({ path: join(FIRST_VIEW_DIR, `${name}.png`) });
  return {
    height: Math.round(cardBox.height),
    fixBottom: Math.round(fixBox.y + fixBox.height - cardBox.y),
    fixShown: await fix.isVisible(),
  };
}

describe('the first view of a diagnosis card', () => {
  const cases = (['firewall', 'kubelet', 'secret'] as const).flatMap((paste) =>
    (['en', 'ru'] as const).map((lang) => [paste, lang] as const),
  );

  it.each(cases)(
    '%s (%s): the first fix is on screen at 600 px, and the card is at most 900 px tall',
    async (paste, lang) => {
      const wide = await measure(PASTES[paste], lang, 600, `card-${paste}-${lang}-600`);
      const phone = await measure(PASTES[paste], lang, 380, `card-${paste}-${lang}-380`);
      console.log(`${paste} ${lang}: 600 px ${JSON.stringify(wide)}, 380 px ${JSON.stringify(phone)}`);
      expect(wide.fixShown).toBe(true);
      expect(wide.fixBottom).toBeLessThanOrEqual(Math.min(wide.height, MAX_FIRST_VIEW_PX));
      expect(wide.height).toBeLessThanOrEqual(MAX_FIRST_VIEW_PX);
      expect(phone.fixShown).toBe(true);
    },
  );
});
