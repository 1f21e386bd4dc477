import { CHECK_HEALTH_CODES, DISTRIBUTION_CODES } from '../knowledge';
import { MAX_PROSE_LINES } from './limits';
import { typedAtPrompt } from './log-prefixes';

/**
 * What real pastes do to a message before it reaches us, undone line by line. Every step is linear.
 */

const CAMEL_KEY = /^[A-Z][A-Za-z0-9]{9,120}$/;

/** `CouldNotFetchAccessTokenforMSI` → `Could Not Fetch Access Tokenfor MSI` (acronyms stay together). */
export function splitCamel(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i] as string;
    const prev = key[i - 1] ?? '';
    const next = key[i + 1] ?? '';
    const upper = c >= 'A' && c <= 'Z';
    const boundary =
      i > 0 &&
      upper &&
      ((prev >= 'a' && prev <= 'z') ||
        (prev >= '0' && prev <= '9') ||
        (prev >= 'A' && prev <= 'Z' && next >= 'a' && next <= 'z'));
    out += boundary ? ` ${c}` : c;
  }
  return out;
}

/**
 * Azure Pipelines tasks print a bare resource key when their localisation file is missing ("Can't find loc
 * string for key: MSIFetchError", then "##[error]MSIFetchError"). The key is the message in CamelCase: its
 * words are appended to the line so that clues written as words match it.
 */
export function spellOutKeys(line: string): string {
  const marker = line.indexOf('loc string for key:');
  const start = marker >= 0 ? marker + 'loc string for key:'.length : 0;
  const rest = line.slice(start).trimStart();
  const space = rest.indexOf(' ');
  const key = space < 0 ? rest : rest.slice(0, space);
  if (!CAMEL_KEY.test(key)) return line;
  const words = splitCamel(key);
  // Three words at least: `Unauthorized` or `ImagePullBackOff` alone is not a resource key worth spelling out.
  if (words.split(' ').length < 3) return line;
  return `${line} (${words.toLowerCase()})`;
}

const ENDS_SENTENCE = /[.!?;:,{}[\]()>|]$/;
/** A YAML key (`waiting:`) is short; a long line that ends in a colon stopped mid-message (`… anonymous token:`). */
const LONG_COLON_LINE = 60;
const CONTINUES = /^["'(/a-z0-9]/;
const COLON = 58;

function indentOf(line: string): number {
  let i = 0;
  // Character codes, not one-character strings: this runs on every line of a paste.
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * How a log record opens (a timestamp, a klog or syslog prefix, a CI runner's marker, a build step): a line that
 * happens to be as wide as the widest one is followed by a record of its own, not by the rest of itself; and a
 * record is a log's, never prose an editor wrapped.
 */
export const NEW_RECORD =
  /^(?:\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}|[IWEF]\d{4} \d|[A-Z][a-z]{2} +\d{1,2} \d{2}:|##\[|#\d+ |Step \d+\/\d+|time=")/;
/**
 * A log record an editor wrapped (a commit message or a note quoting a timestamped log) carries on in the middle of
 * its sentence: a lower-case word. A record followed by anything else is followed by what comes after it.
 */
const RECORD_CARRIES_ON = /^[a-z]/;
/** Editors and terminals wrap prose at 72 to 100 columns; wider lines were not wrapped by a person's editor. */
const PROSE_WRAP_MIN = 60;
const PROSE_WRAP_MAX = 100;
/** How far short of the widest line a wrapped line may end (the next word did not fit). */
const PROSE_WRAP_SLACK = 16;
const WHITESPACE = /\s/;

/** Length of a line's first word. */
function firstWordLength(line: string): number {
  const space = line.search(WHITESPACE);
  return space < 0 ? line.length : space;
}

/** A line that starts with a word longer than any editor's width: it overflowed the wrap, it does not measure it. */
const overflows = (line: string) => firstWordLength(line) >= PROSE_WRAP_MIN;

/** Where a greedy wrap at `width` must have broken: the next line's first word would not have fit on this one. */
const nextWordDidNotFit = (line: string, next: string, width: number) =>
  line.trimEnd().length + 1 + firstWordLength(next) > width;
/** Where a wrapped line of prose cannot stop: the end of a sentence, a bracket, a table's bar. */
const ENDS_PROSE_SENTENCE = /[.!?;{}[\]()>|]$/;
/** A note this short may be cut only once and still be wrapped prose. */
const SHORT_NOTE_LINES = 12;
/**
 * What a wrapped sentence carries on with: any word (an editor breaks before whatever word did not fit, `IP` as
 * well as `is`), but not a list item, a heading, a quote, a table row, a bracketed or time-stamped log record.
 */
const PROSE_CONTINUES = /^(?![-*#>|+]\s|\d{4}-\d{2}-\d{2}|\[)\S/;

/**
 * Joins prose that an editor wrapped at a fixed width (a commit message, a markdown note, an e-mail): the error it
 * quotes is cut between two lines at a space ("… with 'client with IP" / "… is not allowed access'"). Only when the
 * paste looks wrapped — at least two lines end within a few columns of the widest one, which is 60 to 100 columns
 * wide (or one, in a note of a dozen lines or fewer, whose next line ends the paragraph and chains no "a: b") — and
 * only where a line stops mid-sentence (a comma or a colon does not end one: error chains are cut after `denied:`
 * as often as anywhere) and the next carries on at its margin, so that log records, headings and list items stay
 * apart.
 */
export function joinProseWrapped(lines: readonly string[]): readonly string[] {
  if (lines.length < 2 || lines.length > MAX_PROSE_LINES) return lines;
  let width = 0;
  // A word longer than the editor's width (a URL) is left whole on a line of its own, past the width.
  for (const line of lines) if (!overflows(line)) width = Math.max(width, line.trimEnd().length);
  if (width < PROSE_WRAP_MIN || width > PROSE_WRAP_MAX) return lines;
  const wrapped = (line: string, next: string | undefined) =>
    next !== undefined &&
    // Where an editor broke it: close to the width, or anywhere the next word (a long URL) would not have fit.
    (line.trimEnd().length >= width - PROSE_WRAP_SLACK || nextWordDidNotFit(line, next, width)) &&
    indentOf(line) === 0 &&
    // A command typed at a prompt is followed by its output, never by the rest of a wrapped sentence.
    !typedAtPrompt(line) &&
    !typedAtPrompt(next) &&
    // An editor breaks prose at a space: a line without one is a word that did not fit after the words before it (a
    // URL), or a block wrapped at its own width (a key's base64), which stays whole as it stands.
    (line.includes(' ') || !BASE64_LINE.test(line.trim())) &&
    (!NEW_RECORD.test(line) || RECORD_CARRIES_ON.test(next)) &&
    !NEW_RECORD.test(next) &&
    indentOf(next) === 0 &&
    !ENDS_PROSE_SENTENCE.test(line.trimEnd()) &&
    PROSE_CONTINUES.test(next);
  let count = 0;
  // A short note's one cut counts when what carries on ends the paragraph, as the last line of wrapped prose does.
  let endsParagraph = false;
  for (let i = 0; i + 1 < lines.length && count < 2; i++)
    if (wrapped(lines[i] as string, lines[i + 1])) {
      count++;
      // ... and is no record of its own: a tool's next message chains "a: b" where a sentence carries on, unless the
      // line was cut after a colon (a Go error chain) or stops short where only the next word's length explains it.
      const line = (lines[i] as string).trimEnd();
      const next = lines[i + 1] as string;
      const chained =
        next.includes(': ') &&
        !line.endsWith(':') &&
        !(line.length < width && nextWordDidNotFit(line, next, width));
      endsParagraph = (lines[i + 2] ?? '').trim() === '' && !chained;
    }
  const once = count === 1 && endsParagraph && lines.length <= SHORT_NOTE_LINES;
  if (count < 2 && !once) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const prev = out[out.length - 1];
    if (prev !== undefined && wrapped(lines[i - 1] as string, line))
      out[out.length - 1] = `${prev.trimEnd()} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Console widths people copy from: the classic 80 columns, PowerShell's 120, and wide terminal windows. */
const TERMINAL_WIDTHS: ReadonlySet<number> = new Set([
  80, 100, 120, 132, 140, 150, 160, 180, 200, 220, 240, 250,
]);
const HARD_WRAP_MIN = 60;
/** A line padded out to the window's width with blanks (a Windows console copies whole rows) was not cut. */
const PADDED = /[ \t]{2}$/;
/**
 * What the rest of a word cut at the window's edge starts with: lower case, a digit, or the punctuation inside URLs,
 * paths and JSON (or one blank and a word: the cut fell just before a space). Not an upper-case letter: a line as
 * wide as the window followed by "Readiness probe failed…" is two records (a cut inside an upper-case word is
 * missed: only a join of two records would be worse).
 */
const CUT_REST = /^[a-z0-9/._\-:"'=)\]},;%&?@]|^ [a-z0-9]/;
/** One line at the window's width is taken for a cut only inside a lower-case word: `resol` / `ve`. */
const MID_WORD_END = /[a-z]$/;
const MID_WORD_REST = /^[a-z]/;
/** A line at the window's width that ends in one blank (not padding): the cut fell just after a space. */
const AFTER_ONE_BLANK = /[^ \t] $/;
/** The rest of a line cut just before a space: one blank, then a lower-case word (`… from a` / ` non TTY device`). */
const BEFORE_ONE_BLANK_REST = /^ [a-z]/;
/**
 * The registry's own upper-case codes, whole: a cut inside one (`UNAU` / `THORIZED`) is joined even though a cut
 * inside another upper-case word is not, because here the two halves can only be one word.
 */
const CODES: ReadonlySet<string> = new Set([...DISTRIBUTION_CODES, ...CHECK_HEALTH_CODES]);
/** Upper-case letters and underscores, the alphabet of those codes. */
function isCodeChar(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 95;
}

/** Scanned by hand from the end: an anchored-at-end pattern would retry from every start (quadratic). */
function cutInsideCode(previous: string, line: string): boolean {
  let from = previous.length;
  while (from > 0 && isCodeChar(previous.charCodeAt(from - 1))) from--;
  let to = 0;
  while (to < line.length && isCodeChar(line.charCodeAt(to))) to++;
  if (from === previous.length || to === 0) return false;
  return CODES.has(previous.slice(from) + line.slice(0, to));
}

/**
 * Base64 wrapped at a fixed width (a PEM key's 64 columns, MIME's 76) looks cut and is not: its lines stay apart,
 * so that the secret masking still sees a key block's structure.
 */
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;

/**
 * Joins lines that a console or a log viewer cut at its width, mid-word (`… failed to resol` / `ve reference …`):
 * every piece but the last is exactly as wide as the window, and nothing is lost at the cut, so the pieces are
 * joined as they are. The width is that of the widest line. A console cuts at exactly that width, where an editor
 * wrapping prose breaks at the last space before it, so that its lines carry on from anywhere just short of it
 * (joinProseWrapped). The paste counts as cut when at least two lines reach the width (a usual console width, one
 * wider than an editor wraps, or three lines or more) and fewer than half as many carry on from just short of it,
 * or, with one line at a usual console width and none carrying on short of it, when that line stops mid-word. A
 * piece padded with blanks, or followed by a new log record or by anything but the rest of a word, is left alone.
 */
export function joinHardWrapped(lines: readonly string[]): readonly string[] {
  if (lines.length < 2) return lines;
  let width = 0;
  for (const line of lines) width = Math.max(width, line.length);
  if (width < HARD_WRAP_MIN) return lines;
  // Lines that reach the width, and lines that end just short of it and still carry on (as wrapped prose does).
  let atWidth = 0;
  let wrappedShort = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const length = (lines[i] as string).length;
    if (length === width) atWidth++;
    else if (length >= width - PROSE_WRAP_SLACK && CUT_REST.test(lines[i + 1] as string)) wrappedShort++;
  }
  // An editor wraps at 100 columns at most, and its widest lines fall a little short of its width as often as not:
  // two lines of the same odd width under 100 are as likely wrapped prose.
  const consoleWidth = TERMINAL_WIDTHS.has(width) || width > PROSE_WRAP_MAX || atWidth >= 3;
  const several = atWidth >= 2 && 2 * wrappedShort < atWidth && consoleWidth;
  const one = atWidth === 1 && wrappedShort === 0 && TERMINAL_WIDTHS.has(width);
  if (!several && !one) return lines;
  const out: string[] = [];
  let previous: string | undefined;
  for (const line of lines) {
    const cut =
      previous !== undefined &&
      previous.length === width &&
      !PADDED.test(previous) &&
      !BASE64_LINE.test(previous) &&
      (several
        ? CUT_REST.test(line) || cutInsideCode(previous, line)
        : (MID_WORD_END.test(previous) && MID_WORD_REST.test(line)) ||
          (AFTER_ONE_BLANK.test(previous) && MID_WORD_REST.test(line)) ||
          (MID_WORD_END.test(previous) && BEFORE_ONE_BLANK_REST.test(line)) ||
          cutInsideCode(previous, line)) &&
      !NEW_RECORD.test(line);
    if (cut) out[out.length - 1] = `${out[out.length - 1] as string}${line}`;
    else out.push(line);
    previous = line;
  }
  return out;
}

/**
 * Joins a message that YAML, kubectl or a log viewer folded over several lines: a long line that stops
 * mid-sentence, followed by a more deeply indented line that carries on in lower case. Table rows, new log
 * records ("Warning  Failed …", timestamps) and list items start differently and are left alone.
 */
export function joinFolded(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    // The indent first: it rules out nearly every line without making a string.
    const indent = indentOf(line);
    if (indent < 2 || prev === undefined) {
      out.push(line);
      continue;
    }
    const prevIndent = indentOf(prev);
    if (indent >= prevIndent + 2) {
      const trimmed = line.trimStart();
      const prevEnd = prev.trimEnd();
      const length = prevEnd.length - indentOf(prevEnd);
      if (
        length >= 40 &&
        (!ENDS_SENTENCE.test(prevEnd) || (prevEnd.endsWith(':') && length >= LONG_COLON_LINE)) &&
        CONTINUES.test(trimmed) &&
        !trimmed.startsWith('- ')
      ) {
        out[out.length - 1] = `${prevEnd} ${trimmed}`;
        continue;
      }
    } else if (indent === prevIndent) {
      // A Go error chain a person broke after each link's colon, keeping the indent ("…: failed to authorize:" /
      // "failed to fetch anonymous token:" / "401 Unauthorized"): a long line that ends in a colon opens no YAML
      // block at its own indent, so the next line is the rest of the message. The colon and the width are read
      // first, without making a string: most lines at one indent are neither.
      const end = lastInk(prev);
      if (prev.charCodeAt(end) === COLON && end + 1 - prevIndent >= LONG_COLON_LINE) {
        const trimmed = line.trimStart();
        if (CONTINUES.test(trimmed) && !NEW_RECORD.test(trimmed)) {
          out[out.length - 1] = `${prev.slice(0, end + 1)} ${trimmed}`;
          continue;
        }
      }
    }
    out.push(line);
  }
  return out;
}

const BOX_BAR = '\u2502'; // │, the frame of a terminal pane (k9s, Lens, a framed log viewer)

/** Index of the last character that is not a space or tab, or -1. */
function lastInk(line: string): number {
  let i = line.length - 1;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
  return i;
}

/** The line without its frame's right bar, if it has one with at most one space of padding before it. */
function wrappedAtFrame(line: string): string | null {
  const bar = lastInk(line);
  // Most lines end in something else: decided without allocating.
  if (bar < 1 || line[bar] !== BOX_BAR) return null;
  // Padding of two or more spaces means the record ended short of the frame: it was not wrapped.
  if (line[bar - 1] === ' ' && (bar < 2 || line[bar - 2] === ' ')) return null;
  return line.slice(0, line[bar - 1] === ' ' ? bar - 1 : bar);
}

/**
 * Joins a message that a framed terminal pane wrapped at its width: a line that runs into the frame's right
 * bar (`… failed to reso │`) continues, mid-word, on the next line after its left bar (`│ lve reference …`).
 * Terraform's left-only gutter (`│ Error: …`) has no right bar and is left alone.
 */
export function joinFrameWrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open: string | null = null;
  for (const line of lines) {
    const lead = open === null ? '' : line.trimStart();
    if (open !== null && lead.startsWith(BOX_BAR)) {
      const rest = lead.slice(1);
      const joined: string = open + (rest.startsWith(' ') ? rest.slice(1) : rest);
      out[out.length - 1] = joined;
      open = wrappedAtFrame(joined);
      continue;
    }
    out.push(line);
    open = wrappedAtFrame(line);
  }
  return out.map((l) => wrappedAtFrame(l) ?? l);
}

const TICK = 96; // `

/** Backticks on the line, or -1 for a fence line (```), which opens a block rather than a span. */
function ticks(line: string): number {
  const start = indentOf(line);
  if (line.startsWith('```', start)) return -1;
  let n = 0;
  for (let i = start; i < line.length; i++) if (line.charCodeAt(i) === TICK) n++;
  return n;
}

/**
 * Joins an inline code span that a writer's editor wrapped: a line that opens a span and does not close it
 * (an odd number of backticks) continues on the next line, which closes it (``fails with `UNAUTHORIZED:
 * authentication`` / ``required`.``). Commit messages and notes wrap at 72 or 80 columns, mid-message.
 */
export function joinOpenCodeSpans(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const n = ticks(line);
    if (open && n > 0) {
      out[out.length - 1] = `${(out[out.length - 1] as string).trimEnd()} ${line.trimStart()}`;
      // Closed by this line unless it opens another span too.
      open = n % 2 === 0;
      continue;
    }
    out.push(line);
    open = n > 0 && n % 2 === 1;
  }
  return out;
}

const SPACE = /\s/;
const OPENS_AFTER = /[\s([{]/;
const CLOSES_BEFORE = /[\s)\]},.;:!?]/;

/**
 * How a line leaves a quotation: `double` or `single` when it opens one that it does not close (an odd number of
 * marks, the last of them at the start of a word: `said "failed`, `with 'client`), else null. An apostrophe sits
 * between two letters ("don't", "agent's") and is no mark; a JSON key's `:"` opens no prose quotation.
 */
function leavesOpen(line: string): 'double' | 'single' | null {
  // Most lines hold no quote at all: decided by two native scans.
  if (line.indexOf('"') < 0 && line.indexOf("'") < 0) return null;
  let double = 0;
  let single = 0;
  let lastDouble = -1;
  let lastSingle = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) {
      double++;
      lastDouble = i;
    } else if (c === 39) {
      const before = i === 0 ? ' ' : (line[i - 1] as string);
      const after = i + 1 === line.length ? ' ' : (line[i + 1] as string);
      if (OPENS_AFTER.test(before) !== CLOSES_BEFORE.test(after)) {
        single++;
        lastSingle = i;
      }
    }
  }
  const opensAt = (i: number) => i === 0 || OPENS_AFTER.test(line[i - 1] as string);
  if (double % 2 === 1 && opensAt(lastDouble)) return 'double';
  if (single % 2 === 1 && opensAt(lastSingle)) return 'single';
  return null;
}

/** Whether the line's first mark of this kind closes a quotation (a word's end before it, no word after it). */
function closesFirst(line: string, mark: 'double' | 'single'): boolean {
  const code = mark === 'double' ? 34 : 39;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) !== code) continue;
    const after = i + 1 === line.length ? ' ' : (line[i + 1] as string);
    if (mark === 'single' && i > 0 && !CLOSES_BEFORE.test(after)) continue;
    return i > 0 && !SPACE.test(line[i - 1] as string) && CLOSES_BEFORE.test(after);
  }
  return false;
}

/** How many lines a broken quotation may run over: a long message wrapped at 72 columns takes three or four. */
const QUOTE_MAX_LINES = 4;

/** Whether `line` holds the quotation mark `mark` at all. */
const hasMark = (line: string, mark: 'double' | 'single') => line.indexOf(mark === 'double' ? '"' : "'") >= 0;

/**
 * Joins a quotation that a writer's editor or a chat window broke over lines: a line that opens a quote and does
 * not close it, followed by one whose first mark closes it ("failed at the image push with 'client with IP" / "… is
 * not allowed access'."), or by up to two lines without that mark and then such a line (a long message wrapped
 * twice). Only short pastes (notes and messages, not logs); a quote that no line closes in time stays as it is.
 */
export function joinOpenQuotes(lines: readonly string[]): readonly string[] {
  if (lines.length < 2 || lines.length > MAX_PROSE_LINES) return lines;
  // A copy is made only once a quotation is joined: most pastes have none, and every paste comes through here.
  let out: string[] | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    out?.push(line);
    i++;
    const open = leavesOpen(line);
    if (open === null) continue;
    // The line that closes it, within reach, with only unquoted, non-blank lines between.
    let close = -1;
    for (let j = i; j < lines.length && j < i + QUOTE_MAX_LINES - 1; j++) {
      const next = lines[j] as string;
      if (closesFirst(next, open)) {
        close = j;
        break;
      }
      if (next.trim() === '' || hasMark(next, open)) break;
    }
    if (close < 0) continue;
    let joined = line;
    for (let j = i; j <= close; j++) joined = `${joined.trimEnd()} ${(lines[j] as string).trimStart()}`;
    out ??= lines.slice(0, i);
    out[out.length - 1] = joined;
    i = close + 1;
  }
  return out ?? lines;
}
