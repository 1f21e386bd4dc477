import {
  armError,
  idStartsWith,
  json,
  type FakeAnswer,
  type FakeContext,
  type FakeRequest,
  type Route,
  type Router,
} from './http';
import {
  BUILT_IN_ROLES,
  defaultRegistryProperties,
  registryId,
  type FakeCloud,
  type FakeRegistry,
  type FakeRoleAssignment,
  type FakeScenario,
} from './scenario';

/**
 * Azure Resource Manager as the REST API documents it for the calls live checks make: subscriptions,
 * container registries, role assignments and definitions, the caller's permissions, diagnostic settings.
 */

const REGISTRY_PATH =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ContainerRegistry\/registries\/([^/]+)$/i;

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    const bothObjects =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof current === 'object' &&
      current !== null &&
      !Array.isArray(current);
    out[key] = bothObjects
      ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>)
      : value;
  }
  return out;
}

export function registryJson(r: FakeRegistry, cloud: FakeCloud): Record<string, unknown> {
  const sku = r.sku ?? 'Premium';
  return {
    sku: { name: sku, tier: sku },
    type: 'Microsoft.ContainerRegistry/registries',
    id: registryId(r),
    name: r.name,
    location: r.location ?? 'westeurope',
    tags: {},
    systemData: {
      createdBy: 'admin@contoso.example',
      createdByType: 'User',
      createdAt: '2024-03-01T09:00:00.0000000Z',
    },
    properties: deepMerge(defaultRegistryProperties(r, cloud), r.properties ?? {}),
  };
}

function findRegistry(scenario: FakeScenario, resourceId: string): FakeRegistry | undefined {
  return scenario.registries.find(
    (r) => registryId(r).toLowerCase() === resourceId.toLowerCase().replace(/\/+$/, ''),
  );
}

function registryNotFound(resourceId: string): FakeAnswer {
  const match = REGISTRY_PATH.exec(resourceId);
  return armError(
    404,
    'ResourceNotFound',
    `The Resource 'Microsoft.ContainerRegistry/registries/${match?.[3] ?? ''}' under resource group '${match?.[2] ?? ''}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

function subscriptionVisible(scenario: FakeScenario, subscriptionId: string): boolean {
  return scenario.subscriptions.some((s) => s.subscriptionId.toLowerCase() === subscriptionId.toLowerCase());
}

function subscriptionNotFound(subscriptionId: string): FakeAnswer {
  return armError(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
}

/** Scopes ARM role APIs accept that the fake can resolve: a registry, a resource group, a subscription, or root. */
function scopeExists(scenario: FakeScenario, scope: string): FakeAnswer | null {
  if (REGISTRY_PATH.test(scope)) return findRegistry(scenario, scope) ? null : registryNotFound(scope);
  const sub = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
  if (sub !== undefined && !subscriptionVisible(scenario, sub)) return subscriptionNotFound(sub);
  return null;
}

function roleDefinitionPath(subscriptionId: string, guid: string): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}

function assignmentJson(a: FakeRoleAssignment, index: number): Record<string, unknown> {
  const name = `a0a0a0a0-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
  const subscriptionId = /^\/subscriptions\/([^/]+)/i.exec(a.scope)?.[1];
  return {
    properties: {
      // Assignments above a subscription name the tenant-level role definition (no subscription in its id).
      roleDefinitionId:
        subscriptionId === undefined
          ? `/providers/Microsoft.Authorization/roleDefinitions/${a.roleDefinitionGuid}`
          : roleDefinitionPath(subscriptionId, a.roleDefinitionGuid),
      principalId: a.principalId,
      principalType: a.principalType ?? 'ServicePrincipal',
      scope: a.scope,
      condition: a.condition ?? null,
      conditionVersion: a.condition ? '2.0' : null,
      createdOn: a.createdOn ?? '2024-03-02T10:00:00.0000000Z',
      updatedOn: a.createdOn ?? '2024-03-02T10:00:00.0000000Z',
      createdBy: '0b1c2d3e-0000-4000-8000-000000000001',
      updatedBy: '0b1c2d3e-0000-4000-8000-000000000001',
      delegatedManagedIdentityResourceId: null,
      description: null,
    },
    id: `${a.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    type: 'Microsoft.Authorization/roleAssignments',
    name,
  };
}

type AssignmentFilter = { atScope: boolean; principal: string | null };

/**
 * The $filter forms the role assignments API documents; anything else is refused as ARM does. The fake has no
 * groups: assignedTo() matches the principal's own assignments only (ARM also follows group membership).
 */
function parseFilter(raw: string | null): AssignmentFilter | null {
  if (raw === null || raw.trim() === '') return { atScope: false, principal: null };
  const f = raw.trim();
  if (/^atScope\(\)$/i.test(f)) return { atScope: true, principal: null };
  const assigned = /^(atScope\(\)\s+and\s+)?assignedTo\('([0-9a-f-]{36})'\)$/i.exec(f);
  if (assigned) return { atScope: assigned[1] !== undefined, principal: assigned[2] ?? null };
  const principal = /^principalId\s+eq\s+'([0-9a-f-]{36})'$/i.exec(f);
  if (principal) return { atScope: false, principal: principal[1] ?? null };
  return null;
}

function listRoleAssignments(req: FakeRequest, { scenario }: FakeContext, scope: string): FakeAnswer {
  const missing = scopeExists(scenario, scope);
  if (missing) return missing;
  const filter = parseFilter(req.url.searchParams.get('$filter'));
  if (!filter)
    return armError(
      400,
      'UnsupportedQuery',
      `The filter '${req.url.searchParams.get('$filter') ?? ''}' is not supported.`,
    );
  // Management groups above the scope's subscription: their assignments are inherited like the subscription's.
  const subscription = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1]?.toLowerCase() ?? '';
  const ancestors = (scenario.managementGroups[subscription] ?? []).map((mg) =>
    `/providers/Microsoft.Management/managementGroups/${mg}`.toLowerCase(),
  );
  const inherited = (assignmentScope: string): boolean =>
    idStartsWith(scope, assignmentScope) || ancestors.includes(assignmentScope.toLowerCase());
  const value = scenario.roleAssignments
    .map((a, i) => ({ a, i }))
    .filter(({ a }) =>
      filter.atScope
        ? idStartsWith(a.scope, scope) && idStartsWith(scope, a.scope)
        : inherited(a.scope) || idStartsWith(a.scope, scope),
    )
    .filter(
      ({ a }) => filter.principal === null || a.principalId.toLowerCase() === filter.principal.toLowerCase(),
    )
    .map(({ a, i }) => assignmentJson(a, i));
  return page(req, scenario, value);
}

function getRoleDefinition({ scenario }: FakeContext, guid: string, path: string): FakeAnswer {
  const def = [...BUILT_IN_ROLES, ...scenario.roleDefinitions].find(
    (d) => d.guid.toLowerCase() === guid.toLowerCase(),
  );
  if (!def)
    return armError(
      404,
      'RoleDefinitionDoesNotExist',
      "The specified role definition with ID '" + guid + "' does not exist.",
    );
  return json(200, {
    properties: {
      roleName: def.roleName,
      type: def.type ?? 'CustomRole',
      description: def.roleName,
      assignableScopes: ['/'],
      permissions: def.permissions.map((p) => ({
        actions: p.actions ?? [],
        notActions: p.notActions ?? [],
        dataActions: p.dataActions ?? [],
        notDataActions: p.notDataActions ?? [],
      })),
      createdOn: '2019-01-01T00:00:00.0000000Z',
      updatedOn: '2024-01-01T00:00:00.0000000Z',
      createdBy: null,
      updatedBy: null,
    },
    id: path,
    type: 'Microsoft.Authorization/roleDefinitions',
    name: guid,
  });
}

/** One page of an ARM collection: `$skipToken` is the index of its first item. */
function page(req: FakeRequest, scenario: FakeScenario, items: readonly unknown[]): FakeAnswer {
  const paging = scenario.paging;
  if (paging === null) return json(200, { value: items });
  const from = Number(req.url.searchParams.get('$skipToken') ?? '0') || 0;
  const to = from + paging.pageSize;
  if (to >= items.length) return json(200, { value: items.slice(from) });
  const next = new URL(req.url.href);
  next.searchParams.set('$skipToken', String(to));
  const nextLink =
    paging.nextLink === 'absolute'
      ? next.href
      : paging.nextLink === 'relative'
        ? `${next.pathname}${next.search}`
        : 'https://[not a host';
  return json(200, { value: items.slice(from, to), nextLink });
}

function callerPermissions(req: FakeRequest, { scenario }: FakeContext, resourceId: string): FakeAnswer {
  const registry = findRegistry(scenario, resourceId);
  if (!registry) return registryNotFound(resourceId);
  const sets =
    scenario.callerPermissions[registry.name.toLowerCase()] ?? scenario.callerPermissions['*'] ?? [];
  return page(
    req,
    scenario,
    sets.map((p) => ({
      actions: p.actions ?? [],
      notActions: p.notActions ?? [],
      dataActions: p.dataActions ?? [],
      notDataActions: p.notDataActions ?? [],
    })),
  );
}

function diagnosticSettings(req: FakeRequest, { scenario }: FakeContext, resourceId: string): FakeAnswer {
  const registry = findRegistry(scenario, resourceId);
  if (!registry) return registryNotFound(resourceId);
  const withGroups = (req.url.searchParams.get('api-version') ?? '') >= '2021-05-01-preview';
  const value = (scenario.diagnosticSettings[registry.name.toLowerCase()] ?? []).map((s) => ({
    id: `${registryId(registry)}/providers/microsoft.insights/diagnosticSettings/${s.name}`,
    type: 'Microsoft.Insights/diagnosticSettings',
    name: s.name,
    location: null,
    kind: null,
    tags: null,
    properties: {
      storageAccountId: null,
      serviceBusRuleId: null,
      workspaceId: s.workspaceId ?? null,
      eventHubAuthorizationRuleId: null,
      eventHubName: null,
      metrics: [{ category: 'AllMetrics', enabled: false, retentionPolicy: { enabled: false, days: 0 } }],
      // Before 2021-05-01-preview the API had no category groups: such entries are not shown at all.
      logs: s.logs
        .filter((l) => withGroups || l.category !== undefined)
        .map((l) => ({
          category: l.category ?? null,
          ...(withGroups ? { categoryGroup: l.categoryGroup ?? null } : {}),
          enabled: l.enabled,
          retentionPolicy: { enabled: false, days: 0 },
        })),
      logAnalyticsDestinationType: null,
    },
  }));
  return page(req, scenario, value);
}

function checkNameAvailability(
  req: FakeRequest,
  { scenario }: FakeContext,
  subscriptionId: string,
): FakeAnswer {
  if (!subscriptionVisible(scenario, subscriptionId)) return subscriptionNotFound(subscriptionId);
  let body: { name?: unknown; type?: unknown };
  try {
    body = JSON.parse(req.body) as { name?: unknown; type?: unknown };
  } catch {
    return armError(
      400,
      'InvalidRequestContent',
      'The request content was invalid and could not be deserialized.',
    );
  }
  if (body.type !== 'Microsoft.ContainerRegistry/registries' || typeof body.name !== 'string') {
    return armError(
      400,
      'InvalidRequestContent',
      'The request content was invalid: name and type are required.',
    );
  }
  const name = body.name;
  if (!/^[a-zA-Z0-9]{5,50}$/.test(name)) {
    return json(200, {
      nameAvailable: false,
      reason: 'Invalid',
      message:
        'The specified resource name must be between 5 and 50 characters and contain only alphanumerics.',
    });
  }
  const taken = [...scenario.registries.map((r) => r.name), ...scenario.registriesElsewhere].some(
    (n) => n.toLowerCase() === name.toLowerCase(),
  );
  return json(
    200,
    taken
      ? { nameAvailable: false, reason: 'AlreadyExists', message: `The registry ${name} is already in use.` }
      : { nameAvailable: true },
  );
}

function route(api: Route['api'], handle: Route['handle']): Route {
  return { api, armApiVersion: true, handle };
}

export const armRouter: Router = (req) => {
  const path = req.url.pathname;
  const method = req.method;
  if (method === 'GET' && /^\/subscriptions\/?$/i.test(path)) {
    return route('subscriptions', (_r, { scenario }) =>
      json(200, {
        value: scenario.subscriptions.map((s) => ({
          id: `/subscriptions/${s.subscriptionId}`,
          authorizationSource: 'RoleBased',
          managedByTenants: [],
          subscriptionId: s.subscriptionId,
          tenantId: scenario.tenantId,
          displayName: s.displayName,
          state: s.state ?? 'Enabled',
          subscriptionPolicies: {
            locationPlacementId: 'Public_2014-09-01',
            quotaId: 'EnterpriseAgreement_2014-09-01',
            spendingLimit: 'Off',
          },
        })),
        count: { type: 'Total', value: scenario.subscriptions.length },
      }),
    );
  }
  const list = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.ContainerRegistry\/registries$/i.exec(path);
  if (method === 'GET' && list) {
    const sub = list[1] ?? '';
    return route('registries', (r, { scenario, cloud }) =>
      subscriptionVisible(scenario, sub)
        ? page(
            r,
            scenario,
            scenario.registries
              .filter((reg) => reg.subscriptionId.toLowerCase() === sub.toLowerCase())
              .map((reg) => registryJson(reg, cloud)),
          )
        : subscriptionNotFound(sub),
    );
  }
  if (method === 'GET' && REGISTRY_PATH.test(path)) {
    return route('registries', (_r, { scenario, cloud }) => {
      const r = findRegistry(scenario, path);
      return r ? json(200, registryJson(r, cloud)) : registryNotFound(path);
    });
  }
  const check =
    /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.ContainerRegistry\/checkNameAvailability$/i.exec(path);
  if (method === 'POST' && check) {
    return route('checkNameAvailability', (r, ctx) => checkNameAvailability(r, ctx, check[1] ?? ''));
  }
  const assignments = /^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments$/i.exec(path);
  if (method === 'GET' && assignments) {
    return route('roleAssignments', (r, ctx) => listRoleAssignments(r, ctx, assignments[1] ?? ''));
  }
  const definition =
    /^(?:\/subscriptions\/[^/]+)?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i.exec(
      path,
    );
  if (method === 'GET' && definition) {
    return route('roleDefinitions', (_r, ctx) => getRoleDefinition(ctx, definition[1] ?? '', path));
  }
  const permissions = /^(.*)\/providers\/Microsoft\.Authorization\/permissions$/i.exec(path);
  if (method === 'GET' && permissions) {
    return route('permissions', (r, ctx) => callerPermissions(r, ctx, permissions[1] ?? ''));
  }
  const diagnostics = /^(.*)\/providers\/Microsoft\.Insights\/diagnosticSettings$/i.exec(path);
  if (method === 'GET' && diagnostics) {
    return route('diagnosticSettings', (r, ctx) => diagnosticSettings(r, ctx, diagnostics[1] ?? ''));
  }
  return null;
};
