import type { CheckReport } from '../checks/types';

/**
 * What one person's copy of a diagnosis card shows. Teams replaces a card only for the person who pressed a
 * button, so this state travels in the card's action data (validated on the way back), not on the server.
 */
export const CAUSES_VIEWS = ['top', 'all'] as const;
export type CausesView = (typeof CAUSES_VIEWS)[number];

/** `not-saved`: the person answered but the feedback store failed; we thank them and say so. */
export const FEEDBACK_VIEWS = ['none', 'helpful', 'not-helpful', 'not-saved'] as const;
export type FeedbackView = (typeof FEEDBACK_VIEWS)[number];

export const CHECKS_VIEWS = ['idle', 'requested'] as const;
export type ChecksView = (typeof CHECKS_VIEWS)[number];

export interface CardState {
  readonly causes: CausesView;
  readonly feedback: FeedbackView;
  readonly checks: ChecksView;
}

export const INITIAL_CARD_STATE: CardState = { causes: 'top', feedback: 'none', checks: 'idle' };

/** The live-checks section of a card. */
export type LiveChecksSection =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'not-configured'; readonly missing: readonly string[] }
  | { readonly kind: 'report'; readonly report: CheckReport };
