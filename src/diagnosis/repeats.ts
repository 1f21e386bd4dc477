import type { RepeatKey } from './score';

// Digits and long hex runs: what differs between two printings of one message (timestamps, attempt counters,
// request and trace ids, durations). The rest of the line is what the tool said.
const VARYING = /[0-9a-f]{8,}|\d+/gi;

/**
 * The key under which a line and its repeats (a retry, a second attempt, the same event on another node, a log
 * shown twice) are one piece of evidence: the line's words with the varying parts taken out, in lower case.
 */
export function repeatKeyOf(lines: readonly string[]): RepeatKey {
  // Every matched cause asks for the keys of its evidence lines, mostly the same few lines: each is made once.
  const keys = new Map<number, string>();
  return (line) => {
    let key = keys.get(line);
    if (key === undefined) {
      key = (lines[line] ?? '').toLowerCase().replace(VARYING, '#').replace(/\s+/g, ' ').trim();
      keys.set(line, key);
    }
    return key;
  };
}
