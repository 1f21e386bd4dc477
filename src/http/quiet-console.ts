import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * botbuilder's token check prints to the console on the way to throwing (an expired token's stack trace, a
 * PEM key on a bad signature). The error it then throws is all we need, and an attacker must not be able to
 * fill the log with stack traces, so console output made while `quietly` runs is dropped. Output from
 * anything else — other requests, other code — passes through untouched.
 */
const quiet = new AsyncLocalStorage<true>();
const OURS = Symbol('acr-doctor.quietConsole');
const METHODS = ['error', 'warn', 'log', 'info', 'debug'] as const;

/** Wraps each console method, again if something (a test's spy, another library) replaced it since. */
function install(): void {
  for (const method of METHODS) {
    const current = console[method] as ((...args: unknown[]) => void) & { [OURS]?: true };
    if (current[OURS]) continue;
    const wrapped = Object.assign(
      (...args: unknown[]): void => {
        if (quiet.getStore() === true) return;
        current.apply(console, args);
      },
      { [OURS]: true as const },
    );
    console[method] = wrapped;
  }
}

export function quietly<T>(work: () => Promise<T>): Promise<T> {
  install();
  return quiet.run(true, work);
}
