/**
 * The response schemas of the operations live checks call, written by hand from Microsoft's published REST
 * API specifications (Azure/azure-rest-api-specs) and the Microsoft Graph v1.0 reference, for the
 * api-versions our clients send. Only what a schema promises is written here: required fields, types and
 * enum values; `optional` fields may be absent, `nullable` ones null.
 */
export type Schema =
  | 'string'
  | 'boolean'
  | 'number'
  | 'any'
  | { readonly enum: readonly string[] }
  | { readonly array: Schema }
  | { readonly object: Readonly<Record<string, Field>>; readonly open?: boolean };

export type Field = Schema | { readonly schema: Schema; readonly optional?: true; readonly nullable?: true };

const opt = (schema: Schema): Field => ({ schema, optional: true });
const optNull = (schema: Schema): Field => ({ schema, optional: true, nullable: true });
const obj = (fields: Record<string, Field>): Schema => ({ object: fields, open: true });
const arr = (item: Schema): Schema => ({ array: item });

const systemData = obj({
  createdBy: opt('string'),
  createdByType: opt({ enum: ['User', 'Application', 'ManagedIdentity', 'Key'] }),
  createdAt: opt('string'),
  lastModifiedBy: opt('string'),
  lastModifiedByType: opt({ enum: ['User', 'Application', 'ManagedIdentity', 'Key'] }),
  lastModifiedAt: opt('string'),
});

/** Microsoft.Resources subscriptions 2022-12-01: SubscriptionListResult. */
export const SUBSCRIPTION_LIST = obj({
  value: arr(
    obj({
      id: 'string',
      subscriptionId: 'string',
      displayName: 'string',
      tenantId: opt('string'),
      state: { enum: ['Enabled', 'Warned', 'PastDue', 'Disabled', 'Deleted'] },
      authorizationSource: opt('string'),
      subscriptionPolicies: opt(
        obj({
          locationPlacementId: opt('string'),
          quotaId: opt('string'),
          spendingLimit: opt({ enum: ['On', 'Off', 'CurrentPeriodOff'] }),
        }),
      ),
    }),
  ),
  nextLink: opt('string'),
  count: opt(obj({ type: 'string', value: 'number' })),
});

const privateEndpointConnection = obj({
  id: 'string',
  properties: obj({
    privateEndpoint: opt(obj({ id: opt('string') })),
    privateLinkServiceConnectionState: opt(
      obj({
        status: opt({ enum: ['Approved', 'Pending', 'Rejected', 'Disconnected'] }),
        description: opt('string'),
        actionsRequired: opt({ enum: ['None', 'Recreate'] }),
      }),
    ),
    provisioningState: opt({ enum: ['Creating', 'Updating', 'Deleting', 'Succeeded', 'Failed', 'Canceled'] }),
  }),
});

const policyStatus = obj({ status: opt({ enum: ['enabled', 'disabled'] }) });

/** Microsoft.ContainerRegistry registries 2025-11-01: RegistryListResult. */
export const REGISTRY_LIST = obj({
  value: arr(
    obj({
      id: 'string',
      name: 'string',
      type: { enum: ['Microsoft.ContainerRegistry/registries'] },
      location: 'string',
      tags: opt({ object: {}, open: true }),
      systemData: opt(systemData),
      sku: obj({
        name: { enum: ['Classic', 'Basic', 'Standard', 'Premium'] },
        tier: opt({ enum: ['Classic', 'Basic', 'Standard', 'Premium'] }),
      }),
      properties: obj({
        loginServer: 'string',
        creationDate: opt('string'),
        provisioningState: opt({
          enum: ['Creating', 'Updating', 'Deleting', 'Succeeded', 'Failed', 'Canceled'],
        }),
        adminUserEnabled: opt('boolean'),
        networkRuleSet: opt(
          obj({
            defaultAction: { enum: ['Allow', 'Deny'] },
            ipRules: opt(arr(obj({ action: opt({ enum: ['Allow'] }), value: 'string' }))),
          }),
        ),
        policies: opt(
          obj({
            quarantinePolicy: opt(policyStatus),
            retentionPolicy: opt(
              obj({ days: opt('number'), status: opt({ enum: ['enabled', 'disabled'] }) }),
            ),
            exportPolicy: opt(policyStatus),
            azureADAuthenticationAsArmPolicy: opt(policyStatus),
          }),
        ),
        dataEndpointEnabled: opt('boolean'),
        dataEndpointHostNames: opt(arr('string')),
        privateEndpointConnections: opt(arr(privateEndpointConnection)),
        publicNetworkAccess: opt({ enum: ['Enabled', 'Disabled'] }),
        networkRuleBypassOptions: opt({ enum: ['AzureServices', 'None'] }),
        networkRuleBypassAllowedForTasks: opt('boolean'),
        zoneRedundancy: opt({ enum: ['Enabled', 'Disabled'] }),
        anonymousPullEnabled: opt('boolean'),
        roleAssignmentMode: opt({ enum: ['LegacyRegistryPermissions', 'AbacRepositoryPermissions'] }),
      }),
    }),
  ),
  nextLink: opt('string'),
});

/** Microsoft.ContainerRegistry checkNameAvailability: RegistryNameStatus. */
export const NAME_STATUS = obj({ nameAvailable: 'boolean', reason: opt('string'), message: opt('string') });

/** Microsoft.Authorization 2022-04-01: RoleAssignmentListResult. */
export const ROLE_ASSIGNMENT_LIST = obj({
  value: arr(
    obj({
      id: 'string',
      name: 'string',
      type: { enum: ['Microsoft.Authorization/roleAssignments'] },
      properties: obj({
        scope: 'string',
        roleDefinitionId: 'string',
        principalId: 'string',
        principalType: opt({ enum: ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device'] }),
        description: optNull('string'),
        condition: optNull('string'),
        conditionVersion: optNull('string'),
        createdOn: optNull('string'),
        updatedOn: optNull('string'),
        createdBy: optNull('string'),
        updatedBy: optNull('string'),
        delegatedManagedIdentityResourceId: optNull('string'),
      }),
    }),
  ),
  nextLink: opt('string'),
});

const permission = obj({
  actions: opt(arr('string')),
  notActions: opt(arr('string')),
  dataActions: opt(arr('string')),
  notDataActions: opt(arr('string')),
});

/** Microsoft.Authorization 2022-04-01: RoleDefinition. */
export const ROLE_DEFINITION = obj({
  id: 'string',
  name: 'string',
  type: { enum: ['Microsoft.Authorization/roleDefinitions'] },
  properties: obj({
    roleName: 'string',
    description: optNull('string'),
    type: opt('string'),
    permissions: arr(permission),
    assignableScopes: opt(arr('string')),
    createdOn: optNull('string'),
    updatedOn: optNull('string'),
    createdBy: optNull('string'),
    updatedBy: optNull('string'),
  }),
});

/** Microsoft.Authorization 2022-04-01: PermissionGetResult. */
export const PERMISSION_LIST = obj({ value: arr(permission), nextLink: opt('string') });

/** Microsoft.Insights diagnosticSettings 2021-05-01-preview: DiagnosticSettingsResourceCollection. */
export const DIAGNOSTIC_SETTINGS_LIST = obj({
  value: arr(
    obj({
      id: 'string',
      name: 'string',
      type: 'string',
      systemData: opt(systemData),
      properties: obj({
        storageAccountId: optNull('string'),
        serviceBusRuleId: optNull('string'),
        eventHubAuthorizationRuleId: optNull('string'),
        eventHubName: optNull('string'),
        workspaceId: optNull('string'),
        marketplacePartnerId: optNull('string'),
        logAnalyticsDestinationType: optNull('string'),
        metrics: opt(
          arr(
            obj({
              category: opt('string'),
              timeGrain: opt('string'),
              enabled: 'boolean',
              retentionPolicy: opt(obj({ enabled: 'boolean', days: 'number' })),
            }),
          ),
        ),
        logs: opt(
          arr(
            obj({
              category: optNull('string'),
              categoryGroup: optNull('string'),
              enabled: 'boolean',
              retentionPolicy: opt(obj({ enabled: 'boolean', days: 'number' })),
            }),
          ),
        ),
      }),
    }),
  ),
});

/** Log Analytics query API v1: QueryResults. */
export const LOGS_QUERY = obj({
  tables: arr(
    obj({
      name: 'string',
      columns: arr(
        obj({
          name: 'string',
          type: {
            enum: [
              'bool',
              'datetime',
              'dynamic',
              'int',
              'long',
              'real',
              'string',
              'guid',
              'decimal',
              'timespan',
            ],
          },
        }),
      ),
      rows: arr(arr('any')),
    }),
  ),
});

const passwordCredential = obj({
  customKeyIdentifier: optNull('string'),
  displayName: optNull('string'),
  endDateTime: optNull('string'),
  hint: optNull('string'),
  keyId: optNull('string'),
  secretText: optNull('string'),
  startDateTime: optNull('string'),
});

const keyCredential = obj({
  customKeyIdentifier: optNull('string'),
  displayName: optNull('string'),
  endDateTime: optNull('string'),
  key: optNull('string'),
  keyId: optNull('string'),
  startDateTime: optNull('string'),
  type: optNull('string'),
  usage: optNull({ enum: ['Sign', 'Verify'] }),
});

/** Graph v1.0 application, with the $select acr-doctor sends. */
export const GRAPH_APPLICATION = obj({
  '@odata.context': opt('string'),
  id: 'string',
  appId: 'string',
  displayName: optNull('string'),
  passwordCredentials: opt(arr(passwordCredential)),
  keyCredentials: opt(arr(keyCredential)),
});

/** Graph v1.0 servicePrincipal, with the $select acr-doctor sends. */
export const GRAPH_SERVICE_PRINCIPAL = obj({
  '@odata.context': opt('string'),
  id: 'string',
  appId: 'string',
  displayName: optNull('string'),
  accountEnabled: optNull('boolean'),
  servicePrincipalType: optNull('string'),
  appOwnerOrganizationId: optNull('string'),
});

/** Error envelopes, per API. */
export const ARM_ERROR = obj({ error: obj({ code: 'string', message: 'string' }) });
export const INSIGHTS_ERROR = obj({ code: opt('string'), message: opt('string') });
export const LOGS_ERROR = obj({ error: obj({ code: 'string', message: 'string' }) });
export const GRAPH_ERROR = obj({
  error: obj({ code: 'string', message: 'string', innerError: opt(obj({ date: opt('string') })) }),
});

/** Every way `value` breaks `schema`, as paths; empty when it conforms. */
export function violations(value: unknown, schema: Schema, path = '$'): string[] {
  if (schema === 'any') return [];
  if (schema === 'string' || schema === 'boolean' || schema === 'number')
    return typeof value === schema ? [] : [`${path}: expected ${schema}, got ${JSON.stringify(value)}`];
  if ('enum' in schema)
    return typeof value === 'string' && schema.enum.includes(value)
      ? []
      : [`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`];
  if ('array' in schema) {
    if (!Array.isArray(value)) return [`${path}: expected an array`];
    return value.flatMap((item, i) => violations(item, schema.array, `${path}[${i}]`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`${path}: expected an object`];
  const record = value as Record<string, unknown>;
  return Object.entries(schema.object).flatMap(([key, field]) => {
    const f = typeof field === 'object' && 'schema' in field ? field : { schema: field as Schema };
    const v = record[key];
    if (v === undefined) return f.optional ? [] : [`${path}.${key}: missing`];
    if (v === null) return f.nullable ? [] : [`${path}.${key}: null`];
    return violations(v, f.schema, `${path}.${key}`);
  });
}
