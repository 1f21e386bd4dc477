import { CAUSES, FAMILY_TITLES, type Cause, type CauseId, type FamilyId, type Lang } from '../knowledge';

const BY_ID: ReadonlyMap<CauseId, Cause> = new Map(CAUSES.map((c) => [c.id, c]));

/** The knowledge-base entry for a ranked cause; absent only if the engine and knowledge base disagree. */
export function knownCause(id: CauseId): Cause | undefined {
  return BY_ID.get(id);
}

/** A cause's title, falling back to its family's title so a card never shows a bare id. */
export function causeTitle(id: CauseId, family: FamilyId, lang: Lang): string {
  return knownCause(id)?.title[lang] ?? FAMILY_TITLES[family]?.[lang] ?? id;
}
