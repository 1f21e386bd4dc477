import { AuthorizationManagementClient, type Permission } from '@azure/arm-authorization';
import { callAzure, collect, type CallOptions } from './call';
import type { CallCounter } from './call-counter';
import { addCounter, commonClientOptions } from './client-options';
import type { AzureConnection } from './connection';
import type { PermissionSet, RoleAssignmentInfo, RoleDefinitionInfo } from './models';
import { flatten, getJsonCollection } from './raw-json';
import { fail, malformed, ok, type AzureResult } from './result';

/** Role-based access: what the caller may do, and what roles an identity holds. */
export interface AuthorizationApi {
  /** The calling user's effective actions and data actions on a resource (Microsoft.Authorization/permissions). */
  myPermissions(resourceId: string, options: CallOptions): Promise<AzureResult<PermissionSet[]>>;
  /** Role assignments of one principal (object id) that apply at the scope: on it, inherited from above, and below it. */
  roleAssignments(
    scope: string,
    principalObjectId: string,
    options: CallOptions,
  ): Promise<AzureResult<RoleAssignmentInfo[]>>;
  /** A role definition by its full id, for roles whose permissions are not known in advance (custom roles). */
  roleDefinition(roleDefinitionId: string, options: CallOptions): Promise<AzureResult<RoleDefinitionInfo>>;
}

/** Role assignments with `condition` (ABAC) need 2020-04-01-preview or later; arm-authorization 9 sends 2022-04-01. */
export const AUTHORIZATION_API_VERSION = '2022-04-01';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The SDK client is bound to a subscription at construction, but the operations used here take full scopes
// and never send it.
const UNUSED_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function permissionSetFrom(p: Permission | Record<string, unknown>): PermissionSet {
  return {
    actions: strings(p.actions),
    notActions: strings(p.notActions),
    dataActions: strings(p.dataActions),
    notDataActions: strings(p.notDataActions),
  };
}

class ArmAuthorizationApi implements AuthorizationApi {
  private readonly client: AuthorizationManagementClient;

  constructor(
    private readonly connection: AzureConnection,
    counter: CallCounter,
  ) {
    const { arm } = connection.endpoints;
    this.client = new AuthorizationManagementClient(connection.credential, UNUSED_SUBSCRIPTION, {
      ...commonClientOptions(connection.tls),
      $host: arm.endpoint,
      endpoint: arm.endpoint,
      credentialScopes: [arm.scope],
    });
    addCounter(this.client.pipeline, counter.policy);
  }

  async myPermissions(resourceId: string, options: CallOptions): Promise<AzureResult<PermissionSet[]>> {
    // The SDK offers permissions only as listForResource(rg, namespace, parentResourcePath, type, name), which
    // for a top-level resource sends an empty path segment ("Microsoft.ContainerRegistry//registries"). The
    // documented extension-resource form on the resource id is exact, so it goes through the same client's
    // pipeline (token, TLS, counter) as a plain GET.
    const url = `${this.connection.endpoints.arm.endpoint}${resourceId}/providers/Microsoft.Authorization/permissions?api-version=${AUTHORIZATION_API_VERSION}`;
    const result = flatten(
      await callAzure('arm', options, (signal) =>
        getJsonCollection((r) => this.client.sendRequest(r), 'arm', url, signal),
      ),
    );
    if (!result.ok) return result;
    const sets: PermissionSet[] = [];
    for (const item of result.value) {
      if (typeof item !== 'object' || item === null)
        return malformed('arm', 'A permission entry is not an object');
      sets.push(permissionSetFrom(item as Record<string, unknown>));
    }
    return ok(sets);
  }

  async roleAssignments(
    scope: string,
    principalObjectId: string,
    options: CallOptions,
  ): Promise<AzureResult<RoleAssignmentInfo[]>> {
    if (!GUID.test(principalObjectId)) {
      return fail({
        kind: 'service',
        service: 'arm',
        code: 'InvalidPrincipalId',
        message: 'The principal id is not a GUID.',
      });
    }
    // assignedTo() includes assignments inherited from above the scope and those made through groups the
    // principal is a member of; without atScope() it also lists assignments below the scope.
    const filter = `assignedTo('${principalObjectId}')`;
    const result = await callAzure('arm', options, (abortSignal) =>
      collect(this.client.roleAssignments.listForScope(scope.replace(/^\/+/, ''), { filter, abortSignal })),
    );
    if (!result.ok) return result;
    const assignments: RoleAssignmentInfo[] = [];
    for (const a of result.value) {
      if (!a.id || !a.scope || !a.roleDefinitionId || !a.principalId) {
        return malformed('arm', 'A role assignment lacks its id, scope, role definition or principal');
      }
      assignments.push({
        id: a.id,
        scope: a.scope,
        roleDefinitionId: a.roleDefinitionId,
        principalId: a.principalId,
        ...(a.principalType ? { principalType: a.principalType } : {}),
        ...(a.condition ? { condition: a.condition } : {}),
        ...(a.conditionVersion ? { conditionVersion: a.conditionVersion } : {}),
        ...(a.createdOn instanceof Date && !Number.isNaN(a.createdOn.getTime())
          ? { createdOn: a.createdOn }
          : {}),
      });
    }
    return ok(assignments);
  }

  async roleDefinition(
    roleDefinitionId: string,
    options: CallOptions,
  ): Promise<AzureResult<RoleDefinitionInfo>> {
    const result = await callAzure('arm', options, (abortSignal) =>
      this.client.roleDefinitions.getById(roleDefinitionId.replace(/^\/+/, ''), { abortSignal }),
    );
    if (!result.ok) return result;
    const d = result.value;
    if (!d.id || !Array.isArray(d.permissions))
      return malformed('arm', 'The role definition lacks its id or permissions');
    return ok({
      id: d.id,
      roleName: d.roleName ?? d.name ?? d.id,
      permissions: d.permissions.map(permissionSetFrom),
    });
  }
}

export function createAuthorizationApi(connection: AzureConnection, counter: CallCounter): AuthorizationApi {
  return new ArmAuthorizationApi(connection, counter);
}
