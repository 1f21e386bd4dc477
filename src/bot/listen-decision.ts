import type { Diagnosis } from '../diagnosis/types';

/**
 * Whether a message nobody addressed to the bot deserves an answer. The engine alone decides: the verdict
 * must be "an ACR problem", and the weight the engine puts on ACR causes together must reach the threshold.
 * Summing over the ACR causes (not just the first) is deliberate: a paste the engine cannot split between two
 * ACR causes is still certainly an ACR error. `npm run bench:listen` measures the threshold.
 */
export type ListenDecision =
  | { readonly answer: true; readonly confidence: number }
  | {
      readonly answer: false;
      readonly reason: 'not-acr' | 'unknown' | 'below-threshold';
      readonly confidence: number;
    };

/** The engine's confidence that the text is an ACR error at all (0..1). */
export function acrConfidence(diagnosis: Diagnosis): number {
  if (diagnosis.verdict !== 'acr') return 0;
  const mass = diagnosis.causes
    .filter((c) => c.scope !== 'not-acr' && c.family !== 'other')
    .reduce((sum, c) => sum + c.confidence, 0);
  return Math.min(1, mass);
}

export function listenDecision(diagnosis: Diagnosis, threshold: number): ListenDecision {
  const confidence = acrConfidence(diagnosis);
  if (diagnosis.verdict === 'not-acr') return { answer: false, reason: 'not-acr', confidence };
  if (diagnosis.verdict === 'unknown') return { answer: false, reason: 'unknown', confidence };
  return confidence >= threshold
    ? { answer: true, confidence }
    : { answer: false, reason: 'below-threshold', confidence };
}
