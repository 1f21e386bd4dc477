import {
  channelThread,
  groupChat,
  install,
  memberJoined,
  message,
  personalChat,
} from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardText, visibleTexts } from '../../fakes/teams/card-reading';
import type { CapturedActivity } from '../../fakes/teams/connector';
import { corpusPaste } from '../../fakes/teams/pastes';

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBotUnderTest();
});
afterAll(async () => bot.stop());
afterEach(() => expect(bot.connector.rejected).toEqual([]));

const cardOf = (c: CapturedActivity): unknown =>
  (c.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;

async function mention(conversation = channelThread(), text: string) {
  const activity = message({ serviceUrl: bot.connector.serviceUrl, conversation, text, mentionBot: true });
  expect((await bot.post(activity)).status).toBe(200);
  const replies = bot.connector.received.filter((r) => r.conversationId === conversation.id);
  expect(replies).toHaveLength(1);
  return { activity, reply: replies[0]!, card: cardOf(replies[0]!) };
}

describe('channels and group chats', () => {
  it('answers an @mention with a paste in the thread it came from, mention stripped', async () => {
    const thread = channelThread();
    const { activity, reply, card } = await mention(thread, corpusPaste('c008').text);
    // In the thread: same conversation id (with ;messageid=) and a reply to the mentioning message.
    expect(reply.conversationId).toBe(thread.id);
    expect(reply.conversationId).toContain(';messageid=');
    expect(reply).toMatchObject({ operation: 'reply', targetId: activity.id });
    expect(cardText(card)).toContain('CONNECTIVITY_REFRESH_TOKEN_ERROR');
    expect(JSON.stringify(card)).not.toContain('ACR Doctor</at>');
  });

  it('offers what it can do for `@acr-doctor contoso`', async () => {
    const { card } = await mention(channelThread(), 'contoso');
    expect(cardText(card)).toContain('Registry contoso');
    expect(cardText(card)).toContain('contoso.azurecr.io');
  });

  it('explains the naming rule for a name ACR would refuse', async () => {
    const { card } = await mention(channelThread(), 'my_registry.azurecr.io');
    expect(cardText(card)).toContain('That is not a valid registry name');
    expect(visibleTexts(card)).toContainEqual({ element: 'TextRun', text: 'my_registry.azurecr.io' });
  });

  it('uses a registry named before the paste as context', async () => {
    // c013 names no registry; the hint fills the commands.
    const { card } = await mention(groupChat(), `contoso\n${corpusPaste('c013').text}`);
    expect(cardText(card)).toMatch(/Registry: \ncontoso/);
    expect(visibleTexts(card).some((t) => t.element === 'CodeBlock' && /\bcontoso\b/.test(t.text))).toBe(
      true,
    );
  });

  it('welcomes people when installed in a team, a group chat or a personal chat, and only then', async () => {
    for (const [conversation, words] of [
      [channelThread(), 'I read the messages here quietly'],
      [groupChat(), 'I read the messages here quietly'],
      [personalChat(), 'Paste an Azure Container Registry error here'],
    ] as const) {
      expect((await bot.post(install({ serviceUrl: bot.connector.serviceUrl, conversation }))).status).toBe(
        200,
      );
      const replies = bot.connector.received.filter((r) => r.conversationId === conversation.id);
      expect(replies).toHaveLength(1);
      expect(cardText(cardOf(replies[0]!))).toContain(words);
      expect(
        (await bot.post(memberJoined({ serviceUrl: bot.connector.serviceUrl, conversation }))).status,
      ).toBe(200);
      expect(bot.connector.received.filter((r) => r.conversationId === conversation.id)).toHaveLength(1);
    }
  });
});
