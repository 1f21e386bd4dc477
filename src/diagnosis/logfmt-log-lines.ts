/**
 * Go services logging with logrus or in logfmt (containerd, dockerd, Flux's older controllers, the ACR CLI) print an
 * event as `key=value` pairs: `time="…" level=error msg="PullImage \"x\" failed" error="…: 401 Unauthorized"`. The
 * message sits in a quoted value with its own quotes escaped, after the logger's marks. Such a line is replaced by its
 * message fields, unquoted, each starting a line of its own, with the fields that describe the event after the last; as
 * for JSON events (json-log-lines.ts), the logger's level, time and caller are left out.
 *
 * Only a line whose rest, from its first logger mark on, parses whole as `key=value` pairs with a level and a message
 * is touched; anything else stays as printed.
 */
import { eventText, MAX_LEAD_CHARS, readEvent } from './log-event-keys';

/** Where the pairs may start: at the line's start or after a space, with a logger mark. */
const FIRST_MARKS = ['time=', 'ts=', 'level=', 'lvl=', 'severity='] as const;
const LEVEL_KEYS: ReadonlySet<string> = new Set(['level', 'lvl', 'severity']);

const KEY_CHAR = /[\w.@-]/;

/**
 * One of Go's strconv.Quote escapes inside a quoted value, read. Others (`\u00e9`, `\x1b`) stay escaped for the
 * JSON-escape pass that follows (escapes.ts).
 */
function unquoteChar(c: string): string {
  if (c === 'n') return '\n';
  if (c === 't') return '\t';
  if (c === 'r') return '';
  if (c === '"' || c === '\\') return c;
  return `\\${c}`;
}

/** `key=value` pairs of `text`, or null when anything in it is not one. */
function pairs(text: string): [string, string][] | null {
  const out: [string, string][] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ') i++;
    if (i >= text.length) break;
    const keyStart = i;
    while (i < text.length && KEY_CHAR.test(text[i] ?? '')) i++;
    if (i === keyStart || text[i] !== '=') return null;
    const key = text.slice(keyStart, i);
    i++;
    let value = '';
    if (text[i] === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i] ?? '';
        if (c === '\\' && i + 1 < text.length) {
          value += unquoteChar(text[i + 1] ?? '');
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      if (!closed || (i < text.length && text[i] !== ' ')) return null;
    } else {
      const end = text.indexOf(' ', i);
      value = text.slice(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    }
    out.push([key, value]);
  }
  return out;
}

function firstMark(line: string): number {
  let first = -1;
  for (const mark of FIRST_MARKS) {
    const at = line.startsWith(mark) ? 0 : line.indexOf(` ${mark}`);
    const pairsStart = at > 0 ? at + 1 : at;
    if (pairsStart >= 0 && (first < 0 || pairsStart < first)) first = pairsStart;
  }
  return first;
}

/** One line read out of its pairs, or the line itself. */
function unwrapLine(line: string): string {
  const trimmed = line.trimEnd();
  const start = firstMark(trimmed);
  if (start < 0 || start > MAX_LEAD_CHARS) return line;
  const fields = pairs(trimmed.slice(start));
  if (fields === null || !fields.some(([key]) => LEVEL_KEYS.has(key))) return line;
  const event = readEvent(fields);
  return event.messages.length > 0 ? `${trimmed.slice(0, start)}${eventText(event)}` : line;
}

export function unwrapLogfmtLines(text: string): string {
  // A paste without a level field anywhere (native scans) has no event to read.
  if (!text.includes('level=') && !text.includes('lvl=') && !text.includes('severity=')) return text;
  return text.split('\n').map(unwrapLine).join('\n');
}
