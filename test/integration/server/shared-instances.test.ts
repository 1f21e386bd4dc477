import {
  emptyScenario,
  FAKE_TENANT,
  FIREWALLED_CONTOSO,
  startFakeAzure,
  type FakeAzure,
} from '../../fakes/azure';
import { message, type Conversation } from '../../fakes/teams/activities';
import { cardText } from '../../fakes/teams/card-reading';
import { LoopbackConnector } from '../../fakes/teams/connector';
import { corpusPaste } from '../../fakes/teams/pastes';
import { startAzurite, type Azurite } from './azurite';
import { startBotProcess, type BotProcess } from './bot-process';
import { expectNoErrors, FIREWALL_PASTE, liveChecksEnv, pasteOn, pressOn } from './two-bots';

/**
 * Two instances of the bot (separate processes) on one Azure Blob Storage (Azurite) and one fake Azure:
 * a live-check report made on one is shown when the card's button is pressed on the other, the per-person
 * rate limit of live checks counts runs on both, and a channel thread that reaches both instances at once
 * gets one unasked answer, and its later messages, silent, spend none of the channel's rate.
 */
let azurite: Azurite;
let fake: FakeAzure;
let connector: LoopbackConnector;
let a: BotProcess;
let b: BotProcess;

beforeAll(async () => {
  [azurite, fake, connector] = await Promise.all([
    startAzurite(),
    startFakeAzure({ scenario: emptyScenario({ registries: [FIREWALLED_CONTOSO] }) }),
    LoopbackConnector.start(),
  ]);
  const env = liveChecksEnv(fake, azurite, 'shared-instances-test', {
    deadlineMs: 30_000,
    answerWithinMs: 12_000,
    // Two runs per person per two hours: the third run, on whichever instance, is refused.
    burst: 2,
    refillSeconds: 3600,
  });
  [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
}, 90_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([azurite?.stop(), connector?.close(), fake?.close()]);
});
afterEach(() => expectNoErrors([a, b]));

/**
 * Rate limits count in fixed windows aligned to the clock (src/checks/rate-limiter.ts): a test that counts
 * admissions starts early in a window, so that it does not straddle two.
 */
async function startOfWindow(windowMs: number, needMs: number): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < needMs) await new Promise((r) => setTimeout(r, left + 50));
}

describe('live checks across instances', () => {
  it("a report made on instance A is shown when the card's button is pressed on instance B", async () => {
    // This run and the next test's count in one window of the per-person limit (2 runs × 3600 s).
    await startOfWindow(2 * 3600_000, 40_000);
    const posted = await pasteOn(connector, a, FIREWALL_PASTE);
    const report = await pressOn(connector, a, posted, 'Run live checks');
    expect(cardText(report)).toContain('Live checks for contoso');
    // Another button of the card with the report, pressed on the other instance: "All causes" redraws the
    // card from the stored diagnosis and the stored report (its verb, with the data of the card's buttons).
    const onB = await pressOn(connector, b, posted, 'Helpful', { card: report, verb: 'causes.all' });
    expect(cardText(onB)).toContain('Live checks for contoso');
  }, 60_000);

  it('the per-person rate limit counts runs on both instances', async () => {
    // The first test used one run (on A). One more on B, then A must refuse: A alone has seen one run.
    const second = await pasteOn(connector, b, FIREWALL_PASTE);
    expect(cardText(await pressOn(connector, b, second, 'Run live checks'))).toContain(
      'Live checks for contoso',
    );
    const third = await pasteOn(connector, a, FIREWALL_PASTE);
    const refused = cardText(await pressOn(connector, a, third, 'Run live checks'));
    expect(refused).toContain('Please wait a moment');
    expect(refused).toMatch(/Try again in \d+ s\./);
  }, 60_000);
});

describe('listening across instances', () => {
  /** A channel thread of its own (its own channel too, unless named, so the per-channel rate does not interfere). */
  function thread(channel = `19:${Math.random().toString(36).slice(2)}@thread.tacv2`): Conversation {
    const root = `1${Date.now()}${Math.floor(Math.random() * 1e6)}`;
    return {
      id: `${channel};messageid=${root}`,
      conversationType: 'channel',
      channelData: {
        teamsChannelId: channel,
        teamsTeamId: '19:team@thread.tacv2',
        channel: { id: channel },
        team: { id: '19:team@thread.tacv2' },
        tenant: { id: FAKE_TENANT },
      },
    };
  }

  it('a thread whose messages reach both instances at once is answered once', async () => {
    const threads = Array.from({ length: 6 }, thread);
    await Promise.all(
      threads.flatMap((t) => {
        const root = /;messageid=(.+)$/.exec(t.id)?.[1] ?? '';
        // The root on A and, at the same moment, a reply in the same thread (another activity) on B.
        const first = message({
          serviceUrl: connector.serviceUrl,
          conversation: t,
          text: corpusPaste('c008').text,
          id: root,
        });
        const second = message({
          serviceUrl: connector.serviceUrl,
          conversation: t,
          text: corpusPaste('c005').text,
        });
        return [a.post(first), b.post(second)];
      }),
    );
    await new Promise((r) => setTimeout(r, 1000));
    for (const t of threads)
      expect(connector.received.filter((c) => c.conversationId === t.id)).toHaveLength(1);
  }, 60_000);

  it('the per-channel rate of unasked answers holds across both instances', async () => {
    await startOfWindow(3 * 20_000, 15_000);
    const channel = `19:${Math.random().toString(36).slice(2)}@thread.tacv2`;
    const threads = Array.from({ length: 6 }, () => thread(channel));
    for (const [i, t] of threads.entries()) {
      const root = /;messageid=(.+)$/.exec(t.id)?.[1] ?? '';
      const bot = i % 2 ? b : a;
      const activity = message({
        serviceUrl: connector.serviceUrl,
        conversation: t,
        text: corpusPaste('c008').text,
        id: root,
      });
      expect((await bot.post(activity)).status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 500));
    // Three in a burst per channel (see src/bot/surfaces.ts), whichever instance Teams reached: each instance
    // alone saw three messages and would have answered all of them.
    const answered = threads.filter((t) => connector.received.some((c) => c.conversationId === t.id));
    expect(answered).toHaveLength(3);
  }, 60_000);

  it("messages in a thread answered on one instance use none of the channel's rate on the other", async () => {
    await startOfWindow(3 * 20_000, 15_000);
    const channel = `19:${Math.random().toString(36).slice(2)}@thread.tacv2`;
    const answered = thread(channel);
    const root = /;messageid=(.+)$/.exec(answered.id)?.[1] ?? '';
    const paste = (t: Conversation, code: string, id?: string) =>
      message({
        serviceUrl: connector.serviceUrl,
        conversation: t,
        text: corpusPaste(code).text,
        ...(id ? { id } : {}),
      });
    expect((await a.post(paste(answered, 'c008', root))).status).toBe(200);
    // Three more ACR errors in that thread, on B: silent, and the channel's three answers are not touched.
    for (const code of ['c005', 'c045', 'c008'])
      expect((await b.post(paste(answered, code))).status).toBe(200);
    const others = Array.from({ length: 3 }, () => thread(channel));
    for (const [i, t] of others.entries()) {
      const id = /;messageid=(.+)$/.exec(t.id)?.[1] ?? '';
      expect((await (i % 2 ? a : b).post(paste(t, 'c008', id))).status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 500));
    const replies = (t: Conversation) => connector.received.filter((c) => c.conversationId === t.id).length;
    expect(replies(answered)).toBe(1);
    expect(others.map(replies)).toEqual([1, 1, 0]);
  }, 60_000);
});
