import {
  REGISTRY_WORLD_KEYWORDS,
  REGISTRY_WORLD_OTHER_LANGUAGES,
  type CauseId,
  type Fact,
  type FallbackSignalId,
} from '../knowledge';
import type { CompiledCause } from './compiled-rules';
import { lastStageAnswer, showsFailure, type FallbackHit } from './fallback';
import { onDemandIndex } from './line-index';
import { hasNonAscii } from './terminal-noise';

/** The cause this stage names; it has no rules of its own (knowledge: `fallbackOnly`). */
export const OUTSIDE_REGISTRY_CAUSE: CauseId = 'failure-outside-registry';

/**
 * The last fallback: a paste that shows a failure, names no registry and holds no word of the world a registry
 * failure lives in (knowledge/registry-world.ts) is most likely another program's failure. Said "not an ACR problem"
 * at the share of such pastes that were not ACR problems, with the failure's line as its only evidence, rather than
 * "no known error": the person learns that the bot read it and why it has no registry cause to offer.
 *
 * Measured on the first looks (each corpus scored before any rule was written for it). Of the 168 pastes
 * field8–field50 got no cause for, 18 passed the first gate (no word of containers at all), 15 look-alikes; on the
 * three corpora after it (field51–53) it fired 6 times, right 6 times. The gate now lets a container's or a build's
 * own words through (a Dockerfile step, a crash-looping pod, `docker logs`, a Container Apps revision that failed at
 * start): of the 199 no-cause first looks of field8–field55, 32 pass it, 28 look-alikes and 4 ACR problems told in
 * words of neither world ("Encountered internal server error", a deployment's bare `Conflict`, "timeout in fetching
 * secrets", the docker client missing from a WSL distro): .88, shrunk to .7 for the handful it rests on; on field54
 * and field55, scored after the change, it answered 2 pastes, both right. `npm run bench:accuracy -- --outside`
 * prints the count on the committed records.
 */
export const OUTSIDE_REGISTRY = {
  confidence: 0.7,
} as const;

/**
 * The failure signals the stage reads: a generic failure and a missing thing. Not a name that did not resolve, a
 * connection that timed out or a certificate refused: a registry's network rules reach people in just such words
 * ("the nightly job keeps timing out", "deployment aborted: name does not resolve") as often as anything else does,
 * and those stay without a cause.
 */
const OUTSIDE_SIGNALS: readonly FallbackSignalId[] = ['failed', 'not-found'];

const registryWorldIndex = onDemandIndex(REGISTRY_WORLD_KEYWORDS);

/** Whether any line holds a word of a registry's world, in English or (on lines outside ASCII) another language. */
export function inRegistryWorld(lines: readonly string[]): boolean {
  if (registryWorldIndex(lines).linesWithAny(REGISTRY_WORLD_KEYWORDS).length > 0) return true;
  return lines.some((line) => {
    if (!hasNonAscii(line)) return false;
    const lower = line.toLowerCase();
    return REGISTRY_WORLD_OTHER_LANGUAGES.some((w) => lower.includes(w));
  });
}

/**
 * What the last stages read of a paste, each read at most once however many stages ask (both scan every line): the
 * failure it shows, and whether it holds a word of a registry's world.
 */
export interface FailureReading {
  readonly failure: () => FallbackHit | null;
  readonly inWorld: () => boolean;
}

export function readFailure(lines: readonly string[], facts: ReadonlyMap<Fact, number>): FailureReading {
  let failure: FallbackHit | null | undefined;
  let inWorld: boolean | undefined;
  return {
    failure: () => (failure === undefined ? (failure = showsFailure(lines, facts)) : failure),
    inWorld: () => (inWorld ??= inRegistryWorld(lines)),
  };
}

/** The failure that stands outside the registry's world, or null when the paste is not such a failure. */
export function failureOutsideRegistry(
  lines: readonly string[],
  facts: ReadonlyMap<Fact, number>,
  read: FailureReading = readFailure(lines, facts),
): FallbackHit | null {
  if (!facts.has('registry-absent')) return null;
  const hit = read.failure();
  if (!hit || !OUTSIDE_SIGNALS.includes(hit.signal.id) || read.inWorld()) return null;
  return hit;
}

/** The stage's one candidate for a paste nothing else explained, or none. */
export function outsideRegistryCauses(
  compiled: readonly CompiledCause[],
  lines: readonly string[],
  facts: ReadonlyMap<Fact, number>,
  read: FailureReading = readFailure(lines, facts),
): ReturnType<typeof lastStageAnswer> {
  return lastStageAnswer(
    compiled,
    OUTSIDE_REGISTRY_CAUSE,
    failureOutsideRegistry(lines, facts, read),
    OUTSIDE_REGISTRY.confidence,
  );
}
