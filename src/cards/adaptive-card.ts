/**
 * The JSON of an Adaptive Card as the bot sends it. Cards are produced only by binding the templates in
 * cards/, so the type stays loose on purpose: the tests validate the real output with the adaptivecards
 * library and Teams' element list instead of trusting a hand-written schema type.
 */
export interface AdaptiveCardJson {
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly body: readonly unknown[];
  readonly [key: string]: unknown;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Teams rejects bot messages over its size limit; the envelope of the activity needs room too. */
export const MAX_CARD_BYTES = 26 * 1024;

export function cardBytes(card: AdaptiveCardJson): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
