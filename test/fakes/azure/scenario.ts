/**
 * What the fake Azure holds: the world a test describes. Shapes follow the public REST API documents (ARM
 * resources with `properties`, Graph objects, Log Analytics tables), so a scenario reads like the JSON Azure
 * would return.
 */

export type FakeCloud = 'AzurePublicCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';

/** Every API the fake answers, for targeting faults and reading the call log. */
export type FakeApi =
  | 'openid-configuration'
  | 'instance-discovery'
  | 'token'
  | 'subscriptions'
  | 'registries'
  | 'checkNameAvailability'
  | 'roleAssignments'
  | 'roleDefinitions'
  | 'permissions'
  | 'diagnosticSettings'
  | 'logs-query'
  | 'graph-applications'
  | 'graph-servicePrincipals';

export type FakeService = 'entra' | 'arm' | 'logs' | 'graph';

export interface FakeSubscription {
  readonly subscriptionId: string;
  readonly displayName: string;
  readonly state?: 'Enabled' | 'Disabled' | 'Warned' | 'PastDue';
}

export interface FakeRegistry {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly location?: string;
  readonly sku?: 'Basic' | 'Standard' | 'Premium';
  /** ARM `properties`, merged over the defaults a new registry gets (see defaultRegistryProperties). */
  readonly properties?: Record<string, unknown>;
}

export interface FakePermission {
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  readonly dataActions?: readonly string[];
  readonly notDataActions?: readonly string[];
}

export interface FakeRoleDefinition {
  readonly guid: string;
  readonly roleName: string;
  readonly type?: 'BuiltInRole' | 'CustomRole';
  readonly permissions: readonly FakePermission[];
}

export interface FakeRoleAssignment {
  /**
   * Where the role is assigned: a registry id, a resource group, a subscription, or a management group
   * (`/providers/Microsoft.Management/managementGroups/<name>`).
   */
  readonly scope: string;
  readonly roleDefinitionGuid: string;
  readonly principalId: string;
  readonly principalType?: 'User' | 'Group' | 'ServicePrincipal' | 'ForeignGroup' | 'Device';
  readonly condition?: string;
  readonly createdOn?: string;
}

export interface FakeDiagnosticSetting {
  readonly name: string;
  readonly workspaceId?: string;
  readonly logs: readonly {
    readonly category?: string;
    readonly categoryGroup?: string;
    readonly enabled: boolean;
  }[];
}

export interface FakeLogEvent {
  readonly table: 'ContainerRegistryLoginEvents' | 'ContainerRegistryRepositoryEvents';
  readonly TimeGenerated: string;
  readonly OperationName: string;
  readonly Identity: string;
  readonly CallerIpAddress: string;
  readonly LoginServer: string;
  /** Absent in rows of tables that do not record a status (a fuzzy union gives them null). */
  readonly ResultType?: string;
  readonly ResultDescription?: string;
  readonly Repository?: string;
  readonly Tag?: string;
  readonly UserAgent?: string;
  /** The registry's resource id (lower case in Log Analytics). */
  readonly _ResourceId: string;
}

export interface FakeAppCredential {
  readonly keyId: string;
  readonly displayName?: string;
  readonly hint?: string;
  readonly startDateTime?: string;
  readonly endDateTime: string;
}

export interface FakeApplication {
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  readonly passwordCredentials?: readonly FakeAppCredential[];
  readonly keyCredentials?: readonly (FakeAppCredential & {
    readonly type?: string;
    readonly usage?: string;
  })[];
}

export interface FakeServicePrincipal {
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  readonly accountEnabled?: boolean;
  readonly servicePrincipalType?: 'Application' | 'ManagedIdentity' | 'Legacy' | 'SocialIdp';
  /** The tenant that registered the application; the scenario's tenant when absent. */
  readonly appOwnerOrganizationId?: string;
}

/** Something going wrong on purpose. `times` limits how many requests it hits (default: all). */
export type FakeFault = { readonly api: FakeApi; readonly times?: number } & (
  | { readonly kind: 'status'; readonly status: number; readonly code?: string; readonly message?: string }
  | { readonly kind: 'throttle'; readonly retryAfterSeconds: number }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'latency'; readonly ms: number }
  /** The token endpoint refuses tokens for one service's audience (admin consent missing for it). */
  | { readonly kind: 'consent-required'; readonly audience: 'arm' | 'logs' | 'graph' }
);

export interface FakeScenario {
  readonly tenantId: string;
  readonly subscriptions: readonly FakeSubscription[];
  readonly registries: readonly FakeRegistry[];
  /** Registry names that exist somewhere the caller cannot see (checkNameAvailability: AlreadyExists). */
  readonly registriesElsewhere: readonly string[];
  readonly roleAssignments: readonly FakeRoleAssignment[];
  /**
   * The management groups above each subscription (id, lower case), nearest first, ending at the tenant root
   * group: assignments on any of them are inherited by everything in the subscription.
   */
  readonly managementGroups: Readonly<Record<string, readonly string[]>>;
  /** Custom roles; the built-in ACR, Owner, Contributor and Reader roles are always known. */
  readonly roleDefinitions: readonly FakeRoleDefinition[];
  /** Microsoft.Authorization/permissions for the caller, per registry name (lower case); `*` for any. */
  readonly callerPermissions: Readonly<Record<string, readonly FakePermission[]>>;
  /** Per registry name (lower case). */
  readonly diagnosticSettings: Readonly<Record<string, readonly FakeDiagnosticSetting[]>>;
  readonly logEvents: readonly FakeLogEvent[];
  readonly applications: readonly FakeApplication[];
  readonly servicePrincipals: readonly FakeServicePrincipal[];
  /** api-versions each ARM API accepts; unlisted APIs accept the versions Azure documents. */
  readonly apiVersions: Partial<Readonly<Record<FakeApi, readonly string[]>>>;
  readonly faults: readonly FakeFault[];
  /**
   * ARM collections the fake pages (the caller's permissions, diagnostic settings): this many items per
   * page, with `nextLink` absolute (as ARM usually sends it), relative to the request, or not a URL at all.
   */
  readonly paging: {
    readonly pageSize: number;
    readonly nextLink: 'absolute' | 'relative' | 'malformed';
  } | null;
  /** Graph refuses `$select=keyCredentials` with 429 (its low per-tenant limit for that property). */
  readonly keyCredentialsThrottled: boolean;
  /** Added to every answer (ARM, Log Analytics, Graph and Entra). */
  readonly latencyMs: number;
}

export const FAKE_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const FAKE_SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

/** The registry the tests' firewall refusals are about: its firewall lets only 198.51.100.0/24 in. */
export const FIREWALLED_CONTOSO: FakeRegistry = {
  subscriptionId: FAKE_SUBSCRIPTION,
  resourceGroup: 'rg-registry',
  name: 'contoso',
  sku: 'Premium',
  properties: {
    networkRuleSet: {
      defaultAction: 'Deny',
      ipRules: [{ action: 'Allow', value: '198.51.100.0/24' }],
    },
  },
};

export function emptyScenario(overrides: Partial<FakeScenario> = {}): FakeScenario {
  return {
    tenantId: FAKE_TENANT,
    subscriptions: [
      { subscriptionId: FAKE_SUBSCRIPTION, displayName: 'Contoso Production', state: 'Enabled' },
    ],
    registries: [],
    registriesElsewhere: [],
    roleAssignments: [],
    managementGroups: {},
    roleDefinitions: [],
    callerPermissions: { '*': [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }] },
    diagnosticSettings: {},
    logEvents: [],
    applications: [],
    servicePrincipals: [],
    apiVersions: {},
    faults: [],
    paging: null,
    keyCredentialsThrottled: false,
    latencyMs: 0,
    ...overrides,
  };
}

export function registryId(r: Pick<FakeRegistry, 'subscriptionId' | 'resourceGroup' | 'name'>): string {
  return `/subscriptions/${r.subscriptionId}/resourceGroups/${r.resourceGroup}/providers/Microsoft.ContainerRegistry/registries/${r.name}`;
}

/** The API versions Azure documents for each ARM API the fake serves. */
export const DOCUMENTED_API_VERSIONS: Readonly<Partial<Record<FakeApi, readonly string[]>>> = {
  subscriptions: ['2016-06-01', '2019-11-01', '2020-01-01', '2021-01-01', '2022-12-01'],
  registries: [
    '2019-05-01',
    '2021-09-01',
    '2023-07-01',
    '2024-11-01-preview',
    '2025-03-01-preview',
    '2025-04-01',
    '2025-06-01-preview',
    '2025-11-01',
  ],
  checkNameAvailability: ['2019-05-01', '2023-07-01', '2025-04-01', '2025-11-01'],
  roleAssignments: ['2015-07-01', '2020-04-01-preview', '2022-04-01'],
  roleDefinitions: ['2015-07-01', '2022-04-01'],
  permissions: ['2015-07-01', '2022-04-01'],
  diagnosticSettings: ['2017-05-01-preview', '2021-05-01-preview'],
};

/** Built-in roles as published in "Azure built-in roles" (ids are the same in every tenant and cloud). */
export const BUILT_IN_ROLES: readonly FakeRoleDefinition[] = [
  {
    guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    roleName: 'Owner',
    type: 'BuiltInRole',
    permissions: [{ actions: ['*'] }],
  },
  {
    guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    roleName: 'Contributor',
    type: 'BuiltInRole',
    permissions: [
      {
        actions: ['*'],
        notActions: [
          'Microsoft.Authorization/*/Delete',
          'Microsoft.Authorization/*/Write',
          'Microsoft.Authorization/elevateAccess/Action',
        ],
      },
    ],
  },
  {
    guid: 'acdd72a7-3122-4d20-a6ea-9a3a4c9c3a46',
    roleName: 'Reader',
    type: 'BuiltInRole',
    permissions: [{ actions: ['*/read'] }],
  },
  {
    guid: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
    roleName: 'AcrPull',
    type: 'BuiltInRole',
    permissions: [{ actions: ['Microsoft.ContainerRegistry/registries/pull/read'] }],
  },
  {
    guid: '8311e382-0749-4cb8-b61a-304f252e45ec',
    roleName: 'AcrPush',
    type: 'BuiltInRole',
    permissions: [
      {
        actions: [
          'Microsoft.ContainerRegistry/registries/pull/read',
          'Microsoft.ContainerRegistry/registries/push/write',
        ],
      },
    ],
  },
  {
    guid: 'c2f4ef07-c644-48eb-af81-4b1b4947fb11',
    roleName: 'AcrDelete',
    type: 'BuiltInRole',
    permissions: [{ actions: ['Microsoft.ContainerRegistry/registries/artifacts/delete'] }],
  },
  {
    guid: 'b93aa761-3e63-49ed-ac28-beffa264f7ac',
    roleName: 'Container Registry Repository Reader',
    type: 'BuiltInRole',
    permissions: [
      {
        dataActions: [
          'Microsoft.ContainerRegistry/registries/repositories/content/read',
          'Microsoft.ContainerRegistry/registries/repositories/metadata/read',
        ],
      },
    ],
  },
  {
    guid: '2a1e307c-b015-4ebd-883e-5b7698a07328',
    roleName: 'Container Registry Repository Writer',
    type: 'BuiltInRole',
    permissions: [
      {
        dataActions: [
          'Microsoft.ContainerRegistry/registries/repositories/content/read',
          'Microsoft.ContainerRegistry/registries/repositories/content/write',
          'Microsoft.ContainerRegistry/registries/repositories/metadata/read',
          'Microsoft.ContainerRegistry/registries/repositories/metadata/write',
        ],
      },
    ],
  },
  {
    guid: '2efddaa5-3f1f-4df3-97df-af3f13818f4c',
    roleName: 'Container Registry Repository Contributor',
    type: 'BuiltInRole',
    permissions: [
      {
        dataActions: [
          'metadata/read',
          'content/read',
          'metadata/write',
          'content/write',
          'metadata/delete',
          'content/delete',
        ].map((a) => `Microsoft.ContainerRegistry/registries/repositories/${a}`),
      },
    ],
  },
  {
    guid: 'bfdb9389-c9a5-478a-bb2f-ba9ca092c3c7',
    roleName: 'Container Registry Repository Catalog Lister',
    type: 'BuiltInRole',
    permissions: [{ dataActions: ['Microsoft.ContainerRegistry/registries/catalog/read'] }],
  },
];

export const LOGIN_SERVER_SUFFIX: Readonly<Record<FakeCloud, string>> = {
  AzurePublicCloud: 'azurecr.io',
  AzureChinaCloud: 'azurecr.cn',
  AzureUSGovernment: 'azurecr.us',
};

/** What a registry created with default settings reports with api-version 2025-11-01. */
export function defaultRegistryProperties(r: FakeRegistry, cloud: FakeCloud): Record<string, unknown> {
  return {
    loginServer: `${r.name.toLowerCase()}.${LOGIN_SERVER_SUFFIX[cloud]}`,
    creationDate: '2024-03-01T09:00:00.0000000Z',
    provisioningState: 'Succeeded',
    adminUserEnabled: false,
    networkRuleSet: { defaultAction: 'Allow', ipRules: [] },
    policies: {
      quarantinePolicy: { status: 'disabled' },
      trustPolicy: { type: 'Notary', status: 'disabled' },
      retentionPolicy: { days: 7, lastUpdatedTime: '2024-03-01T09:00:00.0000000Z', status: 'disabled' },
      exportPolicy: { status: 'enabled' },
      azureADAuthenticationAsArmPolicy: { status: 'enabled' },
    },
    encryption: { status: 'disabled' },
    dataEndpointEnabled: false,
    dataEndpointHostNames: [],
    privateEndpointConnections: [],
    publicNetworkAccess: 'Enabled',
    networkRuleBypassOptions: 'AzureServices',
    networkRuleBypassAllowedForTasks: false,
    zoneRedundancy: 'Disabled',
    anonymousPullEnabled: false,
    roleAssignmentMode: 'LegacyRegistryPermissions',
  };
}
