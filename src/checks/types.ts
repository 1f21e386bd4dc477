import type { Reconciliation } from '../diagnosis/reconcile';
import type { CauseVerdict, CheckId, Text } from '../knowledge';

/**
 * The contract between live checks (src/checks/), the runner and the cards. A check that cannot decide
 * says why (`unknown` + reason) instead of throwing, so one failing API never hides the other checks.
 */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'unknown';

export type UnknownReason =
  | 'no-permission' // the user's token may not read this (403 / AuthorizationFailed)
  | 'sign-in-required' // no token, or consent missing
  | 'timeout' // did not answer within the run's deadline
  | 'throttled' // 429 and Retry-After did not fit the deadline
  | 'service-error' // 5xx or an error shape we do not know
  | 'malformed-response' // the answer did not parse or lacked required fields
  | 'not-applicable' // nothing in the paste to check (e.g. no app id for secret expiry)
  | 'registry-not-found'; // the registry lookup failed, so registry-scoped checks cannot run

/** One observed fact, e.g. { label: Public network access, value: "Disabled" }. Values are data from Azure. */
export interface CheckFact {
  readonly label: Text;
  readonly value: string;
}

/** A fix step whose command already has the real values from Azure and the paste filled in. */
export interface CheckFix {
  readonly text: Text;
  readonly command?: string;
}

interface ResultBase {
  readonly check: CheckId;
  /** One sentence for the card: what this check found. */
  readonly summary: Text;
  readonly facts: readonly CheckFact[];
  readonly elapsedMs: number;
}

export type CheckResult =
  | (ResultBase & {
      readonly status: 'pass' | 'fail' | 'warn';
      readonly verdicts: readonly CauseVerdict[];
      readonly fix: readonly CheckFix[];
    })
  | (ResultBase & {
      readonly status: 'unknown';
      readonly reason: UnknownReason;
      readonly verdicts: readonly [];
      readonly fix: readonly [];
    });

/** How the checks were authorised; the card states it. */
export type CredentialKind = 'delegated-user' | 'local-developer';

export interface CheckReport {
  readonly registry: string;
  readonly credential: CredentialKind;
  readonly results: readonly CheckResult[];
  /** False while checks are still running (a progress card) or when some were cut by the deadline. */
  readonly complete: boolean;
  readonly azureCalls: number;
  readonly elapsedMs: number;
  /** Checks still running (progress reports); empty or absent in the final report. */
  readonly pending?: readonly CheckId[];
  /**
   * The paste's causes after the checks found so far: the live-check service adds it to every report of a
   * run made for a paste; absent when there was no paste.
   */
  readonly reconciliation?: Reconciliation;
}
