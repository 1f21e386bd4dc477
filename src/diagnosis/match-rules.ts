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

/** Lines of `index` where a text clue holds, up to the evidence limit. */
function matchingLines(rule: CompiledRule, index: LineIndex): number[] {
  const clue = rule.clue;
  if (clue.kind === 'fact') return [];
  const found: number[] = [];
  for (const i of index.linesWithAny(clue.keys)) {
    const ok =
      clue.kind === 'words'
        ? clue.words.every((w) => index.lower(i).includes(w))
        : clue.pattern.test(index.line(i));
    if (ok) {
      found.push(i);
      if (found.length >= MAX_EVIDENCE_LINES) break;
    }
  }
  return found;
}

/** Every cause with at least one matching anchor, with all of its rules that match. */
export function matchCauses(
  compiled: readonly CompiledCause[],
  index: LineIndex,
  factLines: ReadonlyMap<Fact, number>,
): CauseMatches[] {
  const out: CauseMatches[] = [];
  const test = (rule: CompiledRule): RuleMatch | null => {
    if (rule.clue.kind === 'fact') {
      const line = factLines.get(rule.clue.fact);
      return line === undefined ? null : { rule, lines: [line] };
    }
    const lines = matchingLines(rule, index);
    return lines.length === 0 ? null : { rule, lines };
  };
  for (const c of compiled) {
    // Anchors first: most causes have none in a given paste, and then their other rules need not run.
    const anchors = c.rules
      .filter((r) => r.role === 'anchor')
      .map(test)
      .filter((m): m is RuleMatch => m !== null);
    if (anchors.length === 0) continue;
    const others = c.rules
      .filter((r) => r.role !== 'anchor')
      .map(test)
      .filter((m): m is RuleMatch => m !== null);
    out.push({ compiled: c, matches: [...anchors, ...others] });
  }
  return out;
}

/** Whether a matched anchor of the cause is a string only ACR prints (see EvidenceBasis). */
export function evidenceBasis(matches: CauseMatches): EvidenceBasis {
  return matches.matches.some((m) => m.rule.role === 'anchor' && m.rule.acrOwn) ? 'acr-own' : 'shared';
}
