import type { TokenCredential } from '../azure';
import type { CheckPlan, FirstAnswer } from '../checks';
import type { CheckReport, CredentialKind } from '../checks/types';
import type { PasteCause } from '../diagnosis/reconcile';
import type { CheckId } from '../knowledge';
import type { PasteDiagnosis } from './paste-evidence';

/** What to check: a registry named outside a paste, a paste's diagnosis, or both (the name wins). */
export interface LiveCheckSubject {
  readonly registry?: string;
  /** Absent for a registry card and for a command line without `--paste`. */
  readonly diagnosis?: PasteDiagnosis;
}

/** Which checks: those the paste makes relevant, every one, or exactly some (plus the registry lookup). */
export type LiveCheckScope =
  | { readonly kind: 'suggested' }
  | { readonly kind: 'all' }
  | { readonly kind: 'only'; readonly checks: readonly CheckId[] };

/**
 * Whose access the checks use. The bot makes the delegated credential from the person's Teams token; the
 * command line uses the developer signed in on the machine (made here unless a test passes its own).
 */
export type RunAs =
  | { readonly kind: 'delegated-user'; readonly credential: TokenCredential }
  | { readonly kind: 'local-developer'; readonly credential?: TokenCredential };

/** A validated plan and the causes its report will be reconciled with. */
export interface PlannedRun {
  readonly plan: CheckPlan;
  /** The paste's ranked causes; null when there was no paste (nothing to reconcile). */
  readonly causes: readonly PasteCause[] | null;
}

export interface RunRequest {
  readonly planned: PlannedRun;
  readonly runAs: RunAs;
  /** Defaults to the configured deadline. */
  readonly deadlineMs?: number;
  /**
   * Someone is waiting for an answer (a Teams card action): `first` settles by this time of the service's
   * clock, with progress if the run is not done. Without it `first` waits for the final report.
   */
  readonly answerBy?: number;
  /**
   * Get the Resource Manager token first, within this time, and answer a consent or sign-in problem
   * instead of running checks that would each say "sign-in required".
   */
  readonly probeSignInWithinMs?: number;
  readonly signal?: AbortSignal;
}

/** A run under way. Nothing here ever rejects; `final` is the finished, reconciled report. */
export interface LiveCheckRun {
  readonly credential: CredentialKind;
  readonly first: Promise<FirstAnswer>;
  readonly final: Promise<CheckReport>;
  /** The latest progress report (the finished one once the run is over). */
  latest(): CheckReport;
}

/** The whole workflow in one request (the command line): subject and scope, then the run. */
export interface LiveCheckRequest extends Omit<RunRequest, 'planned' | 'answerBy'> {
  readonly subject: LiveCheckSubject;
  readonly scope: LiveCheckScope;
}
