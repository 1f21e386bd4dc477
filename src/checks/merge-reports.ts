import { CHECK_IDS } from '../knowledge';
import type { CheckReport } from './types';

/**
 * A card keeps one report per registry: a later, narrower run (only the login failures) adds its results to
 * what an earlier full run found, and replaces the results of the checks it ran again.
 */
export function mergeReports(earlier: CheckReport | undefined, later: CheckReport): CheckReport {
  if (earlier === undefined || earlier.registry !== later.registry) return later;
  const byCheck = new Map(earlier.results.map((r) => [r.check, r] as const));
  for (const r of later.results) byCheck.set(r.check, r);
  return {
    ...later,
    results: CHECK_IDS.flatMap((id) => {
      const r = byCheck.get(id);
      return r ? [r] : [];
    }),
    complete: later.complete && earlier.complete,
    azureCalls: earlier.azureCalls + later.azureCalls,
  };
}
