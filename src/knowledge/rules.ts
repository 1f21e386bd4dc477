import type { Clue, Rule } from './types';
import type { Fact } from './vocabulary';

/**
 * Small constructors that keep the cause files readable:
 *   anchor(['denied: client with IP'], 6)      every word on one line, case-insensitive
 *   anchor(/response code: 40[13]/i, 4)        a linear pattern
 *   context('tool:kubelet', 2)                 a fact the engine derived
 */
type ClueInput = readonly string[] | RegExp | Fact;

function clueOf(input: ClueInput): Clue {
  if (input instanceof RegExp) return { pattern: input };
  if (typeof input === 'string') return { fact: input };
  return { words: input };
}

export const anchor = (clue: ClueInput, weight: number): Rule => ({
  role: 'anchor',
  clue: clueOf(clue),
  weight,
});
/** An anchor whose string only ACR or its own tooling prints (Rule.acrOwn): mark only what no other registry says. */
export const acrAnchor = (clue: ClueInput, weight: number): Rule => ({
  role: 'anchor',
  clue: clueOf(clue),
  weight,
  acrOwn: true,
});
/** An anchor on a fact read from words several families share (Rule.sharedWords): as weak as those words. */
export const sharedWordsAnchor = (fact: Fact, weight: number): Rule => ({
  role: 'anchor',
  clue: { fact },
  weight,
  sharedWords: true,
});
export const context = (clue: ClueInput, weight: number): Rule => ({
  role: 'context',
  clue: clueOf(clue),
  weight,
});
export const against = (clue: ClueInput, weight: number): Rule => ({
  role: 'against',
  clue: clueOf(clue),
  weight,
});

/**
 * Counter-rules for a cause outside the registry (a package server, another Azure service): a registry's own refusal
 * in the same paste (a 401 or 403, a token exchange's 401, its distribution codes, its firewall's words) is what
 * stopped the run, whatever else failed beside it.
 */
export const againstRegistryRefusals = (weight: number): Rule[] => [
  against('http:401', weight),
  against('http:403', weight),
  against('token-status:401', weight),
  against('oci:UNAUTHORIZED', weight),
  against('oci:DENIED', weight),
  against('oci:MANIFEST_UNKNOWN', weight),
  against('oci:NAME_UNKNOWN', weight),
  against(['client with IP'], weight),
];

/**
 * The tools' words for a registry that gave no answer at all, weighted alike: az acr's "Could not connect to the
 * registry login server" and the .NET SDK's "Unable to communicate with the registry" (CONTAINER1017). Each cause a
 * silent registry may mean gives both one weight.
 */
export const registryGaveNoAnswer = (weight: number): Rule[] => [
  anchor(['Could not connect to the registry login server'], weight),
  anchor(['Unable to communicate with the registry'], weight),
];
