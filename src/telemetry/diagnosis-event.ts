import type { Diagnosis } from '../diagnosis/types';

/**
 * The `diagnosis` event: what the engine concluded and how long it took, for Application Insights (and the
 * log). Only our own vocabulary and numbers — family and cause ids, a confidence, milliseconds, a byte
 * count — never the paste, a line of it, or anything the engine found in it (registry names, IPs, secrets).
 */
export type DiagnosisSource = 'message' | 'listen' | 'file' | 'sample' | 'message-action';

export interface DiagnosisEvent {
  readonly source: DiagnosisSource;
  readonly verdict: Diagnosis['verdict'];
  /** Families of the top causes, best first, without repeats, comma-separated ('' when none). */
  readonly families: string;
  /** The first cause's id ('' when none). */
  readonly topCause: string;
  /** The first cause's confidence, 0..1, three decimals (0 when none). */
  readonly topConfidence: number;
  readonly causes: number;
  /** Time the engine took, in milliseconds (two decimals). */
  readonly latencyMs: number;
  /** Size of the text diagnosed, in UTF-8 bytes. */
  readonly pasteBytes: number;
  /** How many secrets the engine masked (their kinds and values stay out). */
  readonly secretsMasked: number;
}

/** How many causes' families the event names: the ones a card shows first. */
const TOP_CAUSES = 3;

export function diagnosisEvent(
  source: DiagnosisSource,
  diagnosis: Diagnosis,
  latencyMs: number,
  pasteBytes: number,
): DiagnosisEvent {
  const top = diagnosis.causes.slice(0, TOP_CAUSES);
  const first = diagnosis.causes[0];
  return {
    source,
    verdict: diagnosis.verdict,
    families: [...new Set(top.map((c) => c.family))].join(','),
    topCause: first?.id ?? '',
    topConfidence: first ? Math.round(first.confidence * 1000) / 1000 : 0,
    causes: diagnosis.causes.length,
    latencyMs: Math.round(latencyMs * 100) / 100,
    pasteBytes,
    secretsMasked: diagnosis.secrets.length,
  };
}
