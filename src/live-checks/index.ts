/** The live-check service: what the bot and the command line use to run live checks. */
export type { AzureSettings, CloudEndpoints, CredentialResult, TlsTrust, TokenCredential } from '../azure';
/** Reading a Teams sign-in token's claims (tenant, user, audience, expiry) before any exchange. */
export { cloudOfLoginServer, userTokenClaims, type UserTokenClaims } from '../azure';
export type { FirstAnswer } from '../checks';
export { mergeReports } from './merge-reports';
export { pasteEvidence, type PasteDiagnosis } from './paste-evidence';
export type {
  LiveCheckRequest,
  LiveCheckRun,
  LiveCheckScope,
  LiveCheckSubject,
  PlannedRun,
  RunAs,
  RunRequest,
} from './request';
export {
  createLiveCheckService,
  type CheckOutcome,
  type LiveCheckService,
  type LiveCheckServiceOptions,
  type PlanOutcome,
  type SignInProblem,
  type StartOutcome,
} from './service';
export {
  createRateLimiter,
  createWindowRateLimiter,
  sharedFromLocal,
  systemClock,
  type Clock,
  type CounterTake,
  type RateDecision,
  type RateLimiter,
  type RateLimiterOptions,
  type SharedRateLimiter,
  type WindowCounters,
} from '../checks';
export type { CheckReport, CheckResult, CheckStatus, CredentialKind, UnknownReason } from '../checks/types';
