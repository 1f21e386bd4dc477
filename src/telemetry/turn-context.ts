import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Which activity the code running now is answering. The HTTP edge enters it once per request; every log
 * line written while that request is handled — by any module, however deep — carries the activity id and
 * the conversation without each call site passing them along.
 */
export interface TurnFields {
  readonly activityId?: string;
  readonly conversation?: string;
}

const current = new AsyncLocalStorage<TurnFields>();

export function inTurn<T>(fields: TurnFields, work: () => T): T {
  return current.run(fields, work);
}

export function turnFields(): TurnFields {
  return current.getStore() ?? {};
}
