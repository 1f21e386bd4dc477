import type { Activity } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import { INITIAL_CARD_STATE, unknownActionCard, expiredCard, type AdaptiveCardJson } from '../cards';
import { dialogCard, noticeCard } from '../cards/bot-cards';
import { BOT_STRINGS } from '../cards/text/bot';
import type { Lang } from '../knowledge';
import { diagnosisAnswer } from './answer-message';
import { CARD_ID } from './card-store';
import { drawCard } from './card-view';
import { threadConversationId } from './conversation-keys';
import type { BotServices } from './services';
import type { SurfaceServices } from './surfaces';
import { measuredDiagnose } from './measured-diagnosis';
import { keepPaste } from './paste-store';

/**
 * The message action "Diagnose with ACR Doctor" (a compose extension with `context: ["message"]`). Teams
 * sends `composeExtension/fetchTask` with the chosen message; the bot answers with a dialog holding the
 * diagnosis card. Its one button sends `composeExtension/submitAction`, and the bot then posts the card into
 * the conversation (in a channel, into the message's thread). It needs no resource-specific consent.
 */
export const MESSAGE_ACTION_COMMAND = 'diagnoseMessage';
export const FETCH_TASK = 'composeExtension/fetchTask';
export const SUBMIT_ACTION = 'composeExtension/submitAction';

interface MessagePayload {
  readonly id?: unknown;
  readonly replyToId?: unknown;
  readonly body?: { readonly content?: unknown };
}

function payloadOf(activity: Partial<Activity>): MessagePayload {
  const payload: unknown = (activity.value as { messagePayload?: unknown } | undefined)?.messagePayload;
  return typeof payload === 'object' && payload !== null ? (payload as MessagePayload) : {};
}

export function isMessageActionInvoke(activity: Partial<Activity>, name: string): boolean {
  return (
    activity.type === 'invoke' &&
    activity.name === name &&
    (activity.value as { commandId?: unknown } | undefined)?.commandId === MESSAGE_ACTION_COMMAND
  );
}

function dialog(lang: Lang, card: AdaptiveCardJson): unknown {
  return {
    task: {
      type: 'continue',
      value: {
        title: BOT_STRINGS.dialogTitle[lang],
        width: 'large',
        height: 'large',
        card: CardFactory.adaptiveCard(card),
      },
    },
  };
}

/** The fetchTask answer: the dialog with the diagnosis of the chosen message (its HTML is read by the engine). */
export async function fetchTaskBody(
  activity: Partial<Activity>,
  lang: Lang,
  services: BotServices,
  surfaces: SurfaceServices,
): Promise<{ readonly body: unknown; readonly kind: 'diagnosis' | 'nothing-found' }> {
  const content = payloadOf(activity).body?.content;
  const text = typeof content === 'string' ? content : '';
  const answer = diagnosisAnswer(measuredDiagnose(services.log, 'message-action', text), lang, services);
  if (!answer.kept) return { kind: 'nothing-found', body: dialog(lang, noticeCard(lang, 'dialog-nothing')) };
  await keepPaste(surfaces.pastes, answer.kept, services.log);
  return { kind: 'diagnosis', body: dialog(lang, dialogCard(answer.card, lang, answer.kept.cardId)) };
}

export type SubmitOutcome =
  | { readonly kind: 'post'; readonly card: AdaptiveCardJson; readonly conversationId: string }
  | { readonly kind: 'refused'; readonly body: unknown };

/** The submitAction answer: which card to post where, or a dialog that says why not. */
export function submitOutcome(activity: Partial<Activity>, lang: Lang, services: BotServices): SubmitOutcome {
  const data: unknown = (activity.value as { data?: unknown } | undefined)?.data;
  const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || !CARD_ID.test(id))
    return { kind: 'refused', body: dialog(lang, unknownActionCard(lang)) };
  const stored = services.cards.lookup(id);
  if (stored.kind === 'missing') return { kind: 'refused', body: dialog(lang, expiredCard(lang)) };
  const card = drawCard(stored.card, id, lang, INITIAL_CARD_STATE, { kind: 'hidden' });
  const conversationId = activity.conversation?.id ?? '';
  const payload = payloadOf(activity);
  const root = [payload.replyToId, payload.id].find((v): v is string => typeof v === 'string' && v !== '');
  const inThread =
    activity.conversation?.conversationType === 'channel' && root && root.length <= 100
      ? threadConversationId(conversationId, root)
      : conversationId;
  return { kind: 'post', card, conversationId: inThread };
}
