// The package index also loads the AI planners, models and tokenizers the bot does not use (~11 MB of heap).
import { Application } from '@microsoft/teams-ai/lib/Application';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { ActivityTypes, CardFactory, TurnContext, type Activity } from 'botbuilder';
import { randomBytes } from 'node:crypto';
import {
  failureCard,
  INITIAL_CARD_STATE,
  unknownActionCard,
  welcomeCard,
  type AdaptiveCardJson,
} from '../cards';
import { langFromLocale, type Lang } from '../knowledge';
import { parseCardAction } from './action-data';
import { actionOrigin, signInCarrier } from './action-origin';
import { afterReply } from './after-reply';
import { answerAction, type ActionContext } from './answer-action';
import { answerMessage } from './answer-message';
import { drawCard } from './card-view';
import { parseCommand } from './command';
import type { FeedbackRecord } from './feedback';
import { cardBody, type InvokeBody } from './invoke-bodies';
import { answerLiveCheck, isLiveCheckVerb, type LiveCheckAnswer, type LiveCheckRequest } from './live-checks';
import { mentionsBot, textWithoutBotMentions } from './message-text';
import { channelKeyOf } from './conversation-keys';
import { publishCard } from './publish-card';
import { pressedCardIds } from './pressed-card';
import type { BotDependencies, BotServices } from './services';
import { claimedByReply } from './deliveries';
import { attachedFile, downloadFileText, probablyCutByTeams, TEAMS_MESSAGE_LIMIT_KB } from './attached-file';
import { answerVote, isVoteVerb } from './feedback-flow';
import { answerUnmentioned, listenSetting } from './listen';
import {
  FETCH_TASK,
  fetchTaskBody,
  isMessageActionInvoke,
  SUBMIT_ACTION,
  submitOutcome,
} from './message-action';
import { cardIdOf, ownView, publicCard, shareOutcome, SharedOutcomes } from './private-results-route';
import { SAMPLE_PASTE } from './sample-paste';
import { BOT_STRINGS } from '../cards/text/bot';
import { fill } from '../knowledge/text';
import { createSurfaces, type SurfaceServices } from './surfaces';
import { measuredDiagnose } from './measured-diagnosis';
import { diagnosisAnswer, type MessageAnswer } from './answer-message';
import { userKeyOf } from './action-origin';
import {
  fileTooLargeCard,
  listeningWelcomeCard,
  messageCutCard,
  noticeCard,
  SAMPLE_VERB,
  withDemoBanner,
} from '../cards/bot-cards';
import { privateResultsCard, SHARE_VERB, VIEW_VERB } from '../cards/private-results';
import { keepPaste } from './paste-store';

/**
 * The teams-ai Application: routes only. Each route reads the activity, asks answer-message / answer-action
 * for a card, and sends it. Everything Teams-specific stays in this folder and src/server.ts.
 */

const FIRST_DELIVERY = Symbol('acr-doctor.firstDelivery');
const TURN_SERVICES = Symbol('acr-doctor.turnServices');
const ACTION_INVOKE = 'adaptiveCard/action';

function cardActivity(card: AdaptiveCardJson): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)] };
}

function conversationKind(activity: Activity): FeedbackRecord['conversation'] {
  const type = activity.conversation?.conversationType;
  return type === 'personal' || type === 'channel' || type === 'groupChat' ? type : 'unknown';
}

function isShared(activity: Activity): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}

function langOf(context: TurnContext): Lang {
  return langFromLocale(context.activity.locale);
}

function reference(): string {
  return randomBytes(4).toString('hex');
}

/** Universal Actions answer with HTTP 200 whatever the outcome; the body's statusCode says what it is. */
function invokeResponse(body: InvokeBody): Partial<Activity> {
  return { type: ActivityTypes.InvokeResponse, value: { status: 200, body } };
}

/** An Action.Submit fallback (clients without Universal Actions) arrives as a message whose value names our verb. */
function submittedAction(activity: Activity): { verb: unknown; data: unknown } | undefined {
  const value: unknown = activity.value;
  if (typeof value !== 'object' || value === null || !('verb' in value)) return undefined;
  return { verb: (value as { verb: unknown }).verb, data: value };
}

function liveCheckRequest(
  context: TurnContext,
  verb: unknown,
  data: unknown,
  via: LiveCheckRequest['via'],
): LiveCheckRequest {
  const { activity } = context;
  return {
    action: parseCardAction(verb, data),
    lang: langOf(context),
    origin: actionOrigin(activity),
    carrier: via === 'universal-action' ? signInCarrier(activity.value) : { kind: 'none' },
    firstDelivery: context.turnState.get(FIRST_DELIVERY) !== false,
    via,
    canUpdateLater:
      via === 'universal-action' && typeof activity.replyToId === 'string' && activity.replyToId !== '',
  };
}

function actionContext(context: TurnContext): ActionContext {
  return {
    lang: langOf(context),
    conversation: conversationKind(context.activity),
    firstDelivery: context.turnState.get(FIRST_DELIVERY) !== false,
    viewer: { userKey: userKeyOf(actionOrigin(context.activity)), shared: isShared(context.activity) },
  };
}

const SURFACE_VERBS: ReadonlySet<unknown> = new Set([SAMPLE_VERB, VIEW_VERB, SHARE_VERB]);

/** A dialog can show a line of text; the failure card's words are for cards. */
function failureText(lang: Lang, ref: string): string {
  return fill(BOT_STRINGS.dialogFailed, lang, { ref });
}

/** An Action.Submit fallback is answered with a new message: only a card can go there. */
function submittedLiveCheck(answer: LiveCheckAnswer, lang: Lang): { card: AdaptiveCardJson; kind: string } {
  return 'card' in answer
    ? { card: answer.card, kind: answer.kind }
    : { card: failureCard(lang, reference()), kind: answer.kind };
}

const DEFAULT_REPLY_DEADLINE_MS = 20_000;

/** A reply that has not gone out by the deadline fails (and is logged by its route) instead of holding the turn. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the Bot Connector did not accept the reply within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The card scope of a turn: its conversation and that conversation's tenant. */
function cardScope(activity: Activity): { conversationId: string; tenantId: string } {
  const origin = actionOrigin(activity);
  return {
    conversationId: activity.conversation?.id ?? '',
    tenantId: origin.tenant.kind === 'known' ? origin.tenant.id : '',
  };
}

/** Adds the "demo data" banner to a live-check result when the bot runs against the built-in fake Azure. */
function demoBanner(surfaces: SurfaceServices): (card: AdaptiveCardJson, lang: Lang) => AdaptiveCardJson {
  const scenario = surfaces.demoScenario;
  return scenario ? (card, lang) => withDemoBanner(card, lang, scenario) : (card) => card;
}

/**
 * teams-ai 1.7.4's `run` starts its typing timer whatever `startTypingTimer` says, so a turn slower than a
 * second (a message that listening decides to leave alone, while the state store answers) would show
 * "ACR Doctor is typing…" in a channel it stays silent in. This Application has no typing timer.
 */
class QuietApplication extends Application {
  override startTypingTimer(): void {
    // Never: see above.
  }
}

export function createBot(
  adapter: TeamsAdapter,
  dependencies: BotDependencies,
  surfaces: SurfaceServices = createSurfaces(),
): Application {
  // No typing timer: answers take milliseconds, and teams-ai keeps that timer per Application, not per turn.
  const app = new QuietApplication({
    adapter,
    removeRecipientMention: false,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const { log } = dependencies;
  /** The services of one turn: its cards are those of its own conversation. */
  const servicesOf = (context: TurnContext): BotServices =>
    (context.turnState.get(TURN_SERVICES) as BotServices | undefined) ?? {
      ...dependencies,
      cards: dependencies.cards.forTurn(cardScope(context.activity)),
    };
  const outcomes = new SharedOutcomes();
  const demo = demoBanner(surfaces);
  const publicView = (services: BotServices, cardId: string, lang: Lang): AdaptiveCardJson | undefined => {
    const stored = services.cards.lookup(cardId);
    return stored.kind === 'found'
      ? drawCard(stored.card, cardId, lang, INITIAL_CARD_STATE, { kind: 'hidden' })
      : undefined;
  };

  app.turn('beforeTurn', async (context) => {
    const { activity } = context;
    // A turn whose only effect is its reply claims its delivery with the reply's card, as the reply goes out.
    const byReply = claimedByReply(activity);
    const cards = dependencies.cards.forTurn(
      cardScope(activity),
      byReply && activity.id ? { activityId: activity.id } : undefined,
    );
    context.turnState.set(TURN_SERVICES, { ...dependencies, cards } satisfies BotServices);
    // New cards must be in shared storage before the message that carries their buttons goes out.
    context.onSendActivities(async (_context, _activities, next) => {
      if (byReply) {
        let first = true;
        try {
          first = await cards.claimDelivery(() =>
            dependencies.deliveries.first(activity.conversation?.id, activity.id),
          );
        } catch (error) {
          // Unable to tell, or the card is not stored: answering (twice) is better than not answering.
          log.error('delivery-check-failed', {
            id: activity.id,
            error: error instanceof Error ? error.message : String(error),
          });
        }
        if (!first) {
          log.info('duplicate-ignored', { type: activity.type, id: activity.id });
          return [];
        }
        return withDeadline(next(), dependencies.replyDeadlineMs ?? DEFAULT_REPLY_DEADLINE_MS);
      }
      try {
        await cards.flush();
      } catch (error) {
        // The reply still goes out; its buttons work on this instance and say "expired" on others.
        log.error('card-not-stored', {
          id: activity.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
      return withDeadline(next(), dependencies.replyDeadlineMs ?? DEFAULT_REPLY_DEADLINE_MS);
    });
    const pressed = pressedCardIds(activity);
    // With shared storage a pressed card, and its live-check report, may come from another instance.
    await Promise.all([cards.prefetch(pressed), dependencies.runtime.reports.prefetch(pressed)]);
    if (byReply) return true;
    let first = true;
    try {
      first = await dependencies.deliveries.first(activity.conversation?.id, activity.id);
    } catch (error) {
      // Unable to tell: answering twice is better than not answering.
      log.error('delivery-check-failed', {
        id: activity.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    context.turnState.set(FIRST_DELIVERY, first);
    // An invoke must still get its response (or the client shows an error); anything else is answered once.
    if (!first && activity.type !== ActivityTypes.Invoke) {
      log.info('duplicate-ignored', { type: activity.type, id: activity.id });
      return false;
    }
    return true;
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const { activity } = context;
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
    if (!botAdded) return;
    // In a team or group chat the bot reads messages unasked: the welcome says what for and how to stop it.
    await context.sendActivity(
      cardActivity(
        isShared(activity) ? listeningWelcomeCard(langOf(context)) : welcomeCard(langOf(context), 'personal'),
      ),
    );
    log.info('welcomed', { conversation: conversationKind(activity) });
  });

  const send = async (context: TurnContext, card: AdaptiveCardJson): Promise<void> => {
    try {
      await context.sendActivity(cardActivity(card));
    } catch (error) {
      // The connector is unreachable or refused the reply; there is no one left to tell.
      log.error('reply-failed', {
        id: context.activity.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };

  /** A channel or group-chat message without a mention: answered only when it clearly is an ACR error. */
  const listenRoute = async (context: TurnContext): Promise<void> => {
    const outcome = await answerUnmentioned(context.activity, langOf(context), servicesOf(context), surfaces);
    if (outcome.kind === 'silent') {
      log.info('listen-silent', { id: context.activity.id, reason: outcome.reason });
      return;
    }
    log.info('listen-answered', { id: context.activity.id, confidence: outcome.confidence });
    await send(context, outcome.card);
  };

  const settingRoute = async (context: TurnContext, mode: 'quiet' | 'listen'): Promise<void> => {
    const lang = langOf(context);
    const key = channelKeyOf(context.activity);
    try {
      if (!key) throw new Error('no channel in the activity');
      await surfaces.channels.setMode(key, mode);
      log.info('listen-setting', { id: context.activity.id, mode });
      await send(context, noticeCard(lang, mode));
    } catch (error) {
      log.error('listen-setting-failed', {
        id: context.activity.id,
        error: error instanceof Error ? error.message : String(error),
      });
      await send(context, noticeCard(lang, 'setting-not-saved'));
    }
  };

  /** A .log or .txt file attached in personal chat: downloaded through its download link and diagnosed. */
  const fileRoute = async (
    context: TurnContext,
  ): Promise<MessageAnswer | { card: AdaptiveCardJson; kind: string }> => {
    const lang = langOf(context);
    const file = attachedFile(context.activity);
    if (file.kind !== 'file') return { kind: 'file-wrong-type', card: noticeCard(lang, 'file-wrong-type') };
    const fetched = await downloadFileText(file, surfaces.files);
    if (fetched.kind === 'too-large')
      return {
        kind: 'file-too-large',
        card: fileTooLargeCard(lang, Math.round(surfaces.files.maxBytes / 1024)),
      };
    if (fetched.kind === 'failed') {
      log.error('file-download-failed', { id: context.activity.id, reason: fetched.reason });
      return { kind: 'file-unreadable', card: noticeCard(lang, 'file-unreadable') };
    }
    const typed = textWithoutBotMentions(context.activity);
    return diagnosisAnswer(
      measuredDiagnose(log, 'file', typed ? `${typed}\n${fetched.text}` : fetched.text),
      lang,
      servicesOf(context),
    );
  };

  app.activity(ActivityTypes.Message, async (context) => {
    const { activity } = context;
    const lang = langOf(context);
    const submitted = submittedAction(activity);
    if (!submitted && isShared(activity)) {
      // Delivered without a mention through resource-specific consent: listening decides, quietly.
      if (!mentionsBot(activity)) return listenRoute(context);
      const setting = listenSetting(textWithoutBotMentions(activity));
      if (setting) return settingRoute(context, setting);
      if (attachedFile(activity).kind !== 'none' && textWithoutBotMentions(activity) === '')
        return send(context, noticeCard(lang, 'file-in-channel'));
    }
    let card: AdaptiveCardJson;
    let cut = false;
    try {
      const personalFile = !submitted && !isShared(activity) && attachedFile(activity).kind !== 'none';
      const answer: { card: AdaptiveCardJson; kind: string; kept?: MessageAnswer['kept'] } = personalFile
        ? await fileRoute(context)
        : !submitted
          ? answerMessage(parseCommand(textWithoutBotMentions(activity)), lang, servicesOf(context))
          : submitted.verb === SAMPLE_VERB
            ? diagnosisAnswer(measuredDiagnose(log, 'sample', SAMPLE_PASTE), lang, servicesOf(context))
            : isVoteVerb(submitted.verb)
              ? await answerVote(
                  {
                    verb: submitted.verb,
                    data: submitted.data,
                    lang,
                    conversation: conversationKind(activity),
                    userKey: userKeyOf(actionOrigin(activity)),
                    firstDelivery: context.turnState.get(FIRST_DELIVERY) !== false,
                  },
                  servicesOf(context),
                  surfaces,
                )
              : isLiveCheckVerb(submitted.verb)
                ? submittedLiveCheck(
                    await answerLiveCheck(
                      submitted.verb,
                      liveCheckRequest(context, submitted.verb, submitted.data, 'submit'),
                      servicesOf(context),
                    ),
                    lang,
                  )
                : await answerAction(
                    parseCardAction(submitted.verb, submitted.data),
                    actionContext(context),
                    servicesOf(context),
                  );
      card = submitted && isLiveCheckVerb(submitted.verb) ? demo(answer.card, lang) : answer.card;
      await keepPaste(surfaces.pastes, answer.kept, log);
      cut = !submitted && !personalFile && !isShared(activity) && probablyCutByTeams(activity);
      log.info(submitted ? 'answered-submit' : 'answered', {
        id: activity.id,
        conversation: conversationKind(activity),
        kind: answer.kind,
      });
    } catch (error) {
      const ref = reference();
      log.error('message-failed', {
        id: activity.id,
        ref,
        error: error instanceof Error ? error.message : String(error),
      });
      card = failureCard(lang, ref);
    }
    await send(context, card);
    // A separate message: Teams splits text and a card sent together, and the card must stay whole.
    if (cut) await send(context, messageCutCard(lang, TEAMS_MESSAGE_LIMIT_KB));
  });

  /** Publishes the final live-check card into the message once the invoke answer has gone out. */
  const publishLater = (context: TurnContext, lang: Lang, card: Promise<AdaptiveCardJson>): void => {
    const { activity } = context;
    const messageId = activity.replyToId;
    if (!messageId) return;
    const target = {
      adapter,
      botAppId: dependencies.botAppId,
      reference: TurnContext.getConversationReference(activity),
      messageId,
    };
    // The returned promise lets the server wait for the update when it shuts down.
    afterReply(context, () => {
      return card
        .catch((error: unknown) => {
          const ref = reference();
          log.error('live-check-failed', {
            id: activity.id,
            ref,
            error: error instanceof Error ? error.message : String(error),
          });
          return failureCard(lang, ref);
        })
        .then((final) => publishCard(target, final, log))
        .then((published) => log.info('card-updated', { messageId, published }));
    });
  };

  const isLiveCheckInvoke = async (context: TurnContext): Promise<boolean> => {
    const { activity } = context;
    return (
      activity.type === ActivityTypes.Invoke &&
      activity.name === ACTION_INVOKE &&
      activity.value?.action?.type === 'Action.Execute' &&
      isLiveCheckVerb(activity.value?.action?.verb)
    );
  };

  // Live checks answer with a card, a sign-in request (401) or a 412, so they send their own invoke response.
  app.addRoute(
    isLiveCheckInvoke,
    async (context) => {
      const lang = langOf(context);
      const action: { verb?: unknown; data?: unknown } = context.activity.value?.action ?? {};
      let body: InvokeBody;
      try {
        const verb = action.verb;
        const answer: LiveCheckAnswer = isLiveCheckVerb(verb)
          ? await answerLiveCheck(
              verb,
              liveCheckRequest(context, verb, action.data ?? {}, 'universal-action'),
              servicesOf(context),
            )
          : { kind: 'unknown-action', card: unknownActionCard(lang) };
        const shared = isShared(context.activity);
        const cardId = cardIdOf(action.data);
        // In a channel the presser's answer is theirs alone (an invoke answer reaches only their client); the
        // message everyone sees gets the card without results, and a refresh that names only the presser.
        body =
          'body' in answer
            ? answer.body
            : cardBody(
                demo(
                  shared && answer.kind === 'report' && cardId
                    ? privateResultsCard(answer.card, cardId, lang)
                    : answer.card,
                  lang,
                ),
              );
        if ('publish' in answer && answer.publish) {
          const origin = actionOrigin(context.activity);
          const forEveryone =
            shared && cardId
              ? answer.publish.then(
                  (card) => publicCard(cardId, lang, origin, servicesOf(context), outcomes) ?? card,
                )
              : answer.publish;
          publishLater(
            context,
            lang,
            forEveryone.then((card) => demo(card, lang)),
          );
        }
        log.info('live-check', { id: context.activity.id, outcome: answer.kind });
      } catch (error) {
        const ref = reference();
        log.error('live-check-failed', {
          id: context.activity.id,
          ref,
          error: error instanceof Error ? error.message : String(error),
        });
        body = cardBody(failureCard(lang, ref));
      }
      await context.sendActivity(invokeResponse(body));
    },
    true,
  );

  // The message action: a dialog with the diagnosis (fetchTask), then the card posted in the thread (submitAction).
  app.addRoute(
    async (context) => isMessageActionInvoke(context.activity, FETCH_TASK),
    async (context) => {
      const lang = langOf(context);
      let body: unknown;
      try {
        const answer = await fetchTaskBody(context.activity, lang, servicesOf(context), surfaces);
        body = answer.body;
        log.info('message-action', { id: context.activity.id, kind: answer.kind });
      } catch (error) {
        const ref = reference();
        log.error('message-action-failed', { id: context.activity.id, ref, error: String(error) });
        body = { task: { type: 'message', value: failureText(lang, ref) } };
      }
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
    },
    true,
  );

  app.addRoute(
    async (context) => isMessageActionInvoke(context.activity, SUBMIT_ACTION),
    async (context) => {
      const lang = langOf(context);
      const outcome = submitOutcome(context.activity, lang, servicesOf(context));
      if (outcome.kind === 'post') {
        // No activity id: a new message in the conversation (the thread), not a reply to the invoke.
        const { activityId: _invoke, ...here } = TurnContext.getConversationReference(context.activity);
        void _invoke;
        const reference = {
          ...here,
          conversation: { ...context.activity.conversation, id: outcome.conversationId },
        };
        try {
          // As in publish-card.ts: an error inside the callback goes to onTurnError and the continuation
          // resolves as if the post had worked, so the failure is carried out of the callback.
          let failure: { readonly error: unknown } | undefined;
          await adapter.continueConversationAsync(dependencies.botAppId, reference, async (proactive) => {
            try {
              await proactive.sendActivity(cardActivity(outcome.card));
            } catch (error) {
              failure = { error };
            }
          });
          if (failure) throw failure.error;
          log.info('message-action-posted', { id: context.activity.id });
        } catch (error) {
          log.error('message-action-post-failed', { id: context.activity.id, error: String(error) });
        }
      }
      // An empty answer closes the dialog; a refused one shows why.
      const body = outcome.kind === 'post' ? {} : outcome.body;
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
    },
    true,
  );

  // Buttons of the bot's own surfaces: Try a sample, the feedback form, and private live-check views.
  app.addRoute(
    async (context) => {
      const { activity } = context;
      const verb: unknown = activity.value?.action?.verb;
      return (
        activity.type === ActivityTypes.Invoke &&
        activity.name === ACTION_INVOKE &&
        activity.value?.action?.type === 'Action.Execute' &&
        (SURFACE_VERBS.has(verb) || isVoteVerb(verb))
      );
    },
    async (context) => {
      const { activity } = context;
      const lang = langOf(context);
      const verb: unknown = activity.value?.action?.verb;
      const data: unknown = activity.value?.action?.data ?? {};
      const origin = actionOrigin(activity);
      let card: AdaptiveCardJson;
      try {
        if (verb === SAMPLE_VERB) {
          const answer = diagnosisAnswer(
            measuredDiagnose(log, 'sample', SAMPLE_PASTE),
            lang,
            servicesOf(context),
          );
          await keepPaste(surfaces.pastes, answer.kept, log);
          card = answer.card;
        } else if (isVoteVerb(verb)) {
          const answer = await answerVote(
            {
              verb,
              data,
              lang,
              conversation: conversationKind(activity),
              userKey: userKeyOf(origin),
              firstDelivery: context.turnState.get(FIRST_DELIVERY) !== false,
            },
            servicesOf(context),
            surfaces,
          );
          card = answer.card;
          log.info('vote', { id: activity.id, kind: answer.kind });
        } else {
          const cardId = cardIdOf(data);
          const own = cardId ? ownView(cardId, lang, origin, servicesOf(context)) : undefined;
          if (verb === SHARE_VERB && cardId && own) {
            const everyone = shareOutcome(cardId, lang, origin, servicesOf(context), outcomes);
            if (everyone && activity.replyToId) publishLater(context, lang, Promise.resolve(everyone));
          }
          // Not this person's results (or they expired): the card without results, as everyone sees it.
          card = own
            ? demo(own, lang)
            : (cardId && publicView(servicesOf(context), cardId, lang)) || unknownActionCard(lang);
          log.info('private-view', { id: activity.id, verb: String(verb), own: Boolean(own) });
        }
      } catch (error) {
        const ref = reference();
        log.error('action-failed', { id: activity.id, ref, error: String(error) });
        card = failureCard(lang, ref);
      }
      await context.sendActivity(invokeResponse(cardBody(card)));
    },
    true,
  );

  const isActionExecute = async (context: TurnContext): Promise<boolean> => {
    const { activity } = context;
    return (
      activity.type === ActivityTypes.Invoke &&
      activity.name === ACTION_INVOKE &&
      activity.value?.action?.type === 'Action.Execute'
    );
  };

  app.adaptiveCards.actionExecute(isActionExecute, async (context, _state, data) => {
    // A throw here would make botbuilder answer HTTP 501; every failure becomes a card that says so.
    const lang = langOf(context);
    try {
      const verb: unknown = context.activity.value?.action?.verb;
      const answer = await answerAction(
        parseCardAction(verb, data),
        actionContext(context),
        servicesOf(context),
      );
      log.info('action', { id: context.activity.id, kind: answer.kind });
      return answer.card;
    } catch (error) {
      const ref = reference();
      log.error('action-failed', {
        id: context.activity.id,
        ref,
        error: error instanceof Error ? error.message : String(error),
      });
      return failureCard(lang, ref);
    }
  });

  // Any other adaptiveCard/action (an unknown action type, a malformed value) still gets a card, never a 501.
  app.addRoute(
    async (context) =>
      context.activity.type === ActivityTypes.Invoke && context.activity.name === ACTION_INVOKE,
    async (context) => {
      await context.sendActivity(invokeResponse(cardBody(unknownActionCard(langOf(context)))));
    },
    true,
  );

  adapter.onTurnError = async (context, error) => {
    const ref = reference();
    log.error('turn-failed', {
      type: context.activity.type,
      id: context.activity.id,
      ref,
      error: error.message,
    });
    const card = failureCard(langOf(context), ref);
    try {
      if (context.activity.type === ActivityTypes.Invoke)
        await context.sendActivity(invokeResponse(cardBody(card)));
      else if (context.activity.type === ActivityTypes.Message)
        await context.sendActivity(cardActivity(card));
    } catch (sendError) {
      log.error('turn-failed-reply', {
        ref,
        error: sendError instanceof Error ? sendError.message : String(sendError),
      });
    }
  };

  return app;
}
