import type { Activity } from 'botbuilder';
import { createHash } from 'node:crypto';
import { memoryStateStore, type StateStore } from '../state';
import { attachedFile } from './attached-file';

/**
 * Whether a turn's only effect is its reply: a typed message in personal chat (no card submit, no file), which
 * is answered with a help, registry or diagnosis card and changes nothing else. Such a turn may run before its
 * delivery is claimed; the claim is made as its reply goes out, together with the reply's card
 * (`TurnCardSession.claimDelivery`), and a redelivery computes the same answer and sends nothing. Any other turn
 * (votes, live checks, settings, downloads) claims its delivery before it runs.
 */
export function claimedByReply(activity: Partial<Activity>): boolean {
  return (
    activity.type === 'message' &&
    typeof activity.id === 'string' &&
    activity.id !== '' &&
    activity.conversation?.conversationType === 'personal' &&
    (activity.value === undefined || activity.value === null) &&
    attachedFile(activity).kind === 'none'
  );
}

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
