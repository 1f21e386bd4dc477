import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { channelThread, groupChat, message, personalChat } from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardButtons, cardText } from '../../fakes/teams/card-reading';
import { checkTeamsCard } from '../../fakes/teams/teams-cards';
import { corpusPaste } from '../../fakes/teams/pastes';
import { cardOf, fetchTask, submitAction, withFile } from './surface-activities';

/** The message action (fetchTask → dialog, submitAction → posted card) and logs attached in personal chat. */
let bot: BotUnderTest;
let files: Server;
let filesUrl: string;
const served = new Map<string, string>();

beforeAll(async () => {
  bot = await startBotUnderTest();
  // Stands in for the SharePoint/OneDrive download link Teams puts in the file's download info.
  files = createServer((req, res) => {
    const body = served.get(new URL(req.url ?? '/', 'http://files').pathname);
    // Plain statusCode/setHeader/end: restify (loaded in this process by the bot) patches http's response
    // prototype, and its writeHead does not return the response for chaining.
    res.statusCode = body === undefined ? 404 : 200;
    res.setHeader('content-type', 'application/octet-stream');
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await bot.stop();
  await new Promise<void>((resolve) => files.close(() => resolve()));
});
afterEach(() => expect(bot.connector.rejected).toEqual([]));

interface TaskAnswer {
  task: { type: string; value: { title: string; card: { contentType: string; content: unknown } } };
}

describe('the message action "Diagnose with ACR Doctor"', () => {
  it.each([
    ['a channel', channelThread()],
    ['a group chat', groupChat()],
    ['a personal chat', personalChat()],
  ])(
    'shows the diagnosis of the chosen message in a dialog and posts it into %s',
    async (_where, conversation) => {
      const url = bot.connector.serviceUrl;
      const root = `1${Date.now()}`;
      const fetched = await bot.post(fetchTask(url, conversation, corpusPaste('c008').text, root));
      expect(fetched.status).toBe(200);
      const { task } = fetched.body as TaskAnswer;
      expect(task.type).toBe('continue');
      expect(task.value.card.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const dialog = task.value.card.content;
      expect(checkTeamsCard(dialog).problems).toEqual([]);
      expect(cardText(dialog)).toMatch(/public network access/i);
      // In the dialog: posting, and buttons the client handles alone; no Universal Actions (a dialog cannot answer them).
      const titles = cardButtons(dialog).map((b) => b.title);
      expect(titles).toContain('Post in the conversation');
      expect(titles).not.toContain('Helpful');
      expect(titles).not.toContain('Run live checks');
      expect(JSON.stringify(dialog)).not.toContain('Action.Execute');
      // Nothing was posted yet: the dialog is only the presser's.
      const before = bot.connector.received.length;
      expect(
        bot.connector.received.filter((r) => r.conversationId.startsWith(conversation.id.split(';')[0]!)),
      ).toEqual([]);

      const post = cardButtons(dialog).find((b) => b.title === 'Post in the conversation')!;
      const submitted = await bot.post(submitAction(url, conversation, post.data, root));
      expect(submitted.status).toBe(200);
      const posted = await bot.connector.waitFor((r) => bot.connector.received.indexOf(r) >= before);
      // Posted proactively into the conversation (botbuilder addresses it as a reply to its continuation event).
      expect(['send', 'reply']).toContain(posted.operation);
      if (conversation.conversationType === 'channel') {
        // Into the chosen message's thread.
        expect(posted.conversationId).toBe(`${conversation.id.split(';')[0]};messageid=${root}`);
      } else expect(posted.conversationId).toBe(conversation.id);
      expect(cardText(cardOf(posted))).toMatch(/public network access/i);
      expect(cardButtons(cardOf(posted)).map((b) => b.title)).toContain('Helpful');
    },
  );

  it('posts a reply in a thread into that thread, and says so when a message holds no ACR error', async () => {
    const url = bot.connector.serviceUrl;
    const thread = channelThread();
    const fetched = await bot.post(fetchTask(url, thread, 'lunch at noon?', 'reply-1', 'root-1'));
    expect(cardText((fetched.body as TaskAnswer).task.value.card.content)).toContain(
      'No ACR error in that message',
    );

    const ok = await bot.post(fetchTask(url, thread, corpusPaste('c045').text, 'reply-2', 'root-2'));
    const post = cardButtons((ok.body as TaskAnswer).task.value.card.content).find(
      (b) => b.title === 'Post in the conversation',
    )!;
    const before = bot.connector.received.length;
    await bot.post(submitAction(url, thread, post.data, 'reply-2', 'root-2'));
    const posted = await bot.connector.waitFor((r) => bot.connector.received.indexOf(r) >= before);
    expect(posted.conversationId).toBe(`${thread.id.split(';')[0]};messageid=root-2`);
  });

  it('logs a post the connector refused as failed, not as posted', async () => {
    // A connector that refuses every activity, as Teams does when the bot is not in the conversation.
    const refusing = createServer((_req, res) => {
      res.statusCode = 403;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'not a member' } }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/`;
      const thread = channelThread();
      const ok = await bot.post(fetchTask(url, thread, corpusPaste('c045').text, 'reply-9', 'root-9'));
      const post = cardButtons((ok.body as TaskAnswer).task.value.card.content).find(
        (b) => b.title === 'Post in the conversation',
      )!;
      const before = bot.logs.length;
      expect((await bot.post(submitAction(url, thread, post.data, 'reply-9', 'root-9'))).status).toBe(200);
      const events = bot.logs.slice(before).map((l) => l.event);
      expect(events).toContain('message-action-post-failed');
      expect(events).not.toContain('message-action-posted');
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });

  it('refuses forged dialog data without posting anything', async () => {
    const before = bot.connector.received.length;
    const answer = await bot.post(
      submitAction(bot.connector.serviceUrl, channelThread(), { post: true, id: 'x' }, 'm1'),
    );
    expect(answer.status).toBe(200);
    expect(cardText((answer.body as TaskAnswer).task.value.card.content)).not.toMatch(
      /public network access/i,
    );
    expect(bot.connector.received.length).toBe(before);
  });
});

describe('logs attached in personal chat', () => {
  const sendFile = async (name: string, body: string | undefined, text = '') => {
    const conversation = personalChat();
    if (body !== undefined) served.set(`/${name}`, body);
    const activity = withFile(
      message({ serviceUrl: bot.connector.serviceUrl, conversation, text }),
      name,
      `${filesUrl}/${name}`,
    );
    expect((await bot.post(activity)).status).toBe(200);
    return bot.connector.received.filter((r) => r.conversationId === conversation.id).map(cardOf);
  };

  it('downloads an attached .log through its download link and diagnoses it', async () => {
    const log = `2024-05-01T10:00:00Z step 14/20 pushing\n${corpusPaste('c008').text}\n2024-05-01T10:00:01Z done`;
    const cards = await sendFile('build-4711.log', log);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toMatch(/public network access/i);
  });

  it('says which files it reads, when a file is too large, and when the download fails', async () => {
    expect(cardText((await sendFile('screenshot.png', 'png'))[0])).toContain(
      'I read .log and .txt files only',
    );
    expect(cardText((await sendFile('huge.txt', 'x'.repeat(600 * 1024)))[0])).toContain('larger than 512 KB');
    expect(cardText((await sendFile('gone.txt', undefined))[0])).toContain('could not download the file');
  });

  it('says when a pasted message is about as long as Teams allows', async () => {
    const conversation = personalChat();
    const filler = Array.from(
      { length: 1200 },
      (_, i) => `2024-05-01T10:00:${String(i % 60).padStart(2, '0')}Z step ${i} ok`,
    ).join('\n');
    // The error first, then a long log that Teams cut at its limit.
    const text = `${corpusPaste('c008').text}\n${filler}`.slice(0, 26 * 1024);
    await bot.post(message({ serviceUrl: bot.connector.serviceUrl, conversation, text }));
    const cards = bot.connector.received.filter((r) => r.conversationId === conversation.id).map(cardOf);
    expect(cards).toHaveLength(2);
    expect(cardText(cards[1])).toContain('Teams may have cut its end');
  });

  it('asks for files in personal chat when one is attached in a channel', async () => {
    const thread = channelThread();
    const activity = withFile(
      message({ serviceUrl: bot.connector.serviceUrl, conversation: thread, text: '', mentionBot: true }),
      'build.log',
      `${filesUrl}/build.log`,
    );
    await bot.post(activity);
    const cards = bot.connector.received.filter((r) => r.conversationId === thread.id).map(cardOf);
    expect(cardText(cards[0])).toContain('in our personal chat only');
  });
});
