import { createAzureApis, type AzureApis, type AzureSettings } from '../azure';
import {
  expiredCard,
  unknownActionCard,
  type AdaptiveCardJson,
  type CardState,
  type LiveCheckNotice,
  type LiveChecksSection,
} from '../cards';
import { buildPlan, checkSignIn, runWithinAnswerBudget, type CheckPlan, type CheckReport } from '../checks';
import type { LiveCheckIdentity } from '../config';
import { diagnose } from '../diagnosis';
import type { Lang } from '../knowledge';
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
 * fetched (consent problems become a consent card) and the checks run under one deadline. A run that does
 * not finish within the answer budget is answered with a progress card; the final card then replaces the
 * message (`publish`). Nothing here knows about Teams activities: app.ts reads them and sends what this says.
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

function planFor(ctx: Context, verb: LiveCheckVerb, settings: AzureSettings): ReturnType<typeof buildPlan> {
  const only = verb === 'checks.login-failures' ? { only: ['login-failures' as const] } : {};
  // A registry card has no paste: the plan is the registry's base checks.
  if (ctx.entry.kind === 'registry')
    return buildPlan(diagnose(''), settings.endpoints, { registry: ctx.entry.registry, ...only });
  // The stored diagnosis never kept the paste; the plan reads only its signals and causes.
  return buildPlan({ ...ctx.entry.diagnosis, text: '' }, settings.endpoints, only);
}

async function run(
  ctx: Context,
  request: LiveCheckRequest,
  services: BotServices,
  identity: Extract<RunIdentity, { kind: 'ready' }>,
  azure: AzureApis,
  plan: CheckPlan,
  settings: AzureSettings,
  startedAt: number,
  answerWithinMs: number,
): Promise<LiveCheckAnswer> {
  const { runtime } = services;
  const { clock } = runtime;
  const by = identity.credentialKind === 'delegated-user' ? request.origin.name : undefined;
  const left = answerWithinMs - (clock.now() - startedAt);
  const budgeted = runWithinAnswerBudget({
    plan,
    azure,
    credential: identity.credentialKind,
    deadlineMs: settings.deadlineMs,
    clock,
    // Without a way to update the message later, the answer waits for the whole run (it has a deadline).
    answerWithinMs: request.canUpdateLater ? Math.max(0, left) : settings.deadlineMs * 2,
  });
  const withBy = by ? { by } : {};
  const saved = budgeted.final.then((report: CheckReport) =>
    runtime.reports.save(ctx.cardId, { report, userKey: identity.userKey, ...withBy }),
  );
  runtime.reports.track(ctx.cardId, { latest: budgeted.latest, ...withBy }, saved);
  const first = await budgeted.first;
  const finalCard = (forEveryone: boolean): Promise<AdaptiveCardJson> =>
    saved.then((stored) => {
      const section: LiveChecksSection = { kind: 'report', report: stored.report, ...withBy };
      return forEveryone ? drawForEveryone(ctx, section) : draw(ctx, section);
    });
  if (first.kind === 'final') {
    const card = await finalCard(false);
    return {
      kind: 'report',
      card,
      ...(request.canUpdateLater ? { publish: finalCard(true) } : {}),
    };
  }
  return {
    kind: 'progress',
    card: draw(ctx, { kind: 'progress', report: first.report, ...withBy }),
    publish: finalCard(true),
  };
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
  const planned = planFor(ctx, verb, setting.settings);
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

  const allowed = runtime.limiter.take(identity.userKey);
  if (!allowed.allowed)
    return notice(ctx, { kind: 'rate-limited', retryAfterSeconds: Math.ceil(allowed.retryAfterMs / 1000) });

  // One set of Azure clients (and one token per audience) for the sign-in probe and the run that follows.
  const azure = createAzureApis({
    endpoints: setting.settings.endpoints,
    credential: identity.credential,
    ...(runtime.tls ? { tls: runtime.tls } : {}),
  });
  const budgetLeft = setting.answerWithinMs - (runtime.clock.now() - startedAt);
  const signIn = await checkSignIn(azure, Math.max(500, budgetLeft));
  switch (signIn.kind) {
    case 'ready':
      return run(
        ctx,
        request,
        services,
        identity,
        azure,
        planned.plan,
        setting.settings,
        startedAt,
        setting.answerWithinMs,
      );
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
