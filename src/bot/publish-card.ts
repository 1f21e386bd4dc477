import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { CardFactory, type ConversationReference } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards';
import type { Logger } from './log';

/**
 * Replaces a card's message for everyone in the conversation (the connector's PUT of an activity), outside
 * any turn: a proactive continuation of the conversation. Each send already has a timeout per attempt and
 * the connector client's retries (429 and 5xx with Retry-After, timeouts, dropped connections: see
 * src/http/connector-transport.ts); on top of that the whole update is tried again after a pause, because
 * the card it replaces may say "checking…" and must not stay that way over a passing outage. A definite
 * refusal (a 4xx other than 408 and 429: the message is gone, the card is refused) is not tried again.
 */
export interface PublishTarget {
  readonly adapter: TeamsAdapter;
  /** The bot's app id, or '' in local mode. */
  readonly botAppId: string;
  readonly reference: Partial<ConversationReference>;
  /** The id of the message that holds the card. */
  readonly messageId: string;
}

const RETRY_DELAYS_MS = [0, 3000];

function isRefusal(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function publishCard(
  target: PublishTarget,
  card: AdaptiveCardJson,
  log: Logger,
): Promise<boolean> {
  for (const [attempt, delay] of RETRY_DELAYS_MS.entries()) {
    if (delay > 0) await wait(delay);
    try {
      // An error thrown inside the callback would go to the adapter's onTurnError, and the continuation would
      // resolve as if the update had worked: the failure is carried out of the callback instead.
      let failure: { readonly error: unknown } | undefined;
      await target.adapter.continueConversationAsync(target.botAppId, target.reference, async (context) => {
        try {
          await context.updateActivity({
            type: 'message',
            id: target.messageId,
            attachments: [CardFactory.adaptiveCard(card)],
          });
        } catch (error) {
          failure = { error };
        }
      });
      if (failure) throw failure.error;
      return true;
    } catch (error) {
      const refused = isRefusal(error);
      log.error('card-update-failed', {
        messageId: target.messageId,
        attempt: attempt + 1,
        final: refused || attempt === RETRY_DELAYS_MS.length - 1,
        error: error instanceof Error ? error.message : String(error),
      });
      if (refused) return false;
    }
  }
  return false;
}
