import type { Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import type { ChecksView, LiveChecksSection } from './card-state';
import { liveChecksData } from './live-checks-data';
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

/** What the bot can do for one registry (`@acr-doctor contoso` with no paste). */
export function registryCard(input: RegistryCardInput): AdaptiveCardJson {
  const s = STRINGS[input.lang];
  const name = input.registry.toLowerCase();
  return bind('registry', {
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
    checks: liveChecksData(input.liveChecks, input.lang),
    card: { id: input.cardId, checks: input.checks },
    buttons: { checks: { show: input.checks === 'idle', title: s.buttons.runChecks } },
  }).card;
}
