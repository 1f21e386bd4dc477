/**
 * Text copied out of JSON (kubectl -o json, az --debug, API bodies, logrus fields) keeps its escapes:
 * `\u0027`, `\"`, `\n`. Decoding them lets the same clues match.
 */
const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
// Outside JSON context (no `\"` or `\u` escape), `\n` (`\r`) becomes a new line and `\t` a tab only where they
// cannot start a Windows path segment (`C:\new`), i.e. when no lower-case letter follows. One pass for all: no
// replacement makes or unmakes another's escape, nor changes what a look-ahead sees (a letter).
const SIMPLE_ESCAPE_SAFE = /\\r\\n|\\n(?![a-z])|\\r(?![a-z])|\\t(?![a-z])/g;

// In JSON context an escaped backslash is one level of escaping too: decoding it with the rest is what makes text
// that was escaped twice (a JSON log quoted inside another JSON string, ARM's statusMessage) readable after a
// second pass, and keeps `C:\\new` a path instead of a new line.
const JSON_LEVEL = /\\\\|\\"|\\r\\n|\\n|\\r|\\t(?![a-z])/g;
/** Text escaped more than twice is not something people paste; the bound keeps the work linear. */
const MAX_JSON_LEVELS = 3;

function simpleEscape(escape: string): string {
  if (escape === '\\"') return '"';
  if (escape === '\\\\') return '\\';
  return escape === '\\t' ? '\t' : '\n';
}

const UNICODE_ESCAPE_SHAPE = /\\u[0-9a-fA-F]{4}/;
/** `\\uXXXX`: a unicode escape whose backslash was escaped once more. */
const DOUBLED_UNICODE_ESCAPE = /\\\\u([0-9a-fA-F]{4})/g;

export function decodeJsonEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  const jsonContext = text.includes('\\"') || UNICODE_ESCAPE_SHAPE.test(text);
  let out = text;
  // Twice, for double-encoded text (`\\u0027` becomes `\u0027` becomes `'`).
  for (let pass = 0; pass < 2 && out.includes('\\u'); pass++) {
    out = out.replace(DOUBLED_UNICODE_ESCAPE, '\\u$1').replace(UNICODE_ESCAPE, (whole, hex: string) => {
      const code = parseInt(hex, 16);
      return code >= 0xd800 && code <= 0xdfff ? whole : String.fromCharCode(code);
    });
  }
  if (!jsonContext) return out.replace(SIMPLE_ESCAPE_SAFE, simpleEscape);
  // A quote still escaped after a level is decoded means another level: decode until none is left.
  for (let level = 0; level < MAX_JSON_LEVELS && (level === 0 || out.includes('\\"')); level++)
    out = out.replace(JSON_LEVEL, simpleEscape);
  return out;
}
