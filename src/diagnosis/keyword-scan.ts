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

export class KeywordScanner {
  private readonly keywords: readonly string[];
  private readonly next: Int32Array;
  /** For each state, the keyword ids that end there (including via suffix links). */
  private readonly outputs: ReadonlyArray<readonly number[]>;
  /** 1 where a state has outputs: checked per character instead of the outputs array. */
  private readonly emits: Uint8Array;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const goto: number[][] = [new Array<number>(ALPHABET).fill(-1)];
    const out: number[][] = [[]];
    keywords.forEach((keyword, id) => {
      let state = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = classOf(ch.charCodeAt(0));
        if (c === 0 || c === NEWLINE_CLASS)
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
    this.next = next;
    this.outputs = out;
    this.emits = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
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
    const { next, outputs, emits } = this;
    for (let lineNo = 0; lineNo < lines.length; lineNo++) {
      const line = lines[lineNo] as string;
      let state = 0;
      for (let i = 0; i < line.length; i++) {
        state = next[state * ALPHABET + classOf(line.charCodeAt(i))] as number;
        if (emits[state] === 0) continue;
        const ids = outputs[state] as readonly number[];
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
