import { fill, type Lang } from '../knowledge';
import { cardBytes, MAX_CARD_BYTES, type AdaptiveCardJson } from './adaptive-card';
import type { ChecksView, LiveChecksSection } from './card-state';
import { LIVE_DETAILS, liveCheckButtons, liveChecksData, type LiveDetail } from './live-checks-data';
import { bind } from './templates';
import { DIAGNOSIS_TEXT } from './text/diagnosis';
import { REGISTRY_STEPS, REGISTRY_TEXT } from './text/messages';

export interface RegistryCardInput {
  readonly cardId: string;
  /** A name already validated by ACR's naming rule. */
  readonly registry: string;
  readonly lang: Lang;
  readonly checks: ChecksView;
  readonly liveChecks: LiveChecksSection;
}

function cardData(input: RegistryCardInput, live: LiveDetail) {
  const { lang } = input;
  const t = REGISTRY_TEXT;
  const name = input.registry.toLowerCase();
  const buttons = liveCheckButtons(
    input.liveChecks,
    { causes: 'top', feedback: 'none', checks: input.checks },
    input.lang,
  );
  return {
    appName: fill(DIAGNOSIS_TEXT.appName, lang),
    title: fill(t.title, lang, { name }),
    loginServer: `${name}.azurecr.io`,
    intro: fill(t.intro, lang, { name }),
    example: fill(t.exampleSnippet, lang, { name }),
    tryHeading: fill(t.tryHeading, lang),
    steps: REGISTRY_STEPS.map((step, i) => ({
      number: String(i + 1),
      text: step.text[lang],
      command: step.command.replaceAll('{name}', name),
    })),
    // Without causes on this card, each check lists what it confirms or rules out, and its fix.
    checks: liveChecksData(input.liveChecks, input.lang, {
      detail: live,
      verdicts: true,
      stepsShownElsewhere: new Set(),
    }),
    card: { id: input.cardId, checks: input.checks, lang },
    buttons: { any: buttons.checks.show || buttons.loginFailures.show, ...buttons },
  };
}

/** What the bot can do for one registry (`@acr-doctor contoso` with no paste), and its live checks. */
export function registryCard(input: RegistryCardInput): AdaptiveCardJson {
  let card: AdaptiveCardJson | undefined;
  for (const live of LIVE_DETAILS) {
    card = bind('registry', cardData(input, live)).card;
    if (cardBytes(card) <= MAX_CARD_BYTES) return card;
  }
  return card!;
}
