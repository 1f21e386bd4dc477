import type { Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import { plainLines } from './plain-text';
import { STRINGS } from './strings';
import { bind } from './templates';

interface MessageData {
  readonly title: string;
  readonly body: string;
  readonly quote?: { readonly label: string; readonly text: string };
  readonly note?: string;
}

function messageCard(lang: Lang, data: MessageData): AdaptiveCardJson {
  return bind('message', {
    appName: STRINGS[lang].appName,
    title: data.title,
    body: data.body,
    quote: { show: Boolean(data.quote), label: data.quote?.label ?? '', text: data.quote?.text ?? '' },
    hasNote: Boolean(data.note),
    note: data.note ?? '',
  }).card;
}

/** A button was pressed on a card whose diagnosis the bot no longer holds. */
export function expiredCard(lang: Lang): AdaptiveCardJson {
  const s = STRINGS[lang].expired;
  return messageCard(lang, { title: s.title, body: s.body });
}

/** Card action data the bot did not produce (an old card, or someone crafting requests). */
export function unknownActionCard(lang: Lang): AdaptiveCardJson {
  const s = STRINGS[lang].unknownAction;
  return messageCard(lang, { title: s.title, body: s.body });
}

/** Something failed inside the bot; `reference` lets support find the log line. */
export function failureCard(lang: Lang, reference: string): AdaptiveCardJson {
  const s = STRINGS[lang].failure;
  return messageCard(lang, { title: s.title, body: s.body, note: s.reference(reference) });
}

/** `@acr-doctor <something>` where the something is not an ACR name. */
export function invalidRegistryCard(lang: Lang, given: string): AdaptiveCardJson {
  const s = STRINGS[lang].invalidRegistry;
  return messageCard(lang, {
    title: s.title,
    body: s.rule,
    quote: { label: s.youWrote, text: plainLines(given, 2, 120).text },
  });
}
