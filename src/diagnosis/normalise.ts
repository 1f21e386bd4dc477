import { decodeJsonEscapes } from './escapes';
import {
  joinFolded,
  joinFrameWrapped,
  joinHardWrapped,
  joinOpenCodeSpans,
  joinOpenQuotes,
  joinProseWrapped,
  spellOutKeys,
} from './folding';
import { decodeEntities, htmlToText, looksLikeTeamsHtml } from './html-text';
import { unwrapJsonLogLines } from './json-log-lines';
import { MAX_INPUT_CHARS, MAX_LINE_CHARS } from './limits';
import { unwrapLogfmtLines } from './logfmt-log-lines';
import { stripLogPrefix } from './log-prefixes';
import { explainSocketMessage } from './socket-messages';
import { binaryShare, plainPunctuation, stripAnsi, stripControls, unifyLineBreaks } from './terminal-noise';
import type { Notice } from './types';
import { stripUniformPrefixes } from './uniform-prefixes';

export interface NormalisedPaste {
  /** One entry per line; no line is longer than MAX_LINE_CHARS. */
  readonly lines: readonly string[];
  readonly notices: readonly Notice[];
}

const CODE_FENCE = /^\s*(?:```|~~~)[\w+-]{0,30}\s*$/;
// `\s` is the set trim() removes: a line without anything else is blank, found without making a trimmed copy.
const NOT_BLANK = /\S/;
/** Runs of spaces and tabs, and single tabs: one space each. */
const SPACE_RUN = /[ \t]{2,}|\t/g;
const BINARY_SHARE = 0.1;

/** Keeps the head quarter and the tail three quarters of an over-long paste. */
function capLength(text: string): { text: string; notice: Notice | null } {
  if (text.length <= MAX_INPUT_CHARS) return { text, notice: null };
  const head = Math.floor(MAX_INPUT_CHARS / 4);
  const tail = MAX_INPUT_CHARS - head;
  return {
    text: `${text.slice(0, head)}\n${text.slice(text.length - tail)}`,
    notice: { kind: 'truncated', originalChars: text.length, keptChars: MAX_INPUT_CHARS },
  };
}

function splitLong(line: string, into: string[]): void {
  if (line.length <= MAX_LINE_CHARS) {
    into.push(line);
    return;
  }
  let start = 0;
  while (start < line.length) {
    let end = Math.min(start + MAX_LINE_CHARS, line.length);
    // Prefer to cut at a space so a word is not split across chunks.
    if (end < line.length) {
      const space = line.lastIndexOf(' ', end);
      if (space > start + MAX_LINE_CHARS / 2) end = space + 1;
    }
    into.push(line.slice(start, end));
    start = end;
  }
}

/**
 * Turns whatever arrives (Teams HTML, JSON-escaped logs, ANSI colours, CRLF, smart quotes, zero-width
 * characters, code fences, log prefixes) into plain lines. Never throws; every step is linear.
 */
export function normalise(input: unknown): NormalisedPaste {
  const notices: Notice[] = [];
  const raw = typeof input === 'string' ? input : '';
  if (raw.trim().length === 0) return { lines: [], notices: [{ kind: 'empty' }] };

  const capped = capLength(raw);
  if (capped.notice) notices.push(capped.notice);
  let text = capped.text;
  if (binaryShare(text) > BINARY_SHARE) notices.push({ kind: 'binary' });

  if (looksLikeTeamsHtml(text)) text = htmlToText(text);
  text = decodeEntities(text);
  text = unwrapJsonLogLines(text);
  text = unwrapLogfmtLines(text);
  text = decodeJsonEscapes(text);
  text = stripAnsi(text);
  text = stripControls(unifyLineBreaks(text));
  text = plainPunctuation(text);

  const lines: string[] = [];
  let blank = false;
  const { lines: split, annotated } = stripUniformPrefixes(text.split('\n'));
  // Only a paste with a frame bar in it (one native scan) pays for the frame pass.
  const unframed = joinHardWrapped(text.includes('\u2502') ? joinFrameWrapped(split) : split);
  // Prose an editor wrapped is joined first: a code span it cut would otherwise be joined into one line wider than
  // any editor's, and the paste would no longer look wrapped. Only a paste with a backtick in it pays for the
  // code-span pass, which joins the spans cut elsewhere (a list item, a table cell).
  const prose = joinProseWrapped(unframed);
  const unwrapped = text.includes('`') ? joinOpenCodeSpans(prose) : prose;
  for (const rawLine of joinFolded(joinOpenQuotes(unwrapped))) {
    if (CODE_FENCE.test(rawLine)) continue;
    // Runs of spaces and tabs become one space: clues match however a table or a wrapped paste spaced its words.
    const unprefixed = stripLogPrefix(rawLine.trimEnd());
    // The pattern can only match where a tab or two spaces are: most lines are spared the call.
    const plain =
      unprefixed.includes('  ') || unprefixed.includes('\t')
        ? unprefixed.replace(SPACE_RUN, ' ')
        : unprefixed;
    // Only Azure Pipelines prints bare resource keys; elsewhere a CamelCase word (a setting's value) stays as it is.
    const keyed =
      annotated || rawLine.includes('##[') || rawLine.includes('loc string for key')
        ? spellOutKeys(plain)
        : plain;
    const line = explainSocketMessage(keyed);
    if (!NOT_BLANK.test(line)) {
      // Collapse runs of blank lines; keep one so paragraphs stay apart.
      if (!blank && lines.length > 0) lines.push('');
      blank = true;
      continue;
    }
    blank = false;
    splitLong(line, lines);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) notices.push({ kind: 'empty' });
  return { lines, notices };
}
