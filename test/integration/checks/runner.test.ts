import { emptyScenario } from '../../fakes/azure';
import type { CheckReport } from '../../../src/checks/types';
import { manualClock } from '../../fakes/time/manual-clock';
import {
  APP_ID,
  SP_OBJECT_ID,
  diagnosisWith,
  registry,
  result,
  startHarness,
  until,
  type Harness,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const DIAGNOSTICS = {
  contoso: [
    {
      name: 'audit',
      workspaceId:
        '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops',
      logs: [{ categoryGroup: 'allLogs', enabled: true }],
    },
  ],
};

it('reports progress: first everything pending, then one more result each time, then the final report', async () => {
  h.fake.scenario = emptyScenario({ registries: [registry()], diagnosticSettings: DIAGNOSTICS });
  const seen: CheckReport[] = [];
  const report = await h.run({ onProgress: (r) => seen.push(r) });
  expect(seen[0]?.results).toEqual([]);
  expect(seen[0]?.pending).toHaveLength(report.results.length);
  expect(seen.map((r) => r.results.length)).toEqual(
    Array.from({ length: report.results.length + 1 }, (_, i) => i),
  );
  expect(seen.every((r) => !r.complete)).toBe(true);
  expect(report.complete).toBe(true);
  expect(report.pending).toEqual([]);
});

it('registry-scoped checks start when the lookup finds the registry, not after the independent checks', async () => {
  // The application lookup (secret expiry, independent of the registry) is slow; the network check must not wait for it.
  h.fake.scenario = emptyScenario({
    registries: [registry()],
    applications: [
      {
        id: 'a1a1a1a1-0000-4000-8000-000000000001',
        appId: APP_ID,
        displayName: 'ci',
        passwordCredentials: [],
      },
    ],
    faults: [{ api: 'graph-applications', kind: 'latency', ms: 1500 }],
  });
  const order: string[] = [];
  const report = await h.run({
    diagnosis: diagnosisWith({ appIds: [APP_ID] }),
    plan: {},
    onProgress: (r) => r.results.forEach((x) => order.includes(x.check) || order.push(x.check)),
  });
  expect(order.indexOf('network')).toBeLessThan(order.indexOf('secret-expiry'));
  expect(result(report, 'network').elapsedMs).toBeLessThan(result(report, 'secret-expiry').elapsedMs);
  expect(result(report, 'secret-expiry').elapsedMs).toBeGreaterThanOrEqual(1400);
});

it('counts every Azure request, shares the registry lookup and makes no request twice', async () => {
  h.fake.scenario = emptyScenario({
    registries: [registry()],
    diagnosticSettings: DIAGNOSTICS,
    servicePrincipals: [
      { id: SP_OBJECT_ID, appId: APP_ID, displayName: 'uami-pull', servicePrincipalType: 'ManagedIdentity' },
    ],
  });
  h.fake.resetCalls();
  const report = await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) });
  const azureCalls = h.fake.calls.filter((c) => c.service !== 'entra');
  expect(report.azureCalls).toBe(azureCalls.length);
  expect(h.fake.callsTo('subscriptions')).toHaveLength(1);
  expect(h.fake.callsTo('registries')).toHaveLength(1);
  // identity-roles and secret-expiry both need the service principal: one request.
  expect(h.fake.callsTo('graph-servicePrincipals')).toHaveLength(1);
  expect(result(report, 'secret-expiry').summary.en).toContain('managed identity');
  // One token per audience, however many clients ask at once.
  const tokenScopes = h.fake.callsTo('token').map((c) => c.audience?.split(' ')[0]);
  expect(new Set(tokenScopes).size).toBe(tokenScopes.length);
});

it('a caller that cancels gets a report at once, with the unfinished checks marked', async () => {
  h.fake.scenario = emptyScenario({
    registries: [registry()],
    faults: [{ api: 'subscriptions', kind: 'hang' }],
  });
  const { runChecks } = await import('../../../src/checks/runner');
  const controller = new AbortController();
  // A clock that never moves: the report can only come from the cancellation, never from the deadline.
  const running = runChecks({
    plan: h.plan(diagnosisWith({}), { all: true }),
    azure: h.azure(),
    credential: 'delegated-user',
    deadlineMs: 30000,
    clock: manualClock(),
    signal: controller.signal,
  });
  // Cancel while the lookup hangs in Azure.
  await until(() => h.fake.callsTo('subscriptions').length > 0);
  controller.abort();
  const report = await running;
  expect(report.complete).toBe(false);
  expect(result(report, 'registry').status).toBe('unknown');
});
