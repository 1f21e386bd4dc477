import { cardAction, message, personalChat } from '../../fakes/teams/activities';
import { button } from '../../fakes/teams/card-reading';
import { CONTOSO, PASTES, startLiveHarness, type LiveHarness } from '../live-checks/harness';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { HangingConnector } from '../../fakes/teams/hanging-connector';

/**
 * Replies to a Bot Connector that takes the request and never answers: each attempt is abandoned after the
 * per-attempt timeout (its connection closed), retried by the connector client's retry policy (three
 * retries, with growing delays), and the reply is finally logged as failed; the turn does not hang.
 */
const ATTEMPT_MS = 300;
let bot: BotUnderTest;

beforeAll(async () => {
  bot = await startBotUnderTest({
    server: { limits: { replyAttemptTimeoutMs: ATTEMPT_MS, replyDeadlineMs: 60_000 } },
  });
});
afterAll(async () => bot.stop());

it('abandons each attempt after the timeout, retries, and logs the reply as failed', async () => {
  const connector = await HangingConnector.start();
  try {
    const started = performance.now();
    const response = await bot.post(
      message({ serviceUrl: connector.serviceUrl, conversation: personalChat(), text: 'help' }),
    );
    const took = performance.now() - started;
    expect(response.status).toBe(200);
    // The connector notices a closed connection a moment after the bot gave up on it.
    for (let i = 0; i < 40 && connector.requests.some((r) => r.closedAt === undefined); i++)
      await new Promise((r) => setTimeout(r, 50));
    // One attempt and the retry policy's three retries, all to the same reply address.
    expect(connector.requests).toHaveLength(4);
    expect(new Set(connector.requests.map((r) => `${r.method} ${r.path}`)).size).toBe(1);
    for (const r of connector.requests) {
      expect(r.closedAt).toBeDefined();
      const held = (r.closedAt ?? Infinity) - r.arrivedAt;
      // The bot's clock for an attempt starts before the connector sees the request, and on a loaded machine (two
      // cores running the whole suite) that gap has reached 140 ms: half the timeout still tells a wait from none.
      expect(held).toBeGreaterThanOrEqual(ATTEMPT_MS / 2);
      expect(held).toBeLessThan(ATTEMPT_MS + 1500);
    }
    // Retried after a pause, not in a tight loop.
    const gaps = connector.requests
      .slice(1)
      .map((r, i) => r.arrivedAt - (connector.requests[i]?.closedAt ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThan(200);
    const failed = bot.logs.filter((l) => l.level === 'error' && l.event === 'reply-failed');
    expect(failed).toHaveLength(1);
    expect(String(failed[0]?.fields['error'])).toMatch(new RegExp(`did not answer within ${ATTEMPT_MS} ms`));
    expect(took).toBeLessThan(30_000);
  } finally {
    await connector.close();
  }
}, 45_000);

it('a connector that hangs once is answered by the retry', async () => {
  const connector = await HangingConnector.start({ answerFrom: 2 });
  try {
    const before = bot.logs.length;
    const response = await bot.post(
      message({ serviceUrl: connector.serviceUrl, conversation: personalChat(), text: 'help' }),
    );
    expect(response.status).toBe(200);
    expect(connector.requests).toHaveLength(2);
    expect(connector.requests[0]?.closedAt).toBeDefined();
    expect(bot.logs.slice(before).filter((l) => l.level === 'error')).toEqual([]);
  } finally {
    await connector.close();
  }
}, 45_000);

it('a connector that answers 429 with Retry-After is asked again after that pause', async () => {
  const connector = await HangingConnector.start({
    script: [{ status: 429, retryAfterSeconds: 1 }, { status: 200 }],
  });
  try {
    const before = bot.logs.length;
    const response = await bot.post(
      message({ serviceUrl: connector.serviceUrl, conversation: personalChat(), text: 'help' }),
    );
    expect(response.status).toBe(200);
    expect(connector.requests).toHaveLength(2);
    const [first, second] = connector.requests;
    expect((second?.arrivedAt ?? 0) - (first?.arrivedAt ?? 0)).toBeGreaterThanOrEqual(900);
    expect(bot.logs.slice(before).filter((l) => l.level === 'error')).toEqual([]);
  } finally {
    await connector.close();
  }
}, 45_000);

describe('updating a card after live checks', () => {
  let live: LiveHarness;
  beforeAll(async () => {
    live = await startLiveHarness({}, { registries: [CONTOSO] });
  });
  afterAll(async () => live?.close());

  it('a connector that refuses the update (404: the message is gone) is not asked again', async () => {
    const refusing = await HangingConnector.start({ answerFrom: 1, status: 404 });
    try {
      const posted = await live.paste(PASTES.firewall);
      const run = button(posted.card, 'Run live checks');
      const response = await live.bot.post(
        cardAction({
          serviceUrl: refusing.serviceUrl,
          conversation: posted.conversation,
          verb: run.verb,
          data: run.data,
          replyToId: posted.messageId,
          title: run.title,
          authentication: { token: live.userToken() },
        }),
      );
      expect(response.status).toBe(200);
      for (let i = 0; i < 100 && !live.bot.logs.some((l) => l.event === 'card-updated'); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(live.bot.logs.find((l) => l.event === 'card-updated')?.fields['published']).toBe(false);
      expect(refusing.requests.map((r) => r.method)).toEqual(['PUT']);
      const failed = live.bot.logs.filter((l) => l.event === 'card-update-failed');
      expect(failed.map((l) => l.fields['final'])).toEqual([true]);
      expect(live.bot.logs.filter((l) => l.event === 'turn-failed')).toEqual([]);
    } finally {
      await refusing.close();
    }
  }, 60_000);
});
