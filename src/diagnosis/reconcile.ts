/**
 * Folds what live checks found into a diagnosis: the paste ranked candidate causes; the checks confirm some
 * and rule out others. Pure: no I/O, and it needs only the verdicts (any object shaped like a CheckReport).
 */
import type { CauseId, CauseVerdict, CheckId, Text } from '../knowledge';
import type { Diagnosis, RankedCause } from './types';

export type CauseStatus = 'confirmed' | 'ruled-out' | 'possible';

/** What a check said about a cause, and why. */
export interface CauseEvidence {
  readonly check: CheckId;
  readonly verdict: CauseVerdict['verdict'];
  readonly because: Text;
}

export interface ReconciledCause {
  /** The ranked cause, with its confidence renormalised. */
  readonly cause: RankedCause;
  readonly status: CauseStatus;
  /** The check findings that decided the status (both sides, when checks disagree). */
  readonly evidence: readonly CauseEvidence[];
}

export interface Reconciliation {
  /** Confirmed causes first, then the still-possible ones, ruled-out ones last. */
  readonly causes: readonly ReconciledCause[];
  /** Causes a check confirmed that the paste did not point at (e.g. the admin user is disabled). */
  readonly alsoFound: readonly { readonly cause: CauseId; readonly evidence: readonly CauseEvidence[] }[];
  /** The diagnosis with causes in the new order and confidences; `distinguish` dropped once a cause is confirmed. */
  readonly diagnosis: Diagnosis;
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

export function reconcile(diagnosis: Diagnosis, report: VerdictSource): Reconciliation {
  const byCause = new Map<CauseId, CauseEvidence[]>();
  for (const result of report.results) {
    for (const v of result.verdicts) {
      const list = byCause.get(v.cause) ?? [];
      list.push({ check: result.check, verdict: v.verdict, because: v.because });
      byCause.set(v.cause, list);
    }
  }

  const rated = diagnosis.causes.map((cause, index) => {
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
    diagnosis.causes.reduce((sum, c) => sum + c.confidence, 0),
  );
  const weights = rated.reduce((sum, r) => sum + r.weight, 0);
  const scale = weights > 0 ? total / weights : 0;

  const causes: ReconciledCause[] = rated
    .map((r) => ({ ...r, confidence: r.weight * scale }))
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.status === 'ruled-out' ? a.index - b.index : b.confidence - a.confidence || a.index - b.index),
    )
    .map((r) => ({
      cause: { ...r.cause, confidence: r.confidence },
      status: r.status,
      evidence: r.evidence,
    }));

  const listed = new Set(diagnosis.causes.map((c) => c.id));
  const alsoFound = [...byCause]
    .filter(([cause, evidence]) => !listed.has(cause) && statusOf(evidence) === 'confirmed')
    .map(([cause, evidence]) => ({ cause, evidence: evidence.filter((e) => e.verdict === 'confirmed') }));

  const anyConfirmed = causes.some((c) => c.status === 'confirmed');
  const top = causes[0];
  return {
    causes,
    alsoFound,
    diagnosis: {
      ...diagnosis,
      causes: causes.map((c) => c.cause),
      verdict:
        top && top.status !== 'ruled-out'
          ? top.cause.scope === 'not-acr'
            ? 'not-acr'
            : 'acr'
          : diagnosis.verdict,
      distinguish: anyConfirmed ? null : diagnosis.distinguish,
      ambiguity: anyConfirmed ? { ambiguous: false } : diagnosis.ambiguity,
    },
  };
}
