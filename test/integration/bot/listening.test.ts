import { channelThread, groupChat, message, type Conversation } from '../../fakes/teams/activities';
import { LOCAL_CONFIG, startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { cardText } from '../../fakes/teams/card-reading';
import { corpusPaste } from '../../fakes/teams/pastes';
import { systemClock } from '../../../src/checks';
import { cardOf, channelPost, edited, fromItself, fromOtherBot } from './surface-activities';

/**
 * Listening: with resource-specific consent Teams delivers every channel message, mentioned or not. These
 * post such messages over HTTP and read what reached the loopback connector.
 */
let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBotUnderTest();
});
afterAll(async () => bot.stop());
afterEach(() => expect(bot.connector.rejected).toEqual([]));

const repliesIn = (b: BotUnderTest, conversation: Conversation) =>
  b.connector.received.filter((r) => r.conversationId === conversation.id);

async function post(b: BotUnderTest, activity: Record<string, unknown>): Promise<void> {
  expect((await b.post(activity)).status).toBe(200);
}

describe('listening in channels without a mention', () => {
  it('answers an ACR error posted without a mention, in its thread', async () => {
    const thread = channelThread();
    const activity = channelPost(bot.connector.serviceUrl, thread, corpusPaste('c008').text);
    await post(bot, activity);
    const replies = repliesIn(bot, thread);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ operation: 'reply', targetId: activity.id });
    expect(replies[0]!.conversationId).toContain(';messageid=');
    expect(cardText(cardOf(replies[0]!))).toMatch(/public network access/i);
  });

  it("stays silent on ordinary traffic: chat, other tools' errors, messages that merely mention ACR", async () => {
    for (const text of [
      'Morning all! Standup moved to 10:30 today.',
      'We are moving all images from Docker Hub to ACR next sprint, see the migration doc.',
      'Traceback (most recent call last):\n  File "/app/main.py", line 12, in <module>\nModuleNotFoundError: No module named \'pandas\'',
      'Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available: 3 Insufficient cpu.',
      // The engine reads these as ACR causes, but nothing in them names ACR: silence.
      "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.internal', port=443): Max retries exceeded (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate')))",
      'Status: 429 (Too Many Requests)\nErrorCode: TooManyRequests\n"Rate limit is exceeded. Try again in 24 seconds."',
    ]) {
      const thread = channelThread();
      await post(bot, channelPost(bot.connector.serviceUrl, thread, text));
      expect(repliesIn(bot, thread)).toEqual([]);
    }
  });

  it('reads a description of the setup only when asked: silent unmentioned, a flagged answer when mentioned', async () => {
    const text =
      'Since this morning every docker push to our ACR fails. We disabled public network access on Friday.';
    const quiet = channelThread();
    await post(bot, channelPost(bot.connector.serviceUrl, quiet, text));
    expect(repliesIn(bot, quiet)).toEqual([]);
    const asked = channelThread();
    await post(
      bot,
      message({ serviceUrl: bot.connector.serviceUrl, conversation: asked, text, mentionBot: true }),
    );
    const replies = repliesIn(bot, asked);
    expect(replies).toHaveLength(1);
    const shown = cardText(cardOf(replies[0]!));
    expect(shown).toMatch(/public network access is disabled on the registry/i);
    expect(shown).toContain('these causes come from what you wrote about your setup');
  });

  it('answers once per thread root, and not again for a redelivery or an edit', async () => {
    const thread = channelThread();
    const root = channelPost(bot.connector.serviceUrl, thread, corpusPaste('c008').text);
    await post(bot, root);
    await post(bot, root); // Teams redelivers with the same id
    await post(bot, edited(root, `${corpusPaste('c008').text}\n(edited)`));
    // A reply in the same thread with another ACR error: the thread already has its answer.
    await post(
      bot,
      message({ serviceUrl: bot.connector.serviceUrl, conversation: thread, text: corpusPaste('c005').text }),
    );
    expect(repliesIn(bot, thread)).toHaveLength(1);
  });

  it('never answers a bot: neither itself nor another bot', async () => {
    const mine = channelThread();
    await post(bot, fromItself(channelPost(bot.connector.serviceUrl, mine, corpusPaste('c008').text)));
    const theirs = channelThread();
    await post(bot, fromOtherBot(channelPost(bot.connector.serviceUrl, theirs, corpusPaste('c008').text)));
    expect(repliesIn(bot, mine)).toEqual([]);
    expect(repliesIn(bot, theirs)).toEqual([]);
  });

  it('listens in group chats too, where every message is its own thread', async () => {
    const chat = groupChat();
    await post(
      bot,
      message({ serviceUrl: bot.connector.serviceUrl, conversation: chat, text: corpusPaste('c045').text }),
    );
    expect(repliesIn(bot, chat)).toHaveLength(1);
  });

  it('keeps to a few unasked answers per channel per minute', async () => {
    // Time stands still: on a loaded machine five posts can take longer than one refill of the channel's rate.
    const frozen = Date.now();
    const fresh = await startBotUnderTest({ server: { clock: { ...systemClock, now: () => frozen } } });
    try {
      const threads = Array.from({ length: 5 }, () => channelThread());
      for (const thread of threads)
        await post(fresh, channelPost(fresh.connector.serviceUrl, thread, corpusPaste('c008').text));
      const answered = threads.filter((t) => repliesIn(fresh, t).length > 0).length;
      expect(answered).toBe(3);
      expect(fresh.logs.filter((l) => l.fields['reason'] === 'rate-limited')).toHaveLength(2);
    } finally {
      await fresh.stop();
    }
  });

  it("a message in a thread it already answered uses none of the channel's unasked answers", async () => {
    const fresh = await startBotUnderTest();
    try {
      const url = fresh.connector.serviceUrl;
      const answered = channelThread();
      await post(fresh, channelPost(url, answered, corpusPaste('c008').text));
      // More ACR errors in the answered thread: silence, and the channel's rate is left alone.
      for (const code of ['c005', 'c045', 'c008'])
        await post(fresh, message({ serviceUrl: url, conversation: answered, text: corpusPaste(code).text }));
      expect(repliesIn(fresh, answered)).toHaveLength(1);
      // So two more threads of the channel still get their answer (three in a burst), the third does not.
      const threads = Array.from({ length: 3 }, () => channelThread());
      for (const thread of threads) await post(fresh, channelPost(url, thread, corpusPaste('c008').text));
      expect(threads.map((t) => repliesIn(fresh, t).length)).toEqual([1, 1, 0]);
      const silent = fresh.logs.filter((l) => l.event === 'listen-silent').map((l) => l.fields['reason']);
      expect(silent).toEqual(['thread-answered', 'thread-answered', 'thread-answered', 'rate-limited']);
    } finally {
      await fresh.stop();
    }
  });

  it('answers only above the configured threshold', async () => {
    const strict = await startBotUnderTest({ config: { ...LOCAL_CONFIG, listenMinConfidence: 0.99 } });
    try {
      const thread = channelThread();
      await post(strict, channelPost(strict.connector.serviceUrl, thread, corpusPaste('c008').text));
      expect(repliesIn(strict, thread)).toEqual([]);
      expect(strict.logs).toContainEqual(
        expect.objectContaining({
          event: 'listen-silent',
          fields: expect.objectContaining({ reason: 'below-threshold' }),
        }),
      );
      // A mention is always answered, whatever the threshold.
      await post(
        strict,
        message({
          serviceUrl: strict.connector.serviceUrl,
          conversation: thread,
          text: corpusPaste('c008').text,
          mentionBot: true,
        }),
      );
      expect(repliesIn(strict, thread)).toHaveLength(1);
    } finally {
      await strict.stop();
    }
  });

  it('goes quiet on "@ACR Doctor quiet" and listens again on "@ACR Doctor listen", per channel', async () => {
    const fresh = await startBotUnderTest();
    try {
      const url = fresh.connector.serviceUrl;
      const settings = channelThread();
      await post(
        fresh,
        message({ serviceUrl: url, conversation: settings, text: 'quiet', mentionBot: true }),
      );
      expect(cardText(cardOf(repliesIn(fresh, settings)[0]!))).toContain('I will stay quiet here');
      // Another thread of the same channel: silence.
      const quietThread = channelThread();
      await post(fresh, channelPost(url, quietThread, corpusPaste('c008').text));
      expect(repliesIn(fresh, quietThread)).toEqual([]);
      // A group chat is another place, with its own setting.
      const chat = groupChat();
      await post(fresh, message({ serviceUrl: url, conversation: chat, text: corpusPaste('c008').text }));
      expect(repliesIn(fresh, chat)).toHaveLength(1);

      await post(
        fresh,
        message({ serviceUrl: url, conversation: settings, text: 'listen', mentionBot: true }),
      );
      expect(cardText(cardOf(repliesIn(fresh, settings)[1]!))).toContain('I am listening here again');
      const again = channelThread();
      await post(fresh, channelPost(url, again, corpusPaste('c008').text));
      expect(repliesIn(fresh, again)).toHaveLength(1);
    } finally {
      await fresh.stop();
    }
  });
});

describe('what places an unaddressed paste at ACR', () => {
  // A bot of its own: the answers below would use up the shared bot's per-channel allowance.
  let own: BotUnderTest;
  beforeAll(async () => {
    own = await startBotUnderTest();
  });
  afterAll(async () => own.stop());

  // Each kind of place the decision accepts, beside a neighbour that lacks only that place: silence.
  it.each([
    [
      'a registry refusal whose host was redacted',
      'Failed to pull image "***/team-a/api:1.4.2": rpc error: code = Unknown desc = failed to resolve reference "***/team-a/api:1.4.2": unexpected status code 401 Unauthorized: UNAUTHORIZED: authentication required',
      "Error response from daemon: pull access denied for quay.io/team/api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    ],
    [
      "Docker's credential helper failing a registry sign-in",
      'Error saving credentials: error storing credentials - err: exit status 1, out: `Cannot autolaunch D-Bus without X11 $DISPLAY`',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    ],
    [
      'a look-alike (a push that went to Docker Hub) aimed at an ACR login server',
      'The push refers to repository [docker.io/library/contoso.azurecr.io/api]\n5f70bf18a086: Preparing\ndenied: requested access to the resource is denied',
      'The push refers to repository [docker.io/library/api]\n5f70bf18a086: Preparing\ndenied: requested access to the resource is denied',
    ],
  ])('answers %s, and not its neighbour that names no ACR', async (_what, answered, silent) => {
    const yes = channelThread();
    await post(own, channelPost(own.connector.serviceUrl, yes, answered));
    expect(repliesIn(own, yes)).toHaveLength(1);
    const no = channelThread();
    await post(own, channelPost(own.connector.serviceUrl, no, silent));
    expect(repliesIn(own, no)).toEqual([]);
  });
});
