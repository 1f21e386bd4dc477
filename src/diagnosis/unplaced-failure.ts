import {
  AZURE_PULLING_TOOL_FACTS,
  REGISTRY_RULE_KEYWORDS,
  type CauseId,
  type Fact,
  type FallbackSignalId,
} from '../knowledge';
import type { CompiledCause } from './compiled-rules';
import { lastStageAnswer, placesAtAcr, type FallbackHit } from './fallback';
import { onDemandIndex } from './line-index';
import { readFailure, type FailureReading } from './outside-registry';

/** The cause this stage names; it has no rules of its own (knowledge: `fallbackOnly`). */
export const UNPLACED_FAILURE_CAUSE: CauseId = 'failure-not-tied-to-acr';

/**
 * The stage after the outside-registry one: a failure told in the words of images, registries or sign-ins that
 * nothing places at an ACR (no login server, no ACR wording or code, no Azure service pulling for the user) and no
 * rule explains. Said "not an ACR problem" at the share of such pastes that were not, with the failure's line as its
 * only evidence, rather than "no known error": the person learns what would tie it to their registry.
 *
 * Measured on the first looks (each corpus scored before any rule was written for it), field8–field79: of the 247
 * pastes that got no cause, 70 pass the gate, 55 of them look-alikes (.79; `npm run bench:accuracy -- --outside`);
 * on the corpora collected mostly from ACR threads (field8–field40) 16 of 28, on field41–field79 39 of 42. Shown at
 * .7. What the gate leaves out, counted over the same pastes: "unauthorized" (7 look-alikes of 15) and "not found"
 * (5 of 10) are as often the user's ACR as not; an Azure service pulling for the user or a Container App's revision
 * that timed out was ACR's in 8 of 11. A name that did not resolve or a timeout stays without a cause, as in the
 * outside-registry stage: a registry's network rules reach people in just such words.
 */
export const UNPLACED_FAILURE = {
  confidence: 0.7,
} as const;

/** A generic failure, and a refusal of the machine's own: not "unauthorized", "not found" or the network's. */
const UNPLACED_SIGNALS: readonly FallbackSignalId[] = ['failed', 'forbidden'];

/** An Azure service pulling for the user, or a Container App's revision that timed out: most often its ACR's. */
const AZURE_PULL_FACTS: readonly Fact[] = [...AZURE_PULLING_TOOL_FACTS, 'revision-timed-out'];

const ruleWordsIndex = onDemandIndex(REGISTRY_RULE_KEYWORDS);

/** The failure nothing ties to an ACR, or null when the paste is not such a failure. */
export function failureNotTiedToAcr(
  lines: readonly string[],
  facts: ReadonlyMap<Fact, number>,
  read: FailureReading = readFailure(lines, facts),
): FallbackHit | null {
  if (placesAtAcr(facts) || AZURE_PULL_FACTS.some((f) => facts.has(f))) return null;
  const hit = read.failure();
  if (!hit || !UNPLACED_SIGNALS.includes(hit.signal.id) || !read.inWorld()) return null;
  if (ruleWordsIndex(lines).linesWithAny(REGISTRY_RULE_KEYWORDS).length > 0) return null;
  return hit;
}

/** The stage's one candidate for a paste nothing else explained, or none. */
export function unplacedFailureCauses(
  compiled: readonly CompiledCause[],
  lines: readonly string[],
  facts: ReadonlyMap<Fact, number>,
  read: FailureReading = readFailure(lines, facts),
): ReturnType<typeof lastStageAnswer> {
  return lastStageAnswer(
    compiled,
    UNPLACED_FAILURE_CAUSE,
    failureNotTiedToAcr(lines, facts, read),
    UNPLACED_FAILURE.confidence,
  );
}
