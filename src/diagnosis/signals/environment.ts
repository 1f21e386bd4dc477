import type { Fact } from '../../knowledge';
import type { LineIndex } from '../line-index';
import { saysWord } from './words';

/**
 * Phrases that place the paste on an AKS cluster: its node and pool names, its CLI, its checker, and the service's
 * name as people write it ("AKS can't pull from ACR", "Azure Kubernetes Service").
 */
const AKS_PHRASES = [
  'aks-nodepool',
  'aks-agentpool',
  'aks-default',
  'aks-system',
  'az aks',
  'check-acr',
  'canipull',
  '.azmk8s.io',
  'kubeletidentity',
  'agentpool',
  'azure kubernetes service',
];

/** The short name, as a word of its own (not inside "breaks" or "leaks"). */
const AKS_WORD = 'aks';

/** The registry's words for its 401, quoted without the code ("we get 'authentication required' pulling from ACR"). */
const AUTHENTICATION_REQUIRED = 'authentication required';

export const AKS_KEYWORDS = [...AKS_PHRASES, AKS_WORD, AUTHENTICATION_REQUIRED];

/** 0-based line of the first AKS phrase, if any. */
export function findAks(index: LineIndex): number | undefined {
  const phrase = index.linesWithAny(AKS_PHRASES)[0];
  const word = index.linesWith(AKS_WORD).find((i) => saysWord(index.lower(i), AKS_WORD));
  return phrase === undefined ? word : word === undefined ? phrase : Math.min(phrase, word);
}

/** A 401 as the facts read it: an HTTP status, the registry's UNAUTHORIZED, the token exchange's status. */
const REFUSED_401: readonly Fact[] = ['http:401', 'oci:UNAUTHORIZED', 'token-status:401'];
/** The words of the kubelet's and containerd's own pull failures: the rules read those lines already. */
const KUBELET_MESSAGE = [
  'failed to pull image',
  'rpc error',
  'failed to resolve reference',
  'failed to authorize',
  'failed to fetch anonymous token',
  'failed to fetch oauth token',
  'unexpected status from',
  'error getting credentials',
];

/**
 * For a paste about AKS: the 0-based line of a credential refused on the cluster, told by a person rather than in the
 * kubelet's or containerd's own message, and not on a push, a sign-in or `az aks check-acr` (fact `aks-refused`: the
 * kubelet's pull, aks-kubelet-identity-…). Undefined when there is none.
 */
export function findAksRefusal(index: LineIndex, facts: ReadonlyMap<Fact, number>): number | undefined {
  if (facts.has('op:push') || facts.has('fails:login') || facts.has('tool:aks-check-acr')) return undefined;
  const line =
    REFUSED_401.map((f) => facts.get(f)).find((l) => l !== undefined) ??
    index.linesWith(AUTHENTICATION_REQUIRED)[0];
  if (line === undefined) return undefined;
  const lower = index.lower(line);
  return KUBELET_MESSAGE.some((w) => lower.includes(w)) ? undefined : line;
}
