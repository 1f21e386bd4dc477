import { KeywordScanner } from './keyword-scan';

/**
 * The lines of a paste together with where each registered keyword occurs in them: built by one scan, then
 * every rule and signal extractor asks only for the lines it cares about.
 */
const NO_LINES: readonly number[] = Object.freeze([]);

/**
 * Keyword lists resolved to their ids, per set of ids. Callers pass the same constant lists (a rule's keys, a
 * signal's words) for every paste: resolved once, each later call costs one look-up instead of one per keyword. A list
 * made afresh for one paste is resolved for it alone, and its entry goes when the list does. Lists are never changed
 * once made (they are read-only to every caller), so an entry never goes stale.
 */
const RESOLVED = new WeakMap<ReadonlyMap<string, number>, WeakMap<readonly string[], readonly number[]>>();

function idOf(ids: ReadonlyMap<string, number>, keyword: string): number {
  // Callers nearly always ask in lower case already, as the ids are kept: only otherwise make a copy.
  const id = ids.get(keyword) ?? ids.get(keyword.toLowerCase());
  if (id === undefined) throw new Error(`keyword not registered: ${keyword}`);
  return id;
}

export class LineIndex {
  private readonly hits: Map<number, number[]>;
  private readonly resolved: WeakMap<readonly string[], readonly number[]>;
  private readonly lowerCache: Array<string | undefined>;

  constructor(
    readonly lines: readonly string[],
    scanner: KeywordScanner,
    private readonly ids: ReadonlyMap<string, number>,
  ) {
    this.hits = scanner.scan(lines);
    let resolved = RESOLVED.get(ids);
    if (!resolved) RESOLVED.set(ids, (resolved = new WeakMap()));
    this.resolved = resolved;
    // Sized up front: filled in any order, an empty array would soon turn into a slow dictionary.
    this.lowerCache = new Array<string | undefined>(lines.length);
  }

  /** 0-based indices of the lines containing `keyword` (which must be registered), ascending. */
  linesWith(keyword: string): readonly number[] {
    return this.hits.get(idOf(this.ids, keyword)) ?? NO_LINES;
  }

  linesWithAny(keywords: readonly string[]): readonly number[] {
    // Most keywords occur in no line of a paste: merge only when two lists are non-empty, since every diagnosis
    // asks this hundreds of times and the garbage it would leave decides how often the collector pauses.
    let only: readonly number[] = NO_LINES;
    let merged: Set<number> | undefined;
    let ids = this.resolved.get(keywords);
    if (ids === undefined) {
      ids = keywords.map((k) => idOf(this.ids, k));
      this.resolved.set(keywords, ids);
    }
    for (let k = 0; k < ids.length; k++) {
      const lines = this.hits.get(ids[k] as number) ?? NO_LINES;
      if (lines.length === 0) continue;
      if (only.length === 0) {
        only = lines;
        continue;
      }
      merged ??= new Set(only);
      for (const i of lines) merged.add(i);
    }
    return merged === undefined ? only : [...merged].sort((a, b) => a - b);
  }

  /** The ids of the keywords that occur in at least one line. */
  keywordIdsFound(): IterableIterator<number> {
    return this.hits.keys();
  }

  has(keyword: string): boolean {
    return this.linesWith(keyword).length > 0;
  }

  line(index: number): string {
    return this.lines[index] ?? '';
  }

  lower(index: number): string {
    let cached = this.lowerCache[index];
    if (cached === undefined) this.lowerCache[index] = cached = this.line(index).toLowerCase();
    return cached;
  }
}

/** Builds the scanner once for a fixed set of keywords. */
export function buildScanner(keywords: Iterable<string>): {
  scanner: KeywordScanner;
  ids: Map<string, number>;
} {
  const ids = new Map<string, number>();
  for (const k of keywords) {
    const key = k.toLowerCase();
    if (!ids.has(key)) ids.set(key, ids.size);
  }
  return { scanner: new KeywordScanner([...ids.keys()]), ids };
}

/**
 * An index over a fixed set of keywords that only some pastes need (the fallback's generic words, a package
 * download's failure words): its scanner is built on first use and kept, and only pastes that get that far pay for
 * the scan, while the engine's own scanner, which every paste pays for, stays small.
 */
export function onDemandIndex(keywords: readonly string[]): (lines: readonly string[]) => LineIndex {
  let built: ReturnType<typeof buildScanner> | null = null;
  return (lines) => {
    built ??= buildScanner(keywords);
    return new LineIndex(lines, built.scanner, built.ids);
  };
}
