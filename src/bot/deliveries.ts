import { BoundedMap } from './bounded-map';

/**
 * Teams re-sends an activity when the bot is slow to acknowledge it, with the same id. This remembers the
 * ids seen recently (per conversation, since ids are unique only within one) so a retry is not answered twice.
 */
export class Deliveries {
  private readonly seen: BoundedMap<string, true>;

  constructor(
    options: { readonly capacity?: number; readonly ttlMs?: number; readonly now?: () => number } = {},
  ) {
    // Teams retries within seconds to minutes; ten thousand ids cover that at any plausible rate.
    this.seen = new BoundedMap(options.capacity ?? 10_000, options.ttlMs ?? 30 * 60 * 1000, options.now);
  }

  /** True the first time a (conversation, activity id) pair is seen; activities without an id always count as first. */
  first(conversationId: string | undefined, activityId: string | undefined): boolean {
    if (!activityId) return true;
    const key = `${conversationId ?? ''}\n${activityId}`;
    if (this.seen.find(key).found) return false;
    this.seen.set(key, true);
    return true;
  }
}
