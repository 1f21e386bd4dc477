/**
 * What the accuracy benches report for a set of judged answers: top-1 and top-3 (the family of the first cause, or
 * of any of the first three, is the label or one of `also`), not-ACR recognised, "no cause" on ACR pastes, expected
 * calibration error with its noise floor, and wrong answers given with confidence >= 0.8 and >= 0.9.
 */
import type { LabelledPaste } from './corpus';
import { round } from './table';

export interface Result {
  readonly paste: LabelledPaste;
  readonly expected: readonly string[];
  readonly families: readonly string[];
  readonly verdict: string;
  readonly top1: boolean;
  readonly top3: boolean;
  readonly confidence: number;
  readonly ambiguous: boolean;
}

export function judge(
  paste: LabelledPaste,
  expected: readonly string[],
  families: readonly string[],
  verdict: string,
  confidence: number,
  ambiguous: boolean,
): Result {
  const distinct = [...new Set(families)];
  return {
    paste,
    expected,
    families: distinct,
    verdict,
    top1: distinct[0] !== undefined && expected.includes(distinct[0]),
    top3: distinct.slice(0, 3).some((f) => expected.includes(f)),
    confidence,
    ambiguous,
  };
}

/** Expected calibration error of the first cause's confidence over ten bins. */
export function ece(results: readonly Result[]): number {
  let total = 0;
  for (let b = 0; b < 10; b++) {
    const bin = results.filter((r) => Math.min(9, Math.floor(r.confidence * 10)) === b);
    if (bin.length === 0) continue;
    const acc = bin.filter((r) => r.top1).length / bin.length;
    const conf = bin.reduce((s, r) => s + r.confidence, 0) / bin.length;
    total += (bin.length / results.length) * Math.abs(acc - conf);
  }
  return total;
}

/**
 * The calibration error a perfectly calibrated engine would still show on these pastes, from sampling alone: per
 * bin, the expected distance between a mean of Bernoulli outcomes and their mean probability (normal
 * approximation). On a corpus of 60 pastes it is near 0.09: an ECE below it cannot be told from perfect.
 */
export function eceFloor(results: readonly Result[]): number {
  let total = 0;
  for (let b = 0; b < 10; b++) {
    const bin = results.filter((r) => Math.min(9, Math.floor(r.confidence * 10)) === b);
    if (bin.length === 0) continue;
    const variance = bin.reduce((s, r) => s + r.confidence * (1 - r.confidence), 0);
    total += (bin.length / results.length) * Math.sqrt(2 / Math.PI) * (Math.sqrt(variance) / bin.length);
  }
  return total;
}

export const ratio = (n: number, d: number) => (d === 0 ? 0 : round(n / d));
const share = (rs: readonly Result[], test: (r: Result) => boolean) =>
  ratio(rs.filter(test).length, rs.length);

export interface Figures {
  readonly cases: number;
  readonly top1: number;
  readonly top3: number;
  readonly not_acr: number;
  readonly no_cause_on_acr: number;
  readonly ece: number;
  /** What a perfectly calibrated engine would still show on this many pastes: an ECE near it is noise. */
  readonly ece_floor: number;
  readonly wrong_at_0_8: number;
  readonly wrong_at_0_9: number;
  readonly ambiguous: number;
}

export function figures(rs: readonly Result[]): Figures {
  const notAcr = rs.filter((r) => r.expected[0] === 'other');
  const acr = rs.filter((r) => r.expected[0] !== 'other');
  return {
    cases: rs.length,
    top1: share(rs, (r) => r.top1),
    top3: share(rs, (r) => r.top3),
    not_acr: share(notAcr, (r) => r.verdict === 'not-acr'),
    no_cause_on_acr: share(acr, (r) => r.families.length === 0),
    ece: round(ece(rs)),
    ece_floor: round(eceFloor(rs)),
    wrong_at_0_8: share(rs, (r) => !r.top1 && r.confidence >= 0.8),
    wrong_at_0_9: share(rs, (r) => !r.top1 && r.confidence >= 0.9),
    ambiguous: share(rs, (r) => r.ambiguous),
  };
}
