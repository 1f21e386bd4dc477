import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { message, personalChat } from '../../fakes/teams/activities';
import { cardText } from '../../fakes/teams/card-reading';
import { LoopbackConnector, type CapturedActivity } from '../../fakes/teams/connector';
import { startAzurite, type Azurite } from './azurite';
import { startBotProcess, type BotProcess } from './bot-process';
import { contentOf, expectNoErrors, pasteOn, pressOn, type Posted } from './two-bots';

/**
 * Two instances of the bot, separate processes sharing one Azure Blob Storage (Azurite): whichever instance
 * Teams reaches answers any card, a redelivered activity is answered once across both, and an instance that
 * restarts still knows every card's buttons.
 */

let azurite: Azurite;
let connector: LoopbackConnector;
let a: BotProcess;
let b: BotProcess;
let env: Record<string, string>;

beforeAll(async () => {
  [azurite, connector] = await Promise.all([startAzurite(), LoopbackConnector.start()]);
  env = {
    STATE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    STATE_STORAGE_CONTAINER: 'shared-state-test',
  };
  [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([azurite?.stop(), connector?.close()]);
});
afterEach(() => expectNoErrors([a, b]));

const REFUSAL = "denied: client with IP '203.0.113.9' is not allowed access";

/**
 * Presses the card's "All causes" on another instance. It folds on the client now; the server-side verb that
 * cards sent before kept is still answered, and redraws the stored diagnosis, which is what this test needs.
 */
const allCausesOn = (bot: BotProcess, posted: Posted): Promise<unknown> =>
  pressOn(connector, bot, posted, 'Helpful', { verb: 'causes.all', signedIn: false });

it('a card sent by instance A works when its button is pressed on instance B', async () => {
  const posted = await pasteOn(connector, a, REFUSAL);
  const card = await allCausesOn(b, posted);
  expect(cardText(card)).not.toMatch(/no longer have that diagnosis/);
  expect(cardText(card)).toMatch(/firewall does not allow/);
});

it('a redelivered activity is answered once across both instances', async () => {
  const conversation = personalChat();
  const activity = message({
    serviceUrl: connector.serviceUrl,
    conversation,
    text: 'help',
    id: `redelivered-${Date.now()}`,
  });
  const responses = await Promise.all([
    a.post(activity),
    b.post(activity),
    a.post(activity),
    b.post(activity),
  ]);
  expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  await new Promise((r) => setTimeout(r, 500));
  expect(connector.received.filter((c) => c.conversationId === conversation.id)).toHaveLength(1);
});

it('a redelivered paste is answered once across both instances, and its card works on either', async () => {
  // A paste's turn claims its delivery with its card (one atomic create), not with a separate claim.
  const conversation = personalChat();
  const activity = message({
    serviceUrl: connector.serviceUrl,
    conversation,
    text: REFUSAL,
    id: `redelivered-paste-${Date.now()}`,
  });
  const responses = await Promise.all([
    a.post(activity),
    b.post(activity),
    a.post(activity),
    b.post(activity),
  ]);
  expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  await new Promise((r) => setTimeout(r, 500));
  const replies = connector.received.filter((c) => c.conversationId === conversation.id);
  expect(replies).toHaveLength(1);
  const reply = replies[0] as CapturedActivity;
  const posted: Posted = { conversation, card: contentOf(reply), messageId: reply.id };
  for (const bot of [a, b]) {
    const card = await allCausesOn(bot, posted);
    expect(cardText(card)).toMatch(/firewall does not allow/);
  }
});

it('an instance stopped with SIGTERM exits cleanly, and after a restart every card still works', async () => {
  const posted = await pasteOn(connector, a, REFUSAL);
  expect(await a.stop()).toBe(0);
  expect(a.lines.map((l) => l['event'] ?? l['msg'])).toContain('stopped');
  a = await startBotProcess(env);
  const card = await allCausesOn(a, posted);
  expect(cardText(card)).not.toMatch(/no longer have that diagnosis/);
}, 30_000);

/** The blob-name prefixes the deployment's lifecycle rules delete (infra/main.bicep), without the container. */
function lifecyclePrefixes(): string[] {
  const bicep = readFileSync(join(__dirname, '..', '..', '..', 'infra', 'main.bicep'), 'utf8');
  return [...bicep.matchAll(/'\$\{stateContainerName\}\/([^']+)'/g)].map((m) => m[1]!);
}

it('every record the bot writes, feedback included, is one a lifecycle rule deletes (channel settings aside)', async () => {
  // The paste and the press on A, the form's answer on B: B finds both the vote and the paste.
  const posted = await pasteOn(connector, a, REFUSAL);
  const form = await pressOn(connector, a, posted, 'Not helpful', { signedIn: false });
  const thanked = await pressOn(connector, b, posted, 'Send', {
    card: form,
    signedIn: false,
    inputs: { label: 'family:firewall-ip-not-allowed', note: 'new runner', share: 'true' },
  });
  expect(cardText(thanked)).not.toMatch(/already answered/);
  const names: string[] = [];
  const container = new ContainerClient(azurite.connectionString, env['STATE_STORAGE_CONTAINER']!);
  for await (const blob of container.listBlobsFlat()) names.push(blob.name);
  const prefixes = lifecyclePrefixes();
  const kept = names.filter((name) => !prefixes.some((prefix) => name.startsWith(prefix)));
  // Channel settings (listen / quiet) stay until someone changes them.
  expect(kept.filter((name) => !/^settings(\/|%2F)/.test(name))).toEqual([]);
  for (const kind of ['cards', 'deliveries', 'votes', 'pastes', 'feedback', 'feedback-text'])
    expect(names.some((name) => name.startsWith(`${kind}%2F`) || name.startsWith(`${kind}/`))).toBe(true);
});
