import type { RepeatKey } from './score';

// Digits and long hex runs: what differs between two printings of one message (timestamps, attempt counters,
// request and trace ids, durations). The rest of the line is what the tool said.
const VARYING = /[0-9a-f]{8,}|\d+/gi;
const WHITESPACE_RUN = /\s+/g;

/**
 * Where a registry's JSON error body starts: the same answer is often printed twice with different words before it
 * (an SDK's "Error message: {…}" and its exception's "RestError: {…}"), and is then one piece of evidence.
 */
const ERROR_BODY = '{"errors":';

/**
 * The key under which a line and its repeats (a retry, a second attempt, the same event on another node, a log
 * shown twice, the registry's error body quoted again) are one piece of evidence: the line's words from the
 * registry's error body on, if it holds one, with the varying parts taken out, in lower case.
 */
export function repeatKeyOf(lines: readonly string[]): RepeatKey {
  // Every matched cause asks for the keys of its evidence lines, mostly the same few lines: each is made once.
  const keys = new Map<number, string>();
  return (line) => {
    let key = keys.get(line);
    if (key === undefined) {
      const text = lines[line] ?? '';
      const body = text.indexOf(ERROR_BODY);
      key = (body > 0 ? text.slice(body) : text)
        .toLowerCase()
        .replace(VARYING, '#')
        .replace(WHITESPACE_RUN, ' ')
        .trim();
      keys.set(line, key);
    }
    return key;
  };
}
