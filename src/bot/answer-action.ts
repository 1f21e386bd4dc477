import {
  diagnosisCard,
  expiredCard,
  registryCard,
  unknownActionCard,
  type AdaptiveCardJson,
  type CardState,
  type FeedbackView,
  type LiveChecksSection,
} from '../cards';
import type { LiveChecksSetting } from '../config';
import type { Lang } from '../knowledge';
import type { CardDiagnosis } from '../cards';
import type { CardAction, ParsedAction } from './action-data';
import type { FeedbackRecord } from './feedback';
import type { BotServices } from './services';

export interface ActionContext {
  readonly lang: Lang;
  readonly conversation: FeedbackRecord['conversation'];
  /** False for a retried delivery of the same invoke: answer again, but record nothing twice. */
  readonly firstDelivery: boolean;
}

export interface ActionAnswer {
  readonly card: AdaptiveCardJson;
  readonly kind: 'diagnosis' | 'registry' | 'expired' | 'unknown-action';
}

function liveChecksSection(state: CardState, setting: LiveChecksSetting): LiveChecksSection {
  if (state.checks === 'idle') return { kind: 'hidden' };
  // SEAM(live checks): with a configured setting the live-check step runs src/checks here and shows
  // { kind: 'report', report }; until that step is wired in, the card says checks are not available yet.
  return { kind: 'not-configured', missing: setting.kind === 'not-configured' ? setting.missing : [] };
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
      return { ...action.state, checks: 'requested' };
    case 'feedback.helpful':
    case 'feedback.not-helpful':
      return { ...action.state, feedback: await feedbackState(action, diagnosis, context, services) };
  }
}

/** The card that replaces the one whose button was pressed. */
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
  if (entry.kind === 'registry') {
    const checks = action.verb === 'checks.run' ? 'requested' : action.state.checks;
    const liveChecks = liveChecksSection({ ...action.state, checks }, services.liveChecks);
    return {
      kind: 'registry',
      card: registryCard({
        cardId: action.cardId,
        registry: entry.registry,
        lang: context.lang,
        checks,
        liveChecks,
      }),
    };
  }
  const state = await nextState(action, entry.diagnosis, context, services);
  return {
    kind: 'diagnosis',
    card: diagnosisCard({
      cardId: action.cardId,
      diagnosis: entry.diagnosis,
      lang: context.lang,
      state,
      liveChecks: liveChecksSection(state, services.liveChecks),
    }),
  };
}
