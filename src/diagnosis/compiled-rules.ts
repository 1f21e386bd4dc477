import {
  AUTH_FAMILIES,
  AUTH_PROVEN_WEIGHT,
  CLIENT_FAMILIES,
  ELSEWHERE_WEIGHT,
  NO_ANSWER_WEIGHT,
  type Cause,
  type Fact,
  type Rule,
  type RuleRole,
} from '../knowledge';
import { literalKeys } from './literal-key';

/** A rule ready to run: the keywords that make a line a candidate, and the test for a candidate line. */
export type CompiledClue =
  | {
      readonly kind: 'words';
      readonly keys: readonly string[];
      /** Every word must be on the line, in one of its spellings (see quoteSpellings). */
      readonly words: ReadonlyArray<readonly string[]>;
    }
  | { readonly kind: 'pattern'; readonly keys: readonly string[]; readonly pattern: RegExp }
  | { readonly kind: 'fact'; readonly fact: Fact };

export interface CompiledRule {
  readonly role: RuleRole;
  readonly weight: number;
  readonly clue: CompiledClue;
  /**
   * The same clue is an anchor of causes in two or more families: the knowledge base itself says the string
   * means several things (a bare 401, "denied", a token-exchange 403). Such evidence alone never makes a cause
   * certain, and it does not count as an independent piece of evidence.
   */
  readonly shared: boolean;
  /** The knowledge base marks the string as one only ACR prints (Rule.acrOwn). */
  readonly acrOwn: boolean;
}

export interface CompiledCause {
  readonly cause: Cause;
  readonly rules: readonly CompiledRule[];
  readonly anchors: readonly CompiledRule[];
  readonly others: readonly CompiledRule[];
}

/** One spelling per clue, so that the same clue in two causes is recognised as the same. */
export function clueKey(rule: Rule): string {
  const clue = rule.clue;
  if ('fact' in clue) return `fact:${clue.fact}`;
  if ('words' in clue)
    return `words:${clue.words
      .map((w) => w.toLowerCase())
      .sort()
      .join('\u0000')}`;
  return `pattern:${clue.pattern.source}/${clue.pattern.flags}`;
}

/** A quote that is not an apostrophe: a `'` between two letters ("can't", "isn't") is part of the word. */
const QUOTING = /"|'(?![a-z])|(?<![a-z])'/g;

/** Shorter than this once its quotes are gone, a word says too little to be matched without them. */
const MIN_UNQUOTED_CHARS = 12;

/**
 * A word as the knowledge base spells it, with its quotes the other way round, and without them: one release,
 * language or layer quotes a name with " where another uses ' (Go's %q against Python's repr, PowerShell, az CLI)
 * or prints it bare (Go's %s, older Docker clients, YAML), and a clue must not hang on which.
 */
export function quoteSpellings(word: string): readonly string[] {
  const swapped = word.replace(QUOTING, (q) => (q === '"' ? "'" : '"'));
  if (swapped === word) return [word];
  const bare = word.replace(QUOTING, '');
  return bare.trim().length >= MIN_UNQUOTED_CHARS ? [word, swapped, bare] : [word, swapped];
}

function compileRule(rule: Rule, causeId: string, shared: boolean): CompiledRule {
  const clue = rule.clue;
  const base = { role: rule.role, weight: rule.weight, shared, acrOwn: rule.acrOwn === true };
  if ('fact' in clue) return { ...base, clue: { kind: 'fact', fact: clue.fact } };
  if ('words' in clue) {
    const words = clue.words.map((w) => quoteSpellings(w.toLowerCase()));
    const longest = [...words].sort((a, b) => (b[0] as string).length - (a[0] as string).length)[0] ?? [''];
    return { ...base, clue: { kind: 'words', keys: longest, words } };
  }
  const keys = literalKeys(clue.pattern);
  if (!keys) throw new Error(`${causeId}: pattern ${clue.pattern} has no literal to scan for`);
  // The engine tests one line at a time; a global or sticky flag would carry lastIndex between lines.
  const pattern = new RegExp(clue.pattern.source, clue.pattern.flags.replace(/[gy]/g, ''));
  return { ...base, clue: { kind: 'pattern', keys, pattern } };
}

/**
 * Anchor clues that appear in causes of two or more families: the knowledge base itself says the string means
 * several things. (Giving every cause the same weight for such a clue was measured and lowered top-1 on every
 * corpus: the declared weights carry how often each reading is the right one.)
 */
function sharedAnchors(causes: readonly Cause[]): Set<string> {
  const families = new Map<string, Set<string>>();
  for (const cause of causes)
    for (const rule of cause.rules) {
      if (rule.role !== 'anchor') continue;
      const key = clueKey(rule);
      families.set(key, (families.get(key) ?? new Set<string>()).add(cause.family));
    }
  return new Set([...families].filter(([, set]) => set.size > 1).map(([key]) => key));
}

const PROVEN_AGAINST: Rule = { role: 'against', clue: { fact: 'auth-proven' }, weight: AUTH_PROVEN_WEIGHT };
const NO_ANSWER_AGAINST: Rule = { role: 'against', clue: { fact: 'no-answer' }, weight: NO_ANSWER_WEIGHT };
const ELSEWHERE_AGAINST: Rule = {
  role: 'against',
  clue: { fact: 'registry-elsewhere' },
  weight: ELSEWHERE_WEIGHT,
};

/** A cause that states its own weight against another registry keeps it. */
const ownGuard = (cause: Cause) =>
  cause.rules.some(
    (r) =>
      r.role === 'against' &&
      'fact' in r.clue &&
      (r.clue.fact === 'host:no-acr' || r.clue.fact === 'registry-elsewhere'),
  );

/** The rules the engine adds to a cause from what the knowledge base says about its family and scope. */
function impliedRules(cause: Cause): Rule[] {
  const implied: Rule[] = [];
  if (AUTH_FAMILIES.includes(cause.family)) implied.push(PROVEN_AGAINST, NO_ANSWER_AGAINST);
  if (cause.scope !== 'not-acr' && !CLIENT_FAMILIES.includes(cause.family) && !ownGuard(cause))
    implied.push(ELSEWHERE_AGAINST);
  return implied;
}

export function compileCauses(causes: readonly Cause[]): CompiledCause[] {
  const shared = sharedAnchors(causes);
  return causes.map((cause) => {
    const own = cause.rules.map((r) =>
      compileRule(r, cause.id, r.role === 'anchor' && (r.sharedWords === true || shared.has(clueKey(r)))),
    );
    const rules = [...own, ...impliedRules(cause).map((r) => compileRule(r, cause.id, false))];
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
