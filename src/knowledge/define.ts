import type { CauseSpec } from './types';

/**
 * Declares one cause. It returns its argument unchanged; its only job is to keep the literal type of the id,
 * from which `CauseId` is derived, while checking everything else against `CauseSpec`.
 */
export function defineCause<const Id extends string>(cause: CauseSpec<Id>): CauseSpec<Id> {
  return cause;
}
