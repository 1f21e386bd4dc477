/**
 * An Aho–Corasick automaton over lower-cased ASCII keywords: one pass over the paste finds every line that
 * contains any keyword. Rules and signal extractors then run only on those lines, which keeps diagnosis
 * linear in the size of the paste however many rules the knowledge base holds.
 *
 * The automaton is kept small so that scanning a large paste stays in the processor's caches as the
 * catalogue grows:
 * - its alphabet is only the characters keywords use (upper-case ASCII read as lower case); every other
 *   character is one class that no keyword contains, so it always leads back to the root;
 * - only shallow states (where a scan spends nearly all its time) and states with several children get a
 *   full row of transitions. The rest, most of the trie, are single-child chains deep inside one keyword:
 *   they keep their child and their failure link, and a mismatch there follows failure links until a state
 *   that can take the character (each step goes to a shallower state, so the scan stays linear).
 * With ~1,100 keywords (~26,000 characters, ~18,500 states) that is ~0.4 MB instead of the ~7 MB of a full
 * 97-column table, and the build is several times faster. Measured on 1 MB: CI-log noise (which stays in
 * shallow states) scans ~20% slower at best than with the full table, text dense in keywords about as fast
 * when the machine is quiet and much faster when it is not; with 3x and 6x the keywords (cut from catalogue
 * messages) the full table grows to 22 and 45 MB and scans such text 3-4x slower than this one.
 */

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

/**
 * States up to this depth get a full row. Measured (on a loaded machine) on 1 MB of CI log and of catalogue
 * text: depths 2 to 5 scan alike; every state dense scans catalogue-like text about half as fast.
 */
const DENSE_DEPTH = 3;

/** The output list of states where no keyword ends, shared. */
const NONE: readonly number[] = [];

/** The class every character outside the keywords' alphabet falls into. */
const OTHER = 0;

/** ASCII code → lower-case ASCII code (other codes unchanged). */
function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

export class KeywordScanner {
  readonly keywords: readonly string[];
  /** ASCII code → class: 1..classes-1 for the characters keywords use, OTHER for the rest. */
  private readonly classOf: Uint8Array;
  private readonly classes: number;
  private readonly foldedI: number;
  private readonly foldedK: number;
  /**
   * The scan walks positions, not state numbers. States [0, dense) have a full row, at position
   * state * classes; the sparse ones follow, one position each from denseEnd. `rows[position + class]` is the
   * next state's position, or its bitwise complement when keywords end there, so the hot loop needs neither a
   * multiplication nor a second look-up per character.
   */
  private readonly dense: number;
  private readonly denseEnd: number;
  private readonly rows: Int32Array;
  /**
   * For the sparse state at position p, at p - denseEnd: the class of its one child (`classes` when it has
   * none), that child's position (complemented as in `rows`), and its failure link's position.
   */
  private readonly childClass: Uint8Array;
  private readonly child: Int32Array;
  private readonly fail: Int32Array;
  /** For each state, the keyword ids that end there (including via failure links). */
  private readonly outputs: ReadonlyArray<readonly number[]>;

  constructor(keywords: readonly string[], folding: UnicodeFolding = 'ascii') {
    this.keywords = keywords;

    // The alphabet: one class per character some keyword uses, in order of first use.
    const classOf = new Uint8Array(128);
    let classes = 1;
    const lowered = keywords.map((keyword) => {
      const codes: number[] = [];
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        if (code < 32 || code > 126)
          throw new Error(`keyword must be printable ASCII: ${JSON.stringify(keyword)}`);
        const lower = asciiLower(code);
        if (classOf[lower] === OTHER) classOf[lower] = classes++;
        codes.push(classOf[lower] as number);
      }
      return codes;
    });
    for (let code = 65; code <= 90; code++) classOf[code] = classOf[code + 32] as number;
    this.classOf = classOf;
    this.classes = classes;
    this.foldedI = folding === 'ascii' ? OTHER : (classOf[0x69] as number);
    this.foldedK = folding === 'ascii' ? OTHER : (classOf[0x6b] as number);

    // The trie, in insertion numbering: children as sibling lists (most states have one child).
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const label: number[] = [OTHER];
    const depth: number[] = [0];
    // The ids of the keywords ending in each state, only for the states where some do.
    const own = new Map<number, number[]>();
    lowered.forEach((codes, id) => {
      let state = 0;
      for (const c of codes) {
        let t = firstChild[state] as number;
        while (t !== -1 && label[t] !== c) t = nextSibling[t] as number;
        if (t === -1) {
          t = label.length;
          label.push(c);
          depth.push((depth[state] as number) + 1);
          firstChild.push(-1);
          nextSibling.push(firstChild[state] as number);
          firstChild[state] = t;
        }
        state = t;
      }
      const ids = own.get(state);
      if (ids) ids.push(id);
      else own.set(state, [id]);
    });
    const states = label.length;

    // Breadth-first order; dense states are numbered first in that order, sparse ones after them depth-first
    // (so that a chain lies in consecutive entries).
    const bfs: number[] = [0];
    for (let head = 0; head < bfs.length; head++)
      for (let t = firstChild[bfs[head] as number] as number; t !== -1; t = nextSibling[t] as number)
        bfs.push(t);
    const isDense = (s: number) => {
      const first = firstChild[s] as number;
      return (depth[s] as number) <= DENSE_DEPTH || (first !== -1 && nextSibling[first] !== -1);
    };
    const number = new Int32Array(states);
    let dense = 0;
    for (const s of bfs) if (isDense(s)) number[s] = dense++;
    let sparse = dense;
    const stack = [0];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (!isDense(s)) number[s] = sparse++;
      for (let t = firstChild[s] as number; t !== -1; t = nextSibling[t] as number) stack.push(t);
    }

    // Failure links and full rows, breadth-first in the new numbering. step() is the automaton's transition
    // over what is built so far: every state it visits is shallower than the one being completed.
    const rows = new Int32Array(dense * classes);
    const childClass = new Uint8Array(states - dense).fill(classes);
    const child = new Int32Array(states - dense);
    const fail = new Int32Array(states);
    const outputs: Array<readonly number[]> = new Array<readonly number[]>(states);
    const step = (s: number, c: number): number => {
      for (;;) {
        if (s < dense) return rows[s * classes + c] as number;
        if (childClass[s - dense] === c) return child[s - dense] as number;
        s = fail[s] as number;
      }
    };
    for (const old of bfs) {
      const s = number[old] as number;
      const f = fail[s] as number;
      outputs[s] =
        s === 0
          ? (own.get(0) ?? NONE)
          : own.has(old)
            ? [...(own.get(old) as number[]), ...(outputs[f] as readonly number[])]
            : (outputs[f] as readonly number[]); // shared: the lists are never changed once built
      if (s < dense) for (let c = 0; c < classes; c++) rows[s * classes + c] = s === 0 ? 0 : step(f, c);
      for (let t = firstChild[old] as number; t !== -1; t = nextSibling[t] as number) {
        const c = label[t] as number;
        const target = number[t] as number;
        fail[target] = s === 0 ? 0 : step(f, c);
        if (s < dense) rows[s * classes + c] = target;
        else {
          childClass[s - dense] = c;
          child[s - dense] = target;
        }
      }
    }

    // Only now that every failure link is known: turn state numbers into positions (a dense state's row
    // offset; sparse states follow the rows) and mark the transitions into states where keywords end.
    const denseEnd = dense * classes;
    const position = (state: number) => (state < dense ? state * classes : denseEnd + state - dense);
    const encode = (target: number) =>
      (outputs[target] as readonly number[]).length > 0 ? ~position(target) : position(target);
    this.dense = dense;
    this.denseEnd = denseEnd;
    this.rows = rows.map(encode);
    this.childClass = childClass;
    this.child = child.map(encode);
    this.fail = fail.subarray(dense).map(position);
    this.outputs = outputs;
  }

  get size(): number {
    return this.keywords.length;
  }

  /** Bytes held by the automaton's tables (not counting the output lists). */
  get tableBytes(): number {
    return (
      this.classOf.byteLength +
      this.rows.byteLength +
      this.childClass.byteLength +
      this.child.byteLength +
      this.fail.byteLength
    );
  }

  /**
   * For every keyword id that occurs, the ascending 0-based indices of the lines it occurs in.
   * Lines are those of `lines.join('\n')`: a keyword never spans two lines.
   */
  scan(lines: readonly string[]): Map<number, number[]> {
    const hits = new Map<number, number[]>();
    const { classOf, classes, dense, denseEnd, rows, childClass, child, fail, outputs, foldedI, foldedK } =
      this;
    for (let lineNo = 0; lineNo < lines.length; lineNo++) {
      const line = lines[lineNo] as string;
      let pos = 0;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        const c =
          code < 128
            ? (classOf[code] as number)
            : code === DOTTED_CAPITAL_I
              ? foldedI
              : code === KELVIN
                ? foldedK
                : OTHER;
        let next: number;
        if (pos < denseEnd) next = rows[pos + c] as number;
        else
          for (;;) {
            const k = pos - denseEnd;
            if (childClass[k] === c) {
              next = child[k] as number;
              break;
            }
            pos = fail[k] as number;
            if (pos < denseEnd) {
              next = rows[pos + c] as number;
              break;
            }
          }
        if (next >= 0) {
          pos = next;
          continue;
        }
        pos = ~next;
        const ids = outputs[pos < denseEnd ? pos / classes : dense + pos - denseEnd] as readonly number[];
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
