import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKE_TENANT, fakeUserSsoToken, type FakeAzure } from '../../fakes/azure';
import { cardAction, message, personalChat, USER, type Conversation } from '../../fakes/teams/activities';
import { button } from '../../fakes/teams/card-reading';
import type { CapturedActivity, LoopbackConnector } from '../../fakes/teams/connector';
import type { Azurite } from './azurite';
import type { BotProcess } from './bot-process';

/**
 * What the tests of several bot processes on one state store share: the paste they diagnose (a refusal by the
 * fake Azure's FIREWALLED_CONTOSO, whose firewall lets only 198.51.100.0/24 in), the environment that turns
 * live checks on against the fake Azure, and the Teams side: pasting on one process, pressing a button on another.
 */

export const SSO_APP_ID = '0f0f0f0f-0000-4000-8000-0000000000a1';

export const FIREWALL_PASTE =
  'Failed to pull image "contoso.azurecr.io/team-a/api:1.4.2": 403 Forbidden\n' +
  "denied: client with IP '203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.";

/** Settings of the live checks each test chooses: its deadline, answer budget and per-person rate. */
export interface LiveCheckTiming {
  readonly deadlineMs: number;
  readonly answerWithinMs: number;
  readonly burst: number;
  readonly refillSeconds: number;
}

/**
 * The environment of a bot process with live checks against `fake` (its CA trusted through a file) and its
 * state in `container` of Azurite.
 */
export function liveChecksEnv(
  fake: FakeAzure,
  azurite: Azurite,
  container: string,
  timing: LiveCheckTiming,
): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'acr-doctor-two-bots-'));
  writeFileSync(join(dir, 'fake-azure-ca.pem'), fake.ca);
  return {
    ...fake.env(),
    NODE_EXTRA_CA_CERTS: join(dir, 'fake-azure-ca.pem'),
    AAD_APP_CLIENT_ID: SSO_APP_ID,
    AAD_APP_CLIENT_SECRET: 'sso-app-secret',
    AAD_APP_TENANT_ID: FAKE_TENANT,
    BOT_DOMAIN: 'acr-doctor.example.com',
    LIVE_CHECKS_DEADLINE_MS: String(timing.deadlineMs),
    LIVE_CHECKS_ANSWER_WITHIN_MS: String(timing.answerWithinMs),
    LIVE_CHECKS_BURST: String(timing.burst),
    LIVE_CHECKS_REFILL_SECONDS: String(timing.refillSeconds),
    STATE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    STATE_STORAGE_CONTAINER: container,
  };
}

/** No stack traces, warnings or other stray output from any process, and no error lines. */
export function expectNoErrors(bots: ReadonlyArray<BotProcess | undefined>): void {
  for (const bot of bots) {
    expect(bot?.otherOutput ?? []).toEqual([]);
    expect((bot?.lines ?? []).filter((l) => l['level'] === 'error' || l['level'] === 50)).toEqual([]);
  }
}

/** The card a captured reply or update carries. */
export const contentOf = (c: CapturedActivity): unknown =>
  (c.activity['attachments'] as Array<{ content: unknown }>)[0]?.content;

export interface Posted {
  readonly conversation: Conversation;
  readonly card: unknown;
  readonly messageId: string;
}

/** `text` pasted in a new personal chat with `bot`; the card it answered with. */
export async function pasteOn(
  connector: LoopbackConnector,
  bot: BotProcess,
  text: string,
  conversation: Conversation = personalChat(),
): Promise<Posted> {
  const activity = message({ serviceUrl: connector.serviceUrl, conversation, text });
  const reply = connector.waitFor((c) => c.conversationId === conversation.id && c.targetId === activity.id);
  expect((await bot.post(activity)).status).toBe(200);
  const captured = await reply;
  return { conversation, card: contentOf(captured), messageId: captured.id };
}

/**
 * The button `title` of `card` (by default `posted`'s card) pressed on `bot` by the person of the fake tenant,
 * signed in (`verb` replaces the button's own); the card the invoke answered with.
 */
export async function pressOn(
  connector: LoopbackConnector,
  bot: BotProcess,
  posted: Posted,
  title: string | RegExp,
  options: {
    readonly card?: unknown;
    readonly verb?: string;
    readonly signedIn?: boolean;
    /** Values of the card's inputs a person filled in (Teams sends them with the press). */
    readonly inputs?: Readonly<Record<string, string>>;
  } = {},
): Promise<unknown> {
  const b = {
    ...button(options.card ?? posted.card, title),
    ...(options.verb ? { verb: options.verb } : {}),
  };
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
      data: { ...b.data, ...options.inputs },
      replyToId: posted.messageId,
      title: b.title,
      ...(options.signedIn === false ? {} : { authentication: { token } }),
    }),
  );
  expect(response.status).toBe(200);
  const answer = response.body as { statusCode?: number; value: unknown };
  if (options.signedIn !== false) expect(answer.statusCode).toBe(200);
  return answer.value;
}
