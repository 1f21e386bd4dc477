/**
 * The field names structured loggers give an event's parts, and what an event becomes once read: shared by the JSON
 * (json-log-lines.ts) and logfmt (logfmt-log-lines.ts) readers.
 */

/** Text a collector or runner put before the event (`stdout F `, a syslog header, a pod name) is at most this long. */
export const MAX_LEAD_CHARS = 120;

/** Fields that hold what the event says; they are read out in the order the event has them. */
const MESSAGE_KEYS: ReadonlySet<string> = new Set([
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
const ORIGIN_KEYS: ReadonlySet<string> = new Set([
  'caller',
  'logger',
  'logger_name',
  'stream',
  'pid',
  'hostname',
  'thread',
  'v',
]);

export interface ReadEvent {
  /** The message fields' texts (a string under a message key), in the event's order. */
  readonly messages: readonly string[];
  /** The fields that describe the event (`image=…`), the logger's own marks left out. */
  readonly described: readonly string[];
}

/** An event's fields sorted into what it says and what describes it. */
export function readEvent(fields: readonly (readonly [string, unknown])[]): ReadEvent {
  const messages: string[] = [];
  const described: string[] = [];
  for (const [key, value] of fields) {
    if (MESSAGE_KEYS.has(key) && typeof value === 'string') messages.push(value);
    else if (!EVENT_KEYS.has(key) && !ORIGIN_KEYS.has(key))
      described.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return { messages, described };
}

/**
 * The event's message fields, each starting a line as the tool printed it, with the fields that describe the event
 * after the last, on its line as they were on the event's.
 */
export function eventText({ messages, described }: ReadEvent): string {
  const text = messages.join('\n');
  return described.length > 0 ? `${text} ${described.join(' ')}` : text;
}
