import type { Activity } from 'botbuilder';

/**
 * The text of an incoming message as the bot should read it: without the bot's own @mentions, and with
 * other people's mention tags reduced to their names. The rest is passed on untouched (the engine
 * normalises HTML, entities and terminal noise itself).
 */

// Bounded and without nested `<`: a mention's name never holds markup, and this keeps the scan linear.
const AT_TAG = /<at(?:\s[^<>]{0,200})?>([^<]{0,500})<\/at>/gi;

interface MentionEntity {
  readonly type: 'mention';
  readonly text?: unknown;
  readonly mentioned?: { readonly id?: unknown };
}

function isMention(entity: unknown): entity is MentionEntity {
  return typeof entity === 'object' && entity !== null && (entity as { type?: unknown }).type === 'mention';
}

function botMentions(activity: Partial<Activity>): MentionEntity[] {
  const botId = activity.recipient?.id;
  if (!botId || !Array.isArray(activity.entities)) return [];
  return activity.entities.filter(isMention).filter((m) => m.mentioned?.id === botId);
}

/** Whether the message @mentions the bot (by entity, which the sender cannot fake in the text). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  return botMentions(activity).length > 0;
}

export function textWithoutBotMentions(activity: Partial<Activity>): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  const tags = botMentions(activity).flatMap((m) => (typeof m.text === 'string' && m.text ? [m.text] : []));
  // Some clients omit the entity's exact text; the bot's own name in a tag is the same mention.
  if (tags.length > 0 && activity.recipient?.name) tags.push(`<at>${activity.recipient.name}</at>`);
  for (const tag of tags) text = text.split(tag).join(' ');
  return text.replace(AT_TAG, (_whole, name: string) => name).trim();
}
