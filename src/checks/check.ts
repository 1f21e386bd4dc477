import type {
  AzureApis,
  AzureResult,
  CallOptions,
  GraphServicePrincipal,
  RegistryResource,
  TokenAudience,
} from '../azure';
import type { CauseVerdict, CheckId, Text } from '../knowledge';
import type { CheckPlan, PlanFacts } from './plan';
import type { RegistryLookup } from './registry-lookup';
import type { CheckFact, CheckFix, UnknownReason } from './types';

/** What a check concludes; the runner adds the check id and the time it took. */
export type CheckOutcome =
  | {
      readonly status: 'pass' | 'fail' | 'warn';
      readonly summary: Text;
      readonly facts: readonly CheckFact[];
      readonly verdicts: readonly CauseVerdict[];
      readonly fix: readonly CheckFix[];
    }
  | {
      readonly status: 'unknown';
      readonly reason: UnknownReason;
      readonly summary: Text;
      readonly facts: readonly CheckFact[];
    };

/** What every check gets from the runner. */
export interface CheckEnv {
  readonly plan: CheckPlan;
  readonly azure: AzureApis;
  /**
   * Makes one Azure call with a timeout that ends at the run's deadline; after a 429 it waits and tries
   * again only if the service's Retry-After still fits before the deadline.
   */
  call<T>(request: (options: CallOptions) => Promise<AzureResult<T>>): Promise<AzureResult<T>>;
  /** Current time in milliseconds (the run's clock). */
  now(): number;
  /** Lookups several checks need, made once per run. */
  readonly shared: SharedLookups;
}

export interface SharedLookups {
  servicePrincipal(appId: string): Promise<AzureResult<GraphServicePrincipal>>;
}

interface CheckBase {
  readonly id: CheckId;
  /** Token audiences the check calls, so the runner can get those tokens early and in parallel. */
  readonly audiences: readonly TokenAudience[];
  /**
   * Whether a run for this paste should include the check (a run with `all` or `only` ignores it). Checks
   * that read only the registry or the caller's own permissions are always worth their one shared lookup.
   */
  wanted(plan: PlanFacts): boolean;
}

/**
 * One live check. Adding a check is one file in live/ (its id, audiences, when it is wanted and what it
 * does), one line in live/index.ts and one test; its id and title are in knowledge/checks.ts because causes
 * name the checks that confirm them and the cards and the command line print their titles. `needs` says
 * what it waits for: nothing, the registry lookup's answer (the registry check), or a found registry — a
 * registry-scoped check starts the moment the lookup finds it, and is reported as `registry-not-found`
 * without running when it does not.
 */
export type Check =
  | (CheckBase & { readonly needs: 'nothing'; run(env: CheckEnv): Promise<CheckOutcome> })
  | (CheckBase & {
      readonly needs: 'lookup';
      run(env: CheckEnv, lookup: RegistryLookup): Promise<CheckOutcome>;
    })
  | (CheckBase & {
      readonly needs: 'registry';
      run(env: CheckEnv, registry: RegistryResource): Promise<CheckOutcome>;
    });
