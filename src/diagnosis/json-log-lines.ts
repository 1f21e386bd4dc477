/**
 * A structured logger (zap, logrus's JSON formatter, pino, Serilog, a Container Apps console log) prints each event
 * as one JSON object: `{"level":"error","ts":…,"msg":"failed to pull …","error":"unauthorized: …"}`. The message
 * inside is what the tool said; read inside its envelope, a clue that starts a line or a sentence no longer does.
 * Such a line is replaced by its message fields, each starting a line of its own as the tool printed them, with the
 * fields that describe the event (the image, the registry) as `key=value` after the last. The logger's own marks
 * (level, time, caller) are left out: `level=error` in the text would read as an error the tool reported.
 *
 * Only lines that parse as a whole JSON object with a log event's marks (a level or time field beside a string
 * message, or nothing but messages on a line of its own) are touched: an API's error body
 * (`{"code":"AuthorizationFailed","message":…}`) has neither and stays as printed, where the rules read its JSON form.
 */
import { EVENT_KEYS, eventText, MAX_LEAD_CHARS, readEvent } from './log-event-keys';

/** A log envelope quoted again (a log shipper's JSON string around it) is read through at most this many levels. */
const MAX_LEVELS = 3;

/** The event's lines, or null when `candidate` is not a structured log event. */
function eventLines(candidate: string, level: number, wholeLine: boolean): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(candidate);
  } catch {
    return null;
  }
  if (typeof parsed === 'string') {
    const inner = parsed.trim();
    const quotesEvent =
      (inner.startsWith('{"') && inner.endsWith('}')) || (inner.startsWith('"{') && inner.endsWith('"'));
    return level + 1 < MAX_LEVELS && quotesEvent ? eventLines(inner, level + 1, true) : null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const fields = Object.entries(parsed as Record<string, unknown>);
  const event = readEvent(fields);
  // A shipper that quotes an event again often keeps nothing but its message: `{"msg":"…"}` as a line of its own.
  // After other words (`response={"message":"denied"}`) the same object is a body the tool printed, and stays.
  const marked =
    (wholeLine && event.messages.length === fields.length) || fields.some(([key]) => EVENT_KEYS.has(key));
  return event.messages.length > 0 && marked ? eventText(event) : null;
}

/** One line read out of its envelope, or the line itself. */
function unwrapLine(line: string): string {
  const trimmed = line.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  // `}` ends an object; `"` ends an object quoted as a JSON string.
  if (last !== 125 && last !== 34) return line;
  // The object, or the string quoting it, starts at the line's first brace or first quote; nothing else is tried.
  for (const start of [trimmed.indexOf('{'), trimmed.indexOf('"')]) {
    if (start < 0 || start > MAX_LEAD_CHARS) continue;
    const lead = trimmed.slice(0, start);
    const lines = eventLines(trimmed.slice(start), 0, lead.trim() === '');
    if (lines !== null) return `${lead}${lines}`;
  }
  return line;
}

export function unwrapJsonLogLines(text: string): string {
  // A paste without a brace anywhere (one native scan) has no event to read.
  if (!text.includes('{')) return text;
  return text.split('\n').map(unwrapLine).join('\n');
}
