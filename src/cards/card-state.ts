import type { CheckReport } from '../checks/types';
import type { Lang, Text } from '../knowledge';

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
  /**
   * The language the card was first written in. A press by someone else redraws it in this language, so one
   * colleague's Teams language never flips the card for the channel. Absent on cards sent before it existed.
   */
  readonly lang?: Lang;
}

export const INITIAL_CARD_STATE: CardState = { causes: 'top', feedback: 'none', checks: 'idle' };

/**
 * Why live checks did not run (or not all the way), said in the card that asked for them. Every value is
 * validated or built by the bot (names, numbers, URLs from its own configuration), never taken from a user.
 */
export type LiveCheckNotice =
  /** The paste names no registry, or not a valid one of the configured cloud (`problem` says which). */
  | { readonly kind: 'no-registry'; readonly problem: Text }
  /** The conversation, or the sign-in token, belongs to another organisation than the one this bot serves. */
  | { readonly kind: 'other-tenant' }
  /** Teams did not say which organisation the conversation belongs to. */
  | { readonly kind: 'tenant-unknown' }
  /** The sign-in token is not for this app or not of the person who pressed. */
  | { readonly kind: 'wrong-token' }
  | { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number }
  /** Entra ID refused the exchange because nobody consented to the Azure access; `links` are https URLs. */
  | {
      readonly kind: 'consent-required';
      readonly code: string;
      readonly links: { readonly forMe: string; readonly forOrganisation: string };
    }
  /** The developer's own sign-in on the bot's machine is not available (local developer mode). */
  | { readonly kind: 'developer-sign-in'; readonly code?: string }
  /** Entra ID did not accept the sign-in after the card had already been answered. */
  | { readonly kind: 'sign-in-failed'; readonly code?: string }
  | { readonly kind: 'entra-unavailable' }
  /** The client sent an Action.Submit fallback, which cannot carry a sign-in. */
  | { readonly kind: 'client-unsupported' };

/** Retrying makes sense after these notices; the card offers "Try again". */
export function noticeAllowsRetry(notice: LiveCheckNotice): boolean {
  return notice.kind !== 'no-registry' && notice.kind !== 'other-tenant' && notice.kind !== 'wrong-token';
}

/** The live-checks section of a card. */
export type LiveChecksSection =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'not-configured'; readonly missing: readonly string[] }
  /** `by`: the display name of the person whose permissions the checks used (Teams sign-in). */
  | { readonly kind: 'report'; readonly report: CheckReport; readonly by?: string }
  /** Checks still running: the finished results, and the rest named as pending. */
  | { readonly kind: 'progress'; readonly report: CheckReport; readonly by?: string }
  | { readonly kind: 'notice'; readonly notice: LiveCheckNotice };
