import type { TurnContext } from 'botbuilder';

/**
 * Work that must wait until the turn's reply has gone out: replacing a card's message with the final
 * live-check report must not reach Teams before the invoke answer (a progress card) does, or that answer
 * would overwrite the report. A route leaves the work here; the HTTP edge starts it once the response is sent.
 */
const AFTER_REPLY = Symbol('acr-doctor.afterReply');

/** `task` may return a promise: the server keeps it to wait for the work when it shuts down. */
export function afterReply(context: TurnContext, task: () => unknown): void {
  context.turnState.set(AFTER_REPLY, task);
}

export function takeAfterReply(context: TurnContext): (() => unknown) | undefined {
  const task: unknown = context.turnState.get(AFTER_REPLY);
  return typeof task === 'function' ? (task as () => unknown) : undefined;
}
