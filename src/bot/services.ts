import type { LiveChecksSetting } from '../config';
import type { CardStore } from './card-store';
import type { Deliveries } from './deliveries';
import type { FeedbackSink } from './feedback';
import type { Logger } from './log';

/** What the routes share: the bot's memory, where feedback goes, and whether live checks exist. */
export interface BotServices {
  readonly cards: CardStore;
  readonly deliveries: Deliveries;
  readonly feedback: FeedbackSink;
  readonly liveChecks: LiveChecksSetting;
  readonly log: Logger;
}
