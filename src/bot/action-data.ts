import { CAUSES_VIEWS, CHECKS_VIEWS, FEEDBACK_VIEWS, type CardState } from '../cards';
import { LANGS } from '../knowledge';
import { CARD_ID } from './card-store';

/**
 * The verbs the bot's cards carry. Anything else in an `adaptiveCard/action` (or an Action.Submit
 * fallback) is treated as unknown: card data comes from the client and anyone can craft it.
 */
export const VERBS = [
  'checks.run',
  'checks.login-failures',
  'causes.all',
  'causes.top',
  'feedback.helpful',
  'feedback.not-helpful',
] as const;
export type Verb = (typeof VERBS)[number];

export interface CardAction {
  readonly verb: Verb;
  readonly cardId: string;
  readonly state: CardState;
}

export type ParsedAction =
  { readonly kind: 'ok'; readonly action: CardAction } | { readonly kind: 'invalid' };

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function parseCardAction(verb: unknown, data: unknown): ParsedAction {
  if (!oneOf(VERBS, verb) || typeof data !== 'object' || data === null) return { kind: 'invalid' };
  const { id, causes, feedback, checks, lang } = data as Record<string, unknown>;
  if (typeof id !== 'string' || !CARD_ID.test(id)) return { kind: 'invalid' };
  if (!oneOf(CAUSES_VIEWS, causes) || !oneOf(FEEDBACK_VIEWS, feedback) || !oneOf(CHECKS_VIEWS, checks))
    return { kind: 'invalid' };
  // The card's language is optional (older cards have none) but, when present, one we speak.
  if (lang !== undefined && !oneOf(LANGS, lang)) return { kind: 'invalid' };
  const state: CardState =
    lang === undefined ? { causes, feedback, checks } : { causes, feedback, checks, lang };
  return { kind: 'ok', action: { verb, cardId: id, state } };
}
