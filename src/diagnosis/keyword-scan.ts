/**
 * An Aho–Corasick automaton over lower-cased ASCII keywords: one pass over the paste finds every line that
 * contains any keyword. Rules and signal extractors then run only on those lines, which keeps diagnosis
 * linear in the size of the paste however many rules the knowledge base holds.
 */

// Characters outside printable ASCII share one class; keywords are printable ASCII.
const ALPHABET = 97; // 0 = other, 1..95 = ' '..'~', 96 = newline (never part of a keyword)
const NEWLINE_CLASS = 96;

function classOf(code: number): number {
  if (code === 10) return NEWLINE_CLASS;
  if (code >= 65 && code <= 90) code += 32; // ASCII lower-case
  return code >= 32 && code <= 126 ? code - 31 : 0;
}

/** The class of every ASCII code, looked up per character instead of computed. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) => classOf(code));

/**
 * How a scanner treats the two characters outside ASCII whose `toLowerCase()` holds an ASCII letter:
 * `İ` (U+0130, lower-cased to `i̇`) and the Kelvin sign (U+212A, lower-cased to `k`).
 * - `ascii`: like any other character outside ASCII (they match nothing). What rules and signals expect.
 * - `like-to-lower-case`: as `i` and `k`, so that every line whose `toLowerCase()` contains a keyword is
 *   found (and perhaps a few more). For prefilters that must never miss what `toLowerCase().includes()` sees.
 */
export type UnicodeFolding = 'ascii' | 'like-to-lower-case';

const DOTTED_CAPITAL_I = 0x130;
const KELVIN = 0x212a;

export class KeywordScanner {
  private readonly keywords: readonly string[];
  /**
   * The transition table, indexed by state × ALPHABET + class. An entry holds the next state already
   * multiplied by ALPHABET, or its bitwise complement when keywords end in that state, so the hot loop
   * needs neither a multiplication nor a second table look-up per character.
   */
  private readonly next: Int32Array;
  /** For each state, the keyword ids that end there (including via suffix links). */
  private readonly outputs: ReadonlyArray<readonly number[]>;
  private readonly foldedI: number;
  private readonly foldedK: number;

  constructor(keywords: readonly string[], folding: UnicodeFolding = 'ascii') {
    this.keywords = keywords;
    this.foldedI = folding === 'ascii' ? 0 : classOf(0x69);
    this.foldedK = folding === 'ascii' ? 0 : classOf(0x6b);
    const goto: number[][] = [new Array<number>(ALPHABET).fill(-1)];
    const out: number[][] = [[]];
    keywords.forEach((keyword, id) => {
      let state = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = classOf(ch.charCodeAt(0));
        if (c === 0 || c === NEWLINE_CLASS || ch.length !== 1)
          throw new Error(`keyword must be printable ASCII: ${JSON.stringify(keyword)}`);
        const row = goto[state] as number[];
        if (row[c] === -1) {
          row[c] = goto.length;
          goto.push(new Array<number>(ALPHABET).fill(-1));
          out.push([]);
        }
        state = row[c] as number;
      }
      (out[state] as number[]).push(id);
    });

    // Breadth-first: complete the transition table with failure links, merging outputs along them.
    const states = goto.length;
    const next = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const s = (goto[0] as number[])[c] as number;
      if (s > 0) {
        next[c] = s;
        fail[s] = 0;
        queue.push(s);
      } else {
        next[c] = 0;
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const failOut = out[fail[state] as number] as number[];
      if (failOut.length > 0) out[state] = [...(out[state] as number[]), ...failOut];
      for (let c = 0; c < ALPHABET; c++) {
        const s = (goto[state] as number[])[c] as number;
        if (s > 0) {
          fail[s] = next[(fail[state] as number) * ALPHABET + c] as number;
          next[state * ALPHABET + c] = s;
          queue.push(s);
        } else {
          next[state * ALPHABET + c] = next[(fail[state] as number) * ALPHABET + c] as number;
        }
      }
    }
    // Only now that every failure link is known: turn state numbers into table offsets and mark outputs.
    for (let i = 0; i < next.length; i++) {
      const target = next[i] as number;
      next[i] = (out[target] as number[]).length > 0 ? ~(target * ALPHABET) : target * ALPHABET;
    }
    this.next = next;
    this.outputs = out;
  }

  get size(): number {
    return this.keywords.length;
  }

  /**
   * For every keyword id that occurs, the ascending 0-based indices of the lines it occurs in.
   * Lines are those of `lines.join('\n')`: a keyword never spans two lines.
   */
  scan(lines: readonly string[]): Map<number, number[]> {
    const hits = new Map<number, number[]>();
    const { next, outputs, foldedI, foldedK } = this;
    for (let lineNo = 0; lineNo < lines.length; lineNo++) {
      const line = lines[lineNo] as string;
      let offset = 0;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        const c =
          code < 128
            ? (ASCII_CLASS[code] as number)
            : code === DOTTED_CAPITAL_I
              ? foldedI
              : code === KELVIN
                ? foldedK
                : 0;
        offset = next[offset + c] as number;
        if (offset >= 0) continue;
        offset = ~offset;
        const ids = outputs[offset / ALPHABET] as readonly number[];
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k] as number;
          let list = hits.get(id);
          if (!list) hits.set(id, (list = []));
          if (list[list.length - 1] !== lineNo) list.push(lineNo);
        }
      }
    }
    return hits;
  }
}
