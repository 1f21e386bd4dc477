import type { CheckReport } from '../checks/types';
import { reconcile } from '../diagnosis/reconcile';
import { CHECK_IDS } from '../knowledge';

/**
 * A card keeps one report per registry: a later, narrower run (only the login failures) adds its results to
 * what an earlier full run found, and replaces the results of the checks it ran again. The merged results
 * are reconciled again with the same paste's causes, so the card shows what all the checks found together.
 */
export function mergeReports(earlier: CheckReport | undefined, later: CheckReport): CheckReport {
  if (earlier === undefined || earlier.registry !== later.registry) return later;
  const byCheck = new Map(earlier.results.map((r) => [r.check, r] as const));
  for (const r of later.results) byCheck.set(r.check, r);
  const results = CHECK_IDS.flatMap((id) => {
    const r = byCheck.get(id);
    return r ? [r] : [];
  });
  const basis = (later.reconciliation ?? earlier.reconciliation)?.basis;
  return {
    ...later,
    results,
    complete: later.complete && earlier.complete,
    azureCalls: earlier.azureCalls + later.azureCalls,
    ...(basis ? { reconciliation: reconcile(basis, { results }) } : {}),
  };
}
