/** Removes what terminals and rich-text editors add around the words: colour codes, invisible characters, smart punctuation. */

const ANSI_CSI = /\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]/g;
const ANSI_OSC = /\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)/g;
const ANSI_OTHER = /\x1b[@-Z\\-_]?/g;
// Colour codes whose ESC was lost on the way (`[31mError[0m`), and caret notation (`^[[31m`).
const ANSI_ORPHAN = /\^?\[\[?(?:\d{1,3};){0,4}\d{1,3}m/g;
// C0/C1 controls other than tab, newline and carriage return; ESC is handled above.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\u00a0\u2007\u202f\u3000]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;

export function stripAnsi(text: string): string {
  const out = text.includes('\x1b')
    ? text.replace(ANSI_OSC, '').replace(ANSI_CSI, '').replace(ANSI_OTHER, '')
    : text;
  return out.includes('[') ? out.replace(ANSI_ORPHAN, '') : out;
}

const ANY_NON_ASCII = /[^\x00-\x7f]/;

/** Whether the text holds a character outside ASCII (another script, a typographic mark). */
export function hasNonAscii(text: string): boolean {
  return ANY_NON_ASCII.test(text);
}

const ANY_LINE_BREAK = /[\r\u2028\u2029]/;
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;

/**
 * Every way a line can end becomes `\n`: Windows' CRLF, old Mac CR, and the line and paragraph separators that web
 * pages and JavaScript strings carry. Not NEL (U+0085): in a paste it is far more often a mis-decoded ellipsis
 * (Windows-1252's 0x85) than a line end, and is stripped with the other controls.
 */
export function unifyLineBreaks(text: string): string {
  return ANY_LINE_BREAK.test(text) ? text.replace(LINE_BREAK, '\n') : text;
}

export function stripControls(text: string): string {
  // search() starts at 0 whatever the pattern's lastIndex: the global pattern serves as the quick test too.
  return text.search(CONTROL) >= 0 ? text.replace(CONTROL, '') : text;
}

/** The characters binaryShare counts: CONTROL's and the replacement character (ESC is a terminal's). */
const ODD = /[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]/g;

/** Share of characters that are controls or replacement characters: a high share means binary data. */
export function binaryShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // Nearly every paste has none: one native search decides, and only a paste with some pays for the count.
  if (sample.search(ODD) < 0) return 0;
  return (sample.length - sample.replace(ODD, '').length) / sample.length;
}

const EM_DASH = /\u2014/g;
const EN_DASH = /\u2013/g;
const ELLIPSIS = /\u2026/g;

/** Smart quotes become straight ones and an em dash becomes `--` (editors turn `--password` into `—password`). */
export function plainPunctuation(text: string): string {
  if (!ANY_NON_ASCII.test(text)) return text; // every character replaced below is outside ASCII
  return text
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(EM_DASH, '--')
    .replace(EN_DASH, '-')
    .replace(ELLIPSIS, '...');
}
