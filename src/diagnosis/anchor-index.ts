import type { Fact } from '../knowledge';
import type { CompiledCause } from './compiled-rules';
import type { LineIndex } from './line-index';

/**
 * Which causes an anchor could match, by the keyword or fact that anchor needs. A cause can match a paste only
 * through one of its anchors, and a text anchor only on a line holding one of its keys; most keywords occur in no
 * line of a given paste. Asking each of a thousand anchors about its keys cost a quarter of a 4 KB diagnosis; going
 * the other way, from the keywords the paste does hold to the causes that listen for them, visits only those.
 */
export interface AnchorIndex {
  /** Per keyword id (the scanner's), the positions in `causes` of the causes with an anchor keyed on it. */
  readonly byKeyword: ReadonlyArray<readonly number[] | undefined>;
  /** Per fact, the positions of the causes with an anchor on that fact. */
  readonly byFact: ReadonlyMap<Fact, readonly number[]>;
}

function add<K>(to: Map<K, number[]>, key: K, cause: number): void {
  const list = to.get(key);
  if (list === undefined) to.set(key, [cause]);
  else if (list[list.length - 1] !== cause) list.push(cause);
}

export function buildAnchorIndex(
  causes: readonly CompiledCause[],
  keywordIds: ReadonlyMap<string, number>,
): AnchorIndex {
  const byId = new Map<number, number[]>();
  const byFact = new Map<Fact, number[]>();
  causes.forEach((c, position) => {
    for (const rule of c.anchors) {
      const clue = rule.clue;
      if (clue.kind === 'fact') {
        add(byFact, clue.fact, position);
        continue;
      }
      for (const key of clue.keys) {
        const id = keywordIds.get(key.toLowerCase());
        if (id === undefined) throw new Error(`${c.cause.id}: anchor key not registered: ${key}`);
        add(byId, id, position);
      }
    }
  });
  const byKeyword: Array<readonly number[] | undefined> = new Array(keywordIds.size).fill(undefined);
  for (const [id, list] of byId) byKeyword[id] = list;
  return { byKeyword, byFact };
}

/**
 * The causes, in their order, that have an anchor the paste could satisfy: a keyword it holds or a fact it shows.
 * Every other cause has no anchor that can match, so matching only these finds exactly what matching all would.
 */
export function anchoredCauses(
  causes: readonly CompiledCause[],
  anchors: AnchorIndex,
  index: LineIndex,
  factLines: ReadonlyMap<Fact, number>,
): CompiledCause[] {
  const reached = new Uint8Array(causes.length);
  let any = false;
  for (const id of index.keywordIdsFound()) {
    const list = anchors.byKeyword[id];
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i++) reached[list[i] as number] = 1;
    any = true;
  }
  for (const fact of factLines.keys()) {
    const list = anchors.byFact.get(fact);
    if (list === undefined) continue;
    for (let i = 0; i < list.length; i++) reached[list[i] as number] = 1;
    any = true;
  }
  if (!any) return [];
  const out: CompiledCause[] = [];
  for (let i = 0; i < causes.length; i++) if (reached[i] === 1) out.push(causes[i] as CompiledCause);
  return out;
}
