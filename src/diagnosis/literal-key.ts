/**
 * Finds, for a regular expression, literal strings at least one of which must occur in any text it matches.
 * The engine scans a paste once for all such literals (see keyword-scan.ts) and runs a rule's pattern only on
 * the lines where one of its literals occurs: that keeps diagnosis linear in the size of the paste.
 *
 * Handles what rule patterns use: top-level alternation, escapes, classes, groups and quantifiers. Returns
 * null when some alternative has no literal of MIN_KEY_LENGTH characters (the knowledge test rejects those).
 */
export const MIN_KEY_LENGTH = 3;

const CLASS_ESCAPES = new Set([
  'd',
  'D',
  'w',
  'W',
  's',
  'S',
  'b',
  'B',
  'n',
  'r',
  't',
  'f',
  'v',
  'u',
  'x',
  'c',
  'p',
  'P',
  'k',
  '0',
]);

/** Splits `source` on `|` outside groups and classes. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
    } else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Index just past the group or class that opens at `i`. */
function skipBracket(source: string, i: number): number {
  if (source[i] === '[') {
    for (let j = i + 1; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === ']') return j + 1;
    }
    return source.length;
  }
  let depth = 0;
  let inClass = false;
  for (let j = i; j < source.length; j++) {
    const ch = source[j];
    if (ch === '\\') j++;
    else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return source.length;
}

/** Length of a quantifier at `i` and whether it allows zero repetitions. */
function quantifierAt(source: string, i: number): { length: number; optional: boolean } | null {
  const ch = source[i];
  let length = 0;
  let optional = false;
  if (ch === '*' || ch === '?') {
    length = 1;
    optional = true;
  } else if (ch === '+') {
    length = 1;
  } else if (ch === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 16));
    if (!m) return null;
    length = m[0].length;
    optional = m[1] === '0';
  } else {
    return null;
  }
  if (source[i + length] === '?') length++; // lazy
  return { length, optional };
}

function longestLiteral(alternative: string): string {
  let best = '';
  let run = '';
  const flush = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  let i = 0;
  while (i < alternative.length) {
    const ch = alternative[i] as string;
    let literal: string | null = null;
    let next: number;
    if (ch === '\\') {
      const esc = alternative[i + 1] ?? '';
      literal = CLASS_ESCAPES.has(esc) || /[1-9]/.test(esc) ? null : esc;
      next = i + 2;
    } else if (ch === '[' || ch === '(') {
      next = skipBracket(alternative, i);
    } else if (ch === '.' || ch === '^' || ch === '$') {
      next = i + 1;
    } else {
      literal = ch;
      next = i + 1;
    }
    const q = quantifierAt(alternative, next);
    if (q) {
      // A repeated literal occurs at least once unless the quantifier allows zero; the last repetition
      // also begins whatever literal follows.
      if (literal !== null && !q.optional) {
        run += literal;
        flush();
        run = literal;
      } else {
        flush();
      }
      i = next + q.length;
      continue;
    }
    if (literal === null) flush();
    else run += literal;
    i = next;
  }
  flush();
  return best;
}

/** Lower-cased literals, one per top-level alternative, or null if some alternative has none long enough. */
export function literalKeys(pattern: RegExp): string[] | null {
  const keys: string[] = [];
  for (const alternative of topLevelAlternatives(pattern.source)) {
    const key = longestLiteral(alternative).toLowerCase();
    if (key.length < MIN_KEY_LENGTH) return null;
    keys.push(key);
  }
  return keys;
}
