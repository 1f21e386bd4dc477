import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  type HttpClient,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import { callAzure, type CallOptions } from './call';
import type { CallCounter } from './call-counter';
import { commonClientOptions } from './client-options';
import type { AzureConnection } from './connection';
import type { AppCredentialInfo, GraphApplication, GraphServicePrincipal } from './models';
import { flatten, getJson } from './raw-json';
import { fail, malformed, ok, type AzureResult } from './result';

/** Microsoft Graph: app registrations and service principals in the user's tenant. */
export interface GraphApi {
  applicationByAppId(appId: string, options: CallOptions): Promise<AzureResult<GraphApplication>>;
  servicePrincipalByAppId(appId: string, options: CallOptions): Promise<AzureResult<GraphServicePrincipal>>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function credentialsOf(list: unknown, type: AppCredentialInfo['type']): AppCredentialInfo[] | null {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return null;
  // A keyCredential with usage "Sign" is a private key the app signs tokens with (SAML token signing); only
  // "Verify" keys are certificates the application signs in with.
  const signInKeys = list.filter(
    (raw: unknown) =>
      type === 'password' ||
      typeof raw !== 'object' ||
      raw === null ||
      String((raw as { usage?: unknown }).usage ?? 'Verify').toLowerCase() !== 'sign',
  );
  return signInKeys.map((raw: unknown) => {
    const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const keyId = str(c.keyId);
    const displayName = str(c.displayName);
    const hint = str(c.hint);
    const endDateTime = date(c.endDateTime);
    return {
      type,
      ...(keyId ? { keyId } : {}),
      ...(displayName ? { displayName } : {}),
      ...(hint ? { hint } : {}),
      ...(endDateTime ? { endDateTime } : {}),
    };
  });
}

/**
 * Graph has no Azure SDK client; this is a core-rest-pipeline pipeline with a bearer-token policy for the
 * cloud's Graph scope, so tokens, TLS and retries behave exactly as in the SDK clients.
 */
/** Refused before any request: only a GUID may become part of a Graph URL. */
function invalidAppId(): AzureResult<never> {
  return fail({
    kind: 'service',
    service: 'graph',
    code: 'InvalidAppId',
    message: 'The application id is not a GUID.',
  });
}

class MicrosoftGraphApi implements GraphApi {
  private readonly pipeline: Pipeline;
  private readonly httpClient: HttpClient = createDefaultHttpClient();

  constructor(
    private readonly connection: AzureConnection,
    counter: CallCounter,
  ) {
    this.pipeline = createPipelineFromOptions(commonClientOptions(connection.tls));
    this.pipeline.addPolicy(
      bearerTokenAuthenticationPolicy({
        credential: connection.credential,
        scopes: connection.endpoints.graph.scope,
      }),
      { phase: 'Sign' },
    );
    this.pipeline.addPolicy(counter.policy, { afterPhase: 'Sign' });
  }

  private async get(path: string, options: CallOptions): Promise<AzureResult<Record<string, unknown>>> {
    const url = `${this.connection.endpoints.graph.endpoint}${path}`;
    const result = flatten(
      await callAzure('graph', options, (signal) =>
        getJson((r) => this.pipeline.sendRequest(this.httpClient, r), 'graph', url, signal),
      ),
    );
    if (!result.ok) return result;
    if (typeof result.value !== 'object' || result.value === null)
      return malformed('graph', 'The answer is not an object');
    return ok(result.value as Record<string, unknown>);
  }

  async applicationByAppId(appId: string, options: CallOptions): Promise<AzureResult<GraphApplication>> {
    if (!GUID.test(appId)) return invalidAppId();
    const path = `/v1.0/applications(appId='${appId}')?$select=id,appId,displayName,passwordCredentials`;
    let certificates: GraphApplication['certificates'] = 'read';
    let result = await this.get(`${path},keyCredentials`, options);
    // Selecting keyCredentials has its own, much lower, per-tenant request limit: when that is what
    // refused, the secrets alone are still worth reading.
    if (!result.ok && result.error.kind === 'throttled') {
      certificates = 'throttled';
      result = await this.get(path, options);
    }
    if (!result.ok) return result;
    const app = result.value;
    const id = str(app.id);
    const passwords = credentialsOf(app.passwordCredentials, 'password');
    const keys = certificates === 'read' ? credentialsOf(app.keyCredentials, 'certificate') : [];
    if (!id || !passwords || !keys)
      return malformed('graph', 'The application lacks its id or credential lists');
    return ok({
      id,
      appId: str(app.appId) ?? appId,
      displayName: str(app.displayName) ?? appId,
      credentials: [...passwords, ...keys],
      certificates,
    });
  }

  async servicePrincipalByAppId(
    appId: string,
    options: CallOptions,
  ): Promise<AzureResult<GraphServicePrincipal>> {
    if (!GUID.test(appId)) return invalidAppId();
    const result = await this.get(
      `/v1.0/servicePrincipals(appId='${appId}')?$select=id,appId,displayName,accountEnabled,servicePrincipalType,appOwnerOrganizationId`,
      options,
    );
    if (!result.ok) return result;
    const sp = result.value;
    const id = str(sp.id);
    if (!id) return malformed('graph', 'The service principal lacks its id');
    const type = str(sp.servicePrincipalType);
    const owner = str(sp.appOwnerOrganizationId);
    return ok({
      ...(owner && GUID.test(owner) ? { appOwnerOrganizationId: owner.toLowerCase() } : {}),
      id,
      appId: str(sp.appId) ?? appId,
      displayName: str(sp.displayName) ?? appId,
      ...(typeof sp.accountEnabled === 'boolean' ? { accountEnabled: sp.accountEnabled } : {}),
      ...(type ? { servicePrincipalType: type } : {}),
    });
  }
}

export function createGraphApi(connection: AzureConnection, counter: CallCounter): GraphApi {
  return new MicrosoftGraphApi(connection, counter);
}
