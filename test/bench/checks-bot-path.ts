import { createAzureApis, createOnBehalfOfCredential } from '../../src/azure';
import { azureSettingsFromEnv } from '../../src/config';
import { silentLogger } from '../../src/bot/log';
import { buildPlan, NO_PASTE } from '../../src/checks/plan';
import { runChecks } from '../../src/checks/runner';
import { describeProblems, loadConfig } from '../../src/config';
import { startServer } from '../../src/server';
import { fakeUserSsoToken, type FakeAzure } from '../fakes/azure';
import { cardAction, message, personalChat, USER } from '../fakes/teams/activities';
import { LoopbackConnector } from '../fakes/teams/connector';

/**
 * Live checks the way a Teams user gets them: the real server on loopback, "check contoso", then "Run live
 * checks" pressed twice as Teams does (once without a token, answered with a sign-in request; once with the
 * user's single sign-on token), against the same fake Azure. Compared with the runner alone on the same
 * plan, the difference is what the bot path adds: the sign-in round trip, the token check, the on-behalf-of
 * probe for the Resource Manager token before the run, and drawing the card.
 */
export interface BotPathRun {
  /** The first press, answered with the sign-in request (no Azure call). */
  readonly signInMs: number;
  /** The second press, from POST to the invoke's answer (the final card). */
  readonly answerMs: number;
  /** From the second press until the message update reached the connector. */
  readonly updateMs: number;
  readonly azureCalls: number;
  readonly entraRequests: number;
}

const SSO_APP_ID = '0f0f0f0f-0000-4000-8000-0000000000a1';
const BOT_DOMAIN = 'acr-doctor.example.com';

function env(fake: FakeAzure): Record<string, string> {
  return {
    ...fake.env(),
    AAD_APP_CLIENT_ID: SSO_APP_ID,
    AAD_APP_CLIENT_SECRET: 'bench-secret',
    AAD_APP_TENANT_ID: fake.scenario.tenantId,
    BOT_DOMAIN,
    LIVE_CHECKS_BURST: '100',
    // The whole run is answered in the invoke, so the answer time is the run's time.
    LIVE_CHECKS_ANSWER_WITHIN_MS: '12000',
  };
}

function userToken(fake: FakeAzure): string {
  return fakeUserSsoToken({
    tenantId: fake.scenario.tenantId,
    objectId: USER.aadObjectId,
    botAppId: SSO_APP_ID,
  });
}

/** The runner alone on the plan the registry card runs: `check contoso`, no paste. */
export async function runnerOnSamePlan(fake: FakeAzure): Promise<{ wallMs: number; azureCalls: number }> {
  const parsed = azureSettingsFromEnv(env(fake));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const planned = buildPlan(NO_PASTE, parsed.settings.endpoints, { registry: 'contoso' });
  if (!planned.ok) throw new Error(planned.problem.en);
  const credential = createOnBehalfOfCredential(parsed.settings, userToken(fake), { ca: fake.ca });
  if (!credential.ok) throw new Error(credential.reason);
  const azure = createAzureApis({
    endpoints: parsed.settings.endpoints,
    credential: credential.credential,
    tls: { ca: fake.ca },
  });
  const started = performance.now();
  const report = await runChecks({
    plan: planned.plan,
    azure,
    credential: 'delegated-user',
    deadlineMs: parsed.settings.deadlineMs,
  });
  return { wallMs: performance.now() - started, azureCalls: report.azureCalls };
}

export async function measureBotPath(fake: FakeAzure, runs: number): Promise<BotPathRun[]> {
  const loaded = loadConfig(env(fake));
  if (loaded.kind !== 'ok') throw new Error(describeProblems(loaded.problems));
  const server = await startServer(
    { ...loaded.config, port: 0, host: '127.0.0.1' },
    { log: silentLogger, azureTls: { ca: fake.ca } },
  );
  const connector = await LoopbackConnector.start();
  const post = async (activity: unknown): Promise<{ statusCode: number }> => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    return (await response.json()) as { statusCode: number };
  };
  const results: BotPathRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const conversation = personalChat();
      const ask = message({ serviceUrl: connector.serviceUrl, conversation, text: 'check contoso' });
      await post(ask).catch(() => undefined);
      const reply = await connector.waitFor((r) => r.targetId === ask.id);
      const card = (reply.activity['attachments'] as Array<{ content: { body: unknown[] } }>)[0]?.content;
      const actions = JSON.stringify(card).match(/"data":\{"id":"([A-Za-z0-9_-]{22})"/);
      const press = (token?: string) =>
        cardAction({
          serviceUrl: connector.serviceUrl,
          conversation,
          verb: 'checks.run',
          data: { id: actions?.[1], causes: 'top', feedback: 'none', checks: 'idle' },
          replyToId: reply.id,
          ...(token ? { authentication: { token } } : {}),
        });
      fake.resetCalls();
      const t0 = performance.now();
      const signIn = await post(press());
      const t1 = performance.now();
      if (signIn.statusCode !== 401) throw new Error(`expected a sign-in request, got ${signIn.statusCode}`);
      const answer = await post(press(userToken(fake)));
      const t2 = performance.now();
      if (answer.statusCode !== 200) throw new Error(`expected a card, got ${answer.statusCode}`);
      const update = await connector.waitFor((r) => r.operation === 'update' && r.targetId === reply.id);
      results.push({
        signInMs: t1 - t0,
        answerMs: t2 - t1,
        updateMs: update.receivedAt - t1,
        azureCalls: fake.calls.filter((c) => c.service !== 'entra').length,
        entraRequests: fake.calls.filter((c) => c.service === 'entra').length,
      });
    }
  } finally {
    await server.close();
    await connector.close();
  }
  return results;
}
