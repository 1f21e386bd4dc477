import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { CardFactory, type ConversationReference } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards';
import type { Logger } from './log';

/**
 * Replaces a card's message for everyone in the conversation (the connector's PUT of an activity), outside
 * any turn: a proactive continuation of the conversation. Retried a few times, because the card it replaces
 * may say "checking…" and must not stay that way over a passing connector error.
 */
export interface PublishTarget {
  readonly adapter: TeamsAdapter;
  /** The bot's app id, or '' in local mode. */
  readonly botAppId: string;
  readonly reference: Partial<ConversationReference>;
  /** The id of the message that holds the card. */
  readonly messageId: string;
}

const RETRY_DELAYS_MS = [0, 1000, 3000];

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
      await target.adapter.continueConversationAsync(target.botAppId, target.reference, async (context) => {
        await context.updateActivity({
          type: 'message',
          id: target.messageId,
          attachments: [CardFactory.adaptiveCard(card)],
        });
      });
      return true;
    } catch (error) {
      log.error('card-update-failed', {
        messageId: target.messageId,
        attempt: attempt + 1,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return false;
}
