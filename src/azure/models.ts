/**
 * What src/azure/ hands to the checks: plain, validated data, independent of any SDK's model classes. A
 * property Azure did not send stays `undefined` (it is not the same as its default: an older api-version or
 * a cloud that lags may simply not report it).
 */

export interface SubscriptionInfo {
  readonly subscriptionId: string;
  readonly displayName: string;
  readonly tenantId?: string;
  readonly state?: string;
}

export interface PrivateEndpointInfo {
  /** Resource id of the private endpoint. */
  readonly id?: string;
  /** Approved, Pending, Rejected or Disconnected. */
  readonly status?: string;
}

export interface RegistryResource {
  readonly id: string;
  readonly name: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly location: string;
  readonly loginServer: string;
  readonly sku: string;
  readonly provisioningState?: string;
  readonly adminUserEnabled?: boolean;
  readonly anonymousPullEnabled?: boolean;
  /** AbacRepositoryPermissions or LegacyRegistryPermissions. */
  readonly roleAssignmentMode?: string;
  /** Enabled or Disabled. */
  readonly publicNetworkAccess?: string;
  readonly networkRuleSet?: {
    /** Allow or Deny. */
    readonly defaultAction: string;
    /** IPv4 addresses or CIDR ranges. */
    readonly ipRules: readonly string[];
  };
  /** AzureServices or None. */
  readonly networkRuleBypassOptions?: string;
  readonly networkRuleBypassAllowedForTasks?: boolean;
  readonly dataEndpointEnabled?: boolean;
  readonly dataEndpointHostNames: readonly string[];
  readonly privateEndpoints: readonly PrivateEndpointInfo[];
  /** enabled or disabled: whether Entra tokens with the ARM audience are accepted by the registry. */
  readonly azureADAuthenticationAsArmPolicy?: string;
}

export interface NameAvailability {
  readonly nameAvailable: boolean;
  readonly reason?: string;
  readonly message?: string;
}

/** One entry of Microsoft.Authorization/permissions or of a role definition. */
export interface PermissionSet {
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly dataActions: readonly string[];
  readonly notDataActions: readonly string[];
}

export interface RoleAssignmentInfo {
  readonly id: string;
  readonly scope: string;
  /** Full id: /subscriptions/…/providers/Microsoft.Authorization/roleDefinitions/<guid>. */
  readonly roleDefinitionId: string;
  readonly principalId: string;
  readonly principalType?: string;
  readonly condition?: string;
  readonly conditionVersion?: string;
  readonly createdOn?: Date;
}

export interface RoleDefinitionInfo {
  readonly id: string;
  readonly roleName: string;
  readonly permissions: readonly PermissionSet[];
}

export interface DiagnosticLogSetting {
  readonly category?: string;
  readonly categoryGroup?: string;
  readonly enabled: boolean;
}

export interface DiagnosticSettingInfo {
  readonly name: string;
  /** Resource id of the Log Analytics workspace, when the setting sends logs to one. */
  readonly workspaceId?: string;
  readonly logs: readonly DiagnosticLogSetting[];
}

export interface LogTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface AppCredentialInfo {
  readonly type: 'password' | 'certificate';
  readonly keyId?: string;
  readonly displayName?: string;
  /** First characters of a client secret, as Graph shows them. */
  readonly hint?: string;
  readonly endDateTime?: Date;
}

export interface GraphApplication {
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  /** Client secrets, and the certificates an app signs in with (SAML token-signing keys are not among them). */
  readonly credentials: readonly AppCredentialInfo[];
  /**
   * `throttled`: Graph limits reads of keyCredentials per tenant far below other reads; when it refused
   * them the secrets were read alone, and the certificates are not known.
   */
  readonly certificates: 'read' | 'throttled';
}

export interface GraphServicePrincipal {
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  readonly accountEnabled?: boolean;
  readonly servicePrincipalType?: string;
  /** The tenant where the application is registered (its home tenant), as Graph reports it. */
  readonly appOwnerOrganizationId?: string;
}
