import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * botbuilder's token check prints to the console on the way to throwing (an expired token's stack trace, a
 * PEM key on a bad signature). The error it then throws is all we need, and an attacker must not be able to
 * fill the log with stack traces, so console output made while `quietly` runs is dropped. Output from
 * anything else — other requests, other code — passes through untouched.
 */
const quiet = new AsyncLocalStorage<true>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]): void => {
      if (quiet.getStore() === true) return;
      original(...args);
    };
  }
}

export function quietly<T>(work: () => Promise<T>): Promise<T> {
  install();
  return quiet.run(true, work);
}
