import { CAUSE_LIST } from './causes';
import type { CauseId } from './cause-ids';
import type { Cause } from './types';

/** The whole knowledge base: one file per cause under causes/<family>/. */
export const CAUSES: readonly Cause[] = CAUSE_LIST;

const BY_ID: ReadonlyMap<CauseId, Cause> = new Map(CAUSES.map((c) => [c.id, c]));

/** Looks a cause up by id; the knowledge test guarantees every CauseId has exactly one entry. */
export function causeById(id: CauseId): Cause {
  const cause = BY_ID.get(id);
  if (!cause) throw new Error(`unknown cause id ${id}`);
  return cause;
}

export { CAUSE_IDS, type CauseId } from './cause-ids';
export { CHECK_IDS, CHECK_TITLES, type CheckId, type CauseVerdict } from './checks';
export { FAMILY_IDS, FAMILY_TITLES, type FamilyId } from './families';
export {
  LANGS,
  fill,
  langFromLocale,
  type FillValues,
  type Lang,
  type Placeholders,
  type Text,
} from './text';
export type {
  Cause,
  CauseSpec,
  CauseScope,
  Clue,
  DocLink,
  FixStep,
  Placeholder,
  Prevalence,
  Rule,
  RuleRole,
} from './types';
export { PLACEHOLDERS } from './types';
export { defineCause } from './define';
export * from './vocabulary';
export {
  REGISTRY_RULE_KEYWORDS,
  REGISTRY_WORLD_KEYWORDS,
  REGISTRY_WORLD_OTHER_LANGUAGES,
} from './registry-world';
export { CHECK_HEALTH_CODE_INFO, type CheckHealthCodeInfo } from './checkhealth-codes';
export { isValidRegistryName, REGISTRY_NAME } from './registry-naming';
export { causePrior } from './priors';
export { BOILERPLATE } from './boilerplate';
export { AUTH_FAMILIES, AUTH_PROVEN_WEIGHT, NO_ANSWER_WEIGHT } from './auth-families';
export { CLIENT_FAMILIES, ELSEWHERE_WEIGHT } from './registry-elsewhere';
export {
  FALLBACK_KEYWORDS,
  FALLBACK_SIGNAL_IDS,
  FALLBACK_SIGNALS,
  type FallbackSignal,
  type FallbackSignalId,
} from './fallbacks';
export { STATEMENTS, type Statement } from './statements';
export {
  STATEMENT_CONCESSIVES,
  STATEMENT_FAILURE_WORDS,
  STATEMENT_NARRATIVE_WORDS,
  STATEMENT_NEGATORS,
  STATEMENT_REGISTRY_WORDS,
  STATEMENT_RULED_OUT,
} from './statement-words';
export {
  SOCKET_ERRORS,
  type SocketErrorText,
  type WinsockError,
  type WindowsLanguage,
} from './socket-errors';
