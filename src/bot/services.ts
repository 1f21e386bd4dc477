import type { CardStore } from './card-store';
import type { Deliveries } from './deliveries';
import type { FeedbackSink } from './feedback';
import type { LiveCheckRuntime } from './live-check-runtime';
import type { Logger } from './log';

/** What the routes share: the bot's memory, where feedback goes, and live checks (their setting and state). */
export interface BotServices {
  readonly cards: CardStore;
  readonly deliveries: Deliveries;
  readonly feedback: FeedbackSink;
  readonly runtime: LiveCheckRuntime;
  readonly log: Logger;
  /** The bot's Entra app id ('' in local mode), for updating a message outside a turn. */
  readonly botAppId: string;
}
