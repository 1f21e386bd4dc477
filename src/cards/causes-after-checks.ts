import type { CheckReport, CheckResult } from '../checks/types';
import type { Reconciliation, CauseStatus, ReconciledCause } from '../diagnosis/reconcile';
import type { Diagnosis } from '../diagnosis/types';
import { CHECK_TITLES, type CauseId, type CheckId, type Lang } from '../knowledge';
import type { CardDiagnosis } from './diagnosis-card';
import { checkSteps, type LiveDetail, type StepData } from './live-checks-data';
import { plainLine } from './plain-text';

/**
 * A diagnosis as the card shows it once live checks have reported: the causes as the finished report's
 * reconciliation ranked them (the live-check service reconciles; the card only shows it), each
 * with what the checks decided about it and why, and for confirmed causes the checks' own fix steps (commands
 * filled in with the values found in Azure). Without a report the diagnosis is shown as the paste ranked it.
 */
export interface CauseDecision {
  readonly status: CauseStatus;
  /** "<check title>: <because>", one per finding that decided the status. */
  readonly because: readonly string[];
  /** Fix steps of the checks that confirmed the cause. */
  readonly steps: readonly StepData[];
  /** The checks those steps came from. */
  readonly stepsFrom: readonly CheckId[];
}

export interface CausesAfterChecks {
  /** The diagnosis in the order and with the confidences to show. */
  readonly diagnosis: CardDiagnosis;
  /** Present for every listed cause once a report exists. */
  readonly decisions: ReadonlyMap<CauseId, CauseDecision>;
  /** Causes a check confirmed that the paste did not point at. */
  readonly alsoFound: readonly { readonly cause: CauseId; readonly decision: CauseDecision }[];
}

function decision(
  reconciled: Pick<ReconciledCause, 'status' | 'evidence'>,
  results: ReadonlyMap<CheckId, CheckResult>,
  lang: Lang,
  detail: LiveDetail,
): CauseDecision {
  const decisive = reconciled.evidence.filter((e) =>
    reconciled.status === 'confirmed' ? e.verdict === 'confirmed' : true,
  );
  const because = decisive
    .slice(0, detail.because)
    .map((e) => plainLine(`${CHECK_TITLES[e.check][lang]}: ${e.because[lang]}`, detail.summaryChars).text);
  if (reconciled.status !== 'confirmed')
    return { status: reconciled.status, because, steps: [], stepsFrom: [] };
  // The first confirming check that has a fix gives the steps: one set of commands per cause is enough,
  // and at least its first step stays however short the card must get.
  const source = decisive.map((e) => results.get(e.check)).find((r) => r !== undefined && r.fix.length > 0);
  const stepDetail = {
    ...detail,
    steps: Math.max(1, detail.steps),
    commandChars: Math.max(160, detail.commandChars),
  };
  return {
    status: 'confirmed',
    because,
    steps: source ? checkSteps(source, lang, stepDetail) : [],
    stepsFrom: source ? [source.check] : [],
  };
}

export function causesAfterChecks(
  diagnosis: CardDiagnosis,
  report: CheckReport | undefined,
  lang: Lang,
  detail: LiveDetail,
): CausesAfterChecks {
  const rec = report?.reconciliation;
  if (report === undefined || rec === undefined) return { diagnosis, decisions: new Map(), alsoFound: [] };
  const results = new Map(report.results.map((r) => [r.check, r] as const));
  const shown = showReconciled(diagnosis, rec);
  return {
    diagnosis: shown,
    decisions: new Map(rec.causes.map((c) => [c.id, decision(c, results, lang, detail)] as const)),
    // Some checks confirm a cause whenever its setting holds (the admin user is off, as recommended); only
    // a check that judged it a problem for this case makes it news worth listing next to the paste's causes.
    alsoFound: rec.alsoFound
      .filter((found) => found.evidence.some((e) => results.get(e.check)?.status === 'fail'))
      .slice(0, detail.alsoFound)
      .map((found) => ({
        cause: found.cause,
        decision: decision({ status: 'confirmed', evidence: found.evidence }, results, lang, detail),
      })),
  };
}

/** The parts of a diagnosis a reconciliation changes. */
type ShownDiagnosis = Pick<Diagnosis, 'verdict' | 'causes' | 'distinguish' | 'ambiguity'>;

/**
 * A diagnosis as shown after the checks: causes in the reconciled order with their new confidences, the
 * reconciled verdict, and no open question once a cause is confirmed. Causes the reconciliation does not
 * know (it was made for another paste) are left out.
 */
export function showReconciled<D extends ShownDiagnosis>(diagnosis: D, rec: Reconciliation): D {
  const byId = new Map(diagnosis.causes.map((c) => [c.id, c] as const));
  const causes = rec.causes.flatMap((r) => {
    const cause = byId.get(r.id);
    return cause ? [{ ...cause, confidence: r.confidence }] : [];
  });
  return {
    ...diagnosis,
    causes,
    verdict: rec.verdict ?? diagnosis.verdict,
    distinguish: rec.settled ? null : diagnosis.distinguish,
    ambiguity: rec.settled ? { ambiguous: false } : diagnosis.ambiguity,
  };
}
