import { causeById, type CauseId, type CheckId } from '../knowledge';
import type { ScoredCause } from './score';
import type { Ambiguity } from './types';

/**
 * When the paste cannot decide. Fitted with the confidence calibration (npm run bench:accuracy); what an undecided
 * paste may show is the scoring's (SCORING.caps.undecided, undecidedConfidence in score.ts).
 */
export const AMBIGUITY = {
  /** Causes of other families scoring within this much of the first are as likely as it. */
  margin: 1,
  /** When the first cause rests only on strings several families share, the margin widens this much. */
  sharedMargin: 3.5,
  maxCandidates: 4,
} as const;

/**
 * Whether the leading causes (best of each family, in rank order) are too close to call. When they are, the
 * result names them, the live checks that tell them apart and the question to ask.
 */
export function ambiguityOf(ranked: readonly ScoredCause[]): Ambiguity {
  const [first] = ranked;
  if (!first) return { ambiguous: false };
  const margin = first.independent === 0 ? AMBIGUITY.sharedMargin : AMBIGUITY.margin;
  const families = new Set<string>();
  const close: ScoredCause[] = [];
  for (const s of ranked) {
    const family = s.matches.compiled.cause.family;
    if (families.has(family)) continue;
    families.add(family);
    if (first.score - s.score <= margin) close.push(s);
    if (close.length >= AMBIGUITY.maxCandidates) break;
  }
  if (close.length < 2) return { ambiguous: false };
  const candidates: CauseId[] = close.map((s) => s.matches.compiled.cause.id);
  const checkSets = candidates.map((id) => new Set<CheckId>(causeById(id).checks));
  const all = [...new Set(checkSets.flatMap((set) => [...set]))];
  // A check that every candidate names cannot tell them apart; those that only some name come first.
  const telling = all.filter((c) => !checkSets.every((set) => set.has(c)));
  const common = all.filter((c) => checkSets.every((set) => set.has(c)));
  return {
    ambiguous: true,
    candidates,
    checks: [...telling, ...common].slice(0, 4),
    question: causeById(first.matches.compiled.cause.id).ask,
  };
}
