/**
 * How sure the engine is of its first cause, learnt from real pastes. The softmax over rule scores ranks causes
 * well but says little about how often the first one is right: one decisive line and three suggestive ones can
 * give the same probability. A logistic model reads the softmax probability of the first cause (as log-odds) and
 * how many independent pieces of evidence it rests on, and says how often such a first cause was right on
 * real pastes. `npm run bench:accuracy -- --fit` fits it by leave-one-corpus-out cross-validation.
 */
export interface Recalibration {
  readonly intercept: number;
  /** Weight of the log-odds of the first cause's softmax probability. */
  readonly logOdds: number;
  /** Added when every anchor of the first cause is a string several families share. */
  readonly sharedOnly: number;
  /** Added when the first cause rests on two or more independent pieces of evidence. */
  readonly corroborated: number;
}

/** The features the model reads, in the order of its weights after the intercept. */
export function recalibrationFeatures(softmax: number, independent: number): [number, number, number] {
  const p = Math.min(Math.max(softmax, 1e-4), 1 - 1e-4);
  return [Math.log(p / (1 - p)), independent === 0 ? 1 : 0, independent >= 2 ? 1 : 0];
}

/** The probability that the first cause is the right one, before the evidence caps. */
export function recalibrate(softmax: number, independent: number, model: Recalibration): number {
  const [logOdds, sharedOnly, corroborated] = recalibrationFeatures(softmax, independent);
  const z =
    model.intercept +
    model.logOdds * logOdds +
    model.sharedOnly * sharedOnly +
    model.corroborated * corroborated;
  return 1 / (1 + Math.exp(-z));
}
