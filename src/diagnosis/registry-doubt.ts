import { causeById, type CauseId, type Placeholder } from '../knowledge';
import { filledFix } from './fill-command';
import { SCORING } from './score';
import type { RegistryTie } from './registry-tie';
import type { RankedCause } from './types';

const ANOTHER_REGISTRY: CauseId = 'non-acr-registry';

/**
 * What an ACR answer holds back when its paste does not name the registry as an ACR (registry-tie.ts): the ACR
 * causes were held to SCORING.unnamedRegistry of their weight (a registry in the story, nobody saying whose) or to
 * SCORING.caps.noRegistry (nothing about a registry at all), because the same words come from Docker Hub, a
 * company's Harbor, GitLab's registry or another program. The share held back is the one alternative the words
 * cannot rule out, so it is said out loud as a candidate: "the registry is not an ACR", with its question (is the
 * host <name>.azurecr.io?) and its fixes (the full image reference; the other registry's own sign-in).
 */
export function doubtShare(tie: RegistryTie): number {
  if (tie === 'unnamed') return 1 - SCORING.unnamedRegistry;
  if (tie === 'none') return 1 - SCORING.caps.noRegistry;
  return 0;
}

/**
 * The causes with that candidate placed by its share, but never before the first nor among the causes the paste is
 * undecided between (ambiguity.ts): the answer stays the paste's (its verdict, its first cause and that cause's
 * confidence, the candidates it names); the doubt only joins the ones a user reads next and never outweighs one of
 * them. Its share is also bounded by what the causes leave of a whole. Nothing is added when the tie names an ACR,
 * when another cause already says the failure is elsewhere (family `other`), or when there is no answer to doubt.
 */
export function withRegistryDoubt(
  causes: readonly RankedCause[],
  tie: RegistryTie,
  undecided: readonly CauseId[],
  values: Partial<Record<Placeholder, string>>,
  limit: number,
): readonly RankedCause[] {
  const first = causes[0];
  if (first === undefined || causes.some((c) => c.family === 'other')) return causes;
  let at = 1;
  while (at < causes.length && undecided.includes((causes[at] as RankedCause).id)) at++;
  const weakestUndecided = (causes[at - 1] as RankedCause).confidence;
  const left = 1 - causes.reduce((sum, c) => sum + c.confidence, 0);
  const confidence = Math.floor(Math.min(doubtShare(tie), weakestUndecided, left) * 1000) / 1000;
  if (confidence <= 0) return causes;
  while (at < causes.length && (causes[at] as RankedCause).confidence >= confidence) at++;
  const cause = causeById(ANOTHER_REGISTRY);
  const doubt: RankedCause = {
    id: cause.id,
    family: cause.family,
    scope: cause.scope,
    confidence,
    basis: 'shared',
    evidence: [],
    counterEvidence: [],
    fix: filledFix(cause.fix, values),
    checks: cause.checks,
  };
  return [...causes.slice(0, at), doubt, ...causes.slice(at)].slice(0, limit);
}
