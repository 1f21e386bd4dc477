import type { LineIndex } from '../line-index';

/** Phrases that only appear in text from an AKS cluster: its node and pool names, its CLI, its checker. */
export const AKS_KEYWORDS = [
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
];

/** 0-based line of the first AKS phrase, if any. */
export function findAks(index: LineIndex): number | undefined {
  return index.linesWithAny(AKS_KEYWORDS)[0];
}
