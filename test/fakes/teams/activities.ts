import { randomUUID } from 'node:crypto';

/**
 * Activities shaped like the ones Teams posts to a bot's /api/messages, taken from the Bot Framework
 * activity schema and Teams samples: a personal chat, a channel thread, a group chat, installs, and
 * Universal Action invokes.
 */

export const BOT = { id: '28:00000000-0000-0000-0000-0000000000b0', name: 'ACR Doctor' } as const;
export const USER = {
  id: '29:1vN6bLNxF3Ymz-megan',
  name: 'Megan Bowen',
  aadObjectId: '6e8d2f0a-3d21-4a5c-9f1e-2b7c3a4d5e6f',
} as const;
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const TEAM = '19:c7f9b1a2d3e4f5a6b7c8d9e0f1a2b3c4@thread.tacv2';
const CHANNEL = '19:8d5c3f1b2a4e4d6f9a7b0c1d2e3f4a5b@thread.tacv2';

export type Activity = Record<string, unknown> & { id: string; type: string };

export interface Conversation {
  readonly id: string;
  readonly conversationType: 'personal' | 'channel' | 'groupChat';
  readonly channelData: Record<string, unknown>;
}

export function personalChat(): Conversation {
  return {
    id: `a:1${randomUUID().replace(/-/g, '')}`,
    conversationType: 'personal',
    channelData: { tenant: { id: TENANT } },
  };
}

let sequence = 0;

/**
 * A numeric id (Teams message ids are digits) no other call in any test process returns: the time, this process and
 * a counter. Random digits were not enough: five threads made in one millisecond could share a root, and then one
 * answer counted for two threads.
 */
function uniqueDigits(): string {
  sequence += 1;
  return `${Date.now()}${String(process.pid % 100_000).padStart(5, '0')}${String(sequence).padStart(6, '0')}`;
}

/** A channel thread: Teams puts the root message id in the conversation id. */
export function channelThread(): Conversation {
  const root = uniqueDigits();
  return {
    id: `${CHANNEL};messageid=${root}`,
    conversationType: 'channel',
    channelData: {
      teamsChannelId: CHANNEL,
      teamsTeamId: TEAM,
      channel: { id: CHANNEL },
      team: { id: TEAM },
      tenant: { id: TENANT },
    },
  };
}

export function groupChat(): Conversation {
  return {
    id: `19:${randomUUID().replace(/-/g, '')}@thread.v2`,
    conversationType: 'groupChat',
    channelData: { tenant: { id: TENANT } },
  };
}

interface Common {
  readonly serviceUrl: string;
  readonly conversation: Conversation;
  readonly locale?: string;
  readonly id?: string;
  /** Another organisation: replaces the tenant in `conversation.tenantId` and `channelData.tenant.id`. */
  readonly tenantId?: string;
}

function envelope(
  type: string,
  { serviceUrl, conversation, locale = 'en-US', id, tenantId }: Common,
): Activity {
  const now = new Date().toISOString();
  return {
    type,
    id: id ?? `1${uniqueDigits()}`,
    timestamp: now,
    localTimestamp: now,
    localTimezone: 'Europe/Berlin',
    channelId: 'msteams',
    serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: {
      conversationType: conversation.conversationType,
      tenantId: tenantId ?? TENANT,
      id: conversation.id,
      ...(conversation.conversationType === 'personal' ? {} : { isGroup: true }),
    },
    channelData: tenantId
      ? { ...conversation.channelData, tenant: { id: tenantId } }
      : conversation.channelData,
    locale,
    entities: [{ type: 'clientInfo', locale, country: 'US', platform: 'Web', timezone: 'Europe/Berlin' }],
  };
}

/** A message as Teams sends it: `text` with `<at>` tags for mentions, and a mention entity per tag. */
export function message(
  common: Common & { readonly text: string; readonly mentionBot?: boolean; readonly html?: boolean },
): Activity {
  const base = envelope('message', common);
  const mention = `<at>${BOT.name}</at>`;
  const text = common.mentionBot ? `${mention} ${common.text}` : common.text;
  return {
    ...base,
    text,
    textFormat: 'plain',
    attachments: common.html ? [{ contentType: 'text/html', content: `<p>${text}</p>` }] : [],
    entities: [
      ...(base['entities'] as unknown[]),
      ...(common.mentionBot
        ? [{ type: 'mention', text: mention, mentioned: { id: BOT.id, name: BOT.name } }]
        : []),
    ],
  };
}

/** The bot was installed: added to a personal scope, a team or a group chat. */
export function install(common: Common): Activity {
  const base = envelope('conversationUpdate', common);
  const eventType = common.conversation.conversationType === 'channel' ? 'teamMemberAdded' : undefined;
  return {
    ...base,
    membersAdded: [{ id: BOT.id }],
    channelData: { ...common.conversation.channelData, ...(eventType ? { eventType } : {}) },
  };
}

/** Someone else joined: the bot should stay quiet. */
export function memberJoined(common: Common): Activity {
  return {
    ...envelope('conversationUpdate', common),
    membersAdded: [{ id: '29:new-member', aadObjectId: randomUUID() }],
  };
}

/**
 * A Universal Action (Action.Execute) press on a card the bot sent as `replyToId`. After the bot asked for a
 * sign-in, Teams sends the press again with `authentication` (the single sign-on token for the resource the
 * bot named) or, after a nominal sign-in, with `state`.
 */
export function cardAction(
  common: Common & {
    readonly verb: unknown;
    readonly data: unknown;
    readonly replyToId?: string;
    readonly title?: string;
    readonly authentication?: {
      readonly token: string;
      readonly id?: string;
      readonly connectionName?: string;
    };
    readonly state?: string;
  },
): Activity {
  return {
    ...envelope('invoke', common),
    name: 'adaptiveCard/action',
    ...(common.replyToId !== undefined ? { replyToId: common.replyToId } : {}),
    value: {
      action: {
        type: 'Action.Execute',
        id: randomUUID(),
        title: common.title ?? 'button',
        verb: common.verb,
        data: common.data,
      },
      trigger: 'manual',
      ...(common.authentication
        ? {
            authentication: {
              id: common.authentication.id ?? randomUUID(),
              connectionName: common.authentication.connectionName ?? 'acr-doctor-sso',
              token: common.authentication.token,
            },
          }
        : {}),
      ...(common.state !== undefined ? { state: common.state } : {}),
    },
  };
}
