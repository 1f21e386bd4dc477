/**
 * Teams delivers a message as HTML: `<p>…</p>`, `<br>`, `<at>Bot</at>`, `<code>`, `<pre>`, entities. Pasted text
 * that merely contains angle brackets (`<acrname>.azurecr.io`, an nginx error page) is not Teams markup and is
 * left alone: inside a real Teams message such text arrives entity-encoded.
 */
const TEAMS_MARKUP_START =
  /^\s*<(?:p|div|span|at|pre|code|blockquote|ul|ol|h[1-6]|table|strong|em|b|i)\b[^<>]{0,400}>/i;
const BLOCK_END = /<\/(?:p|div|li|pre|h[1-6]|tr|blockquote|ul|ol|table)>/gi;
const LINE_BREAK = /<br\s{0,8}\/?>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^<>]{0,2000}>/g;

export function looksLikeTeamsHtml(text: string): boolean {
  return TEAMS_MARKUP_START.test(text);
}

export function htmlToText(html: string): string {
  return html.replace(LINE_BREAK, '\n').replace(BLOCK_END, '\n').replace(ANY_TAG, '');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6}|#39);/g;

function codePointOrNull(value: number): string | null {
  return Number.isInteger(value) && value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff)
    ? String.fromCodePoint(value)
    : null;
}

/** Decodes the entities Teams and web copies produce; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    const named = NAMED_ENTITIES[name.toLowerCase()];
    if (named !== undefined) return named;
    if (name.startsWith('#x') || name.startsWith('#X'))
      return codePointOrNull(parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith('#')) return codePointOrNull(parseInt(name.slice(1), 10)) ?? whole;
    return whole;
  });
}

/** A Teams message as plain lines: its HTML reduced and entities decoded; any other text is returned as it is. */
export function teamsMessageText(text: string): string {
  return looksLikeTeamsHtml(text) ? decodeEntities(htmlToText(text)) : text;
}
