import { azureSettingsFromEnv } from '../../../src/config';
import { diagnose } from '../../../src/diagnosis';
import { createLiveCheckService, mergeReports, type LiveCheckService } from '../../../src/live-checks';
import { emptyScenario, fakeUserSsoToken, startFakeAzure, type FakeAzure } from '../../fakes/azure';
import { registry } from '../checks/harness';

/**
 * The live-check service as its two callers use it: a request in, a finished report out, reconciled with
 * the paste's causes. Over HTTPS to the fake Azure through the production clients.
 */
const BOT_APP_ID = '0f0f0f0f-0000-4000-8000-000000000001';
const FIREWALL =
  'Error response from daemon: Get "https://contoso.azurecr.io/v2/": denied: client with IP \'203.0.113.7\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.';

let fake: FakeAzure;
let service: LiveCheckService;
beforeAll(async () => {
  fake = await startFakeAzure({
    scenario: emptyScenario({
      registries: [
        registry({
          networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
        }),
      ],
    }),
  });
  const parsed = azureSettingsFromEnv({
    ...fake.env(),
    BOT_ID: BOT_APP_ID,
    BOT_PASSWORD: 'bot-secret-value',
    BOT_TENANT_ID: fake.scenario.tenantId,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  service = createLiveCheckService({ settings: parsed.settings, tls: { ca: fake.ca } });
});
afterAll(() => fake.close());

function runAs() {
  const token = fakeUserSsoToken({
    tenantId: fake.scenario.tenantId,
    objectId: '3c3c3c3c-0000-4000-8000-000000000001',
    botAppId: BOT_APP_ID,
  });
  const credential = service.delegatedCredential(token, fake.scenario.tenantId);
  if (!credential.ok) throw new Error(credential.reason);
  return { kind: 'delegated-user' as const, credential: credential.credential };
}

it('a paste in, a finished report out: its causes reconciled by what the checks found', async () => {
  const diagnosis = diagnose(FIREWALL);
  const outcome = await service.check({
    subject: { diagnosis },
    scope: { kind: 'suggested' },
    runAs: runAs(),
  });
  if (outcome.kind !== 'report') throw new Error(outcome.kind);
  const { report } = outcome;
  expect(report.complete).toBe(true);
  expect(report.reconciliation?.causes[0]).toMatchObject({
    id: 'firewall-client-ip-not-allowed',
    status: 'confirmed',
  });
  expect(report.reconciliation?.basis.map((c) => c.id)).toEqual(diagnosis.causes.map((c) => c.id));
});

it('a registry without a paste: a report with nothing to reconcile', async () => {
  const outcome = await service.check({
    subject: { registry: 'contoso' },
    scope: { kind: 'suggested' },
    runAs: runAs(),
  });
  expect(outcome.kind === 'report' && outcome.report.reconciliation).toBeUndefined();
});

it('refuses what is not a registry before any request', async () => {
  fake.resetCalls();
  const outcome = await service.check({
    subject: { registry: 'contoso.azurecr.io.evil.com' },
    scope: { kind: 'all' },
    runAs: runAs(),
  });
  expect(outcome.kind).toBe('no-registry');
  expect(fake.calls).toEqual([]);
});

it('a narrower later run merges into the earlier one and is reconciled again', async () => {
  const diagnosis = diagnose(FIREWALL);
  const planned = service.plan({ diagnosis }, { kind: 'only', checks: ['admin-user'] });
  if (!planned.ok) throw new Error(planned.problem.en);
  const started = await service.start({
    planned: planned.planned,
    runAs: runAs(),
    probeSignInWithinMs: 5000,
  });
  if (started.kind !== 'running') throw new Error(started.kind);
  const narrow = await started.run.final;
  const full = await service.check({ subject: { diagnosis }, scope: { kind: 'suggested' }, runAs: runAs() });
  if (full.kind !== 'report') throw new Error(full.kind);
  const merged = mergeReports(full.report, narrow);
  expect(merged.results.map((r) => r.check)).toContain('network');
  expect(merged.reconciliation?.causes[0]?.id).toBe('firewall-client-ip-not-allowed');
});
