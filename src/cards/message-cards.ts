import { fill, type Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import { plainLines } from './plain-text';
import { bind } from './templates';
import { DIAGNOSIS_TEXT } from './text/diagnosis';
import { INVALID_REGISTRY_TEXT, MESSAGE_TEXT } from './text/messages';

interface MessageData {
  readonly title: string;
  readonly body: string;
  readonly quote?: { readonly label: string; readonly text: string };
  readonly note?: string;
}

function messageCard(lang: Lang, data: MessageData): AdaptiveCardJson {
  return bind('message', {
    appName: fill(DIAGNOSIS_TEXT.appName, lang),
    title: data.title,
    body: data.body,
    quote: { show: Boolean(data.quote), label: data.quote?.label ?? '', text: data.quote?.text ?? '' },
    hasNote: Boolean(data.note),
    note: data.note ?? '',
  }).card;
}

/** A button was pressed on a card whose diagnosis the bot no longer holds. */
export function expiredCard(lang: Lang): AdaptiveCardJson {
  return messageCard(lang, {
    title: fill(MESSAGE_TEXT.expiredTitle, lang),
    body: fill(MESSAGE_TEXT.expiredBody, lang),
  });
}

/** Card action data the bot did not produce (an old card, or someone crafting requests). */
export function unknownActionCard(lang: Lang): AdaptiveCardJson {
  return messageCard(lang, {
    title: fill(MESSAGE_TEXT.unknownActionTitle, lang),
    body: fill(MESSAGE_TEXT.unknownActionBody, lang),
  });
}

/** Something failed inside the bot; `reference` lets support find the log line. */
export function failureCard(lang: Lang, reference: string): AdaptiveCardJson {
  return messageCard(lang, {
    title: fill(MESSAGE_TEXT.failureTitle, lang),
    body: fill(MESSAGE_TEXT.failureBody, lang),
    note: fill(MESSAGE_TEXT.failureReference, lang, { id: reference }),
  });
}

/** `@acr-doctor <something>` where the something is not an ACR name. */
export function invalidRegistryCard(lang: Lang, given: string): AdaptiveCardJson {
  return messageCard(lang, {
    title: fill(INVALID_REGISTRY_TEXT.title, lang),
    body: fill(INVALID_REGISTRY_TEXT.rule, lang, { loginServer: INVALID_REGISTRY_TEXT.loginServer[lang] }),
    quote: { label: fill(INVALID_REGISTRY_TEXT.youWrote, lang), text: plainLines(given, 2, 120).text },
  });
}
