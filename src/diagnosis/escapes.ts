/**
 * Text copied out of JSON (kubectl -o json, az --debug, API bodies, logrus fields) keeps its escapes:
 * `\u0027`, `\"`, `\n`. Decoding them lets the same clues match.
 */
const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
const QUOTE_ESCAPE = /\\"/g;
// `\n` is decoded when JSON context is certain (a `\"` or `\u` escape is present) or when it cannot be the
// start of a Windows path segment (`C:\new`), i.e. it is not followed by a lower-case letter.
const NEWLINE_ESCAPE_ANY = /\\r\\n|\\n|\\r/g;
const NEWLINE_ESCAPE_SAFE = /\\r\\n|\\n(?![a-z])|\\r(?![a-z])/g;
const TAB_ESCAPE = /\\t(?![a-z])/g;

export function decodeJsonEscapes(text: string): string {
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
  out = out.replace(QUOTE_ESCAPE, '"');
  out = out.replace(jsonContext ? NEWLINE_ESCAPE_ANY : NEWLINE_ESCAPE_SAFE, '\n');
  return out.replace(TAB_ESCAPE, '\t');
}
