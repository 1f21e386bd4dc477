import type { Fact } from '../knowledge';
import type { NotAcrReason, RankedCause, Verdict } from './types';

/**
 * Whether the registry is what failed. The leading cause says what went wrong; the verdict says whether that is an
 * ACR problem. Six things make it "not ACR" while the cause stays what the rules found (the reason is kept, so that
 * the card and the CLI can say which):
 *
 * - `look-alike`: the cause is a look-alike (scope `not-acr`: another registry, a tool, a transient fault);
 * - `no-registry`: Entra ID refused a sign-in (an AADSTS code) and nothing in the paste is about a registry at all
 *   (fact `registry-absent`): `azure/login` with an expired secret, a storage driver's token, a federated credential
 *   of a deployment. The sign-in cause and its fix are still shown — the secret did expire — but no registry came
 *   into it. (Only a sign-in: a registry's own refusals are too varied and too short — "Password required",
 *   "unexpected status code 403" — for the absence of registry words to say that no registry was asked.)
 * - `no-registry` too: the only names that did not resolve are Azure's control plane or Entra ID
 *   (`unresolved:azure-endpoint`) and the cause reads a name resolution failure: the client's DNS failed before any
 *   registry was looked up.
 * - `no-registry` too: nothing in the paste is about a registry (`registry-absent`) and the cause reads a name that
 *   did not resolve or a resource not found: what was not found is then not a registry's name (a database host,
 *   Resource Manager's bare `ResourceNotFound`). On the first looks of field8–field53 such ACR answers were never
 *   right: 5 look-alikes and one proxy timeout read as a private endpoint. (Not the other network causes: a
 *   proxy's certificate or a firewall's 403 without a registry named was as often a registry's as anything else's
 *   in the pastes the rules were written from.)
 * - `no-registry` too: nothing in the paste is about a registry and the refusal is of creating a role assignment
 *   (`arm-action:role-grant`): the deployment's identity may not grant roles (it needs User Access Administrator or
 *   Owner), whatever role it was granting. The cause and its fix stay; the registry is not what refused. On the first
 *   looks such ACR answers were never right (five look-alikes in field43, 47, 53 and 55); where the scope names a
 *   registry the answer stays ACR's.
 * - `other-registry`: the registry that failed is recognisably someone else's (fact `registry-elsewhere`: registry
 *   hosts appear, by name or by structure, none is ACR and nothing ties the paste to ACR), and no string only ACR
 *   prints is in it (see speaksAsAcr). Whatever broke — a proxy's certificate, a missing tag, a daemon — it broke on
 *   Docker Hub, MCR or a private registry, not on the user's ACR; the cause and its fix still apply and are shown.
 */
const RESOLUTION_FAMILIES: readonly string[] = [
  'dns-resolution-failure',
  'wrong-registry-name-or-not-found',
  'private-endpoint-or-private-dns',
];

/**
 * With no registry in the paste, what the first cause read belongs to something else: a name that did not resolve or
 * a resource not found (not a registry's name), or a role grant refused to the deployment (its own right to grant).
 */
function readsAnotherResource(top: RankedCause, facts: readonly Fact[]): boolean {
  if (RESOLUTION_FAMILIES.includes(top.family)) return true;
  return top.family === 'missing-role-assignment' && facts.includes('arm-action:role-grant');
}

/**
 * Whether a cause's evidence holds a string only ACR prints (RankedCause.basis `acr-own`, from the knowledge base's
 * acrAnchor marks): ACR's wording of a missing tag, the ACR Tasks runner's checks, a Pipelines task's ACR input.
 * Such a paste is about an ACR even when the host it names is not ACR's: a vendor's registry on ACR under its own
 * domain answers in ACR's words. Not MCR: it runs on ACR and prints its words, but is never the reader's registry.
 */
export function speaksAsAcr(
  causes: readonly Pick<RankedCause, 'scope' | 'family' | 'basis'>[],
  facts: readonly Fact[],
): boolean {
  if (facts.includes('host:mcr')) return false;
  return causes.some((c) => c.scope !== 'not-acr' && c.family !== 'other' && c.basis === 'acr-own');
}

/**
 * Entra ID refused a sign-in (an AADSTS code) and nothing in the paste is about a registry: the first no-registry
 * ground (see verdictOf's notes above).
 */
export function signInWithoutRegistry(facts: readonly Fact[]): boolean {
  return facts.includes('registry-absent') && facts.some((f) => f.startsWith('aadsts:'));
}

/** Why the verdict is "not ACR"; undefined when it is not (or when there is no cause at all). */
function notAcrReason(causes: readonly RankedCause[], facts: readonly Fact[]): NotAcrReason | undefined {
  const top = causes[0];
  if (!top) return undefined;
  if (top.scope === 'not-acr') return 'look-alike';
  if (signInWithoutRegistry(facts)) return 'no-registry';
  if (facts.includes('unresolved:azure-endpoint') && RESOLUTION_FAMILIES.includes(top.family))
    return 'no-registry';
  if (facts.includes('registry-elsewhere') && !speaksAsAcr(causes, facts)) return 'other-registry';
  if (facts.includes('registry-absent') && readsAnotherResource(top, facts) && !speaksAsAcr(causes, facts))
    return 'no-registry';
  return undefined;
}

/** The verdict, and with a "not ACR" one the reason for it (see Diagnosis.notAcrReason). */
export function verdictOf(
  causes: readonly RankedCause[],
  facts: readonly Fact[],
): { readonly verdict: Verdict; readonly notAcrReason?: NotAcrReason } {
  if (causes.length === 0) return { verdict: 'unknown' };
  const reason = notAcrReason(causes, facts);
  return reason === undefined ? { verdict: 'acr' } : { verdict: 'not-acr', notAcrReason: reason };
}
