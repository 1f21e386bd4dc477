import type { Activity } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards';
import type { Held } from '../state';
import type { Lang } from '../knowledge';
import { diagnosisAnswer } from './answer-message';
import { channelKeyOf, isFromBot, threadRootOf } from './conversation-keys';
import { listenDecision } from './listen-decision';
import { measuredDiagnose } from './measured-diagnosis';
import { textWithoutBotMentions } from './message-text';
import type { BotServices } from './services';
import type { SurfaceServices } from './surfaces';
import { keepPaste } from './paste-store';

/**
 * A channel or group-chat message that does not mention the bot (delivered because the app has
 * resource-specific consent to read them). The bot answers only a recognised ACR error, above the
 * threshold, once per thread root, within the channel's rate, and never a bot. Everything else: silence.
 */
export type Unmentioned =
  | { readonly kind: 'answer'; readonly card: AdaptiveCardJson; readonly confidence: number }
  | {
      readonly kind: 'silent';
      readonly reason:
        | 'from-bot'
        | 'no-place'
        | 'empty'
        | 'quiet'
        | 'not-acr'
        | 'unknown'
        | 'fallback'
        | 'below-threshold'
        | 'no-acr-context'
        | 'rate-limited'
        | 'thread-answered';
      readonly confidence?: number;
    };

export async function answerUnmentioned(
  activity: Partial<Activity>,
  lang: Lang,
  services: BotServices,
  surfaces: SurfaceServices,
): Promise<Unmentioned> {
  if (isFromBot(activity)) return { kind: 'silent', reason: 'from-bot' };
  const channel = channelKeyOf(activity);
  const thread = threadRootOf(activity);
  if (!channel || !thread) return { kind: 'silent', reason: 'no-place' };
  const text = textWithoutBotMentions(activity);
  if (text === '') return { kind: 'silent', reason: 'empty' };
  if ((await surfaces.channels.mode(channel)) === 'quiet') return { kind: 'silent', reason: 'quiet' };
  const diagnosis = measuredDiagnose(services.log, 'listen', text);
  const decision = listenDecision(diagnosis, surfaces.listenMinConfidence);
  if (!decision.answer) return { kind: 'silent', reason: decision.reason, confidence: decision.confidence };
  // The thread is claimed before the channel's rate is asked, so a message in an answered thread (silent)
  // never uses one of the channel's few unasked answers. The other order would need a check, the rate, then
  // the claim: two instances receiving two messages of one new thread at once would both pass the check and
  // both take a token, and the one that then lost the claim stays silent with its token spent. Claiming
  // first is exact under such races (the store lets one claim win, on any instance). Its cost: when the
  // rate refuses, the claim is given back, and a message of the same thread arriving in between is silent
  // as "answered" — it would have met the same full rate.
  const claim = await surfaces.channels.claimThread(thread);
  if (!claim) return { kind: 'silent', reason: 'thread-answered', confidence: decision.confidence };
  const rate = await surfaces.listenLimiter.take(channel).catch(async (error: unknown) => {
    await giveBack(claim, services);
    throw error;
  });
  if (!rate.allowed) {
    // Refused: the thread was not answered, so a later message in it may be, once the rate allows.
    await giveBack(claim, services);
    return { kind: 'silent', reason: 'rate-limited', confidence: decision.confidence };
  }
  const answer = diagnosisAnswer(diagnosis, lang, services);
  await keepPaste(surfaces.pastes, answer.kept, services.log);
  return { kind: 'answer', card: answer.card, confidence: decision.confidence };
}

/** Releases a thread claim; a store failure leaves it to expire (the thread then stays unanswered). */
async function giveBack(claim: Held, services: BotServices): Promise<void> {
  try {
    await claim.release();
  } catch (error) {
    services.log.error('thread-claim-not-released', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** `@ACR Doctor quiet` / `@ACR Doctor listen` (and the Russian words), alone in the message. */
export function listenSetting(text: string): 'quiet' | 'listen' | undefined {
  const word = text.trim().toLowerCase().replace(/[.!]/g, '');
  if (word === 'quiet' || word === 'тихо' || word === 'молчи') return 'quiet';
  if (word === 'listen' || word === 'слушай') return 'listen';
  return undefined;
}
