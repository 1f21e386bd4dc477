import { createHash } from 'node:crypto';
import { memoryStateStore, type StateStore } from '../state';

/**
 * Teams re-sends an activity when the bot is slow to acknowledge it, with the same id. This claims each
 * (conversation, activity id) pair once in the state store — atomically, so with shared storage a
 * redelivery that lands on another instance is recognised there too — and a retry is not answered twice.
 */
export class Deliveries {
  constructor(private readonly state: StateStore = memoryStateStore()) {}

  /** True the first time a (conversation, activity id) pair is seen; activities without an id always count as first. */
  async first(conversationId: string | undefined, activityId: string | undefined): Promise<boolean> {
    if (!activityId) return true;
    // Ids are unique only within a conversation; hashed, they make a short key of safe characters.
    const digest = createHash('sha256')
      .update(`${conversationId ?? ''}\n${activityId}`)
      .digest('hex');
    return this.state.claim(`deliveries/${digest}`);
  }
}
