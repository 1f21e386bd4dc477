import type { FamilyId } from '../../knowledge';
import type { CompiledCause } from '../compiled-rules';
import { calibrate, SHIPPED, type Scored, type ScoredCause, type ScoringParams } from '../score';
import { featuresOf } from './features';
import { predict, type CompiledModel, type Prediction } from './model';

/**
 * How the learned layer meets the rules. It is one weak piece of evidence: it never lifts a cause above `cap`
 * on its own, and it never answers for a paste it reads as ordinary traffic (`none`) or as not an ACR problem
 * (`other`): those stay with the rules, so "not an ACR problem" is reached exactly as before (and in the nudge,
 * `other` candidates of the rules are weighed like any family).
 */
export const LEARNED = {
  /** The most confidence the learned layer alone gives a cause. */
  cap: 0.6,
  /** When the rules find nothing: the learned family must have at least this posterior to be named. */
  minFirst: 0.35,
  /** …and a further family at least this much to be listed after it. */
  minFurther: 0.1,
  /** …and at most this many families are listed. */
  maxFallback: 3,
  /** When the rules find something: how many score points the learned layer may take from a candidate. */
  nudge: 1.5,
} as const;

/**
 * - `fallback`: the learned layer speaks only when the rules find nothing;
 * - `nudge`: it only reorders what the rules found (a family it finds unlikely loses up to `nudge` points);
 * - `both`: the two together; `off`: rules only.
 */
export type BlendMode = 'off' | 'fallback' | 'nudge' | 'both';

export interface BlendOptions {
  readonly model: CompiledModel;
  readonly mode: BlendMode;
  readonly params?: ScoringParams;
}

/** The cause that stands for a family when only the learned layer names it: its first common cause. */
function representative(causes: readonly CompiledCause[], family: FamilyId): CompiledCause | null {
  const members = causes.filter((c) => c.cause.family === family && c.cause.scope !== 'not-acr');
  return members.find((c) => c.cause.prevalence === 'common') ?? members[0] ?? null;
}

/** Labels the learned layer never answers with on its own: chatter, and "not an ACR problem". */
const SILENT: ReadonlySet<string> = new Set(['none', 'other']);

/**
 * Causes named by the learned layer alone, for a paste where no rule matched: nothing when its first label is
 * chatter or `other` (naming a look-alike cause from words alone answered channel traffic that mentions a login
 * server: bench:learned), else up to three ACR families at their posterior, never above the cap.
 */
function fallback(predictions: readonly Prediction[], causes: readonly CompiledCause[]): ScoredCause[] {
  const [first] = predictions;
  if (!first || SILENT.has(first.label) || first.probability < LEARNED.minFirst) return [];
  const out: ScoredCause[] = [];
  for (const p of predictions) {
    if (out.length >= LEARNED.maxFallback) break;
    if (SILENT.has(p.label)) continue;
    if (out.length > 0 && p.probability < LEARNED.minFurther) break;
    const compiled = representative(causes, p.label as FamilyId);
    if (!compiled) continue;
    out.push({
      matches: { compiled, matches: [] },
      // On the softmax's scale (temperature 2), so ambiguity compares learned candidates as it compares rules.
      score: 2 * Math.log(p.probability),
      confidence: Math.round(Math.min(LEARNED.cap, p.probability) * 1000) / 1000,
      independent: 0,
      prior: p.probability,
    });
  }
  return out;
}

/** Rule candidates with each family's score lowered by how much less likely the learned layer finds it. */
function nudged(scored: readonly Scored[], predictions: readonly Prediction[]): Scored[] {
  const families = predictions.filter((p) => p.label !== 'none');
  const best = families[0]?.probability ?? 0;
  if (best === 0) return scored.slice();
  const of = new Map(families.map((p) => [p.label, p.probability]));
  return scored.map((s) => ({
    ...s,
    score: s.score - (LEARNED.nudge * (best - (of.get(s.matches.compiled.cause.family) ?? 0))) / best,
  }));
}

/**
 * The rule candidates of a paste, calibrated, with the learned layer blended in as `mode` says. Pure.
 * With `off` it is exactly `calibrate(scored)`.
 */
export function blendLearned(
  scored: readonly Scored[],
  lines: readonly string[],
  causes: readonly CompiledCause[],
  options: BlendOptions,
): ScoredCause[] {
  const params = options.params ?? SHIPPED;
  const rules = calibrate(scored, params);
  if (options.mode === 'off') return rules;
  if (scored.length === 0)
    return options.mode === 'nudge' ? rules : fallback(predict(options.model, featuresOf(lines)), causes);
  if (options.mode === 'fallback') return rules;
  const predictions = predict(options.model, featuresOf(lines));
  const before = new Map(rules.map((s) => [s.matches.compiled.cause.id, s.confidence]));
  // The learned layer may reorder and reweigh, but it never lifts a cause above what the rules gave it or the cap.
  return calibrate(nudged(scored, predictions), params).map((s) => ({
    ...s,
    confidence: Math.min(s.confidence, Math.max(before.get(s.matches.compiled.cause.id) ?? 0, LEARNED.cap)),
  }));
}
