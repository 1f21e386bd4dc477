import type { Fact } from '../knowledge';
import type { RankedCause, Verdict } from './types';

/**
 * Whether the registry is what failed. The leading cause says what went wrong; the verdict says whether that is an
 * ACR problem. Three things make it "not ACR" while the cause stays what the rules found:
 *
 * - the cause is a look-alike (scope `not-acr`: another registry, a tool, a transient fault);
 * - Entra ID refused a sign-in (an AADSTS code) and nothing in the paste is about a registry at all (fact
 *   `registry-absent`): `azure/login` with an expired secret, a storage driver's token, a federated credential of a
 *   deployment. The sign-in cause and its fix are still shown — the secret did expire — but no registry came into
 *   it. (Only a sign-in: a registry's own refusals are too varied and too short — "Password required", "unexpected
 *   status code 403" — for the absence of registry words to say that no registry was asked.)
 * - the only names that did not resolve are Azure's control plane or Entra ID (`unresolved:azure-endpoint`) and the
 *   cause reads a name resolution failure: the client's DNS failed before any registry was looked up.
 */
const RESOLUTION_FAMILIES: readonly string[] = [
  'dns-resolution-failure',
  'wrong-registry-name-or-not-found',
  'private-endpoint-or-private-dns',
];

export function verdictOf(causes: readonly RankedCause[], facts: readonly Fact[]): Verdict {
  const top = causes[0];
  if (!top) return 'unknown';
  if (top.scope === 'not-acr') return 'not-acr';
  if (facts.includes('registry-absent') && facts.some((f) => f.startsWith('aadsts:'))) return 'not-acr';
  if (facts.includes('unresolved:azure-endpoint') && RESOLUTION_FAMILIES.includes(top.family))
    return 'not-acr';
  return 'acr';
}
