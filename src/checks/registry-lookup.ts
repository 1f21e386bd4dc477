import type { AzureFailure, RegistryResource, SubscriptionInfo } from '../azure';
import type { CheckEnv } from './check';
import type { RegistryTarget } from './registry-name';

/**
 * Where the registry is, found the way `az acr login -n <name>` resolves names: list the subscriptions the
 * signed-in identity can see, then the registries in each. When it is in none of them, checkNameAvailability
 * tells "nobody has this name" (a typo, a deleted registry) from "it exists where you cannot see it".
 */
export type RegistryLookup =
  | {
      readonly kind: 'found';
      readonly registry: RegistryResource;
      readonly subscription: SubscriptionInfo;
      readonly searched: number;
    }
  | { readonly kind: 'does-not-exist'; readonly searched: number }
  | {
      readonly kind: 'not-visible';
      readonly searched: number;
      /** Subscriptions whose registries could not be listed. */
      readonly unsearched: number;
      /** `taken`: checkNameAvailability says the name is in use; `unverified`: it could not say (DNL names). */
      readonly nameCheck: 'taken' | 'unverified';
    }
  | { readonly kind: 'no-subscriptions' }
  | {
      readonly kind: 'failed';
      readonly step: 'subscriptions' | 'registries' | 'name-check';
      readonly failure: AzureFailure;
    };

/** Registry listings in flight at once: enough for many subscriptions, polite to ARM's per-user limits. */
const PARALLEL_SUBSCRIPTIONS = 6;

function matches(registry: RegistryResource, target: RegistryTarget): boolean {
  if (target.dnl)
    return target.loginServer !== null && registry.loginServer.toLowerCase() === target.loginServer;
  return registry.name.toLowerCase() === target.name.toLowerCase();
}

function ordered(subscriptions: readonly SubscriptionInfo[], hints: readonly string[]): SubscriptionInfo[] {
  const hinted = subscriptions.filter((s) => hints.includes(s.subscriptionId.toLowerCase()));
  return [...hinted, ...subscriptions.filter((s) => !hinted.includes(s))];
}

export async function lookupRegistry(env: CheckEnv): Promise<RegistryLookup> {
  const { target, subscriptionHints } = env.plan;
  const subs = await env.call((o) => env.azure.registries.listSubscriptions(o));
  if (!subs.ok) return { kind: 'failed', step: 'subscriptions', failure: subs.error };
  if (subs.value.length === 0) return { kind: 'no-subscriptions' };

  const queue = ordered(subs.value, subscriptionHints);
  let found: { registry: RegistryResource; subscription: SubscriptionInfo } | null = null;
  let searched = 0;
  const failures: AzureFailure[] = [];
  const worker = async (): Promise<void> => {
    for (let sub = queue.shift(); sub !== undefined && found === null; sub = queue.shift()) {
      const subscription = sub;
      const result = await env.call((o) =>
        env.azure.registries.listRegistries(subscription.subscriptionId, o),
      );
      if (!result.ok) {
        failures.push(result.error);
        continue;
      }
      searched += 1;
      const registry = result.value.find((r) => matches(r, target));
      if (registry && found === null) found = { registry, subscription };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_SUBSCRIPTIONS, queue.length) }, worker));
  const hit = found as { registry: RegistryResource; subscription: SubscriptionInfo } | null;
  if (hit) return { kind: 'found', ...hit, searched };

  const first = subs.value[0];
  const nameCheck =
    target.dnl || first === undefined
      ? null
      : await env.call((o) =>
          env.azure.registries.checkNameAvailability(first.subscriptionId, target.name, o),
        );
  if (nameCheck?.ok && nameCheck.value.nameAvailable) return { kind: 'does-not-exist', searched };
  // With a subscription left unsearched the registry may well be in it: say what failed, not "not visible".
  const failure = failures[0];
  if (failure) return { kind: 'failed', step: 'registries', failure };
  if (nameCheck?.ok) return { kind: 'not-visible', searched, unsearched: 0, nameCheck: 'taken' };
  if (nameCheck && !nameCheck.ok) return { kind: 'failed', step: 'name-check', failure: nameCheck.error };
  return { kind: 'not-visible', searched, unsearched: 0, nameCheck: 'unverified' };
}
