/** Size limits that keep diagnosis fast and its output small, whatever arrives. */

/** Pastes longer than this are cut: the head quarter and the tail three quarters are kept (errors sit at the end of logs). */
export const MAX_INPUT_CHARS = 2 * 1024 * 1024;

/** Longer lines are split into chunks of this size, so every pattern runs on a bounded line. */
export const MAX_LINE_CHARS = 8 * 1024;

/**
 * A person's message or note is at most this many lines; a longer paste is a log, and the passes that read a person's
 * writing (prose an editor wrapped, a quotation broken over lines, a sentence saying what failed) spare it.
 */
export const MAX_PROSE_LINES = 200;

/** Evidence lines shown per cause, and the length each is cut to. */
export const MAX_EVIDENCE_LINES = 3;
export const MAX_EVIDENCE_CHARS = 400;

/** How many causes a diagnosis lists. */
export const MAX_CAUSES = 8;
