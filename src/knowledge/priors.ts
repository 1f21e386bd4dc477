import type { FamilyId } from './families';
import type { Prevalence } from './types';

/**
 * How often each family is behind a real paste: the labels of the 150 real pastes in test/fixtures/corpus
 * (dev, field, field2) counted with one added to every family, so that no family is impossible. The engine
 * uses the prior, never the spelling of an id, to order causes whose evidence scores the same.
 */
const FAMILY_COUNTS: Readonly<Record<FamilyId, number>> = {
  other: 49,
  'docker-not-running-or-misconfigured': 16,
  'image-or-tag-not-found': 12,
  'missing-role-assignment': 11,
  'wrong-registry-name-or-not-found': 8,
  'credentials-not-configured': 6,
  'expired-credentials': 5,
  'firewall-ip-not-allowed': 4,
  'aks-acr-not-attached': 4,
  'throttled-too-many-requests': 4,
  'invalid-credentials': 4,
  'admin-user-disabled': 4,
  'public-network-access-disabled': 3,
  'az-cli-not-logged-in-or-token-expired': 3,
  'wrong-tenant-or-subscription': 3,
  'client-firewall-blocks-endpoints': 3,
  'stale-docker-credentials': 2,
  'private-endpoint-or-private-dns': 2,
  'dns-resolution-failure': 2,
  'tls-or-proxy-interception': 2,
  'abac-repository-permissions-mode': 1,
  'token-scope-map-insufficient': 1,
  'service-principal-not-registered': 1,
};

const TOTAL = Object.values(FAMILY_COUNTS).reduce((a, n) => a + n + 1, 0);

/** Within a family, how a cause's stated prevalence divides the family's share. */
const PREVALENCE_SHARE: Readonly<Record<Prevalence, number>> = { common: 1, occasional: 0.4, rare: 0.15 };

/** The prior probability that a cause of this family and prevalence is behind a paste, 0..1. */
export function causePrior(family: FamilyId, prevalence: Prevalence): number {
  return ((FAMILY_COUNTS[family] + 1) / TOTAL) * PREVALENCE_SHARE[prevalence];
}
