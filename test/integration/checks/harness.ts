import { azureSettingsFromEnv } from '../../../src/config';
import {
  createAzureApis,
  createOnBehalfOfCredential,
  type AzureApis,
  type AzureSettings,
} from '../../../src/azure';
import { buildPlan, type CheckPlan, type PlanOptions } from '../../../src/checks/plan';
import { pasteEvidence } from '../../../src/live-checks';
import { systemClock, type Clock } from '../../../src/checks/clock';
import { runChecks } from '../../../src/checks/runner';
import type { CheckReport, CheckResult } from '../../../src/checks/types';
import type { Diagnosis } from '../../../src/diagnosis/types';
import { diagnosisWith } from '../../support/diagnosis';
import type { CheckId } from '../../../src/knowledge';
import {
  emptyScenario,
  FAKE_SUBSCRIPTION,
  fakeUserSsoToken,
  registryId,
  startFakeAzure,
  type FakeAzure,
  type FakeCloud,
  type FakeRegistry,
  type FakeScenario,
} from '../../fakes/azure';

/**
 * Live checks end to end against the fake Azure: the production settings, on-behalf-of credential, SDK
 * clients and runner, with only the endpoints (and the trusted certificate) pointing at the fake.
 */
export const BOT_APP_ID = '0f0f0f0f-0000-4000-8000-000000000001';
export const USER_OBJECT_ID = '3c3c3c3c-0000-4000-8000-000000000001';
export const APP_ID = '8b8b8b8b-0000-4000-8000-000000000001';
export const SP_OBJECT_ID = '9a9a9a9a-0000-4000-8000-000000000001';
export const KUBELET_OBJECT_ID = '7d7d7d7d-0000-4000-8000-000000000001';

export { diagnosisWith };

export const CONTOSO: FakeRegistry = {
  subscriptionId: FAKE_SUBSCRIPTION,
  resourceGroup: 'rg-registry',
  name: 'contoso',
  sku: 'Premium',
};
export const CONTOSO_ID = registryId(CONTOSO);

export function registry(
  properties: Record<string, unknown> = {},
  extra: Partial<FakeRegistry> = {},
): FakeRegistry {
  return { ...CONTOSO, ...extra, properties };
}

export interface Harness {
  readonly fake: FakeAzure;
  readonly settings: AzureSettings;
  /** Live-check APIs with a fresh on-behalf-of credential for the test user. */
  azure(): AzureApis;
  plan(diagnosis: Diagnosis, options?: PlanOptions): CheckPlan;
  run(options?: {
    diagnosis?: Diagnosis;
    plan?: PlanOptions;
    deadlineMs?: number;
    onProgress?: (r: CheckReport) => void;
    clock?: Clock;
    signal?: AbortSignal;
  }): Promise<CheckReport>;
  /** Replaces the fake's world with an empty one plus `patch`, and forgets the calls made so far. */
  world(patch: Partial<FakeScenario>): void;
  close(): Promise<void>;
}

export async function startHarness(
  scenario: Partial<FakeScenario> = {},
  cloud: FakeCloud = 'AzurePublicCloud',
): Promise<Harness> {
  const fake = await startFakeAzure({ cloud, scenario: emptyScenario(scenario) });
  const parsed = azureSettingsFromEnv({
    ...fake.env(),
    BOT_ID: BOT_APP_ID,
    BOT_PASSWORD: 'bot-secret-value',
    BOT_TENANT_ID: fake.scenario.tenantId,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const settings = parsed.settings;
  const tls = { ca: fake.ca };
  const azure = (): AzureApis => {
    const token = fakeUserSsoToken({
      tenantId: fake.scenario.tenantId,
      objectId: USER_OBJECT_ID,
      botAppId: BOT_APP_ID,
    });
    const credential = createOnBehalfOfCredential(settings, token, tls);
    if (!credential.ok) throw new Error(credential.reason);
    return createAzureApis({ endpoints: settings.endpoints, credential: credential.credential, tls });
  };
  const plan = (diagnosis: Diagnosis, options: PlanOptions = {}): CheckPlan => {
    const result = buildPlan(pasteEvidence(diagnosis), settings.endpoints, options);
    if (!result.ok) throw new Error(result.problem.en);
    return result.plan;
  };
  return {
    fake,
    settings,
    azure,
    plan,
    run: (options = {}) =>
      runChecks({
        plan: plan(options.diagnosis ?? diagnosisWith({}), options.plan ?? { all: true }),
        azure: azure(),
        credential: 'delegated-user',
        // Generous: only deadline tests set a short one.
        deadlineMs: options.deadlineMs ?? 30000,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    world: (patch) => {
      fake.scenario = emptyScenario(patch);
      fake.resetCalls();
    },
    close: () => fake.close(),
  };
}

export function result(report: CheckReport, check: CheckId): CheckResult {
  const found = report.results.find((r) => r.check === check);
  if (!found) throw new Error(`no result for ${check}: ${report.results.map((r) => r.check).join(', ')}`);
  return found;
}

export function verdictOf(r: CheckResult, cause: string): 'confirmed' | 'ruled-out' | undefined {
  return r.verdicts.find((v) => v.cause === cause)?.verdict;
}

/**
 * The system clock, recording every wait the runner asks of it: a test asserts on the waits themselves
 * (a Retry-After honoured, or not waited out) instead of on how long the run took on a loaded machine.
 */
export function recordingClock(): Clock & { readonly waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    now: () => systemClock.now(),
    sleep(ms, signal) {
      waits.push(ms);
      return systemClock.sleep(ms, signal);
    },
  };
}

/** Resolves once `condition` holds, checking after each turn of the event loop (no fixed sleeps). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
