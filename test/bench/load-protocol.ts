/** Messages between `npm run bench:load` (the server process, load.ts) and its driver (load-driver.ts). */

/** Server process → driver. */
export type RunOrder =
  | {
      readonly kind: 'run';
      /** The bot's POST /api/messages. */
      readonly endpoint: string;
      /** The Bot Connector's token for the bot, signed by the loopback issuer. */
      readonly token: string;
      readonly total: number;
      readonly concurrency: number;
    }
  /** Start the measured run (the server process has taken its figures before it). */
  | { readonly kind: 'go' }
  | { readonly kind: 'stop' };

export interface DriverResult {
  readonly kind: 'done';
  /** Wall time of the measured run. */
  readonly seconds: number;
  /** Failed posts and activities without a reply within 30 s. */
  readonly errors: number;
  /** Activities answered more than once. */
  readonly duplicates: number;
  /** Replies that were not an Adaptive Card replying to an activity. */
  readonly strayReplies: number;
  /** Activities posted, warm-up included, and distinct activities that got a reply. */
  readonly sent: number;
  readonly repliedTo: number;
  /** Latencies measured (one per activity of the measured run that was answered). */
  readonly measured: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** When the slowest activity was sent, in seconds from the start of the measured run. */
  readonly slowestSentAtS: number;
  /** CPU time of the driver process during the measured run. */
  readonly cpuMs: number;
}

/** Driver → server process. */
export type DriverMessage =
  { readonly kind: 'ready'; readonly serviceUrl: string } | { readonly kind: 'warmed' } | DriverResult;

export function isParentMessage(value: unknown): value is RunOrder {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

export function isDriverMessage(value: unknown): value is DriverMessage {
  return typeof value === 'object' && value !== null && 'kind' in value;
}
