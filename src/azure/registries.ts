import { ContainerRegistryManagementClient, type Registry } from '@azure/arm-containerregistry';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { callAzure, collect, type CallOptions } from './call';
import { addCounter, commonClientOptions } from './client-options';
import type { CallCounter } from './call-counter';
import type { AzureConnection } from './connection';
import type { NameAvailability, RegistryResource, SubscriptionInfo } from './models';
import { malformed, ok, type AzureResult } from './result';

/** Finding a registry by name, the way `az acr login -n <name>` does: subscriptions, then their registries. */
export interface RegistryApi {
  listSubscriptions(options: CallOptions): Promise<AzureResult<SubscriptionInfo[]>>;
  /** Every registry in the subscription, with all its properties (the list answers full resources). */
  listRegistries(subscriptionId: string, options: CallOptions): Promise<AzureResult<RegistryResource[]>>;
  /** Whether a registry name is free anywhere in the cloud (a registry name is its global DNS label). */
  checkNameAvailability(
    subscriptionId: string,
    name: string,
    options: CallOptions,
  ): Promise<AzureResult<NameAvailability>>;
}

/**
 * @azure/arm-containerregistry 12 sends api-version 2025-11-01, the first GA version whose Registry carries
 * anonymousPullEnabled, roleAssignmentMode, networkRuleBypassAllowedForTasks and
 * policies.azureADAuthenticationAsArmPolicy, and its model has all four: no raw requests are needed here.
 */
export const REGISTRY_API_VERSION = '2025-11-01';

const REGISTRY_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ContainerRegistry\/registries\/([^/]+)$/i;

export function registryFromSdk(r: Registry): RegistryResource | null {
  const match = r.id ? REGISTRY_ID.exec(r.id) : null;
  if (!match || !r.name || !r.loginServer || !r.sku?.name || !r.location) return null;
  const rules = r.networkRuleSet;
  return {
    id: r.id ?? '',
    name: r.name,
    subscriptionId: match[1] ?? '',
    resourceGroup: match[2] ?? '',
    location: r.location,
    loginServer: r.loginServer,
    sku: r.sku.name,
    ...(r.provisioningState !== undefined ? { provisioningState: r.provisioningState } : {}),
    ...(r.adminUserEnabled !== undefined ? { adminUserEnabled: r.adminUserEnabled } : {}),
    ...(r.anonymousPullEnabled !== undefined ? { anonymousPullEnabled: r.anonymousPullEnabled } : {}),
    ...(r.roleAssignmentMode !== undefined ? { roleAssignmentMode: r.roleAssignmentMode } : {}),
    ...(r.publicNetworkAccess !== undefined ? { publicNetworkAccess: r.publicNetworkAccess } : {}),
    ...(rules?.defaultAction !== undefined
      ? {
          networkRuleSet: {
            defaultAction: rules.defaultAction,
            ipRules: (rules.ipRules ?? [])
              .map((rule) => rule.iPAddressOrRange)
              .filter((v): v is string => typeof v === 'string'),
          },
        }
      : {}),
    ...(r.networkRuleBypassOptions !== undefined
      ? { networkRuleBypassOptions: r.networkRuleBypassOptions }
      : {}),
    ...(r.networkRuleBypassAllowedForTasks !== undefined
      ? { networkRuleBypassAllowedForTasks: r.networkRuleBypassAllowedForTasks }
      : {}),
    ...(r.dataEndpointEnabled !== undefined ? { dataEndpointEnabled: r.dataEndpointEnabled } : {}),
    dataEndpointHostNames: (r.dataEndpointHostNames ?? []).filter((h): h is string => typeof h === 'string'),
    privateEndpoints: (r.privateEndpointConnections ?? []).map((pe) => ({
      ...(pe.privateEndpoint?.id ? { id: pe.privateEndpoint.id } : {}),
      ...(pe.privateLinkServiceConnectionState?.status
        ? { status: pe.privateLinkServiceConnectionState.status }
        : {}),
    })),
    ...(r.policies?.azureADAuthenticationAsArmPolicy?.status !== undefined
      ? { azureADAuthenticationAsArmPolicy: r.policies.azureADAuthenticationAsArmPolicy.status }
      : {}),
  };
}

class ArmRegistryApi implements RegistryApi {
  private readonly subscriptions: SubscriptionClient;
  private readonly perSubscription = new Map<string, ContainerRegistryManagementClient>();

  constructor(
    private readonly connection: AzureConnection,
    private readonly counter: CallCounter,
  ) {
    const { arm } = connection.endpoints;
    this.subscriptions = new SubscriptionClient(connection.credential, {
      ...commonClientOptions(connection.tls),
      // The classic clients build URLs from $host and take the token scope from credentialScopes.
      $host: arm.endpoint,
      endpoint: arm.endpoint,
      credentialScopes: [arm.scope],
    });
    addCounter(this.subscriptions.pipeline, counter.policy);
  }

  private registries(subscriptionId: string): ContainerRegistryManagementClient {
    let client = this.perSubscription.get(subscriptionId);
    if (!client) {
      const { arm } = this.connection.endpoints;
      client = new ContainerRegistryManagementClient(this.connection.credential, subscriptionId, {
        ...commonClientOptions(this.connection.tls),
        endpoint: arm.endpoint,
        credentials: { scopes: [arm.scope] },
      });
      addCounter(client.pipeline, this.counter.policy);
      this.perSubscription.set(subscriptionId, client);
    }
    return client;
  }

  async listSubscriptions(options: CallOptions): Promise<AzureResult<SubscriptionInfo[]>> {
    const result = await callAzure('arm', options, (abortSignal) =>
      collect(this.subscriptions.subscriptions.list({ abortSignal })),
    );
    if (!result.ok) return result;
    const subscriptions: SubscriptionInfo[] = [];
    for (const s of result.value) {
      if (typeof s.subscriptionId !== 'string' || s.subscriptionId === '') {
        return malformed('arm', 'A subscription in the list has no subscriptionId');
      }
      subscriptions.push({
        subscriptionId: s.subscriptionId,
        displayName: s.displayName ?? s.subscriptionId,
        ...(s.tenantId ? { tenantId: s.tenantId } : {}),
        ...(s.state ? { state: s.state } : {}),
      });
    }
    return ok(subscriptions);
  }

  async listRegistries(
    subscriptionId: string,
    options: CallOptions,
  ): Promise<AzureResult<RegistryResource[]>> {
    const client = this.registries(subscriptionId);
    const result = await callAzure('arm', options, (abortSignal) =>
      collect(client.registries.list({ abortSignal })),
    );
    if (!result.ok) return result;
    const registries: RegistryResource[] = [];
    for (const raw of result.value) {
      const registry = typeof raw === 'object' && raw !== null ? registryFromSdk(raw) : null;
      if (!registry)
        return malformed('arm', 'A registry in the list lacks its id, name, login server, location or SKU');
      registries.push(registry);
    }
    return ok(registries);
  }

  async checkNameAvailability(
    subscriptionId: string,
    name: string,
    options: CallOptions,
  ): Promise<AzureResult<NameAvailability>> {
    const client = this.registries(subscriptionId);
    const result = await callAzure('arm', options, (abortSignal) =>
      client.registries.checkNameAvailability(
        { name, type: 'Microsoft.ContainerRegistry/registries' },
        { abortSignal },
      ),
    );
    if (!result.ok) return result;
    if (typeof result.value?.nameAvailable !== 'boolean')
      return malformed('arm', 'checkNameAvailability did not say nameAvailable');
    return ok({
      nameAvailable: result.value.nameAvailable,
      ...(result.value.reason ? { reason: result.value.reason } : {}),
      ...(result.value.message ? { message: result.value.message } : {}),
    });
  }
}

export function createRegistryApi(connection: AzureConnection, counter: CallCounter): RegistryApi {
  return new ArmRegistryApi(connection, counter);
}
