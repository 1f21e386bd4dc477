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

export const AKS_KEYWORDS = [...AKS_PHRASES, AKS_WORD];

/** 0-based line of the first AKS phrase, if any. */
export function findAks(index: LineIndex): number | undefined {
  const phrase = index.linesWithAny(AKS_PHRASES)[0];
  const word = index.linesWith(AKS_WORD).find((i) => saysWord(index.lower(i), AKS_WORD));
  return phrase === undefined ? word : word === undefined ? phrase : Math.min(phrase, word);
}
