/**
 * Live-check benchmark: a full run (every check) against the fake Azure with 150 ms of latency on every
 * answer, ARM, Log Analytics, Graph and Entra alike. Sequential calls would take the sum of their latencies;
 * the runner's parallelism should keep a run near the longest chain of dependent calls. Also counts the Azure
 * requests a run makes (token requests are counted apart).
 */
import { createAzureApis, createOnBehalfOfCredential } from '../../src/azure';
import { azureSettingsFromEnv } from '../../src/config';
import { buildPlan } from '../../src/checks/plan';
import { pasteEvidence } from '../../src/live-checks';
import { runChecks } from '../../src/checks/runner';
import type { CheckReport } from '../../src/checks/types';
import type { Diagnosis } from '../../src/diagnosis/types';
import {
  emptyScenario,
  FAKE_SUBSCRIPTION,
  fakeUserSsoToken,
  registryId,
  startFakeAzure,
} from '../fakes/azure';
import { measureBotPath, runnerOnSamePlan } from './checks-bot-path';
import { percentile, printTable } from './table';

const LATENCY_MS = 150;
const RUNS = 7;
const BOT_APP_ID = '0f0f0f0f-0000-4000-8000-000000000001';
const APP_ID = '8b8b8b8b-0000-4000-8000-000000000001';
const SP_ID = '9a9a9a9a-0000-4000-8000-000000000001';
const REGISTRY = {
  subscriptionId: FAKE_SUBSCRIPTION,
  resourceGroup: 'rg-registry',
  name: 'contoso',
  sku: 'Standard' as const,
};
const REGISTRY_ID = registryId(REGISTRY);

const diagnosis: Diagnosis = {
  verdict: 'acr',
  causes: [],
  signals: {
    tool: 'docker',
    tools: ['docker'],
    operation: 'pull',
    checkHealth: [],
    http: [],
    distribution: [],
    aadsts: [],
    loginServers: [
      {
        host: 'contoso.azurecr.io',
        registry: 'contoso',
        cloud: 'public',
        kind: 'login-server',
        validName: true,
      },
    ],
    registry: 'contoso',
    repository: 'team-a/api',
    tag: null,
    clientIps: ['203.0.113.7'],
    appIds: [APP_ID],
    principalIds: [],
    subscriptions: [],
    tenants: [],
    correlationIds: [],
    otherRegistries: [],
    facts: ['http:429'],
  },
  secrets: [],
  distinguish: null,
  ambiguity: { ambiguous: false },
  notices: [],
  text: '',
};

async function main(): Promise<void> {
  const fake = await startFakeAzure({
    scenario: emptyScenario({
      latencyMs: LATENCY_MS,
      subscriptions: [
        { subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001', displayName: 'Sandbox' },
        { subscriptionId: FAKE_SUBSCRIPTION, displayName: 'Contoso Production' },
      ],
      registries: [
        {
          ...REGISTRY,
          properties: {
            networkRuleSet: {
              defaultAction: 'Deny',
              ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }],
            },
          },
        },
      ],
      servicePrincipals: [{ id: SP_ID, appId: APP_ID, displayName: 'ci-pipeline' }],
      applications: [
        {
          id: 'a1a1a1a1-0000-4000-8000-000000000001',
          appId: APP_ID,
          displayName: 'ci-pipeline',
          passwordCredentials: [
            { keyId: 'k1', hint: 'Xy7', endDateTime: new Date(Date.now() - 86400000).toISOString() },
          ],
        },
      ],
      roleAssignments: [
        {
          scope: REGISTRY_ID,
          roleDefinitionGuid: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
          principalId: SP_ID,
        },
        {
          scope: `/subscriptions/${FAKE_SUBSCRIPTION}`,
          roleDefinitionGuid: 'acdd72a7-3122-4d20-a6ea-9a3a4c9c3a46',
          principalId: SP_ID,
        },
      ],
      diagnosticSettings: {
        contoso: [
          {
            name: 'audit',
            workspaceId:
              '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops',
            logs: [{ categoryGroup: 'allLogs', enabled: true }],
          },
        ],
      },
      logEvents: Array.from({ length: 40 }, (_, i) => ({
        table: 'ContainerRegistryLoginEvents' as const,
        TimeGenerated: new Date(Date.now() - (i + 1) * 60000).toISOString(),
        OperationName: 'Login',
        Identity: i % 3 === 0 ? APP_ID : 'build-agent',
        CallerIpAddress: i % 2 === 0 ? '203.0.113.7' : '198.51.100.20',
        LoginServer: 'contoso.azurecr.io',
        ResultType: i % 5 === 0 ? '429' : '401',
        ResultDescription: i % 5 === 0 ? '429' : '401',
        _ResourceId: REGISTRY_ID.toLowerCase(),
      })),
    }),
  });
  const parsed = azureSettingsFromEnv({
    ...fake.env(),
    BOT_ID: BOT_APP_ID,
    BOT_PASSWORD: 'bench-secret',
    BOT_TENANT_ID: fake.scenario.tenantId,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const settings = parsed.settings;
  const planned = buildPlan(pasteEvidence(diagnosis), settings.endpoints, { all: true });
  if (!planned.ok) throw new Error(planned.problem.en);

  const runs: { wall: number; calls: number; tokens: number; report: CheckReport }[] = [];
  for (let i = 0; i < RUNS; i++) {
    fake.resetCalls();
    // A fresh on-behalf-of credential per run, as the bot makes one per user and action: token exchanges included.
    const token = fakeUserSsoToken({
      tenantId: fake.scenario.tenantId,
      objectId: '3c3c3c3c-0000-4000-8000-000000000001',
      botAppId: BOT_APP_ID,
    });
    const credential = createOnBehalfOfCredential(settings, token, { ca: fake.ca });
    if (!credential.ok) throw new Error(credential.reason);
    const azure = createAzureApis({
      endpoints: settings.endpoints,
      credential: credential.credential,
      tls: { ca: fake.ca },
    });
    const started = performance.now();
    const report = await runChecks({
      plan: planned.plan,
      azure,
      credential: 'delegated-user',
      deadlineMs: settings.deadlineMs,
    });
    const wall = performance.now() - started;
    runs.push({
      wall,
      calls: report.azureCalls,
      tokens: fake.calls.filter((c) => c.service === 'entra').length,
      report,
    });
  }
  // The bot path: the same fake, the registry card's plan, through the server as Teams would press it.
  const direct: number[] = [];
  for (let i = 0; i < RUNS; i++) direct.push((await runnerOnSamePlan(fake)).wallMs);
  const botRuns = await measureBotPath(fake, RUNS);
  await fake.close();

  const measured = runs.slice(1); // the first run also pays for TLS and connection set-up
  const walls = measured.map((r) => r.wall).sort((a, b) => a - b);
  const median = percentile(walls, 50);
  const typical = measured.find((r) => r.wall === median) ?? measured[0];
  if (!typical) throw new Error('no runs');

  console.log(
    `Live checks: ${planned.plan.checks.length} checks, ${LATENCY_MS} ms per Azure answer, ${RUNS} runs (first one is warm-up)\n`,
  );
  printTable(
    ['run', 'wall ms', 'Azure calls', 'Entra requests', 'complete'],
    runs.map((r, i) => [
      i === 0 ? 'warm-up' : String(i),
      Math.round(r.wall),
      r.calls,
      r.tokens,
      String(r.report.complete),
    ]),
  );
  console.log('');
  printTable(
    ['check', 'status', 'ms'],
    typical.report.results.map((r) => [
      r.check,
      r.status === 'unknown' ? `unknown (${r.reason})` : r.status,
      r.elapsedMs,
    ]),
  );
  const sequential = typical.calls + typical.tokens;
  console.log(
    `\nmedian ${Math.round(median)} ms, worst ${Math.round(walls[walls.length - 1] ?? 0)} ms; the same ${sequential} requests one after another would take ≥ ${sequential * LATENCY_MS} ms`,
  );
  const mid = (values: number[]): number =>
    percentile(
      values.slice(1).sort((a, b) => a - b),
      50,
    );
  const botAnswer = mid(botRuns.map((r) => r.answerMs));
  const sameRunner = mid(direct);
  console.log(`\nBot path ("check contoso", then Run live checks as Teams presses it), ${RUNS} runs:\n`);
  printTable(
    ['run', 'sign-in request ms', 'answer ms', 'message updated ms', 'Azure calls', 'Entra requests'],
    botRuns.map((r, i) => [
      i === 0 ? 'warm-up' : String(i),
      Math.round(r.signInMs),
      Math.round(r.answerMs),
      Math.round(r.updateMs),
      r.azureCalls,
      r.entraRequests,
    ]),
  );
  console.log(
    `\nmedian answer ${Math.round(botAnswer)} ms; the runner alone on the same plan ${Math.round(sameRunner)} ms: the bot path adds ${Math.round(botAnswer - sameRunner)} ms`,
  );
  const typicalBot = botRuns[botRuns.length - 1];
  console.log(
    JSON.stringify({
      bench: 'checks',
      wall_ms: Math.round(median),
      azure_calls: typical.calls,
      bot_answer_ms: Math.round(botAnswer),
      bot_same_plan_runner_ms: Math.round(sameRunner),
      bot_sign_in_ms: Math.round(mid(botRuns.map((r) => r.signInMs))),
      bot_azure_calls: typicalBot?.azureCalls,
      bot_entra_requests: typicalBot?.entraRequests,
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
