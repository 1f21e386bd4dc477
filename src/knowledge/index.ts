import { causes as dockerNotRunningOrMisconfigured } from './causes/docker-not-running-or-misconfigured';
import { causes as wrongRegistryNameOrNotFound } from './causes/wrong-registry-name-or-not-found';
import { causes as dnsResolutionFailure } from './causes/dns-resolution-failure';
import { causes as invalidCredentials } from './causes/invalid-credentials';
import { causes as expiredCredentials } from './causes/expired-credentials';
import { causes as adminUserDisabled } from './causes/admin-user-disabled';
import { causes as missingRoleAssignment } from './causes/missing-role-assignment';
import { causes as abacRepositoryPermissionsMode } from './causes/abac-repository-permissions-mode';
import { causes as publicNetworkAccessDisabled } from './causes/public-network-access-disabled';
import { causes as firewallIpNotAllowed } from './causes/firewall-ip-not-allowed';
import { causes as privateEndpointOrPrivateDns } from './causes/private-endpoint-or-private-dns';
import { causes as staleDockerCredentials } from './causes/stale-docker-credentials';
import { causes as wrongTenantOrSubscription } from './causes/wrong-tenant-or-subscription';
import { causes as azCliNotLoggedInOrTokenExpired } from './causes/az-cli-not-logged-in-or-token-expired';
import { causes as aksAcrNotAttached } from './causes/aks-acr-not-attached';
import { causes as imageOrTagNotFound } from './causes/image-or-tag-not-found';
import { causes as throttledTooManyRequests } from './causes/throttled-too-many-requests';
import { causes as tlsOrProxyInterception } from './causes/tls-or-proxy-interception';
import { causes as clientFirewallBlocksEndpoints } from './causes/client-firewall-blocks-endpoints';
import { causes as tokenScopeMapInsufficient } from './causes/token-scope-map-insufficient';
import { causes as servicePrincipalNotRegistered } from './causes/service-principal-not-registered';
import { causes as credentialsNotConfigured } from './causes/credentials-not-configured';
import { causes as other } from './causes/other';
import type { CauseId } from './cause-ids';
import type { Cause } from './types';

/** The whole knowledge base, one file per family under causes/. */
export const CAUSES: readonly Cause[] = [
  ...dockerNotRunningOrMisconfigured,
  ...wrongRegistryNameOrNotFound,
  ...dnsResolutionFailure,
  ...invalidCredentials,
  ...expiredCredentials,
  ...adminUserDisabled,
  ...missingRoleAssignment,
  ...abacRepositoryPermissionsMode,
  ...publicNetworkAccessDisabled,
  ...firewallIpNotAllowed,
  ...privateEndpointOrPrivateDns,
  ...staleDockerCredentials,
  ...wrongTenantOrSubscription,
  ...azCliNotLoggedInOrTokenExpired,
  ...aksAcrNotAttached,
  ...imageOrTagNotFound,
  ...throttledTooManyRequests,
  ...tlsOrProxyInterception,
  ...clientFirewallBlocksEndpoints,
  ...tokenScopeMapInsufficient,
  ...servicePrincipalNotRegistered,
  ...credentialsNotConfigured,
  ...other,
];

const BY_ID: ReadonlyMap<CauseId, Cause> = new Map(CAUSES.map((c) => [c.id, c]));

/** Looks a cause up by id; the knowledge test guarantees every CauseId has exactly one entry. */
export function causeById(id: CauseId): Cause {
  const cause = BY_ID.get(id);
  if (!cause) throw new Error(`unknown cause id ${id}`);
  return cause;
}

export { CAUSE_IDS, type CauseId } from './cause-ids';
export { CHECK_IDS, CHECK_TITLES, type CheckId, type CauseVerdict } from './checks';
export { FAMILY_IDS, FAMILY_TITLES, type FamilyId } from './families';
export {
  LANGS,
  fill,
  langFromLocale,
  type FillValues,
  type Lang,
  type Placeholders,
  type Text,
} from './text';
export type {
  Cause,
  CauseScope,
  Clue,
  DocLink,
  FixStep,
  Placeholder,
  Prevalence,
  Rule,
  RuleRole,
} from './types';
export { PLACEHOLDERS } from './types';
export * from './vocabulary';
export { CHECK_HEALTH_CODE_INFO, type CheckHealthCodeInfo } from './checkhealth-codes';
export { isValidRegistryName, REGISTRY_NAME } from './registry-naming';
