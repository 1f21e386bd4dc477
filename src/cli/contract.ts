import type { Diagnosis, NotAcrReason } from '../diagnosis';

/**
 * The one-line JSON result that `diagnose --json` and `--jsonl` print. The benchmarks (ours and the team's)
 * read exactly this shape; change it only together with them.
 */
export interface ContractResult {
  readonly id?: unknown;
  readonly verdict: Diagnosis['verdict'];
  /**
   * With a `not-acr` verdict, why: `look-alike` (the cause is not ACR's), `no-registry` (a sign-in, a lookup or a role
   * grant failed and no registry is in the paste), `other-registry` (the registry that failed is not an ACR); null
   * otherwise.
   */
  readonly notAcrReason: NotAcrReason | null;
  readonly causes: ReadonlyArray<{ id: string; family: string; confidence: number; evidence: string[] }>;
  readonly signals: Diagnosis['signals'];
  readonly secrets: number;
  /** True when the paste cannot decide between `candidates` (cause ids, best first); see `checks`. */
  readonly ambiguous: boolean;
  readonly candidates: readonly string[];
  /** Live checks that tell the candidates apart (empty when not ambiguous). */
  readonly checks: readonly string[];
  /**
   * What the causes rest on: `rules` (known messages), `statement` (the person's own description of their setup),
   * `structure` (an ACR paste's generic failure signal), `words` (the learned layer's guess), `outside` (a failure
   * told in no word of a registry's world) or `unplaced` (a failure in a registry's words that nothing ties to an
   * ACR); null when there are no causes.
   */
  readonly basis: 'rules' | 'structure' | 'statement' | 'words' | 'outside' | 'unplaced' | null;
}

export function toContract(d: Diagnosis, id?: unknown): ContractResult {
  return {
    ...(id === undefined ? {} : { id }),
    verdict: d.verdict,
    notAcrReason: d.notAcrReason ?? null,
    causes: d.causes.map((c) => ({
      id: c.id,
      family: c.family,
      confidence: c.confidence,
      evidence: c.evidence.map((e) => e.text),
    })),
    signals: d.signals,
    secrets: d.secrets.length,
    ambiguous: d.ambiguity.ambiguous,
    candidates: d.ambiguity.ambiguous ? d.ambiguity.candidates : [],
    checks: d.ambiguity.ambiguous ? d.ambiguity.checks : [],
    basis: d.causes.length === 0 ? null : (d.fallback?.basis ?? 'rules'),
  };
}
