import { randomUUID } from 'node:crypto';
import { BOT, cardAction, message, type Activity, type Conversation } from '../../fakes/teams/activities';
import type { BotUnderTest } from '../../fakes/teams/bot-under-test';
import { button, cardInputs } from '../../fakes/teams/card-reading';
import type { CapturedActivity } from '../../fakes/teams/connector';

/**
 * Activities for the bot's newer surfaces, shaped after Teams' documented payloads: a channel message
 * delivered through resource-specific consent (no mention), messages from bots, an edit, the message
 * action's fetchTask and submitAction invokes, and a personal-chat message with an attached file.
 */

/** A new post in a channel: Teams names the thread after the post itself (`;messageid=<its id>`). */
export function channelPost(serviceUrl: string, thread: Conversation, text: string, id?: string): Activity {
  const root = /;messageid=(.+)$/.exec(thread.id)?.[1] ?? '';
  return message({ serviceUrl, conversation: thread, text, id: id ?? root });
}

export function fromOtherBot(activity: Activity): Activity {
  return {
    ...activity,
    from: { id: '28:11111111-2222-3333-4444-555555555555', name: 'Build Bot', role: 'bot' },
  };
}

export function fromItself(activity: Activity): Activity {
  return { ...activity, from: BOT };
}

/** Teams tells a bot with RSC about an edited message as a `messageUpdate` with the same id. */
export function edited(activity: Activity, text: string): Activity {
  return {
    ...activity,
    type: 'messageUpdate',
    text,
    channelData: { ...(activity['channelData'] as object), eventType: 'editMessage' },
  };
}

function messagePayload(text: string, id: string, replyToId?: string): Record<string, unknown> {
  return {
    id,
    ...(replyToId ? { replyToId } : {}),
    createdDateTime: new Date().toISOString(),
    messageType: 'message',
    body: {
      contentType: 'html',
      content: `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`,
    },
    from: { user: { id: randomUUID(), displayName: 'Adele Vance', userIdentityType: 'aadUser' } },
  };
}

/** The "…" menu → Diagnose with ACR Doctor: `composeExtension/fetchTask` with the chosen message. */
export function fetchTask(
  serviceUrl: string,
  conversation: Conversation,
  text: string,
  messageId: string,
  replyToId?: string,
): Activity {
  const base = message({ serviceUrl, conversation, text: '' });
  return {
    ...base,
    type: 'invoke',
    name: 'composeExtension/fetchTask',
    value: {
      commandId: 'diagnoseMessage',
      commandContext: 'message',
      context: { theme: 'default' },
      messagePayload: messagePayload(text, messageId, replyToId),
    },
  };
}

/** The dialog's button: `composeExtension/submitAction` with the button's data. */
export function submitAction(
  serviceUrl: string,
  conversation: Conversation,
  data: unknown,
  messageId: string,
  replyToId?: string,
): Activity {
  const base = message({ serviceUrl, conversation, text: '' });
  return {
    ...base,
    type: 'invoke',
    name: 'composeExtension/submitAction',
    value: {
      commandId: 'diagnoseMessage',
      commandContext: 'message',
      data,
      messagePayload: messagePayload('', messageId, replyToId),
    },
  };
}

/** A personal-chat message with a file the user attached (file download info, as Teams sends it). */
export function withFile(activity: Activity, name: string, downloadUrl: string): Activity {
  return {
    ...activity,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: 'https://contoso.sharepoint.com/personal/adele/Documents/' + name,
        name,
        content: { downloadUrl, uniqueId: randomUUID(), fileType: name.split('.').pop() ?? '' },
      },
    ],
  };
}

export function cardOf(captured: CapturedActivity): unknown {
  return (captured.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;
}

export interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: unknown;
}

/** Presses a card's button as Teams does and returns the card in the invoke answer. */
function currentValues(card: unknown): Record<string, string> {
  return Object.fromEntries(
    cardInputs(card).flatMap((input) => (input.value === undefined ? [] : [[input.id, input.value]])),
  );
}

export async function press(
  bot: BotUnderTest,
  card: unknown,
  title: string | RegExp,
  conversation: Conversation,
  messageId: string,
  options: { inputs?: Record<string, unknown>; from?: Record<string, unknown>; locale?: string } = {},
): Promise<unknown> {
  const b = button(card, title);
  const activity = cardAction({
    serviceUrl: bot.connector.serviceUrl,
    conversation,
    verb: b.verb,
    // Teams sends every input's current value with the press; the test's own inputs are what a person changed.
    data: { ...(b.data as object), ...currentValues(card), ...options.inputs },
    replyToId: messageId,
    title: b.title,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const response = await bot.post(options.from ? { ...activity, from: options.from } : activity);
  expect(response.status).toBe(200);
  const answer = response.body as InvokeAnswer;
  expect(answer.statusCode).toBe(200);
  return answer.value;
}
