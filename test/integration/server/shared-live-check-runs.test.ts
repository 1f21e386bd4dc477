import { emptyScenario, FIREWALLED_CONTOSO, startFakeAzure, type FakeAzure } from '../../fakes/azure';
import { cardButtons, cardText } from '../../fakes/teams/card-reading';
import { LoopbackConnector } from '../../fakes/teams/connector';
import { startAzurite, type Azurite } from './azurite';
import { startBotProcess, type BotProcess } from './bot-process';
import {
  contentOf,
  expectNoErrors,
  FIREWALL_PASTE,
  liveChecksEnv,
  pasteOn,
  pressOn,
  type Posted,
} from './two-bots';

/**
 * A live-check run under way, seen from two instances of the bot (separate processes) on one Azure Blob
 * Storage (Azurite) and one slow fake Azure: a press of "Run live checks" on B while A runs the card's checks
 * shows that the checks are running and starts no second run; and when A dies mid-run, its claim on the run
 * ends when a run would have, after which a press on B runs the checks again.
 */
// The invoke is answered after 1 s with a progress card; listing registries takes 3 s; a run may take 5 s.
// A run's claim so lasts 1 + 5 + 10 s (src/bot/run-claims.ts).
const ANSWER_WITHIN_MS = 1000;
const DEADLINE_MS = 5000;
const CLAIM_TTL_MS = ANSWER_WITHIN_MS + DEADLINE_MS + 10_000;

let azurite: Azurite;
let fake: FakeAzure;
let connector: LoopbackConnector;
let env: Record<string, string>;
let a: BotProcess;
let b: BotProcess;

beforeAll(async () => {
  [azurite, fake, connector] = await Promise.all([
    startAzurite(),
    startFakeAzure({
      scenario: {
        ...emptyScenario({ registries: [FIREWALLED_CONTOSO] }),
        faults: [{ api: 'registries', kind: 'latency', ms: 3000 }],
      },
    }),
    LoopbackConnector.start(),
  ]);
  env = liveChecksEnv(fake, azurite, 'shared-live-check-runs-test', {
    deadlineMs: DEADLINE_MS,
    answerWithinMs: ANSWER_WITHIN_MS,
    burst: 20,
    refillSeconds: 60,
  });
  [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
}, 90_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([azurite?.stop(), connector?.close(), fake?.close()]);
});
afterEach(() => expectNoErrors([a, b]));

/** FIREWALL_PASTE pasted on `bot`. */
const pasted = (bot: BotProcess): Promise<Posted> => pasteOn(connector, bot, FIREWALL_PASTE);

/** "Run live checks" pressed on `bot`, with the person's sign-in; the card it answered with. */
const runOn = (bot: BotProcess, posted: Posted): Promise<unknown> =>
  pressOn(connector, bot, posted, 'Run live checks');

const updateOf = (posted: Posted) =>
  connector.waitFor((c) => c.operation === 'update' && c.targetId === posted.messageId, 30_000);

/** Runs started, on any instance: each begins with the sign-in probe, the one subscriptions listing. */
const runsStarted = (): number => fake.callsTo('subscriptions').length;

it('a press on B while A runs the checks of the card shows them running and starts no second run', async () => {
  const posted = await pasted(a);
  fake.resetCalls();
  const onA = await runOn(a, posted);
  expect(cardText(onA)).toContain('Checking contoso in Azure…');
  expect(runsStarted()).toBe(1);

  const onB = await runOn(b, posted);
  expect(cardText(onB)).toContain('Checking contoso in Azure…');
  expect(cardText(onB)).toMatch(/\d+ of \d+ checks done\./);
  expect(cardButtons(onB).map((x) => x.title)).not.toContain('Run live checks');

  // A's run ends and A replaces the message with its report; B started nothing.
  expect(cardText(contentOf(await updateOf(posted)))).toContain('Live checks for contoso');
  expect(runsStarted()).toBe(1);
  // Over: a press on B now runs the checks again, and B replaces the message with its report.
  await new Promise((r) => setTimeout(r, 500));
  const updates = () =>
    connector.received.filter((c) => c.operation === 'update' && c.targetId === posted.messageId);
  const before = updates().length;
  const again = await runOn(b, posted);
  expect(cardText(again)).toMatch(/Checking contoso in Azure…|Live checks for contoso/);
  expect(runsStarted()).toBe(2);
  await connector.waitFor(() => updates().length > before, 30_000);
}, 60_000);

it('a run whose instance died holds the card until a run would have ended; then B runs it', async () => {
  const c = await startBotProcess(env);
  const posted = await pasted(c);
  fake.resetCalls();
  expect(cardText(await runOn(c, posted))).toContain('Checking contoso in Azure…');
  const pressedAt = Date.now();
  await c.kill();
  // C is gone with its run; its claim is still there.
  expect(cardText(await runOn(b, posted))).toContain('Checking contoso in Azure…');
  expect(runsStarted()).toBe(1);
  // The claim expires when a run would have been over: the next press takes it over and runs the checks.
  await new Promise((r) => setTimeout(r, Math.max(0, pressedAt + CLAIM_TTL_MS + 500 - Date.now())));
  expect(cardText(await runOn(b, posted))).toMatch(/Checking contoso in Azure…|Live checks for contoso/);
  expect(runsStarted()).toBe(2);
  expect(cardText(contentOf(await updateOf(posted)))).toContain('Live checks for contoso');
}, 60_000);
