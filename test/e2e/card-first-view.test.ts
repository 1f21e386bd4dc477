import type { Page } from 'playwright-core';
import { diagnosisCard, INITIAL_CARD_STATE, type LiveChecksSection } from '../../src/cards';
import type { AdaptiveCardJson } from '../../src/cards/adaptive-card';
import type { CheckReport } from '../../src/checks/types';
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
 * the first fix command is on screen without scrolling and the card is at most about 900 px tall; at both
 * widths no visible button label is cut, in the first view, with Details or the feedback question open,
 * and once live checks have reported.
 */
jest.setTimeout(120_000);

const MAX_FIRST_VIEW_PX = 900;
const WIDTHS = [600, 380] as const;
const LANGS = ['en', 'ru'] as const;
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

/** A finished live-check report that found the registry: the card offers "run again" and the login failures. */
const REPORT: CheckReport = {
  registry: 'contoso',
  credential: 'delegated-user',
  complete: true,
  azureCalls: 3,
  elapsedMs: 640,
  results: [
    {
      check: 'registry',
      status: 'pass',
      summary: { en: 'The registry contoso exists.', ru: 'Реестр contoso существует.' },
      facts: [],
      verdicts: [],
      fix: [],
      elapsedMs: 200,
    },
    {
      check: 'network',
      status: 'fail',
      summary: { en: 'The firewall denies 203.0.113.7.', ru: 'Брандмауэр запрещает 203.0.113.7.' },
      facts: [{ label: { en: 'Default action', ru: 'Действие по умолчанию' }, value: 'Deny' }],
      verdicts: [
        {
          cause: 'firewall-client-ip-not-allowed',
          verdict: 'confirmed',
          because: { en: 'The IP is not in the rules.', ru: 'IP нет в правилах.' },
        },
      ],
      fix: [],
      elapsedMs: 300,
    },
  ],
};

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

/** A visible button's label: the width its text needs and the width it was given, in CSS pixels. */
interface ButtonLabel {
  readonly title: string;
  readonly needs: number;
  readonly has: number;
}

/**
 * Every visible button of the card, measured on the element that holds its title (the renderer clips it
 * with an ellipsis): a label is cut when its text needs more width than it was given.
 */
async function buttonLabels(page: Page): Promise<ButtonLabel[]> {
  // Runs in the page (this project compiles without DOM types, so the script is a string).
  return (await page.evaluate(`[...document.querySelectorAll('#card .ac-pushButton')]
    .filter((button) => button.getClientRects().length > 0)
    .map((button) => {
      const label = button.querySelector('div') ?? button;
      return { title: button.textContent.trim(), needs: label.scrollWidth, has: label.clientWidth };
    })`)) as ButtonLabel[];
}

const cut = (labels: readonly ButtonLabel[]) => labels.filter((l) => l.needs > l.has);

function cardFor(paste: string, lang: Lang, liveChecks: LiveChecksSection = { kind: 'hidden' }) {
  const diagnosis = diagnose(paste);
  const card = diagnosisCard({
    cardId: 'cardIdcardIdcardIdcard',
    diagnosis,
    lang,
    state: INITIAL_CARD_STATE,
    liveChecks,
  });
  return { diagnosis, card };
}

interface Measure {
  readonly height: number;
  readonly fixBottom: number;
  readonly fixShown: boolean;
  readonly buttons: readonly ButtonLabel[];
}

async function measure(paste: string, lang: Lang, width: number, name: string): Promise<Measure> {
  const { diagnosis, card } = cardFor(paste, lang);
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
    buttons: await buttonLabels(page),
  };
}

/** Presses the card's button titled `title` (a toggle or a show-card: they only unfold, nothing is sent). */
async function press(title: string): Promise<void> {
  await page.locator('#card .ac-pushButton', { hasText: title }).first().click();
}

describe('the first view of a diagnosis card', () => {
  const cases = (['firewall', 'kubelet', 'secret'] as const).flatMap((paste) =>
    LANGS.map((lang) => [paste, lang] as const),
  );

  it.each(cases)(
    '%s (%s): the first fix is on screen at 600 px, the card is at most 900 px tall, no button label is cut',
    async (paste, lang) => {
      const wide = await measure(PASTES[paste], lang, 600, `card-${paste}-${lang}-600`);
      const phone = await measure(PASTES[paste], lang, 380, `card-${paste}-${lang}-380`);
      console.log(`${paste} ${lang}: 600 px ${JSON.stringify(wide)}, 380 px ${JSON.stringify(phone)}`);
      expect(wide.fixShown).toBe(true);
      expect(wide.fixBottom).toBeLessThanOrEqual(Math.min(wide.height, MAX_FIRST_VIEW_PX));
      expect(wide.height).toBeLessThanOrEqual(MAX_FIRST_VIEW_PX);
      expect(phone.fixShown).toBe(true);
      expect(wide.buttons.length).toBeGreaterThan(0);
      expect(cut(wide.buttons)).toEqual([]);
      expect(cut(phone.buttons)).toEqual([]);
    },
  );
});

describe('button labels of the unfolded card and of a live-check report', () => {
  const cases = WIDTHS.flatMap((width) => LANGS.map((lang) => [width, lang] as const));

  it.each(cases)('%i px (%s): no visible button label is cut', async (width, lang) => {
    const seen: Record<string, ButtonLabel[]> = {};
    const { card } = cardFor(PASTES.firewall, lang);

    await renderCard(page, card, width);
    await press(labelOf(card, 'Action.ToggleVisibility'));
    seen['details'] = await buttonLabels(page);
    await press(labelOf(card, 'Action.ShowCard'));
    seen['details+feedback'] = await buttonLabels(page);

    const { card: reported } = cardFor(PASTES.firewall, lang, {
      kind: 'report',
      report: REPORT,
      by: 'Megan Bowen',
    });
    await renderCard(page, reported, width);
    seen['report'] = await buttonLabels(page);
    await page
      .locator('#card')
      .screenshot({ path: join(FIRST_VIEW_DIR, `card-report-${lang}-${width}.png`) });

    console.log(`${width} px ${lang}: ${JSON.stringify(seen)}`);
    for (const labels of Object.values(seen)) expect(cut(labels)).toEqual([]);
    // The crowded cases were measured: Details adds "all causes" and the docs; the report's row holds
    // four buttons (check again, Details, Did it help?, and the overflow with the login failures).
    expect(seen['details']!.length).toBeGreaterThan(3);
    expect(seen['report']).toHaveLength(4);
  });
});

/** The title of the first action of `type` in the card's top-level action sets (bound: plain text). */
function labelOf(card: AdaptiveCardJson, type: string): string {
  const sets = card.body.filter((e): e is { type: string; actions: { type: string; title: string }[] } => {
    const el = e as { type?: unknown; actions?: unknown };
    return el.type === 'ActionSet' && Array.isArray(el.actions);
  });
  const action = sets.flatMap((s) => s.actions).find((a) => a.type === type);
  if (!action) throw new Error(`the card has no ${type}`);
  return action.title;
}
