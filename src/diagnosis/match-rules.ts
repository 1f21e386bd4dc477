import type { Fact } from '../knowledge';
import type { CompiledCause, CompiledRule } from './compiled-rules';
import type { LineIndex } from './line-index';
import { MAX_EVIDENCE_LINES } from './limits';
import type { EvidenceBasis } from './types';

export interface RuleMatch {
  readonly rule: CompiledRule;
  /** 0-based lines that show the clue (at most MAX_EVIDENCE_LINES), empty for a fact without a line. */
  readonly lines: readonly number[];
}

export interface CauseMatches {
  readonly compiled: CompiledCause;
  readonly matches: readonly RuleMatch[];
}

/** Lines of `index` where a text clue holds, up to the evidence limit; null where it holds nowhere. */
function matchingLines(rule: CompiledRule, index: LineIndex): number[] | null {
  const clue = rule.clue;
  if (clue.kind === 'fact') return null;
  const candidates = index.linesWithAny(clue.keys);
  let found: number[] | null = null;
  // Indexed loops and no closures: this runs for a thousand rules per diagnosis.
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c] as number;
    if (
      !(clue.kind === 'words' ? hasEveryWord(index.lower(i), clue.words) : clue.pattern.test(index.line(i)))
    )
      continue;
    (found ??= []).push(i);
    if (found.length >= MAX_EVIDENCE_LINES) break;
  }
  return found;
}

function hasEveryWord(lower: string, words: ReadonlyArray<readonly string[]>): boolean {
  for (let w = 0; w < words.length; w++) {
    const spellings = words[w] as readonly string[];
    let found = false;
    for (let s = 0; s < spellings.length && !found; s++) found = lower.includes(spellings[s] as string);
    if (!found) return false;
  }
  return true;
}

function testRule(
  rule: CompiledRule,
  index: LineIndex,
  factLines: ReadonlyMap<Fact, number>,
): RuleMatch | null {
  if (rule.clue.kind === 'fact') {
    const line = factLines.get(rule.clue.fact);
    return line === undefined ? null : { rule, lines: [line] };
  }
  const lines = matchingLines(rule, index);
  return lines === null ? null : { rule, lines };
}

/**
 * Every cause with at least one matching anchor, with all of its rules that match (anchors first). Arrays are
 * made only for causes that match: a diagnosis tries every cause, and most have nothing in a given paste.
 */
export function matchCauses(
  compiled: readonly CompiledCause[],
  index: LineIndex,
  factLines: ReadonlyMap<Fact, number>,
): CauseMatches[] {
  const out: CauseMatches[] = [];
  for (const c of compiled) {
    // Anchors first: without one, the cause's other rules need not run.
    let matches: RuleMatch[] | null = null;
    for (let a = 0; a < c.anchors.length; a++) {
      const m = testRule(c.anchors[a] as CompiledRule, index, factLines);
      if (m !== null) (matches ??= []).push(m);
    }
    if (matches === null) continue;
    for (let o = 0; o < c.others.length; o++) {
      const m = testRule(c.others[o] as CompiledRule, index, factLines);
      if (m !== null) matches.push(m);
    }
    out.push({ compiled: c, matches });
  }
  return out;
}

/** Whether a matched anchor of the cause is a string only ACR prints (see EvidenceBasis). */
export function evidenceBasis(matches: CauseMatches): EvidenceBasis {
  return matches.matches.some((m) => m.rule.role === 'anchor' && m.rule.acrOwn) ? 'acr-own' : 'shared';
}
