import {
  expiredCard,
  unknownActionCard,
  type AdaptiveCardJson,
  type CardState,
  type FeedbackView,
  type LiveChecksSection,
} from '../cards';
import type { Lang } from '../knowledge';
import type { CardDiagnosis } from '../cards';
import type { CardAction, ParsedAction } from './action-data';
import { currentSection, drawCard } from './card-view';
import type { FeedbackRecord } from './feedback';
import type { BotServices } from './services';

export interface ActionContext {
  readonly lang: Lang;
  readonly conversation: FeedbackRecord['conversation'];
  /** False for a retried delivery of the same invoke: answer again, but record nothing twice. */
  readonly firstDelivery: boolean;
  /**
   * Who is looking. In a channel or group chat, live-check results are shown only to the person who ran
   * them (they were read with that person's Azure permissions); everyone else sees the card without them.
   */
  readonly viewer?: { readonly userKey: string; readonly shared: boolean };
}

export interface ActionAnswer {
  readonly card: AdaptiveCardJson;
  readonly kind: 'diagnosis' | 'registry' | 'expired' | 'unknown-action';
}

async function feedbackState(
  action: CardAction,
  diagnosis: CardDiagnosis,
  context: ActionContext,
  services: BotServices,
): Promise<FeedbackView> {
  const helpful = action.verb === 'feedback.helpful';
  // One answer per card copy; a retried delivery was recorded by the first one.
  if (action.state.feedback !== 'none') return action.state.feedback;
  if (!context.firstDelivery) return helpful ? 'helpful' : 'not-helpful';
  const outcome = await services.feedback.record({
    at: new Date().toISOString(),
    cardId: action.cardId,
    helpful,
    verdict: diagnosis.verdict,
    causes: diagnosis.causes.slice(0, 5).map((c) => c.id),
    lang: context.lang,
    conversation: context.conversation,
  });
  if (outcome.kind === 'failed') {
    services.log.error('feedback-not-saved', { cardId: action.cardId, reason: outcome.reason });
    return 'not-saved';
  }
  return helpful ? 'helpful' : 'not-helpful';
}

async function nextState(
  action: CardAction,
  diagnosis: CardDiagnosis,
  context: ActionContext,
  services: BotServices,
): Promise<CardState> {
  switch (action.verb) {
    case 'causes.all':
      return { ...action.state, causes: 'all' };
    case 'causes.top':
      return { ...action.state, causes: 'top' };
    case 'checks.run':
    case 'checks.login-failures':
      return { ...action.state, checks: 'requested' };
    case 'feedback.helpful':
    case 'feedback.not-helpful':
      return { ...action.state, feedback: await feedbackState(action, diagnosis, context, services) };
  }
}

/**
 * The card that replaces the one whose button was pressed, for the buttons that only change the view or
 * record feedback. The live-check buttons are answered by live-checks.ts.
 */
export async function answerAction(
  parsed: ParsedAction,
  context: ActionContext,
  services: BotServices,
): Promise<ActionAnswer> {
  if (parsed.kind === 'invalid') return { kind: 'unknown-action', card: unknownActionCard(context.lang) };
  const { action } = parsed;
  const stored = services.cards.lookup(action.cardId);
  if (stored.kind === 'missing') return { kind: 'expired', card: expiredCard(context.lang) };
  const entry = stored.card;
  const state: CardState =
    entry.kind === 'registry'
      ? {
          causes: 'top',
          feedback: 'none',
          checks: action.verb.startsWith('checks.') ? 'requested' : action.state.checks,
          ...(action.state.lang ? { lang: action.state.lang } : {}),
        }
      : await nextState(action, entry.diagnosis, context, services);
  return {
    kind: entry.kind,
    card: drawCard(
      entry,
      action.cardId,
      context.lang,
      state,
      sectionFor(action.cardId, state, context, services),
    ),
  };
}

function sectionFor(
  cardId: string,
  state: CardState,
  context: ActionContext,
  services: BotServices,
): LiveChecksSection {
  const section = currentSection(cardId, state, services.runtime);
  if (!context.viewer?.shared || (section.kind !== 'report' && section.kind !== 'progress')) return section;
  const owner = services.runtime.reports.latest(cardId)?.userKey;
  return owner !== undefined && owner === context.viewer.userKey ? section : { kind: 'hidden' };
}
