import { CAUSE_LIST } from './causes';

/**
 * The id of every cause in the knowledge base, derived from the cause files (causes/<family>/<id>.ts): a file
 * is its cause, and its id exists because the file does. Ids are stable: corpora and feedback refer to them.
 */
export type CauseId = (typeof CAUSE_LIST)[number]['id'];

export const CAUSE_IDS: readonly CauseId[] = CAUSE_LIST.map((c) => c.id);
