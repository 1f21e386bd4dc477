import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  emptyScenario,
  FAKE_SUBSCRIPTION,
  FAKE_TENANT,
  fakeUserSsoToken,
  startFakeAzure,
  type FakeAzure,
} from '../../fakes/azure';
import { cardAction, message, personalChat, USER, type Conversation } from '../../fakes/teams/activities';
import { button, cardButtons, cardText } from '../../fakes/teams/card-reading';
import { LoopbackConnector, type CapturedActivity } from '../../fakes/teams/connector';
import { startAzurite, type Azurite } from './azurite';
import { startBotProcess, type BotProcess } from './bot-process';

/**
 * A live-check run under way, seen from two instances of the bot (separate processes) on one Azure Blob
 * Storage (Azurite) and one slow fake Azure: a press of "Run live checks" on B while A runs the card's checks
 * shows that the checks are running and starts no second run; and when A dies mid-run, its claim on the run
 * ends when a run would have, after which a press on B runs the checks again.
 */
const SSO_APP_ID = '0f0f0f0f-0000-4000-8000-0000000000a1';
const FIREWALL_PASTE =
  'Failed to pull image "contoso.azurecr.io/team-a/api:1.4.2": 403 Forbidden\n' +
  "denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.";
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
        ...emptyScenario({
          registries: [
            {
              subscriptionId: FAKE_SUBSCRIPTION,
              resourceGroup: 'rg-registry',
              name: 'contoso',
              sku: 'Premium',
              properties: {
                networkRuleSet: {
                  defaultAction: 'Deny',
                  ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }],
                },
              },
            },
          ],
        }),
        faults: [{ api: 'registries', kind: 'latency', ms: 3000 }],
      },
    }),
    LoopbackConnector.start(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'acr-doctor-runs-'));
  writeFileSync(join(dir, 'fake-azure-ca.pem'), fake.ca);
  env = {
    ...fake.env(),
    NODE_EXTRA_CA_CERTS: join(dir, 'fake-azure-ca.pem'),
    AAD_APP_CLIENT_ID: SSO_APP_ID,
    AAD_APP_CLIENT_SECRET: 'sso-app-secret',
    AAD_APP_TENANT_ID: FAKE_TENANT,
    BOT_DOMAIN: 'acr-doctor.example.com',
    LIVE_CHECKS_DEADLINE_MS: String(DEADLINE_MS),
    LIVE_CHECKS_ANSWER_WITHIN_MS: String(ANSWER_WITHIN_MS),
    LIVE_CHECKS_BURST: '20',
    LIVE_CHECKS_REFILL_SECONDS: '60',
    STATE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    STATE_STORAGE_CONTAINER: 'shared-live-check-runs-test',
  };
  [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
}, 90_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([azurite?.stop(), connector?.close(), fake?.close()]);
});
afterEach(() => {
  for (const bot of [a, b]) {
    expect(bot?.otherOutput ?? []).toEqual([]);
    expect((bot?.lines ?? []).filter((l) => l['level'] === 'error' || l['level'] === 50)).toEqual([]);
  }
});

const contentOf = (c: CapturedActivity): unknown =>
  (c.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;

interface Posted {
  readonly conversation: Conversation;
  readonly card: unknown;
  readonly messageId: string;
}

async function pasteOn(bot: BotProcess): Promise<Posted> {
  const conversation = personalChat();
  const activity = message({ serviceUrl: connector.serviceUrl, conversation, text: FIREWALL_PASTE });
  const reply = connector.waitFor((c) => c.conversationId === conversation.id && c.targetId === activity.id);
  expect((await bot.post(activity)).status).toBe(200);
  const captured = await reply;
  return { conversation, card: contentOf(captured), messageId: captured.id };
}

/** "Run live checks" pressed on `bot`, with the person's sign-in; the card it answered with. */
async function runOn(bot: BotProcess, posted: Posted): Promise<unknown> {
  const b = button(posted.card, 'Run live checks');
  const token = fakeUserSsoToken({
    tenantId: FAKE_TENANT,
    objectId: USER.aadObjectId,
    botAppId: SSO_APP_ID,
    name: USER.name,
  });
  const response = await bot.post(
    cardAction({
      serviceUrl: connector.serviceUrl,
      conversation: posted.conversation,
      verb: b.verb,
      data: b.data,
      replyToId: posted.messageId,
      title: b.title,
      authentication: { token },
    }),
  );
  expect(response.status).toBe(200);
  const answer = response.body as { statusCode: number; value: unknown };
  expect(answer.statusCode).toBe(200);
  return answer.value;
}

const updateOf = (posted: Posted) =>
  connector.waitFor((c) => c.operation === 'update' && c.targetId === posted.messageId, 30_000);

/** Runs started, on any instance: each begins with the sign-in probe, the one subscriptions listing. */
const runsStarted = (): number => fake.callsTo('subscriptions').length;

it('a press on B while A runs the checks of the card shows them running and starts no second run', async () => {
  const posted = await pasteOn(a);
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
  const posted = await pasteOn(c);
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
