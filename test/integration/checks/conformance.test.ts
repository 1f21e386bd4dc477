import { request } from 'node:https';
import { createOnBehalfOfCredential } from '../../../src/azure';
import { LOGIN_FAILURES_QUERY } from '../../../src/checks';
import { emptyScenario, fakeUserSsoToken, type FakeScenario } from '../../fakes/azure';
import type { FakeApi, FakeService } from '../../fakes/azure/scenario';
import {
  ARM_ERROR,
  DIAGNOSTIC_SETTINGS_LIST,
  GRAPH_APPLICATION,
  GRAPH_ERROR,
  GRAPH_SERVICE_PRINCIPAL,
  INSIGHTS_ERROR,
  LOGS_ERROR,
  LOGS_QUERY,
  NAME_STATUS,
  PERMISSION_LIST,
  REGISTRY_LIST,
  ROLE_ASSIGNMENT_LIST,
  ROLE_DEFINITION,
  SUBSCRIPTION_LIST,
  violations,
  type Schema,
} from './contract-schemas';
import {
  APP_ID,
  BOT_APP_ID,
  CONTOSO_ID,
  SP_OBJECT_ID,
  USER_OBJECT_ID,
  diagnosisWith,
  registry,
  startHarness,
  type Harness,
} from './harness';

/**
 * The fake Azure must answer as Azure documents it, or tests over it prove nothing. Every operation the live
 * checks call is made by a full run; each answer is then asked for again, raw, and compared with the
 * operation's published response schema (contract-schemas.ts), and so is each API's error envelope.
 */
const SCHEMAS: Readonly<Partial<Record<FakeApi, { readonly ok: Schema; readonly error: Schema }>>> = {
  subscriptions: { ok: SUBSCRIPTION_LIST, error: ARM_ERROR },
  registries: { ok: REGISTRY_LIST, error: ARM_ERROR },
  checkNameAvailability: { ok: NAME_STATUS, error: ARM_ERROR },
  roleAssignments: { ok: ROLE_ASSIGNMENT_LIST, error: ARM_ERROR },
  roleDefinitions: { ok: ROLE_DEFINITION, error: ARM_ERROR },
  permissions: { ok: PERMISSION_LIST, error: ARM_ERROR },
  diagnosticSettings: { ok: DIAGNOSTIC_SETTINGS_LIST, error: INSIGHTS_ERROR },
  'logs-query': { ok: LOGS_QUERY, error: LOGS_ERROR },
  'graph-applications': { ok: GRAPH_APPLICATION, error: GRAPH_ERROR },
  'graph-servicePrincipals': { ok: GRAPH_SERVICE_PRINCIPAL, error: GRAPH_ERROR },
};
const ENTRA: readonly (FakeApi | null)[] = ['token', 'openid-configuration', 'instance-discovery', null];

const CUSTOM_ROLE = '5c5c5c5c-0000-4000-8000-000000000001';
const WORLD: Partial<FakeScenario> = {
  registries: [
    registry({
      networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
      privateEndpointConnections: [
        {
          id: `${CONTOSO_ID}/privateEndpointConnections/pe-1`,
          properties: {
            privateEndpoint: {
              id: '/subscriptions/x/resourceGroups/net/providers/Microsoft.Network/privateEndpoints/pe-1',
            },
            privateLinkServiceConnectionState: {
              status: 'Approved',
              description: '',
              actionsRequired: 'None',
            },
            provisioningState: 'Succeeded',
          },
        },
      ],
    }),
  ],
  servicePrincipals: [{ id: SP_OBJECT_ID, appId: APP_ID, displayName: 'ci-pipeline' }],
  applications: [
    {
      id: 'a1a1a1a1-0000-4000-8000-000000000001',
      appId: APP_ID,
      displayName: 'ci-pipeline',
      passwordCredentials: [
        { keyId: 'c1c1c1c1-0000-4000-8000-000000000001', hint: 'Ab1', endDateTime: '2030-01-01T00:00:00Z' },
      ],
      keyCredentials: [
        {
          keyId: 'c1c1c1c1-0000-4000-8000-000000000002',
          endDateTime: '2030-01-01T00:00:00Z',
          usage: 'Verify',
        },
      ],
    },
  ],
  roleDefinitions: [
    {
      guid: CUSTOM_ROLE,
      roleName: 'Image Reader',
      permissions: [{ actions: ['Microsoft.ContainerRegistry/registries/pull/read'] }],
    },
  ],
  roleAssignments: [
    { scope: CONTOSO_ID, roleDefinitionGuid: CUSTOM_ROLE, principalId: SP_OBJECT_ID },
    {
      scope: CONTOSO_ID,
      roleDefinitionGuid: 'b93aa761-3e63-49ed-ac28-beffa264f7ac',
      principalId: SP_OBJECT_ID,
      condition:
        "((!(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/content/read'})) OR (@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringStartsWithIgnoreCase 'team/'))",
    },
  ],
  diagnosticSettings: {
    contoso: [
      {
        name: 'audit',
        workspaceId:
          '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops',
        logs: [{ categoryGroup: 'audit', enabled: true }],
      },
    ],
  },
  logEvents: [
    {
      table: 'ContainerRegistryLoginEvents',
      TimeGenerated: '2030-01-01T00:00:00Z',
      OperationName: 'Login',
      Identity: 'ci-pipeline',
      CallerIpAddress: '203.0.113.9',
      LoginServer: 'contoso.azurecr.io',
      ResultType: '401',
      ResultDescription: '401',
      _ResourceId: CONTOSO_ID.toLowerCase(),
    },
  ],
  registriesElsewhere: ['fabrikam'],
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function tokenFor(service: FakeService): Promise<string> {
  const credential = createOnBehalfOfCredential(
    h.settings,
    fakeUserSsoToken({ tenantId: h.fake.scenario.tenantId, objectId: USER_OBJECT_ID, botAppId: BOT_APP_ID }),
    { ca: h.fake.ca },
  );
  if (!credential.ok) throw new Error(credential.reason);
  const scope =
    h.settings.endpoints[service === 'logs' ? 'logs' : service === 'graph' ? 'graph' : 'arm'].scope;
  const token = await credential.credential.getToken(scope);
  if (!token) throw new Error('no token');
  return token.token;
}

function send(
  url: URL,
  method: string,
  token: string,
  body?: string,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ca: h.fake.ca,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            json: text === '' ? undefined : (JSON.parse(text) as unknown),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Made {
  readonly api: FakeApi;
  readonly service: FakeService;
  readonly method: string;
  readonly url: URL;
  readonly body?: string;
}

/** Every operation a full run makes (with and without a registry that exists), once each. */
async function operations(): Promise<Made[]> {
  const made = new Map<FakeApi, Made>();
  const record = (): void => {
    for (const c of h.fake.calls) {
      if (ENTRA.includes(c.api) || c.api === null || made.has(c.api)) continue;
      const origin = new URL(h.fake.endpoints[c.service === 'entra' ? 'authorityHost' : c.service]).origin;
      const url = new URL(`${origin}${c.path}`);
      url.search = c.query;
      const body =
        c.api === 'logs-query'
          ? JSON.stringify({ query: LOGIN_FAILURES_QUERY, timespan: 'P1D' })
          : c.api === 'checkNameAvailability'
            ? JSON.stringify({ name: 'fabrikam', type: 'Microsoft.ContainerRegistry/registries' })
            : undefined;
      made.set(c.api, { api: c.api, service: c.service, method: c.method, url, ...(body ? { body } : {}) });
    }
  };
  h.fake.scenario = emptyScenario(WORLD);
  h.fake.resetCalls();
  await h.run({
    diagnosis: diagnosisWith({
      appIds: [APP_ID],
      repository: 'team/api',
      facts: ['http:429'],
      clientIps: ['203.0.113.7'],
    }),
  });
  record();
  // A registry the caller cannot see: the lookup asks whether the name is taken.
  h.fake.resetCalls();
  await h.run({ diagnosis: diagnosisWith({ registry: 'fabrikam' }), plan: { registry: 'fabrikam' } });
  record();
  return [...made.values()];
}

let made: Made[] = [];
beforeAll(async () => {
  made = await operations();
});

describe('the fake Azure conforms to the published response schemas', () => {
  it('every operation the live checks call has a schema here, and every schema was exercised', () => {
    expect(made.map((m) => m.api).sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  it.each(Object.keys(SCHEMAS) as FakeApi[])('%s answers with its documented shape', async (api) => {
    const op = made.find((m) => m.api === api);
    if (!op) throw new Error(`${api} was not called`);
    const answer = await send(op.url, op.method, await tokenFor(op.service), op.body);
    expect(answer.status).toBe(200);
    expect(violations(answer.json, (SCHEMAS[api] as { ok: Schema }).ok)).toEqual([]);
  });

  it.each(Object.keys(SCHEMAS) as FakeApi[])('%s answers errors in its own envelope', async (api) => {
    const op = made.find((m) => m.api === api);
    if (!op) throw new Error(`${api} was not called`);
    h.fake.scenario = emptyScenario({
      ...WORLD,
      faults: [{ api, kind: 'status', status: 403, code: 'AuthorizationFailed' }],
    });
    const answer = await send(op.url, op.method, await tokenFor(op.service), op.body);
    expect(answer.status).toBe(403);
    expect(violations(answer.json, (SCHEMAS[api] as { error: Schema }).error)).toEqual([]);
  });

  it('the checker itself finds what does not conform', () => {
    expect(violations({ value: [{ id: 1 }] }, PERMISSION_LIST)).toEqual([]);
    expect(violations({ value: [{ actions: 'x' }] }, PERMISSION_LIST)).toEqual([
      '$.value[0].actions: expected an array',
    ]);
    expect(violations({}, ROLE_DEFINITION)).toContain('$.id: missing');
    expect(
      violations(
        { value: [{ id: 'a', subscriptionId: 'b', displayName: 'c', state: 'Active' }] },
        SUBSCRIPTION_LIST,
      ),
    ).toEqual(['$.value[0].state: "Active" is not one of Enabled, Warned, PastDue, Disabled, Deleted']);
  });
});
