import { setMaxListeners } from 'node:events';
import type { AzureApis, AzureResult, GraphServicePrincipal } from '../azure';
import type { CheckId } from '../knowledge';
import type { Check, CheckEnv, CheckOutcome } from './check';
import { systemClock, type Clock } from './clock';
import { LIVE_CHECKS } from './live';
import { unknown } from './outcome';
import type { CheckPlan } from './plan';
import { lookupRegistry, type RegistryLookup } from './registry-lookup';
import { t } from './text';
import type { CheckReport, CheckResult, CredentialKind } from './types';

export interface RunOptions {
  readonly plan: CheckPlan;
  readonly azure: AzureApis;
  readonly credential: CredentialKind;
  /** The whole run ends by then; checks still running are reported as `unknown` / `timeout`. */
  readonly deadlineMs: number;
  /** Defaults to every live check; the plan picks which of them run. */
  readonly checks?: readonly Check[];
  readonly clock?: Clock;
  /** Cancels the run (e.g. the bot is shutting down). */
  readonly signal?: AbortSignal;
  /** Called with a partial report when the run starts and each time a check finishes (for a progress card). */
  readonly onProgress?: (report: CheckReport) => void;
}

/** A 429 is retried at most this often, and only when Retry-After leaves this much time for the retry. */
const MAX_THROTTLE_RETRIES = 2;
const MIN_TIME_FOR_RETRY_MS = 250;
const DEFAULT_RETRY_AFTER_MS = 1000;

function stamp(check: CheckId, outcome: CheckOutcome, elapsedMs: number): CheckResult {
  return outcome.status === 'unknown'
    ? {
        check,
        status: 'unknown',
        reason: outcome.reason,
        summary: outcome.summary,
        facts: outcome.facts,
        elapsedMs,
        verdicts: [],
        fix: [],
      }
    : {
        check,
        status: outcome.status,
        summary: outcome.summary,
        facts: outcome.facts,
        verdicts: outcome.verdicts,
        fix: outcome.fix,
        elapsedMs,
      };
}

function notFound(lookup: Exclude<RegistryLookup, { kind: 'found' }>, name: string): CheckOutcome {
  switch (lookup.kind) {
    case 'does-not-exist':
      return unknown(
        'registry-not-found',
        t(
          `Not checked: there is no registry named ${name}.`,
          `Не проверено: реестра с именем ${name} не существует.`,
        ),
      );
    case 'not-visible':
      return unknown(
        'registry-not-found',
        t(
          `Not checked: registry ${name} is not in any subscription you can see.`,
          `Не проверено: реестра ${name} нет ни в одной доступной вам подписке.`,
        ),
      );
    default:
      return unknown(
        'registry-not-found',
        t(
          'Not checked: the registry lookup did not finish (see "Registry lookup").',
          'Не проверено: поиск реестра не завершился (см. «Поиск реестра»).',
        ),
      );
  }
}

/**
 * Runs the plan's checks in parallel under one deadline. Registry-scoped checks share one registry lookup and
 * start as soon as it answers; a check that fails, throws or runs out of time is reported as `unknown` with
 * the reason while the others still report.
 */
export async function runChecks(options: RunOptions): Promise<CheckReport> {
  const { plan, azure } = options;
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const deadline = started + options.deadlineMs;
  const controller = new AbortController();
  // Every call in flight (and every token request) listens for the end of the run: more than Node's default 10.
  setMaxListeners(100, controller.signal);
  const cancel = (): void => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });

  const selected = plan.checks
    .map((id) => (options.checks ?? LIVE_CHECKS).find((c) => c.id === id))
    .filter((c): c is Check => c !== undefined);
  const results = new Map<CheckId, CheckResult>();

  const report = (complete: boolean): CheckReport => ({
    registry: plan.target.loginServer ?? plan.target.name,
    credential: options.credential,
    results: selected.map((c) => results.get(c.id)).filter((r): r is CheckResult => r !== undefined),
    complete,
    azureCalls: azure.azureCalls(),
    elapsedMs: clock.now() - started,
    pending: selected.filter((c) => !results.has(c.id)).map((c) => c.id),
  });
  const progress = (): void => {
    try {
      options.onProgress?.(report(false));
    } catch {
      // A progress card that fails to render must not stop the checks.
    }
  };

  const servicePrincipals = new Map<string, Promise<AzureResult<GraphServicePrincipal>>>();
  const env: CheckEnv = {
    plan,
    azure,
    now: () => clock.now(),
    async call(request) {
      for (let attempt = 0; ; attempt++) {
        const remaining = deadline - clock.now();
        // Out of time before the request even starts: report it as the timeout it is (the service is moot).
        if (remaining <= 0 || controller.signal.aborted) {
          return {
            ok: false,
            error: { kind: 'timeout', service: 'arm', message: 'No time left before the deadline.' },
          };
        }
        const result = await request({ signal: controller.signal, timeoutMs: remaining });
        if (result.ok || result.error.kind !== 'throttled' || attempt >= MAX_THROTTLE_RETRIES) return result;
        const wait = result.error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
        if (clock.now() + wait + MIN_TIME_FOR_RETRY_MS >= deadline) return result;
        await clock.sleep(wait, controller.signal);
      }
    },
    shared: {
      servicePrincipal(appId) {
        const key = appId.toLowerCase();
        let pending = servicePrincipals.get(key);
        if (!pending) {
          pending = env.call((o) => azure.graph.servicePrincipalByAppId(key, o));
          servicePrincipals.set(key, pending);
        }
        return pending;
      },
    },
  };

  azure.warmUp([...new Set(selected.flatMap((c) => c.audiences))], controller.signal);
  let lookup: Promise<RegistryLookup> | undefined;
  const registryLookup = (): Promise<RegistryLookup> =>
    (lookup ??= lookupRegistry(env).catch((): RegistryLookup => ({
      kind: 'failed',
      step: 'subscriptions',
      failure: { kind: 'service', service: 'arm', message: 'The lookup failed unexpectedly.' },
    })));
  if (selected.some((c) => c.needs !== 'nothing')) void registryLookup();

  const runOne = async (check: Check): Promise<CheckOutcome> => {
    switch (check.needs) {
      case 'nothing':
        return check.run(env);
      case 'lookup':
        return check.run(env, await registryLookup());
      case 'registry': {
        const found = await registryLookup();
        return found.kind === 'found' ? check.run(env, found.registry) : notFound(found, plan.target.name);
      }
    }
  };

  const deadlineReached = clock.sleep(Math.max(0, deadline - clock.now()), controller.signal).then(() => {
    controller.abort();
    return null;
  });
  progress();
  await Promise.all(
    selected.map(async (check) => {
      const begun = clock.now();
      const guarded = runOne(check).catch(() =>
        unknown(
          'service-error',
          t(
            'The check stopped on an unexpected error; the other checks are not affected.',
            'Проверка прервалась из-за непредвиденной ошибки; на остальные проверки это не повлияло.',
          ),
        ),
      );
      const outcome = await Promise.race([guarded, deadlineReached]);
      const final =
        outcome ??
        unknown(
          'timeout',
          t(
            `Did not finish within the ${Math.round(options.deadlineMs / 100) / 10} s the checks may take.`,
            `Не завершилась за отведённые проверкам ${Math.round(options.deadlineMs / 100) / 10} с.`,
          ),
        );
      results.set(check.id, stamp(check.id, final, clock.now() - begun));
      progress();
    }),
  );
  controller.abort();
  options.signal?.removeEventListener('abort', cancel);
  // A check that ran out of time, here or in one of its calls, leaves the report incomplete.
  return report(![...results.values()].some((r) => r.status === 'unknown' && r.reason === 'timeout'));
}
