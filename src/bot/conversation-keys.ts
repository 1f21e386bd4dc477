import type { Activity } from 'botbuilder';

/**
 * Names for the places a message lives in, read from what Teams sends: the channel (or chat) a setting
 * belongs to, and the thread root a listening answer is counted against.
 */

type ChannelData =
  { readonly channel?: { readonly id?: unknown }; readonly teamsChannelId?: unknown } | undefined;

/** A channel conversation id carries the thread: `19:…@thread.tacv2;messageid=<root>`. */
const THREAD_SUFFIX = /;messageid=([^;]{1,100})$/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= 300 ? value : undefined;
}

/** The channel (teams) or the chat (group and personal chats) whose settings apply. */
export function channelKeyOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as ChannelData;
  const channel = text(channelData?.channel?.id) ?? text(channelData?.teamsChannelId);
  if (channel) return `channel/${channel}`;
  const conversation = text(activity.conversation?.id);
  return conversation ? `chat/${conversation.replace(THREAD_SUFFIX, '')}` : undefined;
}

/**
 * The message that started the thread this message is in. In a channel, the conversation id names it; in a
 * chat there are no threads, so every message is its own root.
 */
export function threadRootOf(activity: Partial<Activity>): string | undefined {
  const conversation = text(activity.conversation?.id);
  const fromConversation = conversation ? THREAD_SUFFIX.exec(conversation)?.[1] : undefined;
  const root = fromConversation ?? text(activity.replyToId) ?? text(activity.id);
  const channel = channelKeyOf(activity);
  return root && channel ? `${channel}/${root}` : undefined;
}

/**
 * Whether a bot sent the message: this bot itself, or any other (`from.role` is `bot` for them, and bot
 * ids in Teams start with `28:`). Listening never answers a bot, so two bots cannot talk each other up.
 */
export function isFromBot(activity: Partial<Activity>): boolean {
  const from = activity.from as { id?: unknown; role?: unknown } | undefined;
  const id = typeof from?.id === 'string' ? from.id : '';
  return from?.role === 'bot' || id.startsWith('28:') || (id !== '' && id === activity.recipient?.id);
}

/** The conversation id of a thread in a channel (for posting into it outside the turn that named it). */
export function threadConversationId(conversationId: string, rootId: string): string {
  return `${conversationId.replace(THREAD_SUFFIX, '')};messageid=${rootId}`;
}
