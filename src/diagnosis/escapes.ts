/**
 * Text copied out of JSON (kubectl -o json, az --debug, API bodies, logrus fields) keeps its escapes:
 * `\u0027`, `\"`, `\n`. Decoding them lets the same clues match.
 */
const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
// `\"` becomes `"`, and `\n` (`\r`, `\r\n`) a new line when JSON context is certain (a `\"` or `\u` escape is
// present) or when it cannot be the start of a Windows path segment (`C:\new`), i.e. it is not followed by a
// lower-case letter; `\t` becomes a tab on the same condition. One pass for all three: no replacement makes or
// unmakes another's escape, nor changes what a look-ahead sees (a letter), so it reads as three passes in a
// row would, and a long paste is copied once instead of three times.
const SIMPLE_ESCAPE_ANY = /\\"|\\r\\n|\\n|\\r|\\t(?![a-z])/g;
const SIMPLE_ESCAPE_SAFE = /\\"|\\r\\n|\\n(?![a-z])|\\r(?![a-z])|\\t(?![a-z])/g;

function simpleEscape(escape: string): string {
  if (escape === '\\"') return '"';
  return escape === '\\t' ? '\t' : '\n';
}

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
  return out.replace(jsonContext ? SIMPLE_ESCAPE_ANY : SIMPLE_ESCAPE_SAFE, simpleEscape);
}
