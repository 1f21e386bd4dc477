import {
  causeById,
  FALLBACK_SIGNALS,
  STATEMENT_FAILURE_WORDS,
  STATEMENT_NARRATIVE_WORDS,
  STATEMENT_NEGATORS,
  STATEMENT_REGISTRY_WORDS,
  STATEMENT_CONCESSIVES,
  STATEMENT_RULED_OUT,
  STATEMENTS,
  type CauseId,
  type FamilyId,
  type Statement,
} from '../knowledge';
import type { CompiledCause, CompiledRule } from './compiled-rules';
import type { KeywordScanner } from './keyword-scan';
import { buildScanner } from './line-index';
import type { CauseMatches } from './match-rules';
import type { ScoredCause } from './score';
import { hasNonAscii } from './terminal-noise';

/** A cause a person's own sentence names (knowledge/statements.ts), on 0-based `line`. */
export interface StatedCause {
  readonly cause: CauseId;
  readonly weight: number;
  readonly line: number;
}

export const STATEMENT_READING = {
  /** Lines read at each end of the paste: a person writes before or after what they paste, not inside a long log. */
  edgeLines: 60,
  /** A line longer than this is a tool's record (a JSON blob, a stack frame), not somebody's sentence. */
  maxLineChars: 600,
  /** Alone, a statement is never shown above this: it is the person's reading, not the registry's answer. */
  cap: 0.5,
  /** Weight of "none of these" next to the stated causes alone: one statement of weight 3 gets 3 / 4 before the cap. */
  doubt: 1,
  /** At most this many families named from statements alone. */
  maxCauses: 3,
} as const;

const isAscii = (term: string) => !hasNonAscii(term);

/** Scripts written without spaces between words: a term of theirs matches anywhere. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A term ready to look for: how it must sit among the words around it, decided once. */
interface Term {
  readonly text: string;
  /** Japanese, Chinese or Korean: anywhere in the sentence. */
  readonly anywhere: boolean;
  /** Three characters or fewer, or a phrase ending in a two-letter word: ends where a word ends (`no` is not in "node"). */
  readonly whole: boolean;
  /** It starts, and ends, with a letter or digit, so its neighbours decide whether it stands as a word. */
  readonly startsWord: boolean;
  readonly endsWord: boolean;
}

export function termOf(text: string): Term {
  return {
    text,
    anywhere: UNSPACED.test(text[0] ?? ''),
    // A phrase ending in a word of two letters ends with it: "root ca" must not run on into "root cause" (while
    // "container app" still reads "container apps").
    whole: text.includes(' ') ? text.length - text.lastIndexOf(' ') - 1 <= 2 : text.length <= 3,
    startsWord: isWordChar(text[0]),
    endsWord: isWordChar(text[text.length - 1]),
  };
}

interface CompiledStatement {
  readonly statement: Statement;
  readonly groups: readonly (readonly Term[])[];
  /**
   * The negators that are terms of the statement itself ("no", "never" of an absence): before another of its terms
   * they say what the statement says ("the kubelet has no AcrPull"), they do not turn it round.
   */
  readonly ownNegators: ReadonlySet<string>;
  readonly unless: readonly Term[];
}

let compiled: {
  readonly statements: readonly CompiledStatement[];
  /** For each of the scanner's keyword ids (the ASCII opening terms), the statements it opens. */
  readonly openedById: readonly (readonly number[])[];
  /** Opening terms in other scripts (the scanner reads ASCII), with the statements each opens. */
  readonly otherScript: readonly (readonly [string, readonly number[]])[];
  readonly scanner: KeywordScanner;
  /** What says something failed (every fallback signal's words, in any language, and people's own) and a registry. */
  readonly failure: readonly Term[];
  readonly registry: readonly Term[];
  /** Somebody telling what happened, and the words that open a concessive clause. */
  readonly narrative: readonly Term[];
  readonly concessives: readonly Term[];
} | null = null;

function statementTables(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const byOpener = new Map<string, number[]>();
  const statements = STATEMENTS.map((statement, i) => {
    for (const term of statement.all[0]) byOpener.set(term, [...(byOpener.get(term) ?? []), i]);
    const ownNegators = new Set(statement.all.flat().filter((t) => STATEMENT_NEGATORS.includes(t)));
    return {
      statement,
      groups: statement.all.map((group) => group.map(termOf)),
      ownNegators,
      unless: (statement.unless ?? []).map(termOf),
    };
  });
  const ascii = [...byOpener].filter(([term]) => isAscii(term));
  const { scanner, ids } = buildScanner(ascii.map(([term]) => term));
  const openedById: number[][] = [];
  for (const [term, opens] of ascii) {
    const id = ids.get(term) as number;
    openedById[id] = [...(openedById[id] ?? []), ...opens];
  }
  const failure = new Set([
    ...FALLBACK_SIGNALS.flatMap((signal) => [...signal.words, ...signal.otherLanguages]),
    ...STATEMENT_FAILURE_WORDS,
  ]);
  compiled = {
    statements,
    openedById,
    otherScript: [...byOpener].filter(([term]) => !isAscii(term)),
    scanner,
    failure: [...failure].map(termOf),
    registry: STATEMENT_REGISTRY_WORDS.map(termOf),
    narrative: STATEMENT_NARRATIVE_WORDS.map(termOf),
    concessives: STATEMENT_CONCESSIVES.map(termOf),
  };
  return compiled;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  // ASCII without the pattern: this is asked on both sides of every term found in every sentence read.
  const code = c.charCodeAt(0);
  if (code < 128)
    return (
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
    );
  return WORD_CHAR.test(c);
}

/**
 * Where `term` starts a word in `s` (a term may run on into a longer word: `disabl` in "disabled"; one of three
 * characters or fewer, or a phrase whose last word has two, must end where that word ends: `no` is not in "node",
 * `root ca` is not in "root cause"; Japanese, Chinese and Korean terms anywhere), or -1.
 */
export function termAt(s: string, term: Term): number {
  if (term.anywhere) return s.indexOf(term.text);
  for (let from = 0; ;) {
    const i = s.indexOf(term.text, from);
    if (i < 0) return -1;
    const startOk = !term.startsWord || !isWordChar(s[i - 1]);
    const endOk = !term.whole || !term.endsWord || !isWordChar(s[i + term.text.length]);
    if (startOk && endOk) return i;
    from = i + 1;
  }
}

const NOT_LETTERS = /[^\p{L}']+/u;

/**
 * The term is turned round by the word or two before it ("is not disabled", "isn't missing", "не отключён"). (Japanese,
 * Chinese and Korean negate after the verb, inside the terms themselves: "許可されていない" is a term.)
 */
function negatedAt(sentence: string, at: number, own: ReadonlySet<string>): boolean {
  const before = sentence
    .slice(Math.max(0, at - 24), at)
    .split(NOT_LETTERS)
    .filter((w) => w.length > 0)
    .slice(-2);
  return before.some((w) => !own.has(w) && (STATEMENT_NEGATORS.includes(w) || w.endsWith("n't")));
}

function holds(sentence: string, statement: CompiledStatement): boolean {
  if (statement.unless.some((term) => termAt(sentence, term) >= 0)) return false;
  return statement.groups.every((group, g) =>
    group.some((term) => {
      const at = termAt(sentence, term);
      // The subject may be negated ("no public access"); a state may not ("public access is not disabled").
      return at >= 0 && (g === 0 || !negatedAt(sentence, at, statement.ownNegators));
    }),
  );
}

/** A line's sentences, each with whether it asks rather than tells. */
function sentencesOf(lower: string): { text: string; question: boolean }[] {
  const out: { text: string; question: boolean }[] = [];
  let start = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    // A dot inside a host name or a version (`x.azurecr.io`, `2.0`) does not end a sentence.
    // Japanese and Chinese full stops end a sentence without a space after them.
    const unspaced = c === '。' || c === '？' || c === '！';
    if (
      unspaced ||
      ((c === '.' || c === '!' || c === '?') && (i + 1 === lower.length || lower[i + 1] === ' '))
    ) {
      out.push({ text: lower.slice(start, i), question: c === '?' || c === '？' });
      start = i + 1;
    }
  }
  if (start < lower.length) out.push({ text: lower.slice(start), question: false });
  return out;
}

/** A tool's record opens like this (after a quote marker): its words are the tool's, whatever they say. */
const RECORD_START =
  /^[>\s]*(?:error|err|fatal|warning|warn|info|debug|trace|exception|caused by|x509|at [\w.$<>]+ ?\(|\[|\{|"|[iwef]\d{4} |#\d+ |step \d+\/\d+|-+>|(?:normal|warning) +\w+ |\d{4}-\d{2}-\d{2}|\d{2}:\d{2}|[\w-]{1,100}\.go: )/i;
const RECORD_INSIDE =
  /:\/\/|error response from|rpc error|level=|msg=|\bcode = |\bstatus(?: code)?[=:] ?\d{3}/i;

/** A commit message's conventional type and scope ("fix(ci): "), in front of what the person says. */
const COMMIT_TYPE =
  /^\s*(?:fix|hotfix|feat|chore|ci|build|docs|refactor|perf|revert)(?:\([^)]{0,40}\))?!?: /i;

/** Somebody telling what happened ("we", "since", "after"), not a tool printing what it did. */
function narrates(lower: string): boolean {
  return statementTables().narrative.some((t) => termAt(lower, t) >= 0);
}

/**
 * Whether a line is a tool's output rather than somebody's sentence: it opens as a record does, holds a URL or a
 * protocol's field, or chains causes the way Go and .NET errors do ("a: b: c").
 */
export function looksLikeToolOutput(line: string): boolean {
  if (RECORD_START.test(line) || RECORD_INSIDE.test(line)) return true;
  // A commit message's conventional type ("fix(ci): ") is the person's prefix, not a link of an error chain.
  const told = line.replace(COMMIT_TYPE, '');
  let colons = 0;
  for (let i = told.indexOf(': '); i >= 0 && colons < 2; i = told.indexOf(': ', i + 2)) colons++;
  return colons >= 2;
}

/**
 * The lines a person's own words can be on: the first and last `edgeLines` of the paste (people write before and
 * after what they paste; the middle of a long log is the tool's), as 0-based indices into the whole paste.
 */
function edgeLines(count: number): number[] {
  const edge = STATEMENT_READING.edgeLines;
  const out: number[] = [];
  const head = count <= 2 * edge ? count : edge;
  for (let i = 0; i < head; i++) out.push(i);
  for (let i = Math.max(head, count - edge); i < count; i++) out.push(i);
  return out;
}

interface PersonWords {
  readonly text: string;
  /** Whether the line quoted a tool's words (code spans, a table's cells) that `text` leaves out. */
  readonly quoted: boolean;
}

const CODE_SPAN = /`([^`]*)`/g;
/** A span of one word (`AcrPull`, `adminUserEnabled`): a name the person wrote as code, not a tool's message. */
const ONE_WORD = /^[\p{L}\p{N}_.:/-]+$/u;
const TABLE_RULE = /^[\s:-]*$/;
/** A Markdown table's row. */
const TABLE_ROW = /^\s*\|/;
/** A table cell with nothing but a number (a row's count or index). */
const NUMBER_CELL = /^\d+$/;

/**
 * The person's own words on a line: what is around its `code spans` (the tool's words are inside them), and a
 * Markdown table row's cells as sentences of their own ("| ACR private endpoint DNS drift | `… no such host` |").
 * A span of one word stays, without its backticks: "the identity needs `AcrPull`" names the role in the person's
 * sentence.
 */
function personWords(line: string): PersonWords {
  let quoted = false;
  let text = line.includes('`')
    ? line.replace(CODE_SPAN, (_span, inner: string) => {
        if (ONE_WORD.test(inner)) return inner;
        quoted = true;
        return ' ';
      })
    : line;
  if (TABLE_ROW.test(text)) {
    const cells = text
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c.length > 0 && !TABLE_RULE.test(c) && !NUMBER_CELL.test(c));
    text = cells.join('. ');
    quoted = true;
  }
  return { text, quoted };
}

/**
 * The edge lines that open a statement and read as somebody's sentence, with their lower-case text and the statements
 * their words open. The openers get a scanner of their own, run over the edges only: registered with the rules'
 * keywords, words such as "image" and "role" would be indexed on every line of every log.
 */
function candidateLines(
  lines: readonly string[],
  skip: ReadonlySet<number>,
): { line: number; lower: string; opened: readonly number[] }[] {
  const tables = statementTables();
  // The cheap tests first: most lines of a log are a tool's records, and those need no scan. Parallel arrays, not an
  // object per line: this runs on every edge line of every paste, and its garbage decides how often the collector
  // pauses.
  const at: number[] = [];
  const texts: string[] = [];
  const quoted: boolean[] = [];
  for (const i of edgeLines(lines.length)) {
    const line = lines[i] as string;
    if (line.length > STATEMENT_READING.maxLineChars) continue;
    const words = line.includes('`') || TABLE_ROW.test(line) ? personWords(line) : null;
    const text = words === null ? line : words.text;
    if (looksLikeToolOutput(text)) continue;
    at.push(i);
    texts.push(text);
    quoted.push(words !== null && words.quoted);
  }
  if (at.length === 0) return [];
  // For each candidate, the statements its words open, ascending (the knowledge base's order).
  const opened: (number[] | undefined)[] = new Array<number[] | undefined>(texts.length);
  const open = (k: number, statements: readonly number[]) => {
    const list = (opened[k] ??= []);
    for (const s of statements) {
      let j = list.length;
      while (j > 0 && (list[j - 1] as number) > s) j--;
      if (list[j - 1] !== s) list.splice(j, 0, s);
    }
  };
  // The scan says which opener is on which line: only those lines and their statements are read further.
  for (const [id, found] of tables.scanner.scan(texts))
    for (const k of found) open(k, tables.openedById[id] as readonly number[]);
  // Openers in another script: the scanner reads ASCII, so lines with other characters are looked at directly.
  for (let k = 0; k < texts.length; k++)
    if (hasNonAscii(texts[k] as string)) {
      const lower = (texts[k] as string).toLowerCase();
      for (const [term, statements] of tables.otherScript) if (lower.includes(term)) open(k, statements);
    }
  const out: { line: number; lower: string; opened: readonly number[] }[] = [];
  for (let k = 0; k < texts.length; k++) {
    const statements = opened[k];
    if (statements === undefined) continue;
    const line = at[k] as number;
    const text = (texts[k] as string).toLowerCase();
    // A tool's message quoted in code or in a table's cell leaves the person's words around it to read.
    if (skip.has(line) && !narrates(text) && !quoted[k]) continue;
    out.push({ line, lower: text, opened: statements });
  }
  return out;
}

/**
 * The sentence without its concessive clause: what follows "despite", "even though", "although" was there all along
 * ("the registry link was missing despite the AcrPull assignment": the role is not the cause). The clause runs to
 * the next comma, or to the end of the sentence; one that opens the sentence ("Although AcrPull is assigned, …")
 * runs to its first comma.
 */
export function withoutConcession(sentence: string): string {
  for (const term of statementTables().concessives) {
    const at = termAt(sentence, term);
    if (at < 0) continue;
    const comma = sentence.indexOf(',', at + term.text.length);
    const end = comma < 0 ? sentence.length : comma + 1;
    return withoutConcession(`${sentence.slice(0, at)} ${sentence.slice(end)}`);
  }
  return sentence;
}

/**
 * The causes the paste's own sentences name, strongest first, one per cause. `skip`: lines a rule already read as
 * a tool's message (its words are the tool's, not the person's: "manifest … not found" is the registry talking),
 * unless the line also narrates ("… since we enabled the private endpoint").
 */
export function readStatements(
  lines: readonly string[],
  skip: ReadonlySet<number> = new Set(),
): StatedCause[] {
  const best = new Map<CauseId, StatedCause>();
  const { statements } = statementTables();
  for (const { line, lower, opened } of candidateLines(lines, skip)) {
    for (const { text, question } of sentencesOf(lower)) {
      // Whether the sentence rules a cause out, asked only of one that states something.
      let ruledOut: boolean | null = null;
      const told = withoutConcession(text);
      // In the knowledge base's order, so that equal statements on one line rank as the list has them.
      for (const i of opened) {
        const compiledStatement = statements[i] as CompiledStatement;
        const { statement } = compiledStatement;
        if (!holds(told, compiledStatement)) continue;
        ruledOut ??= STATEMENT_RULED_OUT.some((w) => text.includes(w));
        if (ruledOut) break;
        // A question is a guess ("could it be the firewall?"): half the weight of a statement.
        const weight = question ? Math.max(1, Math.floor(statement.weight / 2)) : statement.weight;
        const known = best.get(statement.cause);
        if (!known || known.weight < weight)
          best.set(statement.cause, { cause: statement.cause, weight, line });
      }
    }
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight || a.line - b.line);
}

/**
 * Whether the paste says something failed at a registry (on its edge lines, where statements are read): needed
 * before statements alone name a cause.
 */
export function describesRegistryFailure(lines: readonly string[]): boolean {
  const tables = statementTables();
  let failure = false;
  let registry = false;
  for (const i of edgeLines(lines.length)) {
    const lower = (lines[i] as string).toLowerCase();
    failure ||= tables.failure.some((t) => termAt(lower, t) >= 0);
    registry ||= tables.registry.some((t) => termAt(lower, t) >= 0);
    if (failure && registry) return true;
  }
  return false;
}

function statedRule(role: 'anchor' | 'context', weight: number): CompiledRule {
  // Shared and not ACR's own: a person's sentence is no independent evidence and no string only ACR prints.
  return { role, weight, shared: true, acrOwn: false, clue: { kind: 'words', keys: [], words: [] } };
}

/**
 * Every candidate of a stated family gets the statement as context (the strongest one of that family), and a stated
 * family the rules did not name joins them as a candidate of its own, scored like any other: "the kubelet gets 401
 * since we enabled the private endpoint" puts the private DNS zone on the list, above a bare 401's weak readings and
 * below a message that decides.
 */
export function withStatements(
  compiled: readonly CompiledCause[],
  matched: readonly CauseMatches[],
  stated: readonly StatedCause[],
): CauseMatches[] {
  if (stated.length === 0) return matched.slice();
  const byFamily = new Map<FamilyId, StatedCause>();
  for (const s of stated) {
    const family = causeById(s.cause).family;
    if (!byFamily.has(family)) byFamily.set(family, s);
  }
  const raised = matched.map((m) => {
    const s = byFamily.get(m.compiled.cause.family);
    return s
      ? { ...m, matches: [...m.matches, { rule: statedRule('context', s.weight), lines: [s.line] }] }
      : m;
  });
  if (matched.length === 0) return raised;
  const named = new Set(matched.map((m) => m.compiled.cause.family));
  const joined: CauseMatches[] = [];
  for (const [family, s] of byFamily) {
    if (named.has(family)) continue;
    const c = compiled.find((x) => x.cause.id === s.cause);
    if (c) joined.push({ compiled: c, matches: [{ rule: statedRule('anchor', s.weight), lines: [s.line] }] });
  }
  return [...raised, ...joined];
}

/** Candidates from statements alone (no tool message recognised), best first, one per family, at most the cap. */
export function statedCandidates(
  compiled: readonly CompiledCause[],
  stated: readonly StatedCause[],
): ScoredCause[] {
  const families = new Set<FamilyId>();
  const picked: StatedCause[] = [];
  for (const s of stated) {
    const family = causeById(s.cause).family;
    if (families.has(family) || picked.length >= STATEMENT_READING.maxCauses) continue;
    families.add(family);
    picked.push(s);
  }
  const total = picked.reduce<number>((sum, s) => sum + s.weight, STATEMENT_READING.doubt);
  return picked.map((s) => {
    const c = compiled.find((x) => x.cause.id === s.cause);
    if (!c) throw new Error(`statement names unknown cause ${s.cause}`);
    return {
      matches: { compiled: c, matches: [{ rule: statedRule('anchor', s.weight), lines: [s.line] }] },
      score: s.weight,
      confidence: Math.round(Math.min(STATEMENT_READING.cap, s.weight / total) * 1000) / 1000,
      independent: 0,
      prior: s.weight,
    };
  });
}
