/**
 * Straightforward versions of the diagnosis engine's optimised stages: the obvious code, line by line, with
 * no shared scan, no prefilter beyond the patterns' own hints and no caching. The equivalence test checks that
 * the engine gives byte for byte what these give, so a speed-up can never quietly change a result.
 * Only the tables (secret patterns, keywords) are shared with the engine; the machinery is not.
 */
import { hints, MASK, PATTERNS, REFERENCE, type SecretPattern } from '../../src/diagnosis/mask-secrets';
import type { MaskedLines } from '../../src/diagnosis/mask-secrets';
import type { UnicodeFolding } from '../../src/diagnosis/keyword-scan';
import type { MaskedSecret, SecretKind } from '../../src/diagnosis/types';
import {
  joinFrameWrapped,
  joinHardWrapped,
  joinOpenCodeSpans,
  joinOpenQuotes,
  joinProseWrapped,
  NEW_RECORD,
  spellOutKeys,
} from '../../src/diagnosis/folding';
import { decodeEntities, htmlToText, looksLikeTeamsHtml } from '../../src/diagnosis/html-text';
import { unwrapJsonLogLines } from '../../src/diagnosis/json-log-lines';
import { MAX_INPUT_CHARS, MAX_LINE_CHARS } from '../../src/diagnosis/limits';
import { unwrapLogfmtLines } from '../../src/diagnosis/logfmt-log-lines';
import { stripLogPrefix } from '../../src/diagnosis/log-prefixes';
import type { NormalisedPaste } from '../../src/diagnosis/normalise';
import {
  binaryShare,
  plainPunctuation,
  stripAnsi,
  stripControls,
  unifyLineBreaks,
} from '../../src/diagnosis/terminal-noise';
import type { Notice } from '../../src/diagnosis/types';
import { stripUniformPrefixes } from '../../src/diagnosis/uniform-prefixes';
import { SOCKET_ERRORS } from '../../src/knowledge/socket-errors';

/** Lower-cases ASCII letters only, as the keyword scanner does (`İ` and the Kelvin sign stay as they are). */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** As a scanner built with 'like-to-lower-case' reads a line: ASCII lower case, `İ` as `i`, Kelvin as `k`. */
export function foldedLower(s: string): string {
  return asciiLower(s)
    .replace(/\u0130/g, 'i')
    .replace(/\u212a/g, 'k');
}

/** KeywordScanner.scan by brute force: for each keyword id, the lines whose lower case contains it. */
export function referenceScan(
  keywords: readonly string[],
  lines: readonly string[],
  folding: UnicodeFolding = 'ascii',
): Map<number, number[]> {
  const hits = new Map<number, number[]>();
  const lower = lines.map(folding === 'ascii' ? asciiLower : foldedLower);
  keywords.forEach((keyword, id) => {
    const k = keyword.toLowerCase();
    const found = lower.flatMap((line, i) => (line.includes(k) ? [i] : []));
    if (found.length > 0) hits.set(id, found);
  });
  return hits;
}

// The patterns as the reference runs them: without `requires`, which is only a speed-up.
const PLAIN_PATTERNS: readonly SecretPattern[] = PATTERNS.map(({ requires: _unused, ...p }) => p);

/** ACR refresh tokens are JWTs issued by "Azure Container Registry"; tell them apart from Entra tokens. */
function jwtKind(token: string): SecretKind {
  const payload = token.split('.')[1] ?? '';
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return json.includes('Azure Container Registry') || json.includes('"refresh_token"')
      ? 'acr-refresh-token'
      : 'jwt';
  } catch {
    return 'jwt';
  }
}

const TOKEN_CHAR = /[A-Za-z0-9_\-.]/;

/**
 * JWTs (`eyJ….eyJ….sig`): found by scanning rather than by a pattern, since a pattern over long base64 runs
 * backtracks. Each character is looked at a bounded number of times.
 */
function maskJwts(line: string, lineNo: number, found: MaskedSecret[]): string {
  if (!line.includes('eyJ')) return line;
  let out = '';
  let from = 0;
  for (let at = line.indexOf('eyJ'); at >= 0; at = line.indexOf('eyJ', from)) {
    if (at > 0 && TOKEN_CHAR.test(line[at - 1] as string)) {
      out += line.slice(from, at + 3);
      from = at + 3;
      continue;
    }
    let end = at;
    while (end < line.length && TOKEN_CHAR.test(line[end] as string)) end++;
    const token = line.slice(at, end);
    const parts = token.split('.');
    if (
      parts.length === 3 &&
      (parts[0] as string).length >= 10 &&
      (parts[1] as string).startsWith('eyJ') &&
      (parts[1] as string).length >= 10
    ) {
      found.push({ kind: jwtKind(token), line: lineNo });
      out += line.slice(from, at) + MASK;
    } else {
      out += line.slice(from, end);
    }
    from = end;
  }
  return out + line.slice(from);
}

function maskLine(
  line: string,
  lineNo: number,
  found: MaskedSecret[],
  candidates: readonly SecretPattern[],
): string {
  let out = maskJwts(line, lineNo, found);
  if (candidates.length === 0) return out;
  const lower = out.toLowerCase();
  for (const secret of candidates) {
    if (!hints(secret).some((hint) => lower.includes(hint))) continue;
    if (secret.onlyWith && !secret.onlyWith.some((word) => lower.includes(word))) continue;
    out = out.replace(secret.pattern, (whole, prefix: string, value: string) => {
      if (value === MASK || REFERENCE.test(value)) return whole;
      found.push({ kind: secret.kind, line: lineNo });
      return `${prefix}${MASK}`;
    });
  }
  return out;
}

/**
 * `az acr credential show -o table` prints USERNAME, PASSWORD and PASSWORD2 columns: the rows under such a
 * header hold two passwords with nothing around them to recognise them by.
 */
function credentialTableRows(lines: readonly string[]): Set<number> {
  const rows = new Set<number>();
  lines.forEach((line, index) => {
    if (!/^\s{0,8}USERNAME\s{1,64}PASSWORD\s{1,64}PASSWORD2\b/i.test(line)) return;
    for (let next = index + 1; next < lines.length && next <= index + 12; next++) {
      const row = lines[next] as string;
      if (row.trim() === '') break;
      if (/^[\s-]+$/.test(row)) continue;
      rows.add(next);
    }
  });
  return rows;
}

function maskTableRow(row: string): string {
  const [user] = row.trim().split(/\s+/);
  return `${user ?? ''}  ${MASK}  ${MASK}`;
}

/** maskSecrets as first written: the whole paste lower-cased, every line read, every hint tested. */
export function referenceMaskSecrets(lines: readonly string[]): MaskedLines {
  const found: MaskedSecret[] = [];
  const out: string[] = [];
  // Most pastes hold no secret at all: only patterns whose hint occurs somewhere run, line by line.
  const whole = lines.join('\n').toLowerCase();
  const candidates = PLAIN_PATTERNS.filter(
    (p) =>
      hints(p).some((hint) => whole.includes(hint)) &&
      (!p.onlyInPasteWith || p.onlyInPasteWith.some((word) => whole.includes(word))),
  );
  const tableRows = credentialTableRows(lines);
  let inKey = false;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (inKey) {
      if (line.includes('-----END')) inKey = false;
      out.push(line.includes('-----END') ? line : MASK);
      return;
    }
    if (line.includes('-----BEGIN') && line.includes('PRIVATE KEY-----') && !line.includes('-----END')) {
      inKey = true;
      found.push({ kind: 'private-key', line: lineNo });
      out.push(line);
      return;
    }
    if (tableRows.has(index)) {
      out.push(maskTableRow(line));
      found.push({ kind: 'password', line: lineNo });
      return;
    }
    out.push(maskLine(line, lineNo, found, candidates));
  });
  return { lines: out, secrets: found };
}

// Normalising, as first written.

const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
// `\n` is decoded when JSON context is certain (a `\"` or `\u` escape is present) or when it cannot be the
// start of a Windows path segment (`C:\new`), i.e. it is not followed by a lower-case letter.
const NEWLINE_ESCAPE_SAFE = /\\r\\n|\\n(?![a-z])|\\r(?![a-z])/g;
const TAB_ESCAPE = /\\t(?![a-z])/g;

/** decodeJsonEscapes as first written: one pass per kind of escape. */
export function referenceDecodeJsonEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  const jsonContext = text.includes('\\"') || /\\u[0-9a-fA-F]{4}/.test(text);
  let out = text;
  // Twice, for double-encoded text (`\\u0027` becomes `\u0027` becomes `'`).
  for (let pass = 0; pass < 2 && out.includes('\\u'); pass++) {
    out = out.replace(/\\\\u([0-9a-fA-F]{4})/g, '\\u$1').replace(UNICODE_ESCAPE, (whole, hex: string) => {
      const code = parseInt(hex, 16);
      return code >= 0xd800 && code <= 0xdfff ? whole : String.fromCharCode(code);
    });
  }
  if (!jsonContext) {
    out = out.replace(NEWLINE_ESCAPE_SAFE, '\n');
    return out.replace(TAB_ESCAPE, '\t');
  }
  // JSON context: one level of a JSON string's escapes at a time, read character by character, for as long as a
  // quote is still escaped (text escaped twice or three times).
  for (let level = 0; level < 3 && (level === 0 || out.includes('\\"')); level++) out = unescapeOneLevel(out);
  return out;
}

function unescapeOneLevel(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c !== '\\' || next === undefined) {
      out += c;
      continue;
    }
    if (next === '\\' || next === '"') {
      out += next;
      i++;
    } else if (next === 'r' && text[i + 2] === '\\' && text[i + 3] === 'n') {
      out += '\n';
      i += 3;
    } else if (next === 'n' || next === 'r') {
      out += '\n';
      i++;
    } else if (next === 't' && !/[a-z]/.test(text[i + 2] ?? '')) {
      out += '\t';
      i++;
    } else out += c;
  }
  return out;
}

const ENDS_SENTENCE = /[.!?;:,{}[\]()>|]$/;
const CONTINUES = /^["'(/a-z0-9]/;
/** A line this long that stops at a colon is a folded message, not a heading. */
const LONG_COLON_LINE = 60;

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

/** joinFolded as first written: every condition on every line. */
export function referenceJoinFolded(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const trimmed = line.trimStart();
    if (
      prev !== undefined &&
      prev.trim().length >= 40 &&
      (!ENDS_SENTENCE.test(prev.trimEnd()) ||
        (prev.trimEnd().endsWith(':') && prev.trim().length >= LONG_COLON_LINE)) &&
      indentOf(line) >= indentOf(prev) + 2 &&
      CONTINUES.test(trimmed) &&
      !trimmed.startsWith('- ')
    ) {
      out[out.length - 1] = `${prev.trimEnd()} ${trimmed}`;
      continue;
    }
    // A Go error chain broken after a link's colon at the same indent.
    if (
      prev !== undefined &&
      indentOf(line) >= 2 &&
      indentOf(line) === indentOf(prev) &&
      prev.trimEnd().endsWith(':') &&
      prev.trim().length >= LONG_COLON_LINE &&
      CONTINUES.test(trimmed) &&
      !NEW_RECORD.test(trimmed)
    ) {
      out[out.length - 1] = `${prev.trimEnd()} ${trimmed}`;
      continue;
    }
    out.push(line);
  }
  return out;
}

const CODE_FENCE = /^\s*(?:```|~~~)[\w+-]{0,30}\s*$/;
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

/** normalise as first written, on the reference escape decoding and folding. */
/**
 * A line with a runtime's words and a Winsock failure on it gains POSIX's words: Go's call replaced in front of
 * the user's words, or the strerror text after them. Every fragment of every language is tried on every line.
 */
export function referenceExplainSocketMessage(line: string): string {
  if (!/tcp|exception|error|connect|socket|http|wsa|getaddrinfo|:443|request|lookup/i.test(line)) return line;
  const lower = line.toLowerCase();
  const code =
    /(?:winerror|os error|errno|socketexception|error code|tcp-fehlercode|错误码)\D{0,4}(1[01]0\d\d)\b/.exec(
      lower,
    );
  const error =
    SOCKET_ERRORS.find((e) => code !== null && e.code === Number(code[1])) ??
    SOCKET_ERRORS.find((e) =>
      Object.values(e.messages).some((texts) => texts?.some((t) => lower.includes(t))),
    );
  if (error === undefined) return line;
  const calls = [
    ['connectex: ', error.goLinux.connect],
    ['wsarecv: ', error.goLinux.read],
    ['wsarecvfrom: ', error.goLinux.read],
    ['wsasend: ', error.goLinux.write],
    ['getaddrinfow: ', error.goLinux.lookup],
  ] as const;
  for (const [call, words] of calls) {
    const at = lower.indexOf(call);
    if (at >= 0) return `${line.slice(0, at)}${words} (${line.slice(at)})`;
  }
  return lower.includes(error.posix) ? line : `${line} (${error.posix})`;
}

export function referenceNormalise(input: unknown): NormalisedPaste {
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
  text = referenceDecodeJsonEscapes(text);
  text = stripAnsi(text);
  text = stripControls(unifyLineBreaks(text));
  text = plainPunctuation(text);

  const unprefixed = stripUniformPrefixes(text.split('\n'));
  const lines: string[] = [];
  let blank = false;
  // The frame and code-span passes run on every paste here; the engine runs each only where its mark appears.
  for (const rawLine of referenceJoinFolded(
    joinOpenQuotes(joinOpenCodeSpans(joinProseWrapped(joinHardWrapped(joinFrameWrapped(unprefixed.lines))))),
  )) {
    if (CODE_FENCE.test(rawLine)) continue;
    // Runs of spaces and tabs become one space: clues match however a table or a wrapped paste spaced its words.
    const plain = stripLogPrefix(rawLine.trimEnd()).replace(/[ \t]{2,}|\t/g, ' ');
    // Only Azure Pipelines prints bare resource keys; elsewhere a CamelCase word (a setting's value) stays as it is.
    const line = referenceExplainSocketMessage(
      unprefixed.annotated || rawLine.includes('##[') || rawLine.includes('loc string for key')
        ? spellOutKeys(plain)
        : plain,
    );
    if (line.trim().length === 0) {
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
