import type { CompiledCause } from '../compiled-rules';
import type { Scored, ScoredCause } from '../score';
import { blendLearned, type BlendMode } from './blend';
import { compileModel, type CompiledModel } from './model';
import { MODEL } from './model-data';

/**
 * How the shipped engine uses the learned layer. `fallback`: only when no rule matched, so it never changes an
 * answer the rules give (npm run bench:learned compares every mode; `off` is rules only).
 */
export const SHIPPED_BLEND: BlendMode = 'fallback';

let compiled: CompiledModel | null = null;

/** The shipped model, unpacked once on first use. */
export function shippedModel(): CompiledModel {
  if (!compiled) compiled = compileModel(MODEL);
  return compiled;
}

/** The rule candidates of a paste, calibrated, with the shipped learned layer blended in. Pure. */
export function rankWithLearned(
  scored: readonly Scored[],
  lines: readonly string[],
  causes: readonly CompiledCause[],
): ScoredCause[] {
  return blendLearned(scored, lines, causes, { model: shippedModel(), mode: SHIPPED_BLEND });
}
