import { startServer } from '../../../src/server';
import { message, personalChat, channelThread } from '../../fakes/teams/activities';
import { LOCAL_CONFIG, startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardText } from '../../fakes/teams/card-reading';
import type { CapturedActivity } from '../../fakes/teams/connector';

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBotUnderTest();
});
afterAll(async () => bot.stop());
afterEach(() => expect(bot.connector.rejected).toEqual([]));

const cardOf = (c: CapturedActivity): unknown =>
  (c.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;

async function answerTo(text: string, mentionBot = false): Promise<unknown> {
  const conversation = mentionBot ? channelThread() : personalChat();
  const activity = message({ serviceUrl: bot.connector.serviceUrl, conversation, text, mentionBot });
  const response = await bot.post(activity);
  expect(response.status).toBe(200);
  const replies = bot.connector.received.filter((r) => r.conversationId === conversation.id);
  expect(replies).toHaveLength(1);
  return cardOf(replies[0]!);
}

describe('bad input gets a clear, friendly answer', () => {
  it.each([
    ['binary junk', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)).toString('latin1')],
    [
      'terminal colours',
      '\u001b[1;31merror\u001b[0m: \u001b[33mdenied: requested access to the resource is denied\u001b[0m',
    ],
    ['Chinese', '错误：拒绝访问。请检查您的凭据。'],
    ['emoji and RTL text', '🚀🚀🚀 שגיאה \u202e gnp.exe'],
    ['nested HTML', '<div><p><b><i><code>denied</code></i></b></p></div>'.repeat(500)],
    ['one enormous line', 'unauthorized: authentication required '.repeat(20_000)],
    ['many short lines', 'Error: 429 Too Many Requests\n'.repeat(20_000)],
    [
      'JSON',
      JSON.stringify({ errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] }),
    ],
  ])('%s', async (_name, text) => {
    const card = await answerTo(text);
    expect(cardText(card)).toMatch(/^ACR Doctor\n/);
  });

  it('a hostile paste in a channel renders as text, with no mention or link of its own', async () => {
    const card = await answerTo(
      "denied: client with IP '203.0.113.9' is not allowed access <at>Megan</at> [x](javascript:alert(1)) **x** ${json($root)}",
      true,
    );
    const json = JSON.stringify(card);
    expect(json).not.toContain('<at>');
    expect(json).not.toMatch(/"url":"javascript/);
    expect(cardText(card)).toContain('${json($root)}');
  });

  it('refuses bodies that are not activities, and bodies far larger than Teams sends', async () => {
    expect((await bot.postRaw('{not json')).status).toBe(400);
    expect((await bot.postRaw('[]')).status).toBe(400);
    expect((await bot.postRaw(JSON.stringify({ text: 'no type' }))).status).toBe(400);
    expect(
      (await bot.postRaw(JSON.stringify({ type: 'message', text: 'x'.repeat(2 * 1024 * 1024) }))).status,
    ).toBe(413);
  });

  it('reports health, and serves the pages the app manifest links to', async () => {
    const res = await fetch(`${bot.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', mode: 'local' });
    for (const path of ['/', '/privacy', '/terms']) {
      const page = await fetch(`${bot.server.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/plain');
      expect(await page.text()).toContain('ACR Doctor');
    }
  });

  it('fails to start on a busy port with an error it can report, not a crash', async () => {
    await expect(startServer({ ...LOCAL_CONFIG, port: bot.server.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });

  it('logs a reply the connector refused, and keeps serving', async () => {
    const conversation = personalChat();
    // A serviceUrl nobody listens on: the reply fails; the turn must not crash the server.
    const response = await bot.post(
      message({ serviceUrl: 'http://127.0.0.1:9/', conversation, text: 'help' }),
    );
    expect(response.status).toBe(200);
    expect(bot.logs.some((l) => l.level === 'error' && l.event === 'reply-failed')).toBe(true);
    expect(cardText(await answerTo('help'))).toContain('How to use ACR Doctor');
  }, 60_000);
});
