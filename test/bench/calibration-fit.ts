/**
 * Fits the recalibration of src/diagnosis/recalibration.ts: logistic regression of "the first cause's family is
 * right" on the features that file defines, by Newton's method with a little ridge so that a corpus without a
 * single mistake cannot drive a weight to infinity.
 */
import { recalibrationFeatures, type Recalibration } from '../../src/diagnosis/recalibration';

export interface Observation {
  /** The softmax probability of the first cause. */
  readonly softmax: number;
  readonly independent: number;
  readonly right: boolean;
}

const RIDGE = 0.1;
const STEPS = 50;

/** Solves the small symmetric system a·x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number))
        pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const row = m[c] as number[];
    const d = row[c] as number;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] as number[];
      const f = (other[c] as number) / d;
      for (let k = c; k <= n; k++) other[k] = (other[k] as number) - f * (row[k] as number);
    }
  }
  return m.map((row, i) => {
    const d = row[i] as number;
    return Math.abs(d) < 1e-12 ? 0 : (row[n] as number) / d;
  });
}

export function fitRecalibration(observations: readonly Observation[]): Recalibration {
  const xs = observations.map((o) => [1, ...recalibrationFeatures(o.softmax, o.independent)]);
  const ys = observations.map((o) => (o.right ? 1 : 0));
  const n = 4;
  let w = [0, 1, 0, 0];
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((wi) => RIDGE * wi);
    const hess = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? RIDGE : 0)),
    );
    xs.forEach((x, k) => {
      const z = x.reduce((s, xi, i) => s + xi * (w[i] as number), 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (ys[k] as number);
      const v = p * (1 - p);
      for (let i = 0; i < n; i++) {
        grad[i] = (grad[i] as number) + r * (x[i] as number);
        const row = hess[i] as number[];
        for (let j = 0; j < n; j++) row[j] = (row[j] as number) + v * (x[i] as number) * (x[j] as number);
      }
    });
    const delta = solve(hess, grad);
    w = w.map((wi, i) => wi - (delta[i] as number));
    if (delta.every((d) => Math.abs(d) < 1e-9)) break;
  }
  const [intercept, logOdds, sharedOnly, corroborated] = w as [number, number, number, number];
  return { intercept, logOdds, sharedOnly, corroborated };
}
