import type { Diagnosis } from '../diagnosis';

/**
 * The one-line JSON result that `diagnose --json` and `--jsonl` print. The benchmarks (ours and the team's)
 * read exactly this shape; change it only together with them.
 */
export interface ContractResult {
  readonly id?: unknown;
  readonly verdict: Diagnosis['verdict'];
  readonly causes: ReadonlyArray<{ id: string; family: string; confidence: number; evidence: string[] }>;
  readonly signals: Diagnosis['signals'];
  readonly secrets: number;
}

export function toContract(d: Diagnosis, id?: unknown): ContractResult {
  return {
    ...(id === undefined ? {} : { id }),
    verdict: d.verdict,
    causes: d.causes.map((c) => ({
      id: c.id,
      family: c.family,
      confidence: c.confidence,
      evidence: c.evidence.map((e) => e.text),
    })),
    signals: d.signals,
    secrets: d.secrets.length,
  };
}
