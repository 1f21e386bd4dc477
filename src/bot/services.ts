import type { FeedbackRetention } from '../config';
import type { CardStore, TurnCards } from './card-store';
import type { Deliveries } from './deliveries';
import type { FeedbackSink } from './feedback';
import type { LiveCheckRuntime } from './live-check-runtime';
import type { Logger } from './log';

/** What the routes share: the bot's memory, where feedback goes, and live checks (their setting and state). */
export interface BotServices {
  /** The cards of the turn's own conversation (see card-store.ts). */
  readonly cards: TurnCards;
  readonly deliveries: Deliveries;
  readonly feedback: FeedbackSink;
  /** Whether the feedback form offers to share the paste, and how long shared text is kept. */
  readonly feedbackRetention: FeedbackRetention;
  readonly runtime: LiveCheckRuntime;
  readonly log: Logger;
  /** The bot's Entra app id ('' in local mode), for updating a message outside a turn. */
  readonly botAppId: string;
}

/** What the bot is built from: the services, with the card store of every conversation. */
export type BotDependencies = Omit<BotServices, 'cards'> & {
  readonly cards: CardStore;
  /** How long sending one reply may take, the connector client's retries included. */
  readonly replyDeadlineMs?: number;
};
