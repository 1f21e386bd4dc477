import type { FamilyId } from './families';

/**
 * Families that mean the registry refused the credential (or none was sent). A paste in which a layer was being
 * downloaded (fact `auth-proven`) shows the registry accepting the credential for that pull, so the engine
 * counts it against every cause of these families — typically a kubelet event listing several attempts, one of
 * which got as far as the layers.
 */
export const AUTH_FAMILIES: readonly FamilyId[] = [
  'invalid-credentials',
  'expired-credentials',
  'admin-user-disabled',
  'missing-role-assignment',
  'abac-repository-permissions-mode',
  'credentials-not-configured',
  'aks-acr-not-attached',
  'az-cli-not-logged-in-or-token-expired',
  'service-principal-not-registered',
  'wrong-tenant-or-subscription',
  'token-scope-map-insufficient',
  'stale-docker-credentials',
];

/** How much a downloaded layer counts against an authentication cause. */
export const AUTH_PROVEN_WEIGHT = 3;

/** How much a registry that never answered (fact `no-answer`) counts against an authentication cause. */
export const NO_ANSWER_WEIGHT = 3;
