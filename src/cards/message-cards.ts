import { fill, type Lang } from '../knowledge';
import type { AdaptiveCardJson } from './adaptive-card';
import { inlineRuns, type Run } from './inline-runs';
import { plainLines } from './plain-text';
import { bind } from './templates';
import { DIAGNOSIS_TEXT } from './text/diagnosis';
import { INVALID_REGISTRY_TEXT, MESSAGE_TEXT } from './text/messages';

interface MessageData {
  readonly title: string;
  /** Our own words; a `code span` (a command, a name's shape) is shown in monospace. */
  readonly body: string | readonly Run[];
  readonly quote?: { readonly label: string; readonly text: string };
  readonly note?: string;
}

function messageCard(lang: Lang, data: MessageData): AdaptiveCardJson {
  return bind('message', {
    appName: fill(DIAGNOSIS_TEXT.appName, lang),
    title: data.title,
    body: typeof data.body === 'string' ? inlineRuns(data.body) : data.body,
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
    // The login server's shape has angle brackets, which a TextBlock would take for HTML and drop.
    body: fill(INVALID_REGISTRY_TEXT.rule, lang, { loginServer: '\u0000' })
      .split('\u0000')
      .flatMap((text, i): Run[] => [
        ...(i > 0 ? [{ text: INVALID_REGISTRY_TEXT.loginServer[lang], font: 'Monospace' as const }] : []),
        { text, font: 'Default' as const },
      ]),
    quote: { label: fill(INVALID_REGISTRY_TEXT.youWrote, lang), text: plainLines(given, 2, 120).text },
  });
}
