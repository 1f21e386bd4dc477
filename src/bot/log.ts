import { createPino, pinoLogger } from '../telemetry/logger';

/**
 * Where the bot reports what happened. Log lines never carry pasted text (it may hold secrets the engine did
 * not recognise): only activity ids, kinds, outcomes and error messages.
 */
export interface Logger {
  info(event: string, fields?: Readonly<Record<string, unknown>>): void;
  error(event: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** One JSON object per line on stdout (pino, with redaction and the turn's ids): see src/telemetry/logger.ts. */
export const jsonLogger: Logger = pinoLogger(createPino());

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
