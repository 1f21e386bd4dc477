import { emptyScenario, type FakeFault, type FakeScenario } from '../../fakes/azure';
import { manualClock } from '../../fakes/time/manual-clock';
import {
  APP_ID,
  SP_OBJECT_ID,
  diagnosisWith,
  recordingClock,
  registry,
  result,
  startHarness,
  until,
  type Harness,
} from './harness';
import type { CheckResult } from '../../../src/checks/types';

/**
 * Azure misbehaving: every fault ends in a report that says what happened for the check it hit, while the
 * other checks still report.
 */
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
      logs: [{ categoryGroup: 'audit', enabled: true }],
    },
  ],
};

function world(faults: readonly FakeFault[], patch: Partial<FakeScenario> = {}): void {
  h.fake.scenario = emptyScenario({
    registries: [registry()],
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
    faults,
    ...patch,
  });
  h.fake.resetCalls();
}

const withApp = { diagnosis: diagnosisWith({ appIds: [APP_ID] }) };

function reasonOf(r: CheckResult): string {
  return r.status === 'unknown' ? r.reason : r.status;
}

function othersDecided(report: { results: readonly CheckResult[] }, except: readonly string[]): void {
  for (const r of report.results) {
    const outcome = r.status === 'unknown' && r.reason !== 'not-applicable' ? r.reason : 'decided';
    if (!except.includes(r.check)) expect([r.check, outcome]).toEqual([r.check, 'decided']);
  }
}

it('403 on role assignments: identity-roles says no-permission, everything else still reports', async () => {
  world([{ api: 'roleAssignments', kind: 'status', status: 403 }]);
  const report = await h.run(withApp);
  const roles = result(report, 'identity-roles');
  expect(reasonOf(roles)).toBe('no-permission');
  expect(roles.summary.en).toMatch(
    /^Reading the identity's role assignments: your account is not allowed to read this \(AuthorizationFailed\)\.$/,
  );
  expect(roles.summary.ru).toMatch(/вашей учётной записи не разрешено это читать/);
  othersDecided(report, ['identity-roles']);
});

it('401 from Microsoft Graph: the Graph checks ask for sign-in, the ARM checks are unaffected', async () => {
  world([
    { api: 'graph-applications', kind: 'status', status: 401 },
    { api: 'graph-servicePrincipals', kind: 'status', status: 401 },
  ]);
  const report = await h.run(withApp);
  expect(reasonOf(result(report, 'secret-expiry'))).toBe('sign-in-required');
  expect(reasonOf(result(report, 'identity-roles'))).toBe('sign-in-required');
  othersDecided(report, ['identity-roles', 'secret-expiry']);
});

it('no consent for Graph (the token exchange fails for that audience only): Graph checks ask for sign-in with the AADSTS code', async () => {
  world([{ api: 'token', kind: 'consent-required', audience: 'graph' }]);
  const report = await h.run(withApp);
  const secrets = result(report, 'secret-expiry');
  expect(reasonOf(secrets)).toBe('sign-in-required');
  expect(secrets.summary.en).toContain('AADSTS65001');
  othersDecided(report, ['identity-roles', 'secret-expiry']);
});

it('429 with a Retry-After that fits the deadline is waited out and retried once', async () => {
  world([{ api: 'permissions', kind: 'throttle', retryAfterSeconds: 1, times: 1 }]);
  const clock = recordingClock();
  const report = await h.run({ deadlineMs: 20000, clock });
  expect(result(report, 'your-permissions').status).toBe('pass');
  expect(h.fake.callsTo('permissions')).toHaveLength(2);
  // The runner waited exactly what Retry-After asked before the retry.
  expect(clock.waits).toContain(1000);
});

it('429 with a Retry-After beyond the deadline is given up at once and reported as throttled', async () => {
  world([{ api: 'permissions', kind: 'throttle', retryAfterSeconds: 120 }]);
  const clock = recordingClock();
  const report = await h.run({ deadlineMs: 20000, clock });
  const mine = result(report, 'your-permissions');
  expect(reasonOf(mine)).toBe('throttled');
  expect(mine.summary.en).toContain('asked to wait 120 s');
  expect(h.fake.callsTo('permissions')).toHaveLength(1);
  // Given up at once: the only wait is the run's own deadline timer, never the 120 s.
  expect(clock.waits).toHaveLength(1);
  expect(clock.waits[0]).toBeLessThanOrEqual(20000);
  othersDecided(report, ['your-permissions']);
});

it('500 from diagnostic settings: login-failures reports a service error', async () => {
  world([{ api: 'diagnosticSettings', kind: 'status', status: 500 }]);
  const report = await h.run();
  const logs = result(report, 'login-failures');
  expect(reasonOf(logs)).toBe('service-error');
  expect(logs.summary.en).toContain('HTTP 500');
  othersDecided(report, ['login-failures', 'identity-roles', 'secret-expiry']);
});

it('malformed JSON from the registry listing: the lookup says so and dependent checks report registry-not-found', async () => {
  world([{ api: 'registries', kind: 'malformed' }]);
  const report = await h.run();
  expect(reasonOf(result(report, 'registry'))).toBe('malformed-response');
  expect(reasonOf(result(report, 'network'))).toBe('registry-not-found');
  expect(reasonOf(result(report, 'throttling'))).toBe('registry-not-found');
});

it('malformed JSON from the log query: login-failures says the answer could not be read', async () => {
  world([{ api: 'logs-query', kind: 'malformed' }]);
  expect(reasonOf(result(await h.run(), 'login-failures'))).toBe('malformed-response');
});

it('an api-version the cloud does not know: the lookup explains it and names the error code', async () => {
  world([], { apiVersions: { registries: ['2023-07-01'] } });
  const report = await h.run();
  const lookup = result(report, 'registry');
  expect(reasonOf(lookup)).toBe('service-error');
  expect(lookup.summary.en).toMatch(
    /does not accept the API version acr-doctor uses \(NoRegisteredProviderFound\)/,
  );
});

it('a hanging API is cut at the deadline; the others report and the run stays within it', async () => {
  world([{ api: 'permissions', kind: 'hang' }]);
  // The run's clock moves only when the test says so: the deadline arrives once every other check is done.
  const clock = manualClock();
  let pending: readonly string[] = ['start'];
  const running = h.run({
    deadlineMs: 2500,
    clock,
    onProgress: (r) => (pending = r.pending ?? []),
  });
  let done = false;
  void running.then(() => (done = true));
  await until(() => done || (pending.length === 1 && pending[0] === 'your-permissions'));
  await clock.advance(2500);
  const report = await running;
  expect(reasonOf(result(report, 'your-permissions'))).toBe('timeout');
  expect(report.complete).toBe(false);
  othersDecided(report, ['your-permissions', 'identity-roles', 'secret-expiry']);
  // Within the deadline on the run's own clock.
  expect(report.elapsedMs).toBeLessThanOrEqual(2500);
});

it('a slow subscription list times the lookup out and every registry-scoped check with it', async () => {
  world([{ api: 'subscriptions', kind: 'latency', ms: 5000 }]);
  const report = await h.run({ deadlineMs: 1500 });
  expect(reasonOf(result(report, 'registry'))).toBe('timeout');
  expect(['timeout', 'registry-not-found']).toContain(reasonOf(result(report, 'network')));
  expect(report.complete).toBe(false);
});

it('Entra failing to issue tokens (500) makes every check say so instead of failing the run', async () => {
  world([{ api: 'token', kind: 'status', status: 500 }]);
  const report = await h.run(withApp);
  for (const r of report.results) expect(['sign-in-required', 'registry-not-found']).toContain(reasonOf(r));
  expect(report.azureCalls).toBe(0);
});

it('never puts a token into a report', async () => {
  world([{ api: 'permissions', kind: 'status', status: 401 }]);
  const report = await h.run(withApp);
  expect(JSON.stringify(report)).not.toMatch(/eyJ[\w-]{10,}/);
});
