import { INITIAL_CARD_STATE, type AdaptiveCardJson } from '../cards';
import {
  outcomeLine,
  privateResultsCard,
  publicResultsCard,
  type PublicView,
} from '../cards/private-results';
import type { Lang } from '../knowledge';
import { userKeyOf, type ActionOrigin } from './action-origin';
import { BoundedMap } from './bounded-map';
import { CARD_ID } from './card-store';
import { drawCard } from './card-view';
import type { BotServices } from './services';

/**
 * In a channel or group chat, live-check results are the presser's: the message for everyone gets the card
 * without them (whose permissions, and the outcome if shared), and the presser's client fetches their own
 * view through the card's `refresh`. Which person ran a card's checks comes from the report store.
 */
export class SharedOutcomes {
  private readonly views = new BoundedMap<string, PublicView>(1000, 24 * 60 * 60 * 1000);

  view(cardId: string): PublicView | undefined {
    const found = this.views.find(cardId);
    return found.found ? found.value : undefined;
  }

  set(view: PublicView): void {
    this.views.set(view.cardId, view);
  }
}

export function cardIdOf(data: unknown): string | undefined {
  const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
  return typeof id === 'string' && CARD_ID.test(id) ? id : undefined;
}

/** The card everyone sees once someone ran live checks; undefined when the card is gone. */
export function publicCard(
  cardId: string,
  lang: Lang,
  origin: ActionOrigin,
  services: BotServices,
  outcomes: SharedOutcomes,
): AdaptiveCardJson | undefined {
  const stored = services.cards.lookup(cardId);
  if (stored.kind === 'missing') return undefined;
  const base = drawCard(stored.card, cardId, lang, INITIAL_CARD_STATE, { kind: 'hidden' });
  const earlier = outcomes.view(cardId);
  const view: PublicView =
    earlier && earlier.userId === origin.userId
      ? earlier
      : { cardId, lang, userId: origin.userId, ...(origin.name ? { name: origin.name } : {}) };
  outcomes.set(view);
  return publicResultsCard(base, view);
}

/** The presser's own view (their report and the share button), or undefined if the report is not theirs. */
export function ownView(
  cardId: string,
  lang: Lang,
  origin: ActionOrigin,
  services: BotServices,
): AdaptiveCardJson | undefined {
  const stored = services.cards.lookup(cardId);
  const report = services.runtime.reports.latest(cardId);
  if (stored.kind === 'missing' || !report || report.userKey !== userKeyOfReport(origin)) return undefined;
  const card = drawCard(
    stored.card,
    cardId,
    lang,
    { ...INITIAL_CARD_STATE, checks: 'requested' },
    { kind: 'report', report: report.report, ...(report.by ? { by: report.by } : {}) },
  );
  return privateResultsCard(card, cardId, lang);
}

/** The key live checks store a report under: the tenant and user of the person (live-check-identity.ts). */
function userKeyOfReport(origin: ActionOrigin): string {
  return userKeyOf(origin);
}

/** "Share the outcome": the line for everyone, if the report is the presser's. */
export function shareOutcome(
  cardId: string,
  lang: Lang,
  origin: ActionOrigin,
  services: BotServices,
  outcomes: SharedOutcomes,
): AdaptiveCardJson | undefined {
  const report = services.runtime.reports.latest(cardId);
  if (!report || report.userKey !== userKeyOfReport(origin)) return undefined;
  outcomes.set({
    cardId,
    lang,
    userId: origin.userId,
    ...(origin.name ? { name: origin.name } : {}),
    outcome: outcomeLine(report.report, lang),
  });
  return publicCard(cardId, lang, origin, services, outcomes);
}
