import { createHash } from 'node:crypto';
import {
  expiredCard,
  INITIAL_CARD_STATE,
  unknownActionCard,
  type AdaptiveCardJson,
  type CardDiagnosis,
} from '../cards';
import { feedbackDoneCard, feedbackFormCard } from '../cards/bot-cards';
import { diagnose } from '../diagnosis';
import { causeById, FAMILY_IDS, LANGS, type CauseId, type FamilyId, type Lang } from '../knowledge';
import { CARD_ID } from './card-store';
import { drawCard } from './card-view';
import type { FeedbackLabel, FeedbackRecord } from './feedback';
import type { BotServices } from './services';
import type { SurfaceServices } from './surfaces';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Helpful / Not helpful, then "which cause was it": one vote per person per card. The press records the
 * vote at once (Helpful with the card's first cause as the label), and answers, for that person only, with a
 * form; the form's answer records the label. Both records carry the diagnosis. The masked paste is kept only
 * when the person ticks "share" on the form (offered unticked, unless the operator set FEEDBACK_PASTES=never),
 * and, like the form's note, only for the days the operator set (see FeedbackRetention).
 */
export type VoteVerb = 'feedback.helpful' | 'feedback.not-helpful' | 'feedback.label';

export function isVoteVerb(verb: unknown): verb is VoteVerb {
  return verb === 'feedback.helpful' || verb === 'feedback.not-helpful' || verb === 'feedback.label';
}

export interface VoteRequest {
  readonly verb: VoteVerb;
  readonly data: unknown;
  readonly lang: Lang;
  readonly conversation: FeedbackRecord['conversation'];
  /** Tenant and user of the person voting (userKeyOf); only its hash is stored. */
  readonly userKey: string;
  /** False for a retried delivery: answer, record nothing. */
  readonly firstDelivery: boolean;
}

export interface VoteAnswer {
  readonly kind: 'form' | 'labelled' | 'already-voted' | 'expired' | 'unknown-action' | 'not-saved';
  readonly card: AdaptiveCardJson;
}

export function voterOf(userKey: string): string {
  return createHash('sha256').update(`acr-doctor-vote\n${userKey}`).digest('hex').slice(0, 16);
}

function field(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
}

function parseLabel(raw: unknown, note: unknown, diagnosis: CardDiagnosis): FeedbackLabel | undefined {
  // The note is free text: cut it, and mask anything the engine recognises as a secret.
  const cleanNote =
    typeof note === 'string' && note.trim() !== '' ? diagnose(note.slice(0, 300)).text.trim() : undefined;
  const withNote = cleanNote ? { note: cleanNote } : {};
  if (raw === 'unknown') return { kind: 'unknown', ...withNote };
  if (typeof raw !== 'string') return undefined;
  if (raw.startsWith('cause:')) {
    const cause = diagnosis.causes.find((c) => c.id === raw.slice('cause:'.length));
    return cause ? { kind: 'cause', cause: cause.id, family: cause.family } : undefined;
  }
  if (raw.startsWith('family:')) {
    const family = raw.slice('family:'.length);
    return (FAMILY_IDS as readonly string[]).includes(family)
      ? { kind: 'family', family: family as FamilyId, ...withNote }
      : undefined;
  }
  return undefined;
}

export async function answerVote(
  request: VoteRequest,
  services: BotServices,
  surfaces: SurfaceServices,
): Promise<VoteAnswer> {
  // The form keeps the language the card was written in, whoever presses (the button data carries it).
  const written = field(request.data, 'lang');
  const lang: Lang = (LANGS as readonly unknown[]).includes(written) ? (written as Lang) : request.lang;
  const cardId = field(request.data, 'id');
  if (typeof cardId !== 'string' || !CARD_ID.test(cardId))
    return { kind: 'unknown-action', card: unknownActionCard(lang) };
  const stored = services.cards.lookup(cardId);
  if (stored.kind === 'missing') return { kind: 'expired', card: expiredCard(lang) };
  if (stored.card.kind !== 'diagnosis') return { kind: 'unknown-action', card: unknownActionCard(lang) };
  const entry = stored.card;
  const { diagnosis } = entry;
  const voter = voterOf(request.userKey);
  const stage = await surfaces.votes.stage(cardId, voter);
  const vote = request.verb === 'feedback.label' ? field(request.data, 'vote') : request.verb;
  const helpful = vote === 'helpful' || vote === 'feedback.helpful';

  const retention = services.feedbackRetention;
  let pasteRead: Promise<string | undefined> | undefined;
  /** The masked paste behind the card, read only for a form that offers it or a label that shares it. */
  const paste = (): Promise<string | undefined> =>
    (pasteRead ??= retention.pastes === 'ask' ? surfaces.pastes.find(cardId) : Promise.resolve(undefined));

  const form = async (): Promise<AdaptiveCardJson> =>
    feedbackFormCard({
      lang,
      cardId,
      kind: helpful ? 'helpful' : 'not-helpful',
      causes: diagnosis.causes.map((c) => ({ id: c.id, title: causeById(c.id as CauseId).title[lang] })),
      ...((await paste()) !== undefined ? { shareForDays: retention.keepDays } : {}),
    });

  /** The label, and the paste when the person ticked "share" on a form that offered it. */
  const record = async (label: FeedbackLabel | undefined, share: boolean): Promise<boolean> => {
    const now = Date.now();
    const text = share ? await paste() : undefined;
    const note = label && label.kind !== 'cause' ? label.note : undefined;
    const freeText =
      text !== undefined || note !== undefined
        ? {
            keptUntil: new Date(now + retention.keepDays * DAY_MS).toISOString(),
            ...(text !== undefined ? { text } : {}),
          }
        : {};
    const outcome = await services.feedback.record({
      at: new Date(now).toISOString(),
      cardId,
      helpful,
      verdict: diagnosis.verdict,
      causes: diagnosis.causes.slice(0, 5).map((c) => c.id),
      lang,
      conversation: request.conversation,
      voter,
      ...(label ? { label } : {}),
      ...freeText,
      diagnosis: diagnosis.causes.slice(0, 5).map((c) => ({
        cause: c.id,
        family: c.family,
        confidence: Math.round(c.confidence * 100) / 100,
      })),
    });
    if (outcome.kind === 'failed')
      services.log.error('feedback-not-saved', { cardId, reason: outcome.reason });
    return outcome.kind === 'saved';
  };

  if (request.verb !== 'feedback.label') {
    // A retried delivery of the press that was recorded: show the form again.
    if (stage === 'pressed' && !request.firstDelivery) return { kind: 'form', card: await form() };
    if (stage !== 'none') return { kind: 'already-voted', card: feedbackDoneCard(lang, true) };
    const top = diagnosis.causes[0];
    const saved = await record(
      helpful && top ? { kind: 'cause', cause: top.id, family: top.family } : undefined,
      false,
    );
    if (!saved) return { kind: 'not-saved', card: drawView(entry, cardId, lang, 'not-saved') };
    await surfaces.votes.set(cardId, voter, 'pressed');
    return { kind: 'form', card: await form() };
  }

  if (vote !== 'helpful' && vote !== 'not-helpful')
    return { kind: 'unknown-action', card: unknownActionCard(lang) };
  if (stage !== 'pressed') return { kind: 'already-voted', card: feedbackDoneCard(lang, true) };
  const label = parseLabel(field(request.data, 'label'), field(request.data, 'note'), diagnosis);
  if (!label) return { kind: 'form', card: await form() };
  // Input.Toggle answers 'true' / 'false' as text.
  const share = field(request.data, 'share') === 'true';
  if (!(await record(label, share)))
    return { kind: 'not-saved', card: drawView(entry, cardId, lang, 'not-saved') };
  await surfaces.votes.set(cardId, voter, 'labelled');
  return { kind: 'labelled', card: drawView(entry, cardId, lang, helpful ? 'helpful' : 'not-helpful') };
}

function drawView(
  entry: { readonly kind: 'diagnosis'; readonly diagnosis: CardDiagnosis },
  cardId: string,
  lang: Lang,
  feedback: 'helpful' | 'not-helpful' | 'not-saved',
): AdaptiveCardJson {
  return drawCard(entry, cardId, lang, { ...INITIAL_CARD_STATE, feedback }, { kind: 'hidden' });
}
