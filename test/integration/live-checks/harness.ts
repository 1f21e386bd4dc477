import { readFileSync } from 'node:fs';
import { loadConfig, describeProblems, type Config } from '../../../src/config';
import {
  emptyScenario,
  FAKE_SUBSCRIPTION,
  FAKE_TENANT,
  fakeUserSsoToken,
  registryId,
  startFakeAzure,
  type FakeAzure,
  type FakeRegistry,
  type FakeScenario,
} from '../../fakes/azure';
import { cardAction, message, personalChat, USER, type Conversation } from '../../fakes/teams/activities';
import { startBotUnderTest, type BotUnderTest } from '../../fakes/teams/bot-under-test';
import { button } from '../../fakes/teams/card-reading';
import { checkTeamsCard } from '../../fakes/teams/teams-cards';

/**
 * Live checks over HTTP, end to end inside one process: the real server on loopback in local mode, Teams
 * activity JSON, the loopback connector, and the fake Azure reached through the production clients and the
 * production configuration (only the endpoints, and the trusted certificate, point at the fake). The bot is
 * set up for Teams single sign-on with its own sign-on application (AAD_APP_*), as a deployment would be.
 */
export const SSO_APP_ID = '0f0f0f0f-0000-4000-8000-0000000000a1';
export const BOT_DOMAIN = 'acr-doctor.example.com';
export const OTHER_TENANT = 'eeeeeeee-0000-4000-8000-00000000000e';

export const CONTOSO: FakeRegistry = {
  subscriptionId: FAKE_SUBSCRIPTION,
  resourceGroup: 'rg-registry',
  name: 'contoso',
  sku: 'Premium',
};

export function registryNamed(
  name: string,
  properties: Record<string, unknown> = {},
  extra: Partial<FakeRegistry> = {},
): FakeRegistry {
  return { ...CONTOSO, name, ...extra, properties };
}

export { registryId };

/** The body of an `adaptiveCard/action` invoke response. */
export interface InvokeAnswer {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

export interface PostedCard {
  readonly card: unknown;
  readonly messageId: string;
  readonly conversation: Conversation;
}

export interface PressOptions {
  /** The single sign-on token the press carries; `null` for none (a first press, before any sign-in). */
  readonly token?: string | null;
  readonly tenantId?: string;
  readonly state?: string;
  readonly locale?: string;
  /** Replaces the button's data (forged requests). */
  readonly data?: unknown;
  readonly verb?: unknown;
}

export interface LiveHarness {
  readonly bot: BotUnderTest;
  readonly fake: FakeAzure;
  /** Replaces the fake's world and forgets the calls it saw. */
  world(patch: Partial<FakeScenario>): void;
  /** Posts a message and returns the card the bot answered with. */
  paste(text: string, conversation?: Conversation): Promise<PostedCard>;
  /** Presses a button on a posted card the way Teams does; returns the invoke's answer. */
  press(posted: PostedCard, title: string | RegExp, options?: PressOptions): Promise<InvokeAnswer>;
  /** The person's single sign-on token for the bot's sign-on app (what Teams puts in value.authentication). */
  userToken(claims?: { tenantId?: string; objectId?: string; botAppId?: string }): string;
  close(): Promise<void>;
}

export async function startLiveHarness(
  env: Record<string, string> = {},
  scenario: Partial<FakeScenario> = {},
): Promise<LiveHarness> {
  const fake = await startFakeAzure({ scenario: emptyScenario(scenario) });
  const loaded = loadConfig({
    ...fake.env(),
    AAD_APP_CLIENT_ID: SSO_APP_ID,
    AAD_APP_CLIENT_SECRET: 'sso-app-secret',
    AAD_APP_TENANT_ID: FAKE_TENANT,
    BOT_DOMAIN,
    // Generous: a loaded two-core machine must not turn a slow answer into a different outcome.
    LIVE_CHECKS_DEADLINE_MS: '30000',
    LIVE_CHECKS_ANSWER_WITHIN_MS: '12000',
    LIVE_CHECKS_BURST: '100',
    ...env,
  });
  if (loaded.kind !== 'ok') throw new Error(describeProblems(loaded.problems));
  const config: Config = { ...loaded.config, port: 0, host: '127.0.0.1' };
  const bot = await startBotUnderTest({ config, server: { azureTls: { ca: fake.ca } } });

  const userToken: LiveHarness['userToken'] = (claims = {}) =>
    fakeUserSsoToken({
      tenantId: claims.tenantId ?? FAKE_TENANT,
      objectId: claims.objectId ?? USER.aadObjectId,
      botAppId: claims.botAppId ?? SSO_APP_ID,
      name: USER.name,
    });

  return {
    bot,
    fake,
    world(patch) {
      fake.scenario = emptyScenario(patch);
      fake.resetCalls();
    },
    async paste(text, conversation = personalChat()) {
      const activity = message({ serviceUrl: bot.connector.serviceUrl, conversation, text });
      const response = await bot.post(activity);
      if (response.status !== 200) throw new Error(`the message was answered ${response.status}`);
      const reply = await bot.connector.waitFor(
        (r) => r.conversationId === conversation.id && r.targetId === activity.id,
      );
      const card = (reply.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;
      return { card, messageId: reply.id, conversation };
    },
    async press(posted, title, options = {}) {
      const b = button(posted.card, title);
      const token = options.token === undefined ? userToken() : options.token;
      const response = await bot.post(
        cardAction({
          serviceUrl: bot.connector.serviceUrl,
          conversation: posted.conversation,
          verb: options.verb ?? b.verb,
          data: options.data ?? b.data,
          replyToId: posted.messageId,
          title: b.title,
          ...(options.locale ? { locale: options.locale } : {}),
          ...(options.tenantId ? { tenantId: options.tenantId } : {}),
          ...(token !== null ? { authentication: { token } } : {}),
          ...(options.state !== undefined ? { state: options.state } : {}),
        }),
      );
      // Universal Actions answer HTTP 200 whatever happened; the body's statusCode says what it is.
      if (response.status !== 200) throw new Error(`the invoke was answered HTTP ${response.status}`);
      const answer = response.body as InvokeAnswer;
      if (answer.type === 'application/vnd.microsoft.card.adaptive') {
        const problems = checkTeamsCard(answer.value).problems;
        if (problems.length > 0)
          throw new Error(`the answer is not a valid Teams card: ${problems.join('; ')}`);
      }
      return answer;
    },
    userToken,
    close: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}

/** The card of a card answer, failing the test when the answer is something else. */
export function cardOf(answer: InvokeAnswer): unknown {
  if (answer.statusCode !== 200 || answer.type !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(
      `expected a card, got ${answer.statusCode} ${answer.type}: ${JSON.stringify(answer.value)}`,
    );
  return answer.value;
}

/** Pastes in the shape tools print them, naming the registries the fake holds. */
export const PASTES = {
  firewall:
    'Failed to pull image "contoso.azurecr.io/team-a/api:1.4.2": rpc error: code = Unknown desc = failed to pull and unpack image "contoso.azurecr.io/team-a/api:1.4.2": ' +
    'failed to resolve reference "contoso.azurecr.io/team-a/api:1.4.2": unexpected status from HEAD request to https://contoso.azurecr.io/v2/team-a/api/manifests/1.4.2: 403 Forbidden\n' +
    "denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
  identity: [
    '$ docker login contoso.azurecr.io --username 8b8b8b8b-0000-4000-8000-000000000001 --password-stdin',
    'Login Succeeded',
    '$ docker pull contoso.azurecr.io/team-a/api:1.4.2',
    'Error response from daemon: Head "https://contoso.azurecr.io/v2/team-a/api/manifests/1.4.2": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
  ].join('\n'),
  notFound: [
    '$ docker pull contosso.azurecr.io/team-a/api:1.4.2',
    'Error response from daemon: Get "https://contosso.azurecr.io/v2/": dial tcp: lookup contosso.azurecr.io on 10.0.0.10:53: no such host',
  ].join('\n'),
  noRegistry:
    'Error response from daemon: Get "https://registry.example.org/v2/": denied: requested access to the resource is denied',
} as const;

export const APP_ID = '8b8b8b8b-0000-4000-8000-000000000001';
export const SP_OBJECT_ID = '9a9a9a9a-0000-4000-8000-000000000001';
export const ROLE = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  acrDelete: 'c2f4ef07-c644-48eb-af81-4b1b4947fb11',
};

/** A paste from test/fixtures/pastes/<family>.jsonl, by id. */
export function fixturePaste(family: string, id: string): string {
  const path = `${__dirname}/../../fixtures/pastes/${family}.jsonl`;
  const row = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .find((r) => r.id === id);
  if (!row) throw new Error(`no paste ${id} in ${path}`);
  return row.text;
}
