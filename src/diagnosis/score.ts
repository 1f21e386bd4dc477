import type { Prevalence } from '../knowledge';
import type { CauseMatches, RuleMatch } from './match-rules';

/** The tuning of the ranking, in one place. Measured by `npm run bench:accuracy` (top-1/top-3 and calibration). */
export const SCORING = {
  /** Each further distinct anchor adds this share of the one before it (0.5: a, a/2, a/4 …). */
  anchorDamping: 0.5,
  prevalence: { common: 0.6, occasional: 0.3, rare: 0 } satisfies Record<Prevalence, number>,
  /**
   * Softmax temperature over scores; higher spreads confidence over more candidates. With a "none" score of 2,
   * 1.5 gave the lowest expected calibration error (0.09) over the dev and both field corpora together
   * (150 real pastes): the mean top-1 confidence (0.76) sits just under the top-1 accuracy of answered pastes (0.80).
   */
  temperature: 1.5,
  /** The score of "none of these": a weak lone match should not look certain. */
  noneScore: 2,
} as const;

export interface ScoredCause {
  readonly matches: CauseMatches;
  readonly score: number;
  readonly confidence: number;
}

export function scoreOf(matches: readonly RuleMatch[], prevalence: Prevalence): number {
  const anchors = matches
    .filter((m) => m.rule.role === 'anchor')
    .map((m) => m.rule.weight)
    .sort((a, b) => b - a);
  let anchorScore = 0;
  let share = 1;
  for (const weight of anchors) {
    anchorScore += weight * share;
    share *= SCORING.anchorDamping;
  }
  let adjust = 0;
  for (const m of matches) {
    if (m.rule.role === 'context') adjust += m.rule.weight;
    else if (m.rule.role === 'against') adjust -= m.rule.weight;
  }
  return anchorScore + adjust + SCORING.prevalence[prevalence];
}

/** Scores every candidate and turns the scores into calibrated probabilities, best first. */
export function rank(candidates: readonly CauseMatches[]): ScoredCause[] {
  const scored = candidates
    .map((matches) => ({ matches, score: scoreOf(matches.matches, matches.compiled.cause.prevalence) }))
    .filter((s) => s.score > 0);
  const t = SCORING.temperature;
  const top = Math.max(SCORING.noneScore, ...scored.map((s) => s.score));
  const weights = scored.map((s) => Math.exp((s.score - top) / t));
  const total = weights.reduce((a, b) => a + b, Math.exp((SCORING.noneScore - top) / t));
  return scored
    .map((s, i) => ({ ...s, confidence: (weights[i] as number) / total }))
    .sort(
      (a, b) => b.score - a.score || a.matches.compiled.cause.id.localeCompare(b.matches.compiled.cause.id),
    );
}

/**
 * Orders the ranked causes so the first ones cover different families: the best cause of each family in
 * score order, then the remaining (finer) alternatives. A list of three variants of one family would hide
 * the second-most-likely family.
 */
export function diversify(ranked: readonly ScoredCause[]): ScoredCause[] {
  const seen = new Set<string>();
  const lead: ScoredCause[] = [];
  const rest: ScoredCause[] = [];
  for (const s of ranked) {
    const family = s.matches.compiled.cause.family;
    if (seen.has(family)) rest.push(s);
    else {
      seen.add(family);
      lead.push(s);
    }
  }
  return [...lead, ...rest];
}
