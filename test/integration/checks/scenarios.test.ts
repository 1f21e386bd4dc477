import type { FakeScenario } from '../../fakes/azure';
import {
  APP_ID,
  CONTOSO,
  CONTOSO_ID,
  KUBELET_OBJECT_ID,
  SP_OBJECT_ID,
  diagnosisWith,
  registry,
  result,
  startHarness,
  verdictOf,
  type Harness,
} from './harness';

const ROLE = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  acrDelete: 'c2f4ef07-c644-48eb-af81-4b1b4947fb11',
  reader: 'acdd72a7-3122-4d20-a6ea-9a3a4c9c3a46',
  repositoryReader: 'b93aa761-3e63-49ed-ac28-beffa264f7ac',
  repositoryWriter: '2a1e307c-b015-4ebd-883e-5b7698a07328',
};
const CI_SP = { id: SP_OBJECT_ID, appId: APP_ID, displayName: 'ci-pipeline' };
const DAY = 24 * 3600 * 1000;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const world = (patch: Partial<FakeScenario>): void => h.world(patch);

describe('network', () => {
  it('public access disabled: the network check fails and confirms public-network-access-disabled', async () => {
    world({ registries: [registry({ publicNetworkAccess: 'Disabled', privateEndpointConnections: [] })] });
    const report = await h.run();
    const network = result(report, 'network');
    expect(network.status).toBe('fail');
    expect(verdictOf(network, 'public-network-access-disabled')).toBe('confirmed');
    expect(verdictOf(network, 'firewall-client-ip-not-allowed')).toBe('ruled-out');
    expect(network.summary.en).toMatch(/No private endpoint is approved/);
  });

  it('firewall without the pasted IP: fails, confirms firewall-client-ip-not-allowed and fills the IP into the fix', async () => {
    world({
      registries: [
        registry({
          networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }] },
        }),
      ],
    });
    const report = await h.run({ diagnosis: diagnosisWith({ clientIps: ['203.0.113.7'] }) });
    const network = result(report, 'network');
    expect(network.status).toBe('fail');
    expect(verdictOf(network, 'firewall-client-ip-not-allowed')).toBe('confirmed');
    expect(verdictOf(network, 'public-network-access-disabled')).toBe('ruled-out');
    expect(network.facts).toContainEqual(expect.objectContaining({ value: '✗' }));
    expect(network.fix.map((f) => f.command)).toContain(
      'az acr network-rule add -n contoso --ip-address 203.0.113.7',
    );
  });

  it('firewall whose CIDR range holds the pasted IP: passes and rules the firewall out', async () => {
    world({
      registries: [
        registry({
          networkRuleSet: { defaultAction: 'Deny', ipRules: [{ action: 'Allow', value: '203.0.112.0/23' }] },
        }),
      ],
    });
    const network = result(
      await h.run({ diagnosis: diagnosisWith({ clientIps: ['203.0.113.7'] }) }),
      'network',
    );
    expect(network.status).toBe('pass');
    expect(verdictOf(network, 'firewall-client-ip-not-allowed')).toBe('ruled-out');
    expect(network.facts).toContainEqual(expect.objectContaining({ value: '203.0.112.0/23' }));
  });

  it('ACR Tasks behind a restricted network without the tasks bypass: confirms acr-tasks-blocked-by-firewall', async () => {
    world({
      registries: [
        registry({
          networkRuleSet: { defaultAction: 'Deny', ipRules: [] },
          networkRuleBypassAllowedForTasks: false,
        }),
      ],
    });
    const network = result(await h.run({ diagnosis: diagnosisWith({ tool: 'acr-tasks' }) }), 'network');
    expect(verdictOf(network, 'acr-tasks-blocked-by-firewall')).toBe('confirmed');
    expect(network.fix.some((f) => f.command?.includes('networkRuleBypassAllowedForTasks=true'))).toBe(true);
  });
});

describe('registry lookup', () => {
  it('a registry that does not exist: confirms registry-name-wrong-or-missing; registry-scoped checks say registry-not-found', async () => {
    world({ registries: [] });
    const report = await h.run({ diagnosis: diagnosisWith({ registry: 'contosso' }) });
    const lookup = result(report, 'registry');
    expect(lookup.status).toBe('fail');
    expect(verdictOf(lookup, 'registry-name-wrong-or-missing')).toBe('confirmed');
    for (const check of ['network', 'admin-user', 'your-permissions', 'login-failures'] as const) {
      const r = result(report, check);
      expect(r.status === 'unknown' && r.reason).toBe('registry-not-found');
    }
    expect(h.fake.callsTo('checkNameAvailability')).toHaveLength(1);
    expect(h.fake.callsTo('permissions')).toHaveLength(0);
  });

  it('a registry that exists where the user cannot see it: warns and rules out a wrong name', async () => {
    world({ registries: [], registriesElsewhere: ['contoso'] });
    const lookup = result(await h.run(), 'registry');
    expect(lookup.status).toBe('warn');
    expect(verdictOf(lookup, 'registry-name-wrong-or-missing')).toBe('ruled-out');
    expect(lookup.summary.en).toMatch(/exists, but not in the 1 subscriptions you can see/);
  });

  it('finds the registry in the second subscription and reports where it is', async () => {
    world({
      subscriptions: [
        { subscriptionId: 'aaaaaaaa-0000-4000-8000-000000000001', displayName: 'Sandbox' },
        { subscriptionId: CONTOSO.subscriptionId, displayName: 'Contoso Production' },
      ],
      registries: [registry()],
    });
    const lookup = result(await h.run(), 'registry');
    expect(lookup.status).toBe('pass');
    expect(lookup.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 'contoso.azurecr.io' }),
        expect.objectContaining({ value: 'rg-registry' }),
        expect.objectContaining({ value: 'Premium' }),
      ]),
    );
    expect(h.fake.callsTo('registries')).toHaveLength(2);
  });

  it('a login server with a domain-name-label hash that the client did not use: confirms dnl-hash-login-server', async () => {
    world({ registries: [registry({ loginServer: 'contoso-b4fgcxd3e2h1a0.azurecr.io' })] });
    const lookup = result(await h.run({ plan: { all: true, registry: 'contoso.azurecr.io' } }), 'registry');
    expect(lookup.status).toBe('warn');
    expect(verdictOf(lookup, 'dnl-hash-login-server')).toBe('confirmed');
  });
});

describe('registry settings', () => {
  it('admin user disabled while the text shows a user name and password: fails and confirms admin-user-disabled', async () => {
    world({ registries: [registry({ adminUserEnabled: false })] });
    const diagnosis = {
      ...diagnosisWith({ facts: ['admin-fallback'] }),
      secrets: [{ kind: 'password' as const, line: 1 }],
    };
    const admin = result(await h.run({ diagnosis }), 'admin-user');
    expect(admin.status).toBe('fail');
    expect(verdictOf(admin, 'admin-user-disabled')).toBe('confirmed');
  });

  it('admin user enabled: passes and rules admin-user-disabled out', async () => {
    world({ registries: [registry({ adminUserEnabled: true })] });
    const admin = result(await h.run(), 'admin-user');
    expect(admin.status).toBe('pass');
    expect(verdictOf(admin, 'admin-user-disabled')).toBe('ruled-out');
  });

  it('anonymous pull enabled: rules out the expectation of anonymous pull', async () => {
    world({ registries: [registry({ anonymousPullEnabled: true }, { sku: 'Standard' })] });
    const anon = result(await h.run(), 'anonymous-pull');
    expect(anon.status).toBe('pass');
    expect(verdictOf(anon, 'anonymous-pull-expectation')).toBe('ruled-out');
    expect(verdictOf(anon, 'stale-docker-credentials-block-anonymous-pull')).toBe('confirmed');
  });

  it('an anonymous attempt against a registry without anonymous pull: fails and confirms anonymous-pull-expectation', async () => {
    world({ registries: [registry({ anonymousPullEnabled: false }, { sku: 'Basic' })] });
    const anon = result(
      await h.run({ diagnosis: diagnosisWith({ facts: ['anonymous-attempt'] }) }),
      'anonymous-pull',
    );
    expect(anon.status).toBe('fail');
    expect(verdictOf(anon, 'anonymous-pull-expectation')).toBe('confirmed');
    expect(anon.verdicts.find((v) => v.cause === 'anonymous-pull-expectation')?.because.en).toMatch(
      /Basic tier/,
    );
  });

  it('authentication-as-ARM disabled: confirms arm-audience-token-rejected', async () => {
    world({
      registries: [registry({ policies: { azureADAuthenticationAsArmPolicy: { status: 'disabled' } } })],
    });
    const arm = result(await h.run(), 'auth-as-arm');
    expect(arm.status).toBe('warn');
    expect(verdictOf(arm, 'arm-audience-token-rejected')).toBe('confirmed');
    expect(arm.fix[0]?.command).toBe(
      'az acr config authentication-as-arm update -r contoso --status enabled',
    );
  });

  it('429s in the text on a Standard registry: the throttling check shows its limits and suggests Premium', async () => {
    world({ registries: [registry({}, { sku: 'Standard' })] });
    const report = await h.run({ diagnosis: diagnosisWith({ facts: ['http:429'] }), plan: {} });
    expect(report.results.map((r) => r.check)).toContain('throttling');
    const throttling = result(report, 'throttling');
    expect(throttling.status).toBe('warn');
    expect(throttling.facts).toContainEqual(expect.objectContaining({ value: '3,000' }));
    expect(throttling.fix.map((f) => f.command)).toContain('az acr update -n contoso --sku Premium');
  });
});

describe('roles', () => {
  it('an identity without AcrPull in legacy mode: confirms missing-pull-role-legacy-mode with a fix for that identity', async () => {
    world({
      registries: [registry()],
      servicePrincipals: [CI_SP],
      roleAssignments: [{ scope: CONTOSO_ID, roleDefinitionGuid: ROLE.acrDelete, principalId: SP_OBJECT_ID }],
    });
    const report = await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) });
    const roles = result(report, 'identity-roles');
    expect(roles.status).toBe('fail');
    expect(verdictOf(roles, 'missing-pull-role-legacy-mode')).toBe('confirmed');
    expect(roles.summary.en).toContain('ci-pipeline');
    expect(roles.fix[0]?.command).toBe(
      `az role assignment create --assignee ${SP_OBJECT_ID} --role AcrPull --scope ${CONTOSO_ID}`,
    );
    expect(h.fake.callsTo('roleAssignments')[0]?.query).toContain(`assignedTo('${SP_OBJECT_ID}')`);
  });

  it('Reader inherited from the subscription lets an identity pull in legacy mode', async () => {
    world({
      registries: [registry()],
      roleAssignments: [
        {
          scope: `/subscriptions/${CONTOSO.subscriptionId}`,
          roleDefinitionGuid: ROLE.reader,
          principalId: KUBELET_OBJECT_ID,
        },
      ],
    });
    const roles = result(
      await h.run({ diagnosis: diagnosisWith({ principalIds: [KUBELET_OBJECT_ID], tool: 'kubelet' }) }),
      'identity-roles',
    );
    expect(roles.status).toBe('pass');
    expect(verdictOf(roles, 'missing-pull-role-legacy-mode')).toBe('ruled-out');
    expect(verdictOf(roles, 'aks-kubelet-identity-missing-acrpull')).toBe('ruled-out');
  });

  it('ABAC mode with only AcrPull: confirms abac-mode-legacy-roles-not-honored', async () => {
    world({
      registries: [registry({ roleAssignmentMode: 'AbacRepositoryPermissions' })],
      servicePrincipals: [CI_SP],
      roleAssignments: [{ scope: CONTOSO_ID, roleDefinitionGuid: ROLE.acrPull, principalId: SP_OBJECT_ID }],
    });
    const report = await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) });
    const roles = result(report, 'identity-roles');
    expect(roles.status).toBe('fail');
    expect(verdictOf(roles, 'abac-mode-legacy-roles-not-honored')).toBe('confirmed');
    expect(roles.fix[0]?.command).toContain('"Container Registry Repository Reader"');
    const mode = result(report, 'role-assignment-mode');
    expect(mode.status).toBe('warn');
    expect(verdictOf(mode, 'missing-pull-role-legacy-mode')).toBe('ruled-out');
  });

  it('ABAC condition limited to other repositories: confirms abac-condition-excludes-repository; a matching repository passes', async () => {
    const condition =
      "((!(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/content/read'}) AND !(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/metadata/read'})) OR (@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringStartsWithIgnoreCase 'team-a/'))";
    world({
      registries: [registry({ roleAssignmentMode: 'AbacRepositoryPermissions' })],
      roleAssignments: [
        {
          scope: CONTOSO_ID,
          roleDefinitionGuid: ROLE.repositoryReader,
          principalId: SP_OBJECT_ID,
          condition,
        },
      ],
    });
    const excluded = result(
      await h.run({ diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID], repository: 'team-b/api' }) }),
      'identity-roles',
    );
    expect(excluded.status).toBe('fail');
    expect(verdictOf(excluded, 'abac-condition-excludes-repository')).toBe('confirmed');
    expect(excluded.facts).toContainEqual(
      expect.objectContaining({ value: "StringStartsWithIgnoreCase 'team-a/'" }),
    );

    const allowed = result(
      await h.run({ diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID], repository: 'team-a/api' }) }),
      'identity-roles',
    );
    expect(allowed.status).toBe('pass');
    expect(verdictOf(allowed, 'abac-condition-excludes-repository')).toBe('ruled-out');
  });

  it('AcrPull inherited from a management group above the subscription lets the kubelet identity pull', async () => {
    world({
      registries: [registry()],
      managementGroups: { [CONTOSO.subscriptionId.toLowerCase()]: ['platform', 'contoso-root'] },
      roleAssignments: [
        {
          scope: '/providers/Microsoft.Management/managementGroups/platform',
          roleDefinitionGuid: ROLE.acrPull,
          principalId: KUBELET_OBJECT_ID,
        },
        // A management group that is not above the subscription is never listed for it.
        {
          scope: '/providers/Microsoft.Management/managementGroups/elsewhere',
          roleDefinitionGuid: ROLE.acrDelete,
          principalId: KUBELET_OBJECT_ID,
        },
      ],
    });
    const roles = result(
      await h.run({ diagnosis: diagnosisWith({ principalIds: [KUBELET_OBJECT_ID], tool: 'kubelet' }) }),
      'identity-roles',
    );
    expect(roles.status).toBe('pass');
    expect(verdictOf(roles, 'aks-kubelet-identity-missing-acrpull')).toBe('ruled-out');
    expect(verdictOf(roles, 'missing-pull-role-legacy-mode')).toBe('ruled-out');
    expect(roles.facts).toContainEqual(expect.objectContaining({ value: 'AcrPull (platform)' }));
  });

  it('a Repository Writer whose condition limits only writes to team/ does not block pulling app/web', async () => {
    const writes = [
      'Microsoft.ContainerRegistry/registries/repositories/content/write',
      'Microsoft.ContainerRegistry/registries/repositories/metadata/write',
    ];
    const condition = `((${writes.map((a) => `!(ActionMatches{'${a}'})`).join(' AND ')}) OR (@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringStartsWithIgnoreCase 'team/'))`;
    world({
      registries: [registry({ roleAssignmentMode: 'AbacRepositoryPermissions' })],
      roleAssignments: [
        {
          scope: CONTOSO_ID,
          roleDefinitionGuid: ROLE.repositoryWriter,
          principalId: SP_OBJECT_ID,
          condition,
        },
      ],
    });
    const pull = result(
      await h.run({
        diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID], repository: 'app/web', operation: 'pull' }),
      }),
      'identity-roles',
    );
    expect(pull.status).toBe('pass');
    expect(verdictOf(pull, 'abac-condition-excludes-repository')).not.toBe('confirmed');

    const push = result(
      await h.run({
        diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID], repository: 'app/web', operation: 'push' }),
      }),
      'identity-roles',
    );
    expect(push.status).toBe('fail');
    expect(verdictOf(push, 'abac-condition-excludes-repository')).toBe('confirmed');
  });

  it.each([
    [
      'several tests joined with AND',
      "@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringStartsWith 'team/' AND @Request[Microsoft.ContainerRegistry/registries/repositories:name] StringNotEquals 'team/secret'",
    ],
    [
      'StringNotEquals',
      "@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringNotEquals 'team/secret'",
    ],
    [
      'ForAnyOfAnyValues:StringLike',
      "@Request[Microsoft.ContainerRegistry/registries/repositories:name] ForAnyOfAnyValues:StringLike {'team/*', 'shared/*'}",
    ],
  ])('a condition with %s is evaluated, not reported as not understood', async (_form, tests) => {
    const reads = [
      'Microsoft.ContainerRegistry/registries/repositories/content/read',
      'Microsoft.ContainerRegistry/registries/repositories/metadata/read',
    ];
    const condition = `((${reads.map((a) => `!(ActionMatches{'${a}'})`).join(' AND ')}) OR (${tests}))`;
    world({
      registries: [registry({ roleAssignmentMode: 'AbacRepositoryPermissions' })],
      roleAssignments: [
        {
          scope: CONTOSO_ID,
          roleDefinitionGuid: ROLE.repositoryReader,
          principalId: SP_OBJECT_ID,
          condition,
        },
      ],
    });
    const run = async (repository: string) =>
      result(
        await h.run({ diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID], repository }) }),
        'identity-roles',
      );
    expect((await run('team/api')).status).toBe('pass');
    const secret = await run('team/secret');
    expect(secret.status).toBe(tests.includes('secret') ? 'fail' : 'pass');
    if (tests.includes('secret'))
      expect(verdictOf(secret, 'abac-condition-excludes-repository')).toBe('confirmed');
  });

  it('a custom role is read from Azure to see what it grants', async () => {
    const custom = '5c5c5c5c-0000-4000-8000-000000000001';
    world({
      registries: [registry()],
      roleDefinitions: [
        {
          guid: custom,
          roleName: 'Image Consumer',
          permissions: [{ actions: ['Microsoft.ContainerRegistry/registries/*/read'] }],
        },
      ],
      roleAssignments: [{ scope: CONTOSO_ID, roleDefinitionGuid: custom, principalId: SP_OBJECT_ID }],
    });
    const roles = result(
      await h.run({ diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID] }) }),
      'identity-roles',
    );
    expect(roles.status).toBe('pass');
    expect(roles.facts).toContainEqual(expect.objectContaining({ value: 'Image Consumer (contoso)' }));
    expect(h.fake.callsTo('roleDefinitions')).toHaveLength(1);
  });

  it('a role assigned a few minutes ago: confirms role-assignment-propagation-delay', async () => {
    world({
      registries: [registry()],
      roleAssignments: [
        {
          scope: CONTOSO_ID,
          roleDefinitionGuid: ROLE.acrPull,
          principalId: SP_OBJECT_ID,
          createdOn: new Date(Date.now() - 3 * 60000).toISOString(),
        },
      ],
    });
    const roles = result(
      await h.run({ diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID] }) }),
      'identity-roles',
    );
    expect(roles.status).toBe('warn');
    expect(verdictOf(roles, 'role-assignment-propagation-delay')).toBe('confirmed');
  });

  it.each(['docker', 'bicep'] as const)(
    "your permissions in ABAC mode with Owner's wildcard but no data actions (%s, run as yourself): confirms abac-mode-legacy-roles-not-honored",
    async (tool) => {
      world({
        registries: [registry({ roleAssignmentMode: 'AbacRepositoryPermissions' })],
        callerPermissions: { '*': [{ actions: ['*'] }] },
      });
      const mine = result(
        await h.run({ diagnosis: diagnosisWith({ tool, operation: 'pull' }) }),
        'your-permissions',
      );
      expect(mine.status).toBe('fail');
      expect(verdictOf(mine, 'abac-mode-legacy-roles-not-honored')).toBe('confirmed');
      expect(mine.facts).toContainEqual(expect.objectContaining({ value: '✓ *' }));
    },
  );

  it('your permissions when a kubelet pulled (its identity, not yours): reports them but decides nothing', async () => {
    world({
      registries: [registry({ roleAssignmentMode: 'AbacRepositoryPermissions' })],
      callerPermissions: { '*': [{ actions: ['*'] }] },
    });
    const mine = result(
      await h.run({ diagnosis: diagnosisWith({ tool: 'kubelet', operation: 'pull' }) }),
      'your-permissions',
    );
    expect(mine.verdicts).toEqual([]);
  });

  it('your permissions when the text is about another identity: reports them but decides nothing about the causes', async () => {
    world({ registries: [registry()], callerPermissions: { '*': [] } });
    const mine = result(
      await h.run({ diagnosis: diagnosisWith({ principalIds: [SP_OBJECT_ID] }) }),
      'your-permissions',
    );
    expect(mine.status).toBe('fail');
    expect(mine.verdicts).toEqual([]);
  });
});

describe('secrets', () => {
  it('every secret expired: fails and confirms sp-client-secret-expired with a rotation command', async () => {
    world({
      registries: [registry()],
      applications: [
        {
          id: 'a1a1a1a1-0000-4000-8000-000000000001',
          appId: APP_ID,
          displayName: 'ci-pipeline',
          passwordCredentials: [
            {
              keyId: 'k-1',
              hint: 'Xy7',
              displayName: 'pipeline',
              endDateTime: new Date(Date.now() - 3 * DAY).toISOString(),
            },
            { keyId: 'k-2', hint: 'Ab1', endDateTime: new Date(Date.now() - 400 * DAY).toISOString() },
          ],
        },
      ],
    });
    const secrets = result(await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) }), 'secret-expiry');
    expect(secrets.status).toBe('fail');
    expect(verdictOf(secrets, 'sp-client-secret-expired')).toBe('confirmed');
    expect(secrets.fix[0]?.command).toBe(
      `az ad app credential reset --id ${APP_ID} --append --display-name acr-doctor-rotation --years 1`,
    );
  });

  it('a secret expiring within 30 days warns; a long-lived one passes', async () => {
    const app = (days: number) => ({
      id: 'a1a1a1a1-0000-4000-8000-000000000001',
      appId: APP_ID,
      displayName: 'ci-pipeline',
      passwordCredentials: [
        { keyId: 'k-1', hint: 'Xy7', endDateTime: new Date(Date.now() + days * DAY).toISOString() },
      ],
    });
    world({ registries: [registry()], applications: [app(10)] });
    expect(
      result(await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) }), 'secret-expiry').status,
    ).toBe('warn');
    world({ registries: [registry()], applications: [app(200)] });
    const fine = result(await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID] }) }), 'secret-expiry');
    expect(fine.status).toBe('pass');
    expect(verdictOf(fine, 'sp-client-secret-expired')).toBe('ruled-out');
  });

  it('an application id that exists nowhere in the tenant: confirms sp-not-found-in-tenant', async () => {
    world({ registries: [registry()] });
    const secrets = result(
      await h.run({ diagnosis: diagnosisWith({ appIds: [APP_ID], aadsts: ['AADSTS700016'] }) }),
      'secret-expiry',
    );
    expect(secrets.status).toBe('fail');
    expect(verdictOf(secrets, 'sp-not-found-in-tenant')).toBe('confirmed');
  });
});

describe('login failures', () => {
  const event = (result: string, minutesAgo: number, identity = 'ci-pipeline') => ({
    table: 'ContainerRegistryLoginEvents' as const,
    TimeGenerated: new Date(Date.now() - minutesAgo * 60000).toISOString(),
    OperationName: 'Login',
    Identity: identity,
    CallerIpAddress: '203.0.113.7',
    LoginServer: 'contoso.azurecr.io',
    ResultType: result,
    ResultDescription: result,
    _ResourceId: CONTOSO_ID.toLowerCase(),
  });

  it('groups the last 24 h of failures by identity, IP and result, and confirms throttling from 429s', async () => {
    world({
      registries: [registry()],
      diagnosticSettings: {
        contoso: [
          {
            name: 'to-workspace',
            workspaceId:
              '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops',
            logs: [{ categoryGroup: 'allLogs', enabled: true }],
          },
        ],
      },
      logEvents: [
        event('401', 5),
        event('401', 15),
        event('429', 20, 'build-agent'),
        event('200', 30),
        event('401', 60 * 30),
      ],
    });
    const logs = result(await h.run(), 'login-failures');
    expect(logs.status).toBe('warn');
    expect(logs.summary.en).toMatch(
      /^3 failed request\(s\) on contoso in the last 24 hours; most often 401 for ci-pipeline from 203\.0\.113\.7/,
    );
    expect(logs.facts).toContainEqual(
      expect.objectContaining({ value: expect.stringMatching(/^2 × 401 · 203\.0\.113\.7 · /) }),
    );
    expect(verdictOf(logs, 'acr-request-throttled-429')).toBe('confirmed');
    expect(h.fake.callsTo('logs-query')).toHaveLength(1);
  });

  it('no diagnostic setting sending login events: warns with the command that creates one, and does not query', async () => {
    world({
      registries: [registry()],
      diagnosticSettings: {
        contoso: [
          {
            name: 'metrics-only',
            workspaceId:
              '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops',
            logs: [],
          },
        ],
      },
    });
    const logs = result(await h.run(), 'login-failures');
    expect(logs.status).toBe('warn');
    expect(logs.fix[0]?.command).toContain(
      `az monitor diagnostic-settings create --name acr-audit --resource ${CONTOSO_ID}`,
    );
    expect(h.fake.callsTo('logs-query')).toHaveLength(0);
  });

  it('the card button runs only the login-failure check (and the lookup it needs)', async () => {
    world({ registries: [registry()] });
    const report = await h.run({ plan: { only: ['login-failures'] } });
    expect(report.results.map((r) => r.check)).toEqual(['registry', 'login-failures']);
    expect(h.fake.callsTo('permissions')).toHaveLength(0);
  });
});

it('a registry-wide run on a healthy registry passes everywhere it can decide', async () => {
  world({
    registries: [registry({ adminUserEnabled: true })],
    diagnosticSettings: {
      contoso: [
        {
          name: 'audit',
          workspaceId:
            '/subscriptions/x/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/ops',
          logs: [{ category: 'ContainerRegistryLoginEvents', enabled: true }],
        },
      ],
    },
  });
  const report = await h.run();
  expect(report.complete).toBe(true);
  for (const r of report.results) {
    if (r.status !== 'unknown') expect([r.check, r.status]).toEqual([r.check, 'pass']);
  }
});
