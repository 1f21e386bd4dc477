import type { FamilyId } from '../../knowledge';

/**
 * What the learned layer can say about a paste: a cause family, or `none` (ordinary channel traffic with no
 * error in it at all). `other` is a family: an error, but not an ACR access problem.
 */
export type LearnedLabel = FamilyId | 'none';

/**
 * A multinomial naive Bayes model over the distinct features of a paste (features.ts), as shipped data.
 * Counts are integers, so regenerating it from the same labelled data gives the same file byte for byte.
 */
export interface LearnedModel {
  readonly version: 1;
  readonly labels: readonly LearnedLabel[];
  /** Prior weight of each label (its count among real pastes, plus one). */
  readonly prior: readonly number[];
  /** The features the model knows, separated by single spaces (a feature never holds a space). */
  readonly vocabulary: string;
  /**
   * Per label, how many training pastes of that label held each feature: `index:count` pairs in base 36,
   * comma-separated, by index. Features a label never saw are left out.
   */
  readonly counts: readonly string[];
  /** Additive smoothing of the counts. */
  readonly alpha: number;
  /** The likelihood is divided by this before it meets the prior: naive Bayes is overconfident otherwise. */
  readonly temperature: number;
}

/** The model unpacked for fast scoring: per feature, the labels that saw it and how much that says. */
export interface CompiledModel {
  readonly labels: readonly LearnedLabel[];
  readonly logPrior: readonly number[];
  /** log(alpha / (total_c + alpha·V)): what an unseen feature says for each label. */
  readonly logUnseen: readonly number[];
  /** feature → [label index, log((count + alpha) / alpha)] pairs, flattened. */
  readonly seen: ReadonlyMap<string, readonly number[]>;
  readonly temperature: number;
}

export interface Prediction {
  readonly label: LearnedLabel;
  readonly probability: number;
}

export function parseCounts(encoded: string): Array<[number, number]> {
  if (encoded === '') return [];
  return encoded.split(',').map((pair) => {
    const [i, n] = pair.split(':');
    return [parseInt(i ?? '0', 36), parseInt(n ?? '0', 36)];
  });
}

export function compileModel(model: LearnedModel): CompiledModel {
  const vocabulary = model.vocabulary === '' ? [] : model.vocabulary.split(' ');
  const v = vocabulary.length;
  const priorTotal = model.prior.reduce((a, b) => a + b, 0);
  const seen = new Map<string, number[]>();
  const logUnseen: number[] = [];
  model.counts.forEach((encoded, label) => {
    const pairs = parseCounts(encoded);
    const total = pairs.reduce((s, [, n]) => s + n, 0);
    logUnseen.push(Math.log(model.alpha / (total + model.alpha * v)));
    for (const [index, n] of pairs) {
      const feature = vocabulary[index];
      if (feature === undefined) continue;
      let list = seen.get(feature);
      if (!list) seen.set(feature, (list = []));
      list.push(label, Math.log((n + model.alpha) / model.alpha));
    }
  });
  return {
    labels: model.labels,
    logPrior: model.prior.map((p) => Math.log(p / priorTotal)),
    logUnseen,
    seen,
    temperature: model.temperature,
  };
}

/** Per label, the log-likelihood of the paste's known features (before the temperature), and how many were known. */
export function logLikelihoods(
  model: CompiledModel,
  features: readonly string[],
): { ll: number[]; known: number } {
  const ll = model.labels.map(() => 0);
  let known = 0;
  for (const f of features) {
    const list = model.seen.get(f);
    if (!list) continue;
    known++;
    for (let i = 0; i < list.length; i += 2) {
      const c = list[i] as number;
      ll[c] = (ll[c] as number) + (list[i + 1] as number);
    }
  }
  for (let c = 0; c < ll.length; c++) ll[c] = (ll[c] as number) + known * (model.logUnseen[c] as number);
  return { ll, known };
}

/** Posterior over labels from log-likelihoods at a temperature, best first (ties by label order). */
export function posterior(
  model: CompiledModel,
  ll: readonly number[],
  temperature: number = model.temperature,
): Prediction[] {
  const z = ll.map((l, c) => (model.logPrior[c] as number) + l / temperature);
  const top = Math.max(...z);
  const w = z.map((x) => Math.exp(x - top));
  const total = w.reduce((a, b) => a + b, 0);
  return model.labels
    .map((label, c) => ({ label, probability: (w[c] as number) / total, c }))
    .sort((a, b) => b.probability - a.probability || a.c - b.c)
    .map(({ label, probability }) => ({ label, probability }));
}

/** The model's posterior over labels for a paste's features, best first. */
export function predict(model: CompiledModel, features: readonly string[]): Prediction[] {
  return posterior(model, logLikelihoods(model, features).ll);
}
