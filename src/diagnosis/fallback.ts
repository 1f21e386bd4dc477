import {
  ACR_REGISTRY_FACTS,
  AZURE_PULLING_TOOL_FACTS,
  FALLBACK_KEYWORDS,
  FALLBACK_SIGNALS,
  type CauseId,
  type Fact,
  type FallbackSignal,
} from '../knowledge';
import type { CompiledCause, CompiledRule } from './compiled-rules';
import { onDemandIndex, type LineIndex } from './line-index';
import type { ScoredCause } from './score';
import { hasNonAscii } from './terminal-noise';

/**
 * The structural fallback: a paste about an ACR registry that shows a failure no rule explains gets the causes
 * such a failure can mean (knowledge/fallbacks.ts), ranked by their stated priors, flagged ambiguous, each at the
 * share of real pastes with that signal its family had (low by construction: the signals are generic).
 * Never "no cause" for an ACR paste with an error in it, and never a confident answer from a guess.
 */
export const FALLBACK = {
  /** No fallback candidate is shown above this, whatever share its family had. */
  cap: 0.35,
  /** Added to a signal's `seen` pastes: a share measured on a handful of pastes is shrunk towards zero. */
  shrink: 2,
} as const;

/** The facts mean another registry failed, not the user's ACR. */
const ELSEWHERE: readonly Fact[] = ['registry-elsewhere', 'host:no-acr'];

/**
 * A registry's own refusal (its distribution error code) places a paste at ACR even where nothing names any registry
 * ("I get 'unauthorized' when pushing"): asked in a channel about ACR, most often of the user's ACR. The fallback's
 * candidates stay ambiguous and low, and the bot never answers them unasked. (Not a failed pull or push alone: `git
 * push` fails too.)
 */
const REGISTRY_REFUSALS: readonly Fact[] = ['oci:UNAUTHORIZED', 'oci:DENIED'];
/**
 * A bare 401 or 403 is anyone's; reported by an Azure service pulling for the user with no registry named ("the
 * container app's revision failed with 401") it is most often their ACR's: another registry would have been named by
 * its host (the ELSEWHERE facts).
 */
const REFUSAL_STATUSES: readonly Fact[] = ['http:401', 'http:403'];

export function placesAtAcr(facts: ReadonlyMap<Fact, number>): boolean {
  if (ELSEWHERE.some((f) => facts.has(f))) return false;
  for (const f of facts.keys())
    if (ACR_REGISTRY_FACTS.includes(f) || f.startsWith('code:') || f.startsWith('token-status:')) return true;
  if (REGISTRY_REFUSALS.some((f) => facts.has(f))) return true;
  return AZURE_PULLING_TOOL_FACTS.some((f) => facts.has(f)) && REFUSAL_STATUSES.some((f) => facts.has(f));
}

/**
 * The fallback's words get a scanner of their own, run only when no rule matched: generic words such as "error"
 * and "failed" fill large logs, and indexing them on every paste would slow the common path for a rare one.
 */
const fallbackIndex = onDemandIndex(FALLBACK_KEYWORDS);

export interface FallbackHit {
  readonly signal: FallbackSignal;
  /** 0-based line that shows the signal. */
  readonly line: number;
}

/** The 0-based lines holding any of `words` (each with a character outside ASCII), among `candidates`. */
function linesWithOtherLanguage(
  index: LineIndex,
  candidates: readonly number[],
  words: readonly string[],
): number[] {
  return candidates.filter((i) => {
    const lower = index.lower(i);
    return words.some((w) => lower.includes(w));
  });
}

/** Whether the paste shows a failure at all, and where: the first fallback signal it shows (see findFallbackSignal). */
export function showsFailure(lines: readonly string[], facts: ReadonlyMap<Fact, number>): FallbackHit | null {
  return findFallbackSignal(fallbackIndex(lines), facts);
}

/** The first signal (in the knowledge base's order) the paste shows, and the last line that shows it. */
export function findFallbackSignal(index: LineIndex, facts: ReadonlyMap<Fact, number>): FallbackHit | null {
  // Lines with a character outside ASCII are where another language's words can be: found once, on demand.
  let nonAscii: number[] | null = null;
  for (const signal of FALLBACK_SIGNALS) {
    nonAscii ??= index.lines.flatMap((line, i) => (hasNonAscii(line) ? [i] : []));
    const english = index.linesWithAny(signal.words);
    const other = nonAscii.length > 0 ? linesWithOtherLanguage(index, nonAscii, signal.otherLanguages) : [];
    const lines = other.length === 0 ? english : [...new Set([...english, ...other])].sort((a, b) => a - b);
    const factLine = signal.facts.map((f) => facts.get(f)).find((l) => l !== undefined);
    // The last line with the words: logs end with the error that stopped them.
    const line = factLine ?? lines[lines.length - 1];
    if (line !== undefined) return { signal, line };
  }
  return null;
}

/** The rule a fallback candidate shows as its evidence: the failure's line. */
export function fallbackRule(hit: FallbackHit): CompiledRule {
  const key = hit.signal.words[0] ?? hit.signal.id;
  // Weight 0 and shared: it orders nothing and counts as no independent evidence; a generic failure is no ACR string.
  return {
    role: 'anchor',
    weight: 0,
    shared: true,
    acrOwn: false,
    clue: { kind: 'words', keys: [key], words: [[key]] },
  };
}

/** A last stage's answer: its one not-ACR cause at the stage's measured share, the failure's line its evidence. */
export function lastStageAnswer(
  compiled: readonly CompiledCause[],
  id: CauseId,
  hit: FallbackHit | null,
  confidence: number,
): { readonly hit: FallbackHit | null; readonly ranked: ScoredCause[] } {
  const cause = compiled.find((c) => c.cause.id === id);
  if (!hit || !cause) return { hit: null, ranked: [] };
  return {
    hit,
    ranked: [
      {
        matches: { compiled: cause, matches: [{ rule: fallbackRule(hit), lines: [hit.line] }] },
        score: 0,
        confidence,
        independent: 0,
        prior: confidence,
      },
    ],
  };
}

/**
 * The paste asks the registry for no existing image: its failing operation is a sign-in (or a sign-in is all it
 * shows), or a push with no pull or build beside it. Whatever was refused or "not found" was then not a missing
 * image: a sign-in reads none (field20 20F004: "ACR login fail", "uitgoregistry not found") and a push writes the
 * image it would lack ("I get unauthorized when I push to ACR"). A build may still fail to find its base image.
 */
function readsNoImage(facts: ReadonlyMap<Fact, number>): boolean {
  if (facts.has('fails:login')) return true;
  if (facts.has('op:pull') || facts.has('op:build')) return false;
  return facts.has('op:login') || facts.has('op:push');
}

/**
 * The fallback candidates for a paste no rule matched, best first, or none when the paste is not placed at ACR
 * or shows no failure.
 */
export function fallbackCauses(
  compiled: readonly CompiledCause[],
  lines: readonly string[],
  facts: ReadonlyMap<Fact, number>,
): { readonly hit: FallbackHit | null; readonly ranked: ScoredCause[] } {
  if (!placesAtAcr(facts)) return { hit: null, ranked: [] };
  const hit = showsFailure(lines, facts);
  if (!hit) return { hit: null, ranked: [] };
  const rule = fallbackRule(hit);
  const byId = new Map<CauseId, CompiledCause>(compiled.map((c) => [c.cause.id, c]));
  const denominator = hit.signal.seen + FALLBACK.shrink;
  const noImageRead = readsNoImage(facts);
  return {
    hit,
    ranked: hit.signal.candidates
      .flatMap(({ cause: id, pastes }) => {
        const c = byId.get(id);
        if (!c) throw new Error(`fallback names unknown cause ${id}`);
        if (noImageRead && c.cause.family === 'image-or-tag-not-found') return [];
        return {
          matches: { compiled: c, matches: [{ rule, lines: [hit.line] }] },
          score: 0,
          confidence: Math.min(FALLBACK.cap, pastes / denominator),
          independent: 0,
          prior: pastes / denominator,
        };
      })
      .sort((a, b) => b.prior - a.prior),
  };
}
