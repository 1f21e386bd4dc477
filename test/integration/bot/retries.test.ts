import { cardAction, install, message, personalChat, channelThread } from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { button } from '../../fakes/teams/card-reading';
import { corpusPaste } from '../../fakes/teams/pastes';

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBotUnderTest();
});
afterAll(async () => bot.stop());

describe('Teams retries a slow delivery with the same activity id', () => {
  it('answers a retried message once, even when the retry overlaps the first delivery', async () => {
    const conversation = personalChat();
    const activity = message({
      serviceUrl: bot.connector.serviceUrl,
      conversation,
      text: corpusPaste('c005').text,
    });
    const responses = await Promise.all([bot.post(activity), bot.post(activity), bot.post(activity)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await bot.post(activity)).status).toBe(200);
    expect(bot.connector.received.filter((r) => r.conversationId === conversation.id)).toHaveLength(1);
    expect(
      bot.logs.filter((l) => l.event === 'duplicate-ignored' && l.fields['id'] === activity.id),
    ).toHaveLength(3);
  });

  it('welcomes once for a retried install', async () => {
    const conversation = channelThread();
    const activity = install({ serviceUrl: bot.connector.serviceUrl, conversation });
    await bot.post(activity);
    await bot.post(activity);
    expect(bot.connector.received.filter((r) => r.conversationId === conversation.id)).toHaveLength(1);
  });

  it('treats the same id in another conversation as a new message', async () => {
    const id = '1700000000000';
    const first = personalChat();
    const second = personalChat();
    await bot.post(message({ serviceUrl: bot.connector.serviceUrl, conversation: first, text: 'help', id }));
    await bot.post(message({ serviceUrl: bot.connector.serviceUrl, conversation: second, text: 'help', id }));
    expect(
      bot.connector.received.filter((r) => r.conversationId === first.id || r.conversationId === second.id),
    ).toHaveLength(2);
  });

  it('answers a retried button press again (the client waits for it) but records the feedback once', async () => {
    const conversation = personalChat();
    const paste = message({
      serviceUrl: bot.connector.serviceUrl,
      conversation,
      text: corpusPaste('c005').text,
    });
    await bot.post(paste);
    const reply = await bot.connector.waitFor((r) => r.targetId === paste.id);
    const helpful = button(
      (reply.activity['attachments'] as Array<{ content: unknown }>)[0]?.content,
      'Helpful',
    );
    const press = cardAction({
      serviceUrl: bot.connector.serviceUrl,
      conversation,
      verb: helpful.verb,
      data: helpful.data,
      replyToId: reply.id,
    });
    const before = bot.feedback.list().length;
    const answers = [await bot.post(press), await bot.post(press)];
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers[1]?.body).toEqual(answers[0]?.body);
    expect(bot.feedback.list().length - before).toBe(1);
  });
});
