import {
  createAzureApis,
  createLocalDeveloperCredential,
  createOnBehalfOfCredential,
  type AzureSettings,
  type CredentialResult,
  type TlsTrust,
  type TokenCredential,
} from '../azure';
import {
  buildPlan,
  checkSignIn,
  runWithinAnswerBudget,
  systemClock,
  type Clock,
  type FirstAnswer,
  type PlanOptions,
  type PlanResult,
  type SignInState,
} from '../checks';
import { NO_PASTE } from '../checks/plan';
import type { CheckReport } from '../checks/types';
import { reconcile } from '../diagnosis/reconcile';
import type { Text } from '../knowledge';
import { pasteEvidence } from './paste-evidence';
import type {
  LiveCheckRequest,
  LiveCheckRun,
  LiveCheckScope,
  LiveCheckSubject,
  PlannedRun,
  RunRequest,
} from './request';

/**
 * The live-check workflow, one entry point for the bot and the command line: plan (which registry, which
 * checks; validated before any sign-in) → identity (the caller's credential) → Azure clients → run under one
 * deadline → reconcile with the paste's causes. What comes out is a finished report that cards and the
 * terminal only have to show.
 */
export interface LiveCheckService {
  readonly settings: AzureSettings;
  plan(subject: LiveCheckSubject, scope: LiveCheckScope): PlanOutcome;
  start(request: RunRequest): Promise<StartOutcome>;
  /** Plan, run and wait for the finished report. */
  check(request: LiveCheckRequest): Promise<CheckOutcome>;
  /** The developer signed in on this machine (made once, so its token cache serves every run). */
  localCredential(): TokenCredential;
  /**
   * The person's own access, on behalf of their Teams sign-in token (already checked by the caller), in
   * the tenant that issued it.
   */
  delegatedCredential(userToken: string, tenantId: string): CredentialResult;
}

export type PlanOutcome =
  { readonly ok: true; readonly planned: PlannedRun } | { readonly ok: false; readonly problem: Text };

export type SignInProblem = Exclude<SignInState, { readonly kind: 'ready' }>;

export type StartOutcome =
  | { readonly kind: 'running'; readonly run: LiveCheckRun }
  | { readonly kind: 'sign-in-problem'; readonly state: SignInProblem };

export type CheckOutcome =
  | { readonly kind: 'report'; readonly report: CheckReport }
  | { readonly kind: 'no-registry'; readonly problem: Text }
  | { readonly kind: 'sign-in-problem'; readonly state: SignInProblem };

export interface LiveCheckServiceOptions {
  readonly settings: AzureSettings;
  /** Trust for the Azure endpoints' certificates; only tests set it (for their loopback fake of Azure). */
  readonly tls?: TlsTrust;
  readonly clock?: Clock;
}

function planOptions(subject: LiveCheckSubject, scope: LiveCheckScope): PlanOptions {
  const registry = subject.registry !== undefined ? { registry: subject.registry } : {};
  switch (scope.kind) {
    case 'suggested':
      return registry;
    case 'all':
      return { ...registry, all: true };
    case 'only':
      return { ...registry, only: scope.checks };
  }
}

export function createLiveCheckService(options: LiveCheckServiceOptions): LiveCheckService {
  const { settings } = options;
  const clock = options.clock ?? systemClock;
  const tls = options.tls ? { tls: options.tls } : {};
  let local: TokenCredential | undefined;
  const localCredential = (): TokenCredential =>
    (local ??= createLocalDeveloperCredential(settings, options.tls));

  const plan = (subject: LiveCheckSubject, scope: LiveCheckScope): PlanOutcome => {
    const planned: PlanResult = buildPlan(
      subject.diagnosis ? pasteEvidence(subject.diagnosis) : NO_PASTE,
      settings.endpoints,
      planOptions(subject, scope),
    );
    if (!planned.ok) return planned;
    return { ok: true, planned: { plan: planned.plan, causes: subject.diagnosis?.causes ?? null } };
  };

  const start = async (request: RunRequest): Promise<StartOutcome> => {
    const { planned, runAs } = request;
    // One set of Azure clients (and one token per audience) for the sign-in probe and the run that follows.
    const azure = createAzureApis({
      endpoints: settings.endpoints,
      credential: runAs.credential ?? localCredential(),
      ...tls,
    });
    if (request.probeSignInWithinMs !== undefined) {
      const signIn = await checkSignIn(azure, request.probeSignInWithinMs);
      if (signIn.kind !== 'ready') return { kind: 'sign-in-problem', state: signIn };
    }
    const deadlineMs = request.deadlineMs ?? settings.deadlineMs;
    const budgeted = runWithinAnswerBudget({
      plan: planned.plan,
      azure,
      credential: runAs.kind,
      deadlineMs,
      clock,
      // Nobody waiting for a first answer: it is the final one (the run has a deadline, the watchdog a grace).
      answerWithinMs:
        request.answerBy === undefined ? deadlineMs * 2 : Math.max(0, request.answerBy - clock.now()),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    // Every report the run hands out, progress included, carries the paste's causes reconciled so far.
    const reconciled = (report: CheckReport): CheckReport =>
      planned.causes === null ? report : { ...report, reconciliation: reconcile(planned.causes, report) };
    let finished: CheckReport | undefined;
    const final = budgeted.final.then((report) => (finished = reconciled(report)));
    const first = budgeted.first.then((answer): Promise<FirstAnswer> | FirstAnswer =>
      answer.kind === 'final'
        ? final.then((report) => ({ kind: 'final', report }))
        : { kind: 'progress', report: reconciled(answer.report) },
    );
    return {
      kind: 'running',
      run: {
        credential: runAs.kind,
        first,
        final,
        latest: () => finished ?? reconciled(budgeted.latest()),
      },
    };
  };

  return {
    settings,
    plan,
    start,
    localCredential,
    delegatedCredential: (userToken, tenantId) =>
      createOnBehalfOfCredential(settings, userToken, options.tls, tenantId),
    async check(request) {
      const planned = plan(request.subject, request.scope);
      if (!planned.ok) return { kind: 'no-registry', problem: planned.problem };
      const started = await start({ ...request, planned: planned.planned });
      if (started.kind === 'sign-in-problem') return started;
      return { kind: 'report', report: await started.run.final };
    },
  };
}
