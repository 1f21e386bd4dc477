// The package index also loads the AI planners, models and tokenizers the bot does not use (~11 MB of heap).
import { Application } from '@microsoft/teams-ai/lib/Application';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { ActivityTypes, CardFactory, TurnContext, type Activity } from 'botbuilder';
import { randomBytes } from 'node:crypto';
import { failureCard, unknownActionCard, welcomeCard, type AdaptiveCardJson } from '../cards';
import { langFromLocale, type Lang } from '../knowledge';
import { parseCardAction } from './action-data';
import { actionOrigin, signInCarrier } from './action-origin';
import { afterReply } from './after-reply';
import { answerAction, type ActionContext } from './answer-action';
import { answerMessage } from './answer-message';
import { parseCommand } from './command';
import type { FeedbackRecord } from './feedback';
import { cardBody, type InvokeBody } from './invoke-bodies';
import { answerLiveCheck, isLiveCheckVerb, type LiveCheckAnswer, type LiveCheckRequest } from './live-checks';
import { mentionsBot, textWithoutBotMentions } from './message-text';
import { publishCard } from './publish-card';
import { pressedCardIds } from './pressed-card';
import type { BotDependencies, BotServices } from './services';

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
  };
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

export function createBot(adapter: TeamsAdapter, dependencies: BotDependencies): Application {
  // No typing timer: answers take milliseconds, and teams-ai keeps that timer per Application, not per turn.
  const app = new Application({
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

  app.turn('beforeTurn', async (context) => {
    const { activity } = context;
    const cards = dependencies.cards.forTurn(cardScope(activity));
    context.turnState.set(TURN_SERVICES, { ...dependencies, cards } satisfies BotServices);
    // New cards must be in shared storage before the message that carries their buttons goes out.
    context.onSendActivities(async (_context, _activities, next) => {
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
    await cards.prefetch(pressedCardIds(activity));
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
    await context.sendActivity(
      cardActivity(welcomeCard(langOf(context), isShared(activity) ? 'shared' : 'personal')),
    );
    log.info('welcomed', { conversation: conversationKind(activity) });
  });

  app.activity(ActivityTypes.Message, async (context) => {
    const { activity } = context;
    const lang = langOf(context);
    // In channels and group chats Teams delivers only messages that mention the bot; others are not for us.
    const submitted = submittedAction(activity);
    if (!submitted && isShared(activity) && !mentionsBot(activity)) return;
    let card: AdaptiveCardJson;
    try {
      const answer = !submitted
        ? answerMessage(parseCommand(textWithoutBotMentions(activity)), lang, servicesOf(context))
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
      card = answer.card;
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
    try {
      await context.sendActivity(cardActivity(card));
    } catch (error) {
      // The connector is unreachable or refused the reply; there is no one left to tell.
      log.error('reply-failed', {
        id: activity.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
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
        body = 'body' in answer ? answer.body : cardBody(answer.card);
        if ('publish' in answer && answer.publish) publishLater(context, lang, answer.publish);
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
