import {
  expiredCard,
  unknownActionCard,
  type AdaptiveCardJson,
  type CardState,
  type LiveCheckNotice,
  type LiveChecksSection,
} from '../cards';
import type { LiveCheckIdentity, LiveChecksSetting } from '../config';
import type { Lang } from '../knowledge';
import type {
  CheckReport,
  CredentialKind,
  LiveCheckRun,
  LiveCheckService,
  PlannedRun,
  PlanOutcome,
  SignInProblem,
} from '../live-checks';
import type { Held } from '../state';
import type { ParsedAction } from './action-data';
import type { ActionOrigin, SignInCarrier } from './action-origin';
import type { StoredCard } from './card-store';
import { currentSection, drawCard } from './card-view';
import { consentLinks } from './consent-links';
import { loginRequestBody, preconditionFailedBody, type InvokeBody } from './invoke-bodies';
import { runIdentity, type RunIdentity } from './live-check-identity';
import type { BotServices } from './services';

/**
 * "Run live checks" and "Show recent login failures": from a pressed button to the card that answers it.
 * In order, and before anything leaves the process: the card and its registry are validated, the tenant and
 * the person's sign-in are checked, the per-user rate limit applies; then the Resource Manager token is
 * fetched (consent problems become a consent card) and the checks run under one deadline, through the
 * live-check service. A run that does not finish within the answer budget is answered with a progress card;
 * the final card then replaces the message (`publish`). Nothing here knows about Teams activities or Azure:
 * app.ts reads the activities and sends what this says; the service talks to Azure.
 */
export type LiveCheckVerb = 'checks.run' | 'checks.login-failures';

export function isLiveCheckVerb(verb: unknown): verb is LiveCheckVerb {
  return verb === 'checks.run' || verb === 'checks.login-failures';
}

export interface LiveCheckRequest {
  readonly action: ParsedAction;
  readonly lang: Lang;
  readonly origin: ActionOrigin;
  readonly carrier: SignInCarrier;
  readonly firstDelivery: boolean;
  /**
   * `universal-action`: an Action.Execute invoke, which can carry a sign-in and whose answer may be a sign-in
   * request. `submit`: the Action.Submit fallback of old clients, answered with a new message, so no sign-in.
   */
  readonly via: 'universal-action' | 'submit';
  /** The bot can replace the card's message later (it knows the message id). */
  readonly canUpdateLater: boolean;
}

/** What to answer; `kind` doubles as the log's outcome. */
export type LiveCheckAnswer =
  | {
      readonly kind: 'report' | 'progress' | 'notice' | 'not-configured' | 'expired' | 'unknown-action';
      readonly card: AdaptiveCardJson;
      /** The card for everyone, to put into the message once it is ready (always settles, never rejects). */
      readonly publish?: Promise<AdaptiveCardJson>;
    }
  | { readonly kind: 'sign-in' | 'sign-in-failed'; readonly body: InvokeBody };

interface Context {
  readonly entry: StoredCard;
  readonly cardId: string;
  readonly state: CardState;
  readonly lang: Lang;
}

function draw(ctx: Context, section: LiveChecksSection): AdaptiveCardJson {
  return drawCard(ctx.entry, ctx.cardId, ctx.lang, { ...ctx.state, checks: 'requested' }, section);
}

/** The message as everyone sees it: the report, in the card's initial view (per-person choices are not shared). */
function drawForEveryone(ctx: Context, section: LiveChecksSection): AdaptiveCardJson {
  return drawCard(
    ctx.entry,
    ctx.cardId,
    ctx.lang,
    {
      causes: 'top',
      feedback: 'none',
      checks: 'requested',
      ...(ctx.state.lang ? { lang: ctx.state.lang } : {}),
    },
    section,
  );
}

function notice(ctx: Context, n: LiveCheckNotice): LiveCheckAnswer {
  return { kind: 'notice', card: draw(ctx, { kind: 'notice', notice: n }) };
}

function planFor(ctx: Context, verb: LiveCheckVerb, service: LiveCheckService): PlanOutcome {
  const scope =
    verb === 'checks.login-failures'
      ? ({ kind: 'only', checks: ['login-failures'] } as const)
      : ({ kind: 'suggested' } as const);
  // A registry card has no paste: the plan is the registry's base checks. The stored diagnosis never kept
  // the paste; the plan reads only its signals and causes.
  return ctx.entry.kind === 'registry'
    ? service.plan({ registry: ctx.entry.registry }, scope)
    : service.plan({ diagnosis: ctx.entry.diagnosis }, scope);
}

interface Running {
  readonly ctx: Context;
  readonly request: LiveCheckRequest;
  readonly services: BotServices;
  readonly run: LiveCheckRun;
  readonly userKey: string;
}

/**
 * A run under way: answered with its report if it finishes within the answer budget, else with progress.
 * `done` settles when the run's report is saved (the run is over for everyone).
 */
async function present({ ctx, request, services, run, userKey }: Running): Promise<Started> {
  const { runtime } = services;
  const by = run.credential === 'delegated-user' ? request.origin.name : undefined;
  const withBy = by ? { by } : {};
  const saved = run.final.then((report: CheckReport) =>
    runtime.reports.save(ctx.cardId, { report, userKey, ...withBy }),
  );
  runtime.reports.track(ctx.cardId, { latest: run.latest, ...withBy }, saved);
  const first = await run.first;
  const finalCard = (forEveryone: boolean): Promise<AdaptiveCardJson> =>
    saved.then((stored) => {
      const section: LiveChecksSection = { kind: 'report', report: stored.report, ...withBy };
      return forEveryone ? drawForEveryone(ctx, section) : draw(ctx, section);
    });
  if (first.kind === 'final') {
    const card = await finalCard(false);
    return {
      answer: { kind: 'report', card, ...(request.canUpdateLater ? { publish: finalCard(true) } : {}) },
      done: saved,
    };
  }
  return {
    answer: {
      kind: 'progress',
      card: draw(ctx, { kind: 'progress', report: first.report, ...withBy }),
      publish: finalCard(true),
    },
    done: saved,
  };
}

/** What starting a run answered, and when the run is over (absent when none started). */
interface Started {
  readonly answer: LiveCheckAnswer;
  readonly done?: Promise<unknown>;
}

/**
 * A run of this card is under way on another instance (or is just starting here): its progress, as far as
 * this instance can tell — the planned checks, none done yet. That instance replaces the message with the
 * report when the run ends.
 */
function alreadyRunning(ctx: Context, planned: PlannedRun, credential: CredentialKind): LiveCheckAnswer {
  const { target, checks } = planned.plan;
  const report: CheckReport = {
    registry: target.loginServer ?? target.name,
    credential,
    results: [],
    complete: false,
    azureCalls: 0,
    elapsedMs: 0,
    pending: checks,
  };
  return { kind: 'progress', card: draw(ctx, { kind: 'progress', report }) };
}

/** Gives a run's claim back; a store failure leaves it to expire (presses meanwhile say "running"). */
function release(claim: Held | undefined, services: BotServices): void {
  claim?.release().catch((error: unknown) => {
    services.log.error('run-claim-not-released', {
      error: error instanceof Error ? error.message : String(error),
    });
  });
}

export async function answerLiveCheck(
  verb: LiveCheckVerb,
  request: LiveCheckRequest,
  services: BotServices,
): Promise<LiveCheckAnswer> {
  const { runtime } = services;
  const startedAt = runtime.clock.now();
  const { lang } = request;
  if (request.action.kind === 'invalid') return { kind: 'unknown-action', card: unknownActionCard(lang) };
  const { action } = request.action;
  const stored = services.cards.lookup(action.cardId);
  if (stored.kind === 'missing') return { kind: 'expired', card: expiredCard(lang) };
  const ctx: Context = { entry: stored.card, cardId: action.cardId, state: action.state, lang };

  const setting = runtime.setting;
  if (setting.kind === 'not-configured')
    return { kind: 'not-configured', card: draw(ctx, { kind: 'not-configured', missing: setting.missing }) };
  // A run for this card is under way (a second press, or Teams delivering the press again): show it.
  // A press that carries a sign-in token is Teams answering our sign-in request, even if it reuses an id.
  const running = runtime.reports.running(action.cardId);
  if (running || (!request.firstDelivery && request.carrier.kind !== 'token')) {
    const section = currentSection(action.cardId, { ...action.state, checks: 'requested' }, runtime);
    return { kind: section.kind === 'progress' ? 'progress' : 'report', card: draw(ctx, section) };
  }

  // Which registry: validated by ACR's naming rule and the configured cloud before any sign-in or request.
  const service = runtime.service(setting.settings);
  const planned = planFor(ctx, verb, service);
  if (!planned.ok) return notice(ctx, { kind: 'no-registry', problem: planned.problem });
  const identitySetting: LiveCheckIdentity = setting.identity;
  if (request.via === 'submit' && identitySetting.mode === 'teams-sso')
    return notice(ctx, { kind: 'client-unsupported' });

  const identity = runIdentity(identitySetting, setting.settings, request.origin, request.carrier, runtime);
  if (identity.kind === 'refused') return notice(ctx, identity.notice);
  if (identity.kind === 'ask-sign-in') {
    if (identitySetting.mode !== 'teams-sso') return notice(ctx, { kind: 'developer-sign-in' });
    const links = consentLinks(identitySetting.app, setting.settings.endpoints, identity.tenantId);
    return { kind: 'sign-in', body: loginRequestBody(identitySetting.app, links.forMe, lang) };
  }

  // One run per card at a time, on every instance: claimed before the rate limit is spent, given back when
  // the run's report is saved, or at once when no run starts.
  let claim: Held | undefined;
  try {
    claim = await runtime.runs.claim(action.cardId);
    if (!claim) return alreadyRunning(ctx, planned.planned, identity.credentialKind);
  } catch (error) {
    // The store cannot tell: running (perhaps twice) is better than refusing the person.
    services.log.error('run-claim-failed', { error: error instanceof Error ? error.message : String(error) });
  }
  let started: Started;
  try {
    started = await startRun(ctx, request, services, {
      planned: planned.planned,
      identity,
      startedAt,
      service,
      setting,
    });
  } catch (error) {
    release(claim, services);
    throw error;
  }
  const over = started.done ?? Promise.resolve();
  const end = (): void => release(claim, services);
  over.then(end, end);
  return started.answer;
}

interface Ready {
  readonly planned: PlannedRun;
  readonly identity: Extract<RunIdentity, { readonly kind: 'ready' }>;
  readonly startedAt: number;
  readonly service: LiveCheckService;
  readonly setting: Extract<LiveChecksSetting, { readonly kind: 'configured' }>;
}

/** The rate limit, the Resource Manager token, and the run: what a claimed press goes on to. */
async function startRun(
  ctx: Context,
  request: LiveCheckRequest,
  services: BotServices,
  { planned, identity, startedAt, service, setting }: Ready,
): Promise<Started> {
  const { runtime } = services;
  const allowed = await runtime.limiter.take(identity.userKey);
  if (!allowed.allowed)
    return {
      answer: notice(ctx, {
        kind: 'rate-limited',
        retryAfterSeconds: Math.ceil(allowed.retryAfterMs / 1000),
      }),
    };

  // The Resource Manager token is fetched first (consent problems become a consent card), then the run.
  const budgetLeft = setting.answerWithinMs - (runtime.clock.now() - startedAt);
  const started = await service.start({
    planned,
    runAs: { kind: identity.credentialKind, credential: identity.credential },
    probeSignInWithinMs: Math.max(500, budgetLeft),
    // Without a way to update the message later, the answer waits for the whole run (it has a deadline).
    ...(request.canUpdateLater ? { answerBy: startedAt + setting.answerWithinMs } : {}),
  });
  if (started.kind === 'running')
    return present({ ctx, request, services, run: started.run, userKey: identity.userKey });
  return { answer: signInProblem(ctx, started.state, request, identity, setting) };
}

function signInProblem(
  ctx: Context,
  signIn: SignInProblem,
  request: LiveCheckRequest,
  identity: Ready['identity'],
  setting: Ready['setting'],
): LiveCheckAnswer {
  const identitySetting: LiveCheckIdentity = setting.identity;
  switch (signIn.kind) {
    case 'consent-required':
      return notice(ctx, {
        kind: 'consent-required',
        code: signIn.code,
        links:
          identitySetting.mode === 'teams-sso' && identity.tenantId !== null
            ? consentLinks(identitySetting.app, setting.settings.endpoints, identity.tenantId)
            : { forMe: '', forOrganisation: '' },
      });
    case 'sign-in-failed':
      // Teams answers a 412 by falling back to its sign-in button; the developer's machine has no such thing.
      if (identitySetting.mode === 'teams-sso' && request.via === 'universal-action')
        return { kind: 'sign-in-failed', body: preconditionFailedBody() };
      return notice(
        ctx,
        identitySetting.mode === 'teams-sso'
          ? { kind: 'sign-in-failed', ...(signIn.code ? { code: signIn.code } : {}) }
          : { kind: 'developer-sign-in', ...(signIn.code ? { code: signIn.code } : {}) },
      );
    case 'unavailable':
      return notice(ctx, { kind: 'entra-unavailable' });
  }
}
