import type { Cause, Fact, Rule, RuleRole } from '../knowledge';
import { literalKeys } from './literal-key';

/** A rule ready to run: the keywords that make a line a candidate, and the test for a candidate line. */
export type CompiledClue =
  | { readonly kind: 'words'; readonly keys: readonly string[]; readonly words: readonly string[] }
  | { readonly kind: 'pattern'; readonly keys: readonly string[]; readonly pattern: RegExp }
  | { readonly kind: 'fact'; readonly fact: Fact };

export interface CompiledRule {
  readonly role: RuleRole;
  readonly weight: number;
  readonly clue: CompiledClue;
}

export interface CompiledCause {
  readonly cause: Cause;
  readonly rules: readonly CompiledRule[];
  readonly anchors: readonly CompiledRule[];
  readonly others: readonly CompiledRule[];
}

function compileRule(rule: Rule, causeId: string): CompiledRule {
  const clue = rule.clue;
  if ('fact' in clue)
    return { role: rule.role, weight: rule.weight, clue: { kind: 'fact', fact: clue.fact } };
  if ('words' in clue) {
    const words = clue.words.map((w) => w.toLowerCase());
    const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
    return { role: rule.role, weight: rule.weight, clue: { kind: 'words', keys: [longest], words } };
  }
  const keys = literalKeys(clue.pattern);
  if (!keys) throw new Error(`${causeId}: pattern ${clue.pattern} has no literal to scan for`);
  // The engine tests one line at a time; a global or sticky flag would carry lastIndex between lines.
  const pattern = new RegExp(clue.pattern.source, clue.pattern.flags.replace(/[gy]/g, ''));
  return { role: rule.role, weight: rule.weight, clue: { kind: 'pattern', keys, pattern } };
}

export function compileCauses(causes: readonly Cause[]): CompiledCause[] {
  return causes.map((cause) => {
    const rules = cause.rules.map((r) => compileRule(r, cause.id));
    return {
      cause,
      rules,
      anchors: rules.filter((r) => r.role === 'anchor'),
      others: rules.filter((r) => r.role !== 'anchor'),
    };
  });
}

export function ruleKeywords(compiled: readonly CompiledCause[]): string[] {
  const keys: string[] = [];
  for (const c of compiled) for (const r of c.rules) if (r.clue.kind !== 'fact') keys.push(...r.clue.keys);
  return keys;
}
