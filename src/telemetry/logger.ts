import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import type { Logger } from '../bot/log';
import type { LogLevel } from '../config';
import { maskSecrets } from '../diagnosis/mask-secrets';
import { emitEvent } from './azure-monitor';
import { turnFields } from './turn-context';

/**
 * Structured JSON logs (pino), one object per line on stdout, which App Service and container log
 * collectors read as is. Every line carries the activity and conversation being answered (turn-context.ts).
 * Tokens and authorization headers are removed by name, and every string value goes through the engine's
 * secret masking, so a password that reached an error message is masked in the log too.
 */

/** Field names whose values are credentials, wherever they appear in a logged object. */
const REDACTED_PATHS = [
  'authorization',
  'token',
  'password',
  'secret',
  'connectionString',
  '*.authorization',
  '*.Authorization',
  '*.token',
  '*.password',
  '*.secret',
  '*.connectionString',
  'headers.authorization',
  'req.headers.authorization',
];
const MAX_STRING_CHARS = 2000;

function masked(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    const text = value.length > MAX_STRING_CHARS ? `${value.slice(0, MAX_STRING_CHARS)}…` : value;
    return maskSecrets(text.split('\n')).lines.join('\n');
  }
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => masked(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, depth + 1)]));
}

export function createPino(level: LogLevel = 'info', destination?: DestinationStream): Pino {
  return pino(
    {
      level,
      base: null,
      messageKey: 'event',
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => masked(object) as Record<string, unknown>,
      },
      mixin: () => ({ ...turnFields() }),
    },
    destination,
  );
}

/** The bot's Logger on top of pino. */
export function pinoLogger(logger: Pino): Logger {
  return {
    info: (event, fields = {}) => {
      logger.info({ ...fields }, event);
      emitEvent(event, masked(fields) as Record<string, unknown>);
    },
    error: (event, fields = {}) => logger.error({ ...fields }, event),
  };
}
