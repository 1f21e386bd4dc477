import type { FakeScenario } from '../../fakes/azure';
import {
  APP_ID,
  CONTOSO_ID,
  SP_OBJECT_ID,
  diagnosisWith,
  registry,
  result,
  startHarness,
  verdictOf,
  type Harness,
} from './harness';

/**
 * Issue 11: Azure's answers read the way Azure gives them — apps owned by other tenants, SAML signing keys,
 * Graph's keyCredentials limit, private-only registries, paging with relative links, each API's own error
 * envelope, log rows without status columns, and Graph throttling with Retry-After. Every scenario goes
 * over HTTPS through the production clients to the fake.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const world = (patch: Partial<FakeScenario>): void => h.world(patch);

const OTHER_TENANT = 'f0f0f0f0-0000-4000-8000-0000000000aa';
const DAY = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const CI_APP = { id: 'a1a1a1a1-0000-4000-8000-000000000001', appId: APP_ID, displayName: 'ci-pipeline' };

describe('secret expiry', () => {
  it('an application registered in another tenant: unknown, names the owner tenant, decides nothing (even with AADSTS7000222)', async () => {
    world({
      registries: [registry()],
      servicePrincipals: [
        { id: SP_OBJECT_ID, appId: APP_ID, displayName: 'vendor-app', appOwnerOrganizationId: OTHER_TENANT },
      ],
    });
    const secrets = result(
      await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID], aadsts: ['AADSTS7000222'] }) }),
      'secret-expiry',
    );
    expect(secrets.status).toBe('unknown');
    expect(secrets.summary.en).toContain(OTHER_TENANT);
    expect(secrets.summary.en).toContain('AADSTS7000222');
    expect(secrets.verdicts).toEqual([]);
    expect(h.fake.callsTo('graph-servicePrincipals')[0]?.query).toContain('appOwnerOrganizationId');
  });

  it('SAML token-signing keys are not sign-in credentials', async () => {
    world({
      registries: [registry()],
      applications: [
        {
          ...CI_APP,
          passwordCredentials: [{ keyId: 'p-1', hint: 'Ab1', endDateTime: inDays(200) }],
          keyCredentials: [{ keyId: 'k-1', displayName: 'CN=saml', endDateTime: inDays(-10), usage: 'Sign' }],
        },
      ],
    });
    const secrets = result(await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) }), 'secret-expiry');
    expect(secrets.status).toBe('pass');
    expect(secrets.facts.map((f) => f.label.en)).not.toContain('Certificate "CN=saml"');
  });

  it('Graph refusing keyCredentials (its low per-tenant limit): the secrets are read alone, and the card says certificates were not', async () => {
    world({
      registries: [registry()],
      keyCredentialsThrottled: true,
      applications: [
        { ...CI_APP, passwordCredentials: [{ keyId: 'p-1', hint: 'Ab1', endDateTime: inDays(200) }] },
      ],
    });
    const secrets = result(await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) }), 'secret-expiry');
    expect(secrets.status).toBe('pass');
    expect(secrets.facts).toContainEqual(
      expect.objectContaining({ value: 'not read: Microsoft Graph limits how often they may be read' }),
    );
    const queries = h.fake.callsTo('graph-applications').map((c) => c.query);
    expect(queries).toHaveLength(2);
    expect(queries[1]).not.toContain('keyCredentials');
  });

  it('Graph throttling with Retry-After that fits the deadline is waited out', async () => {
    world({
      registries: [registry()],
      applications: [{ ...CI_APP, passwordCredentials: [{ keyId: 'p-1', endDateTime: inDays(200) }] }],
      faults: [{ api: 'graph-applications', kind: 'throttle', retryAfterSeconds: 1, times: 1 }],
    });
    const secrets = result(await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) }), 'secret-expiry');
    expect(secrets.status).toBe('pass');
    expect(h.fake.callsTo('graph-applications')).toHaveLength(2);
  });
});

describe('a private-only registry', () => {
  const endpoint = (status: 'Approved' | 'Pending' | 'Rejected', n = 1) => ({
    id: `${CONTOSO_ID}/privateEndpointConnections/pe-${status.toLowerCase()}-${n}`,
    properties: {
      privateEndpoint: {
        id: `/subscriptions/x/resourceGroups/net/providers/Microsoft.Network/privateEndpoints/pe-${n}`,
      },
      privateLinkServiceConnectionState: { status, description: '', actionsRequired: 'None' },
      provisioningState: 'Succeeded',
    },
  });
  const privateOnly = (...statuses: ('Approved' | 'Pending' | 'Rejected')[]) =>
    world({
      registries: [
        registry({
          publicNetworkAccess: 'Disabled',
          privateEndpointConnections: statuses.map((s, i) => endpoint(s, i + 1)),
        }),
      ],
    });

  it('healthy: an approved endpoint and a paste showing the client reached the registry pass', async () => {
    privateOnly('Approved', 'Pending');
    const network = result(
      await h.run({
        diagnosis: diagnosisWith({
          facts: ['resolved:private', 'oci:UNAUTHORIZED'],
          clientIps: ['10.1.2.3'],
        }),
      }),
      'network',
    );
    expect(network.status).toBe('pass');
    expect(verdictOf(network, 'public-network-access-disabled')).toBe('ruled-out');
    expect(network.facts).toContainEqual(expect.objectContaining({ value: '1 Approved, 1 Pending' }));
  });

  it('an approved endpoint and a client from a public address: fails and confirms public access is the problem', async () => {
    privateOnly('Approved');
    const network = result(
      await h.run({ diagnosis: diagnosisWith({ facts: ['client-ip:public'], clientIps: ['203.0.113.7'] }) }),
      'network',
    );
    expect(network.status).toBe('fail');
    expect(verdictOf(network, 'public-network-access-disabled')).toBe('confirmed');
  });

  it('an approved endpoint and nothing in the paste: a warning, no cause confirmed', async () => {
    privateOnly('Approved');
    const network = result(await h.run(), 'network');
    expect(network.status).toBe('warn');
    expect(verdictOf(network, 'public-network-access-disabled')).toBeUndefined();
  });

  it.each([['Pending'], ['Rejected']] as const)(
    'only a %s endpoint: nothing can reach it',
    async (status) => {
      privateOnly(status);
      const network = result(
        await h.run({ diagnosis: diagnosisWith({ facts: ['resolved:private'] }) }),
        'network',
      );
      expect(network.status).toBe('fail');
      expect(network.summary.en).toMatch(/No private endpoint is approved/);
    },
  );
});

describe('paging and error envelopes', () => {
  const perms = [
    { actions: ['Microsoft.ContainerRegistry/registries/read'] },
    { actions: ['*/read'] },
    { actions: ['Microsoft.ContainerRegistry/registries/pull/read'] },
  ];

  it.each([['absolute'], ['relative']] as const)(
    'a %s nextLink is followed to the last page',
    async (nextLink) => {
      world({
        registries: [registry()],
        callerPermissions: { '*': perms },
        paging: { pageSize: 1, nextLink },
      });
      const mine = result(
        await h.run({ diagnosis: diagnosisWith({ operation: 'pull' }) }),
        'your-permissions',
      );
      expect(mine.status).not.toBe('unknown');
      expect(h.fake.callsTo('permissions')).toHaveLength(3);
    },
  );

  it.each([['absolute'], ['relative']] as const)(
    'SDK listings (registries, role assignments) follow a %s nextLink too',
    async (nextLink) => {
      const other = { ...registry(), name: 'fabrikam' };
      world({
        registries: [registry(), other, { ...registry(), name: 'northwind' }],
        roleAssignments: [
          {
            scope: CONTOSO_ID,
            roleDefinitionGuid: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
            principalId: SP_OBJECT_ID,
          },
          {
            scope: CONTOSO_ID,
            roleDefinitionGuid: 'c2f4ef07-c644-48eb-af81-4b1b4947fb11',
            principalId: SP_OBJECT_ID,
          },
        ],
        paging: { pageSize: 1, nextLink },
      });
      const report = await h.run({ diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID] }) });
      expect(result(report, 'registry').status).toBe('pass');
      const roles = result(report, 'identity-roles');
      expect(roles.status).toBe('pass');
      expect(roles.facts).toContainEqual(
        expect.objectContaining({ value: 'AcrPull (contoso), AcrDelete (contoso)' }),
      );
      expect(h.fake.callsTo('registries').length).toBeGreaterThanOrEqual(3);
      expect(h.fake.callsTo('roleAssignments')).toHaveLength(2);
    },
  );

  it('a nextLink that is not a URL is a malformed answer, not "Azure could not be reached"', async () => {
    world({
      registries: [registry()],
      callerPermissions: { '*': perms },
      paging: { pageSize: 1, nextLink: 'malformed' },
    });
    const mine = result(await h.run(), 'your-permissions');
    expect(mine.status === 'unknown' && mine.reason).toBe('malformed-response');
    expect(mine.summary.en).not.toContain('could not be reached');
  });

  it("the diagnostic-settings API's bare {code, message} error keeps its code", async () => {
    world({
      registries: [registry()],
      faults: [{ api: 'diagnosticSettings', kind: 'status', status: 403, code: 'AuthorizationFailed' }],
    });
    const logs = result(await h.run({ plan: { only: ['login-failures'] } }), 'login-failures');
    expect(logs.status === 'unknown' && logs.reason).toBe('no-permission');
    expect(logs.summary.en).toContain('(AuthorizationFailed)');
  });

  it('log rows without status columns are not counted as failures', async () => {
    const workspace =
      '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops';
    world({
      registries: [registry()],
      diagnosticSettings: {
        contoso: [
          { name: 'audit', workspaceId: workspace, logs: [{ categoryGroup: 'allLogs', enabled: true }] },
        ],
      },
      logEvents: [
        {
          table: 'ContainerRegistryRepositoryEvents',
          TimeGenerated: new Date(Date.now() - 60_000).toISOString(),
          OperationName: 'Pull',
          Identity: 'ci-pipeline',
          CallerIpAddress: '203.0.113.9',
          LoginServer: 'contoso.azurecr.io',
          _ResourceId: CONTOSO_ID.toLowerCase(),
        },
      ],
    });
    const logs = result(await h.run({ plan: { only: ['login-failures'] } }), 'login-failures');
    expect(logs.facts.some((f) => f.value.includes('203.0.113.9'))).toBe(false);
  });
});
