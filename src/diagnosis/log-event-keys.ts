/**
 * The field names structured loggers give an event's parts, shared by the JSON (json-log-lines.ts) and logfmt
 * (logfmt-log-lines.ts) readers.
 */

/** Fields that hold what the event says; they are read out in the order the event has them. */
export const MESSAGE_KEYS: ReadonlySet<string> = new Set([
  'msg',
  'message',
  'Message',
  'MESSAGE',
  'log',
  'Log',
  'Log_s',
  '@m',
  'RenderedMessage',
  'error',
  'err',
  'errorMessage',
  'error_message',
  'Exception',
  'exception',
  '@x',
]);

/** Fields by which a logger marks an event: its level or its time. */
export const EVENT_KEYS: ReadonlySet<string> = new Set([
  'level',
  'lvl',
  'Level',
  'severity',
  'Severity',
  'levelname',
  '@l',
  'ts',
  'time',
  'Time',
  'timestamp',
  'Timestamp',
  '@t',
  '@timestamp',
  'TimeGenerated',
  'time_t',
]);

/** The logger's marks of where an event came from: no more about the event than its level and time say. */
export const ORIGIN_KEYS: ReadonlySet<string> = new Set([
  'caller',
  'logger',
  'logger_name',
  'stream',
  'pid',
  'hostname',
  'thread',
  'v',
]);

/**
 * The event's message fields, each starting a line as the tool printed it, with the fields that describe the event
 * (`image=…`, `registry=…`) after the last, on its line as they were on the event's.
 */
export function eventText(messages: readonly string[], described: readonly string[]): string {
  const text = messages.join('\n');
  return described.length > 0 ? `${text} ${described.join(' ')}` : text;
}
