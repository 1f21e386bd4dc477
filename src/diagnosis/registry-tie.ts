import type { Fact } from '../knowledge';
import { SCORING } from './score';
import type { RankedCause } from './types';
import { speaksAsAcr } from './verdict';

/**
 * How firmly a paste places its failure in an Azure container registry, which bounds how sure any ACR cause of it can
 * be: a cause is right only if the failing registry is an ACR at all.
 *
 * - `acr`: the paste names one (a login server, "ACR", `az acr`, the resource type, a check-health code, a registry
 *   named beside the paste), or a cause's evidence holds a string only ACR prints (speaksAsAcr);
 * - `unnamed`: a registry is in the story (its protocol, a pull or a login, a credential helper) but nothing says
 *   whose: the same words come from Docker Hub, a company's Harbor or a local credential store;
 * - `none`: nothing in the paste is about a registry (fact `registry-absent`).
 */
export type RegistryTie = 'acr' | 'unnamed' | 'none';

/**
 * Facts that name the user's ACR: a login server in any form, the product named, an `az acr` or check-health error
 * code. Narrower than the knowledge base's ACR_REGISTRY_FACTS on purpose: an ACR Tasks runner's or `check-acr`'s
 * words with nothing else named are ACR's, but the factor was fitted with them counted as unnamed, and counting them
 * named raises a wrong answer (7f007) from .72 to .9.
 */
const ACR_FACT_KINDS = ['host:acr', 'acr-named', 'code:'] as const;

export function registryTie(
  causes: readonly Pick<RankedCause, 'scope' | 'family' | 'basis'>[],
  facts: readonly Fact[],
  registry: string | null,
): RegistryTie {
  if (facts.includes('registry-absent')) return 'none';
  if (registry !== null || facts.some((f) => ACR_FACT_KINDS.some((k) => f.startsWith(k)))) return 'acr';
  return speaksAsAcr(causes, facts) ? 'acr' : 'unnamed';
}

/**
 * An ACR cause's confidence as the tie allows it: with no registry in the paste, at most SCORING.caps.noRegistry; with
 * a registry nobody named, SCORING.unnamedRegistry of it. Both were read from the first looks (see their notes).
 */
export function heldToTie(confidence: number, tie: RegistryTie): number {
  if (tie === 'none') return Math.min(confidence, SCORING.caps.noRegistry);
  if (tie === 'unnamed') return confidence * SCORING.unnamedRegistry;
  return confidence;
}
