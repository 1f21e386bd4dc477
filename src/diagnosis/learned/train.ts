import { FAMILY_IDS } from '../../knowledge';
import { compileModel, logLikelihoods, posterior, type LearnedLabel, type LearnedModel } from './model';

/** One labelled paste, already reduced to its features. `group` is the corpus it came from. */
export interface Example {
  readonly features: readonly string[];
  readonly label: LearnedLabel;
  readonly group: string;
  /** A real paste (its label counts towards the prior); catalogue messages and fixtures do not. */
  readonly real: boolean;
}

export const LABELS: readonly LearnedLabel[] = [...FAMILY_IDS, 'none'];

export const TRAINING = {
  /** A feature must occur in this many training pastes: a word seen once is somebody's name. */
  minDocs: 2,
  /** The vocabulary keeps at most this many features, the most frequent first. */
  maxVocabulary: 6000,
  alpha: 0.5,
  /**
   * The channel traffic's share of the prior, against its count: the traffic is there to teach what chatter
   * looks like, not to say how often a paste handed to the engine is chatter.
   */
  nonePrior: 0.1,
  /** Temperatures tried when the likelihood is tempered (fitted by leave-one-corpus-out log-loss). */
  temperatures: [1, 2, 3, 4, 6, 8, 12, 16, 24, 32],
} as const;

/** Counts, vocabulary and prior from labelled examples; the temperature is given. Deterministic. */
export function countModel(examples: readonly Example[], temperature: number): LearnedModel {
  const docs = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) docs.set(f, (docs.get(f) ?? 0) + 1);
  const vocabulary = [...docs.entries()]
    .filter(([, n]) => n >= TRAINING.minDocs)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TRAINING.maxVocabulary)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const counts = LABELS.map(() => new Map<number, number>());
  for (const e of examples) {
    const perLabel = counts[LABELS.indexOf(e.label)];
    if (!perLabel) continue;
    for (const f of new Set(e.features)) {
      const i = index.get(f);
      if (i !== undefined) perLabel.set(i, (perLabel.get(i) ?? 0) + 1);
    }
  }
  const prior = LABELS.map((label) => {
    const n = examples.filter((e) => e.real && e.label === label).length;
    return 1 + (label === 'none' ? Math.round(n * TRAINING.nonePrior) : n);
  });
  return {
    version: 1,
    labels: LABELS,
    prior,
    vocabulary: vocabulary.join(' '),
    counts: counts.map((m) =>
      [...m.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([i, n]) => `${i.toString(36)}:${n.toString(36)}`)
        .join(','),
    ),
    alpha: TRAINING.alpha,
    temperature,
  };
}

/**
 * The temperature that gives the least log-loss on real pastes the counts did not see: each corpus of real pastes
 * in turn is left out of the counts and scored.
 */
export function fitTemperature(examples: readonly Example[]): number {
  const groups = [...new Set(examples.filter((e) => e.real).map((e) => e.group))].sort();
  const scored: Array<{ ll: number[]; label: number; model: ReturnType<typeof compileModel> }> = [];
  for (const group of groups) {
    const model = compileModel(
      countModel(
        examples.filter((e) => e.group !== group),
        1,
      ),
    );
    for (const e of examples.filter((x) => x.group === group))
      scored.push({ ll: logLikelihoods(model, e.features).ll, label: LABELS.indexOf(e.label), model });
  }
  let best: { t: number; loss: number } | null = null;
  for (const t of TRAINING.temperatures) {
    let loss = 0;
    for (const s of scored) {
      const p = posterior(s.model, s.ll, t).find((x) => x.label === LABELS[s.label])?.probability ?? 0;
      loss -= Math.log(Math.max(p, 1e-6));
    }
    if (!best || loss < best.loss - 1e-9) best = { t, loss };
  }
  return best?.t ?? 1;
}

/** The whole training: temperature by leave-one-corpus-out, then the counts over every example. */
export function train(examples: readonly Example[]): LearnedModel {
  return countModel(examples, fitTemperature(examples));
}
