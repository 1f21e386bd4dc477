import type { Lang } from '../knowledge';
import { cardBytes, MAX_CARD_BYTES, type AdaptiveCardJson } from './adaptive-card';
import type { ChecksView, LiveChecksSection } from './card-state';
import { LIVE_DETAILS, liveCheckButtons, liveChecksData, type LiveDetail } from './live-checks-data';
import { STRINGS } from './strings';
import { bind } from './templates';

export interface RegistryCardInput {
  readonly cardId: string;
  /** A name already validated by ACR's naming rule. */
  readonly registry: string;
  readonly lang: Lang;
  readonly checks: ChecksView;
  readonly liveChecks: LiveChecksSection;
}

function cardData(input: RegistryCardInput, live: LiveDetail) {
  const s = STRINGS[input.lang];
  const name = input.registry.toLowerCase();
  const buttons = liveCheckButtons(
    input.liveChecks,
    { causes: 'top', feedback: 'none', checks: input.checks },
    input.lang,
  );
  return {
    appName: s.appName,
    title: s.registry.title(name),
    loginServer: `${name}.azurecr.io`,
    intro: s.registry.intro(name),
    example: s.registry.exampleSnippet(name),
    tryHeading: s.registry.tryHeading,
    steps: s.registry.steps.map((step, i) => ({
      number: String(i + 1),
      text: step.text,
      command: step.command(name),
    })),
    // Without causes on this card, each check lists what it confirms or rules out, and its fix.
    checks: liveChecksData(input.liveChecks, input.lang, {
      detail: live,
      verdicts: true,
      stepsShownElsewhere: new Set(),
    }),
    card: { id: input.cardId, checks: input.checks },
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
