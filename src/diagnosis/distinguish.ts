import { causeById, type CheckId } from '../knowledge';
import type { Distinguisher, RankedCause } from './types';

/** Below this, the runner-up is too unlikely to be worth a question. */
const CLOSE_RATIO = 0.25;

/** When the two leading candidates are close, what would tell them apart: the checks and the question. */
export function distinguish(causes: readonly RankedCause[]): Distinguisher | null {
  const [first, second] = causes;
  if (!first || !second || second.confidence < first.confidence * CLOSE_RATIO) return null;
  const a = new Set<CheckId>(first.checks);
  const b = new Set<CheckId>(second.checks);
  // Checks that look at only one of the two settle it fastest; shared ones come after.
  const only = [...first.checks.filter((c) => !b.has(c)), ...second.checks.filter((c) => !a.has(c))];
  const shared = first.checks.filter((c) => b.has(c));
  return {
    between: [first.id, second.id],
    checks: [...new Set([...only, ...shared])].slice(0, 4),
    question: causeById(first.id).ask,
  };
}
