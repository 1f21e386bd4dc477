/**
 * Where the bot reports what happened. Log lines never carry pasted text (it may hold secrets the engine did
 * not recognise): only activity ids, kinds, outcomes and error messages.
 */
export interface Logger {
  info(event: string, fields?: Readonly<Record<string, unknown>>): void;
  error(event: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** One JSON object per line on stdout/stderr, which is what App Service and container log collectors expect. */
export const jsonLogger: Logger = {
  info: (event, fields = {}) =>
    process.stdout.write(
      `${JSON.stringify({ at: new Date().toISOString(), level: 'info', event, ...fields })}\n`,
    ),
  error: (event, fields = {}) =>
    process.stderr.write(
      `${JSON.stringify({ at: new Date().toISOString(), level: 'error', event, ...fields })}\n`,
    ),
};

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
