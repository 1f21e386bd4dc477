import type { Activity } from 'botbuilder';
import { CARD_ID } from './card-store';

/**
 * The card id a button press names (`value.action.data.id` for Universal Actions, `value.id` for the
 * Action.Submit fallback), so its card can be read from shared storage before the routes run. Only the
 * format is checked here; whether the card belongs to the conversation is the card store's question.
 */
export function pressedCardIds(activity: Partial<Activity>): string[] {
  const value: unknown = activity.value;
  if (typeof value !== 'object' || value === null) return [];
  const action = (value as { action?: { data?: unknown } }).action;
  const candidates = [
    (value as { id?: unknown }).id,
    typeof action?.data === 'object' && action.data !== null
      ? (action.data as { id?: unknown }).id
      : undefined,
  ];
  return candidates.filter((id): id is string => typeof id === 'string' && CARD_ID.test(id));
}
