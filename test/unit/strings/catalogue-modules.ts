/**
 * Every module that holds user-facing text catalogues (`Text` records, `Plural`s, or lists and records of
 * them), relative to the repository root. The parity test reads every export of each one, so a new
 * catalogue file needs one line here; a new entry in a listed file needs nothing.
 */
export const CATALOGUE_MODULES: readonly string[] = [
  'src/cards/text/diagnosis',
  'src/cards/text/messages',
  'src/cards/text/live-checks',
  'src/cards/text/bot',
  'src/cli/strings',
];
