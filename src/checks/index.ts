/** What the live-check service (src/live-checks) builds on: the plan, the checks, the runner, the sign-in probe. */
export {
  runWithinAnswerBudget,
  type BudgetedRun,
  type BudgetedRunOptions,
  type FirstAnswer,
} from './answer-budget';
export type { Check, CheckEnv, CheckOutcome } from './check';
export { systemClock, type Clock } from './clock';
export { LIVE_CHECKS } from './live';
export { LOGIN_FAILURES_QUERY } from './live/login-failures';
export {
  buildPlan,
  NO_PASTE,
  type CheckPlan,
  type PasteEvidence,
  type PlanFacts,
  type PlanOptions,
  type PlanResult,
} from './plan';
export {
  createRateLimiter,
  createWindowRateLimiter,
  sharedFromLocal,
  type CounterTake,
  type RateDecision,
  type RateLimiter,
  type RateLimiterOptions,
  type SharedRateLimiter,
  type WindowCounters,
  type WindowRateLimiterOptions,
} from './rate-limiter';
export {
  isRegistryName,
  parseRegistryTarget,
  type RegistryTarget,
  type RegistryTargetResult,
} from './registry-name';
export { runChecks, type RunOptions } from './runner';
export { checkSignIn, signInStateOf, type SignInState } from './sign-in';
export type * from './types';
