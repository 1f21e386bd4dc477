import { CAUSES } from '../knowledge';
import { buildAnchorIndex, type AnchorIndex } from './anchor-index';
import { compileCauses, ruleKeywords, type CompiledCause } from './compiled-rules';
import type { KeywordScanner } from './keyword-scan';
import { buildScanner } from './line-index';
import { SIGNAL_KEYWORDS } from './signals';

export interface Engine {
  readonly causes: readonly CompiledCause[];
  readonly scanner: KeywordScanner;
  readonly keywordIds: ReadonlyMap<string, number>;
  readonly anchors: AnchorIndex;
}

let engine: Engine | null = null;

/** The compiled knowledge base and its keyword scanner, built once on first use. */
export function getEngine(): Engine {
  if (!engine) {
    const causes = compileCauses(CAUSES);
    const { scanner, ids } = buildScanner([...SIGNAL_KEYWORDS, ...ruleKeywords(causes)]);
    engine = { causes, scanner, keywordIds: ids, anchors: buildAnchorIndex(causes, ids) };
  }
  return engine;
}
