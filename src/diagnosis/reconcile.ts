/**
 * Folds what live checks found into the causes a paste ranked: the checks confirm some and rule out others.
 * Pure, and it reads only what it needs: each cause's id, confidence and scope, and the checks' verdicts.
 * The result is plain data, so a finished live-check report can carry it (and be stored) as it is; cards and
 * the command line show it (`showReconciled` in src/cards), without reconciling anything themselves.
 */
import type { CauseId, CauseVerdict, CheckId, Text } from '../knowledge';
import type { RankedCause, Verdict } from './types';

export type CauseStatus = 'confirmed' | 'ruled-out' | 'possible';

/** What a check said about a cause, and why. */
export interface CauseEvidence {
  readonly check: CheckId;
  readonly verdict: CauseVerdict['verdict'];
  readonly because: Text;
}

/** A cause as the paste ranked it: all reconcile() reads of a ranked cause. */
export type PasteCause = Pick<RankedCause, 'id' | 'confidence' | 'scope'>;

export interface ReconciledCause {
  readonly id: CauseId;
  /** The confidence renormalised by the checks' verdicts. */
  readonly confidence: number;
  readonly status: CauseStatus;
  /** The check findings that decided the status (both sides, when checks disagree). */
  readonly evidence: readonly CauseEvidence[];
}

export interface Reconciliation {
  /** The paste's causes as reconciled from, in the paste's order (a later, narrower run reconciles again). */
  readonly basis: readonly PasteCause[];
  /** Confirmed causes first, then the still-possible ones, ruled-out ones last. */
  readonly causes: readonly ReconciledCause[];
  /** Causes a check confirmed that the paste did not point at (e.g. the admin user is disabled). */
  readonly alsoFound: readonly { readonly cause: CauseId; readonly evidence: readonly CauseEvidence[] }[];
  /** The verdict the leading cause now gives, or null when every cause was ruled out (the paste's stands). */
  readonly verdict: Exclude<Verdict, 'unknown'> | null;
  /** A cause was confirmed: what the paste alone could not tell apart is settled. */
  readonly settled: boolean;
}

/** The part of a CheckReport reconciliation reads. */
export interface VerdictSource {
  readonly results: readonly { readonly check: CheckId; readonly verdicts: readonly CauseVerdict[] }[];
}

/** How much more likely a cause becomes once a live check confirms it (odds multiplier). */
const CONFIRMED_LIKELIHOOD = 20;
/** A confirmed cause the paste barely suggested still gets this much weight before scaling. */
const CONFIRMED_FLOOR = 0.05;

const ORDER: Readonly<Record<CauseStatus, number>> = { confirmed: 0, possible: 1, 'ruled-out': 2 };

function statusOf(evidence: readonly CauseEvidence[]): CauseStatus {
  // A positive finding wins: a cause that holds for one identity or setting is not undone by another that is fine.
  if (evidence.some((e) => e.verdict === 'confirmed')) return 'confirmed';
  if (evidence.some((e) => e.verdict === 'ruled-out')) return 'ruled-out';
  return 'possible';
}

export function reconcile(paste: readonly PasteCause[], report: VerdictSource): Reconciliation {
  const basis = paste.map((c) => ({ id: c.id, confidence: c.confidence, scope: c.scope }));
  const byCause = new Map<CauseId, CauseEvidence[]>();
  for (const result of report.results) {
    for (const v of result.verdicts) {
      const list = byCause.get(v.cause) ?? [];
      list.push({ check: result.check, verdict: v.verdict, because: v.because });
      byCause.set(v.cause, list);
    }
  }

  const rated = basis.map((cause, index) => {
    const evidence = byCause.get(cause.id) ?? [];
    const status = statusOf(evidence);
    const weight =
      status === 'ruled-out'
        ? 0
        : status === 'confirmed'
          ? Math.max(cause.confidence, CONFIRMED_FLOOR) * CONFIRMED_LIKELIHOOD
          : cause.confidence;
    return { cause, evidence, status, weight, index };
  });
  // Keep the total the paste gave (how likely it is that one of the listed causes is it), capped at 1.
  const total = Math.min(
    1,
    basis.reduce((sum, c) => sum + c.confidence, 0),
  );
  const weights = rated.reduce((sum, r) => sum + r.weight, 0);
  const scale = weights > 0 ? total / weights : 0;

  const ordered = rated
    .map((r) => ({ ...r, confidence: r.weight * scale }))
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.status === 'ruled-out' ? a.index - b.index : b.confidence - a.confidence || a.index - b.index),
    );
  const causes: ReconciledCause[] = ordered.map((r) => ({
    id: r.cause.id,
    confidence: r.confidence,
    status: r.status,
    evidence: r.evidence,
  }));

  const listed = new Set(basis.map((c) => c.id));
  const alsoFound = [...byCause]
    .filter(([cause, evidence]) => !listed.has(cause) && statusOf(evidence) === 'confirmed')
    .map(([cause, evidence]) => ({ cause, evidence: evidence.filter((e) => e.verdict === 'confirmed') }));

  const top = ordered[0];
  return {
    basis,
    causes,
    alsoFound,
    verdict: top && top.status !== 'ruled-out' ? (top.cause.scope === 'not-acr' ? 'not-acr' : 'acr') : null,
    settled: causes.some((c) => c.status === 'confirmed'),
  };
}
