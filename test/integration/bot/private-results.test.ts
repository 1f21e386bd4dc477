import { channelThread, USER } from '../../fakes/teams/activities';
import { button, cardButtons, cardText } from '../../fakes/teams/card-reading';
import {
  cardOf,
  fixturePaste,
  registryNamed,
  startLiveHarness,
  type LiveHarness,
} from '../live-checks/harness';

/**
 * In a channel, live-check results belong to the person who pressed: their invoke answer holds the report
 * and a "Share the outcome" button; the message everyone sees says whose permissions were used and names
 * only that person in its refresh; a colleague's press on the same card shows no report.
 */
let h: LiveHarness;
beforeAll(async () => {
  h = await startLiveHarness();
});
afterAll(() => h.close());
afterEach(() => expect(h.bot.connector.rejected).toEqual([]));

const COLLEAGUE = {
  id: '29:1aB-adele',
  name: 'Adele Vance',
  aadObjectId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
};

it('shows the report to the presser only, and shares a one-line outcome when they choose to', async () => {
  h.world({ registries: [registryNamed('contosoacr', { publicNetworkAccess: 'Disabled' })] });
  const thread = channelThread();
  const posted = await h.paste(fixturePaste('public-network-access-disabled', 'pna-02'), thread);
  const answer = cardOf(await h.press(posted, 'Run live checks'));
  // The presser's own answer: the report, whose permissions, and the share button.
  expect(cardText(answer)).toContain('Checked with the Azure permissions of Megan Bowen');
  expect(cardText(answer)).toContain('Only you see these results');
  expect(cardButtons(answer).map((b) => b.title)).toContain('Share the outcome');

  // The message for everyone: no report, whose permissions, and a refresh for the presser alone.
  const update = await h.bot.connector.waitFor(
    (r) => r.operation === 'update' && r.targetId === posted.messageId,
  );
  const everyone = (update.activity['attachments'] as Array<{ content: Record<string, unknown> }>)[0]!
    .content;
  expect(cardText(everyone)).not.toContain('Live checks for contosoacr');
  expect(cardText(everyone)).toContain('Live checks were run with the Azure permissions of');
  expect(cardText(everyone)).toContain(USER.name);
  expect(everyone['refresh']).toMatchObject({ action: { verb: 'checks.view' }, userIds: [USER.id] });

  // The presser's client refreshes (trigger automatic): their own view again.
  const refresh = (everyone['refresh'] as { action: Record<string, unknown> }).action;
  const refreshCard = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'ActionSet', actions: [{ ...refresh, title: 'refresh' }] }],
  };
  const refreshed = cardOf(await h.press({ ...posted, card: refreshCard }, 'refresh'));
  expect(cardText(refreshed)).toContain('Only you see these results');

  // Sharing: one line of outcome into the message for everyone.
  const before = h.bot.connector.received.length;
  await h.press({ ...posted, card: answer }, 'Share the outcome');
  const shared = await h.bot.connector.waitFor(
    (r) => h.bot.connector.received.indexOf(r) >= before && r.operation === 'update',
  );
  const sharedCard = (shared.activity['attachments'] as Array<{ content: unknown }>)[0]!.content;
  expect(cardText(sharedCard)).toMatch(/Live checks by Megan Bowen: confirmed: /);
  expect(cardText(sharedCard)).not.toContain('Live checks for contosoacr');
});

it("does not show one person's results to a colleague who presses another button on the card", async () => {
  h.world({ registries: [registryNamed('contosoacr', { publicNetworkAccess: 'Disabled' })] });
  const thread = channelThread();
  const posted = await h.paste(fixturePaste('public-network-access-disabled', 'pna-02'), thread);
  await h.press(posted, 'Run live checks');
  // "All causes" folds on the client now; cards sent before that still carry the server-side verb: press it.
  const b = { ...button(posted.card, 'Run live checks'), verb: 'causes.all' };
  const response = await h.bot.post({
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `colleague-${Date.now()}`,
    channelId: 'msteams',
    serviceUrl: h.bot.connector.serviceUrl,
    from: COLLEAGUE,
    recipient: { id: '28:00000000-0000-0000-0000-0000000000b0', name: 'ACR Doctor' },
    conversation: {
      id: thread.id,
      conversationType: 'channel',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      isGroup: true,
    },
    channelData: thread.channelData,
    replyToId: posted.messageId,
    locale: 'en-US',
    value: { action: { type: 'Action.Execute', verb: b.verb, data: b.data }, trigger: 'manual' },
  });
  const seen = (response.body as { value: unknown }).value;
  expect(cardText(seen)).not.toContain('Live checks for contosoacr');
  expect(cardText(seen)).not.toContain('Checked with the Azure permissions of');
});
