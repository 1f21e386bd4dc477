import type { LineIndex } from '../line-index';
import { typedCommandStart } from './command-position';

/** Clients whose invocation on a line of its own starts a new command (and ends the output of the one before). */
const CLIENTS = [
  'az ',
  'docker ',
  'helm ',
  'oras ',
  'podman ',
  'crane ',
  'skopeo ',
  'nerdctl ',
  'kubectl ',
  'notation ',
  'regctl ',
  'buildah ',
];
const NAME_CHAR = /[a-z0-9_.-]/;

/** Whether a lower-cased line starts a command: a client's name where a shell command starts. */
export function startsCommand(lower: string): boolean {
  for (const name of CLIENTS) {
    const at = lower.indexOf(name);
    if (at < 0 || (at > 0 && NAME_CHAR.test(lower[at - 1] as string))) continue;
    if (typedCommandStart(lower.slice(0, at))) return true;
  }
  return false;
}

/**
 * The 0-based lines that belong to the command at `line`: that line and what follows it, up to the next command
 * (a paste often holds several, and the error after one is not the other's), at most `reach` lines after it.
 */
export function commandOutput(index: LineIndex, line: number, reach: number): number[] {
  const out = [line];
  for (let j = line + 1; j <= line + reach && j < index.lines.length; j++) {
    if (startsCommand(index.lower(j))) break;
    out.push(j);
  }
  return out;
}
