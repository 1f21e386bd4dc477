import { CAUSES } from '../../../src/knowledge';
import { cardButtons, cardText } from '../../fakes/teams/card-reading';
import {
  APP_ID,
  PASTES,
  SP_OBJECT_ID,
  cardOf,
  registryNamed,
  startLiveHarness,
  type LiveHarness,
  type PostedCard,
} from './harness';
import { until } from '../checks/harness';

/**
 * Slow or failing Azure. A run that cannot finish before the card action must be answered is answered with
 * a progress card, and the message is then replaced in place (the connector's PUT) with the final card,
 * exactly once and only after the invoke answer; a failing API makes its check say what happened while the
 * others report.
 */
const DIAGNOSTICS = {
  contoso: [
    {
      name: 'audit',
      workspaceId:
        '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops',
      logs: [{ categoryGroup: 'audit', enabled: true }],
    },
  ],
};

const WORLD = {
  registries: [
    registryNamed('contoso', {
      networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
    }),
  ],
  servicePrincipals: [{ id: SP_OBJECT_ID, appId: APP_ID, displayName: 'ci-pipeline' }],
  applications: [
    {
      id: 'a1a1a1a1-0000-4000-8000-000000000001',
      appId: APP_ID,
      displayName: 'ci-pipeline',
      passwordCredentials: [],
    },
  ],
  diagnosticSettings: DIAGNOSTICS,
};

const FIREWALL_CONFIRMED = `Confirmed in Azure: ${CAUSES.find((c) => c.id === 'firewall-client-ip-not-allowed')?.title.en}`;

function updatesOf(h: LiveHarness, posted: PostedCard) {
  return h.bot.connector.received.filter((r) => r.operation === 'update' && r.targetId === posted.messageId);
}

function cardIn(activity: Readonly<Record<string, unknown>>): unknown {
  return (activity['attachments'] as Array<{ content: unknown }>)[0]?.content;
}

describe('slow Azure: a progress card, then the message replaced in place', () => {
  let h: LiveHarness;
  beforeAll(async () => {
    // The invoke is answered after 1 s; the registry listing takes 2.5 s; the run may take 30 s.
    h = await startLiveHarness({ LIVE_CHECKS_ANSWER_WITHIN_MS: '1000' });
  });
  afterAll(() => h.close());
  afterEach(() => expect(h.bot.connector.rejected).toEqual([]));

  it('answers with what is done and what is pending, then PUTs the final card once', async () => {
    h.world({ ...WORLD, faults: [{ api: 'registries', kind: 'latency', ms: 2500 }] });
    const posted = await h.paste(PASTES.firewall);
    const answer = await h.press(posted, 'Run live checks');
    const answered = performance.now();
    const progress = cardOf(answer);
    const text = cardText(progress);
    expect(text).toContain('Checking contoso in Azure…');
    expect(text).toMatch(/\d+ of \d+ checks done\./);
    expect(text).toMatch(/Still checking: .*Network access and firewall.*This card updates itself/);
    // While it runs there is nothing to press again.
    // (That it is a progress card at all shows the answer came before the run was done.)
    expect(cardButtons(progress).map((b) => b.title)).not.toContain('Run live checks');

    const update = await h.bot.connector.waitFor(
      (r) => r.operation === 'update' && r.targetId === posted.messageId,
      30_000,
    );
    expect(update.receivedAt).toBeGreaterThan(answered);
    const final = cardText(cardIn(update.activity));
    expect(final).toContain('Live checks for contoso');
    expect(final).not.toContain('Checking contoso');
    expect(final).toContain(FIREWALL_CONFIRMED);
    // One run, one update: once the bot says the update is done, the run has nothing more to send.
    await until(() => h.bot.logs.some((l) => l.event === 'card-updated'));
    expect(updatesOf(h, posted)).toHaveLength(1);
  });

  it('a second press while the run is under way shows its progress and starts nothing', async () => {
    h.world({ ...WORLD, faults: [{ api: 'registries', kind: 'latency', ms: 2500 }] });
    const posted = await h.paste(PASTES.firewall);
    cardOf(await h.press(posted, 'Run live checks'));
    const registryCalls = h.fake.callsTo('registries').length;
    const again = cardOf(await h.press(posted, 'Run live checks', { token: null }));
    expect(cardText(again)).toContain('Checking contoso in Azure…');
    await h.bot.connector.waitFor((r) => r.operation === 'update' && r.targetId === posted.messageId, 30_000);
    expect(h.fake.callsTo('registries').length).toBe(registryCalls);
    expect(h.fake.callsTo('subscriptions')).toHaveLength(1);
  });
});

describe('failing Azure: each check says what happened, the others still report', () => {
  let h: LiveHarness;
  beforeAll(async () => {
    h = await startLiveHarness({ LIVE_CHECKS_DEADLINE_MS: '4000', LIVE_CHECKS_ANSWER_WITHIN_MS: '12000' });
  });
  afterAll(() => h.close());
  afterEach(() => expect(h.bot.connector.rejected).toEqual([]));

  it('403 on role assignments, 429 beyond the deadline on permissions, 500 on diagnostic settings', async () => {
    h.world({
      ...WORLD,
      faults: [
        { api: 'roleAssignments', kind: 'status', status: 403 },
        { api: 'permissions', kind: 'throttle', retryAfterSeconds: 120 },
        { api: 'diagnosticSettings', kind: 'status', status: 500 },
      ],
    });
    const posted = await h.paste(`${PASTES.identity}\n${PASTES.firewall.split('\n')[1]}`);
    const text = cardText(cardOf(await h.press(posted, 'Run live checks')));
    expect(text).toMatch(
      /Reading the identity's role assignments: your account is not allowed to read this \(AuthorizationFailed\)\. You may not read this in Azure\./,
    );
    expect(text).toMatch(
      /asked to wait 120 s, which does not fit the time left\. Azure asked us to slow down\./,
    );
    expect(text).toMatch(
      /Reading the registry's diagnostic settings: Azure answered with an error: HTTP 500/,
    );
    // The network check is unaffected and still decides.
    expect(text).toContain(FIREWALL_CONFIRMED);
    expect(h.fake.callsTo('permissions')).toHaveLength(1);
  });

  it('401 from Graph and a Graph call that never answers: those checks say so by the deadline, the rest report', async () => {
    h.world({
      ...WORLD,
      faults: [
        { api: 'graph-servicePrincipals', kind: 'status', status: 401 },
        { api: 'graph-applications', kind: 'hang' },
      ],
    });
    const posted = await h.paste(`check contoso ${PASTES.identity}`);
    // The deadline (4 s here) cuts the call that never answers; the test's own timeout bounds the wait.
    const card = cardOf(await h.press(posted, 'Run live checks'));
    const text = cardText(card);
    expect(text).toMatch(/Sign-in or consent is needed\./);
    expect(text).toMatch(/Azure did not answer in time\./);
    expect(text).toContain('Some checks did not finish in time.');
    expect(text).toMatch(/(OK|Problem|Warning)\nNetwork access and firewall/);
    // Whatever happened, the final card replaces the message: it never stays on a progress card.
    const update = await h.bot.connector.waitFor(
      (r) => r.operation === 'update' && r.targetId === posted.messageId,
    );
    expect(cardText(cardIn(update.activity))).toContain('Live checks for contoso');
  });
});
