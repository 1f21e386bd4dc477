import { createAuthorizationApi, type AuthorizationApi } from './authorization';
import { createCallCounter } from './call-counter';
import type { AzureConnection } from './connection';
import { createGraphApi, type GraphApi } from './graph';
import { createLogsApi, type LogsApi } from './logs';
import { createMonitorApi, type MonitorApi } from './monitor';
import { createRegistryApi, type RegistryApi } from './registries';
import type { CallOptions } from './call';
import type { AzureResult } from './result';
import { sharedTokenCredential } from './shared-token';
import { probeToken } from './token-probe';

export type TokenAudience = 'arm' | 'logs' | 'graph';

/** Everything live checks may ask Azure, for one run with one user's credential. */
export interface AzureApis {
  readonly registries: RegistryApi;
  readonly authorization: AuthorizationApi;
  readonly monitor: MonitorApi;
  readonly logs: LogsApi;
  readonly graph: GraphApi;
  /** Requests sent to ARM, Log Analytics and Graph so far (token requests not included). */
  azureCalls(): number;
  /**
   * Starts getting tokens for these services now, in parallel, so that a check that needs one later does not
   * wait for the exchange. Failures are not reported here: the call that needs the token reports them.
   */
  warmUp(audiences: readonly TokenAudience[], signal: AbortSignal): void;
  /**
   * Gets one audience's token now and says whether that worked (a missing consent, a refused exchange), so
   * the caller can stop before a run. The token is the one the run's calls then use: it is asked for once.
   */
  probe(
    audience: TokenAudience,
    options: CallOptions,
  ): Promise<AzureResult<{ readonly expiresOnTimestamp: number }>>;
}

export function createAzureApis(connection: AzureConnection): AzureApis {
  const credential = sharedTokenCredential(connection.credential);
  const shared: AzureConnection = { ...connection, credential };
  const counter = createCallCounter();
  const scopes: Record<TokenAudience, string> = {
    arm: connection.endpoints.arm.scope,
    logs: connection.endpoints.logs.scope,
    graph: connection.endpoints.graph.scope,
  };
  return {
    registries: createRegistryApi(shared, counter),
    authorization: createAuthorizationApi(shared, counter),
    monitor: createMonitorApi(shared, counter),
    logs: createLogsApi(shared, counter),
    graph: createGraphApi(shared, counter),
    azureCalls: () => counter.count(),
    warmUp(audiences, signal) {
      for (const audience of new Set(audiences)) {
        credential.getToken(scopes[audience], { abortSignal: signal }).catch(() => undefined);
      }
    },
    probe: (audience, options) => probeToken(credential, scopes[audience], options),
  };
}

export type { TokenCredential } from '@azure/core-auth';
export type { AuthorizationApi } from './authorization';
export type { CallOptions } from './call';
export {
  CLOUDS,
  CLOUD_NAMES,
  CLOUD_DISPLAY_NAMES,
  cloudOfLoginServer,
  type CloudEndpoints,
  type CloudName,
} from './clouds';
export type { AzureConnection, TlsTrust } from './connection';
export {
  createLocalDeveloperCredential,
  createOnBehalfOfCredential,
  type CredentialResult,
} from './credentials';
export type { GraphApi } from './graph';
export type { LogsApi } from './logs';
export type * from './models';
export type { MonitorApi } from './monitor';
export type { RegistryApi } from './registries';
export type { AzureFailure, AzureFailureKind, AzureResult, AzureService } from './result';
export type { AzureSettings, AzureSettingsResult, OnBehalfOfSettings, RateLimitSettings } from './settings';
export {
  tenantOfToken,
  userTokenClaims,
  type TokenTenant,
  type UserTokenClaims,
  type UserTokenClaimsResult,
} from './token-claims';
