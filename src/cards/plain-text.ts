/**
 * Makes user text (a paste, an evidence line, a name someone typed) safe to show as literal text in a
 * TextRun or CodeBlock. Those elements parse no markdown, so what remains to remove is what a renderer or
 * a reader could still be fooled by: terminal escapes, control and bidirectional-override characters
 * ("Trojan source"), broken surrogate pairs, and `<at>` tags Teams could turn into mentions.
 */

// ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), and lone two-byte escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]/g;
const AT_TAGS = /<\/?at(?:\s[^<>]{0,200})?>/gi;
// C0 except tab and newline, DEL, C1, and the bidi embedding/override/isolate controls.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ELLIPSIS = '…';

export interface PlainText {
  readonly text: string;
  /** True when the text was cut to fit. */
  readonly cut: boolean;
}

function clean(input: string): string {
  return input
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(ANSI, '')
    .replace(AT_TAGS, '')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '');
}

/** Cuts by code points (never inside a surrogate pair) and marks the cut with an ellipsis. */
export function clip(text: string, maxChars: number): PlainText {
  const points = Array.from(text);
  if (points.length <= maxChars) return { text, cut: false };
  return {
    text:
      points
        .slice(0, Math.max(0, maxChars - 1))
        .join('')
        .trimEnd() + ELLIPSIS,
    cut: true,
  };
}

/** One line of user text: newlines and tabs become spaces. */
export function plainLine(input: string, maxChars: number): PlainText {
  return clip(
    clean(input)
      .replace(/[\n\t]+/g, ' ')
      .trim(),
    maxChars,
  );
}

/**
 * One line of user text cut in the middle: the start says what produced the line and the end usually holds
 * the error ("…: denied: client with IP 'x' is not allowed access"), so both are kept.
 */
export function plainLineKeepingEnds(input: string, maxChars: number): PlainText {
  const line = clean(input)
    .replace(/[\n\t]+/g, ' ')
    .trim();
  const points = Array.from(line);
  if (points.length <= maxChars) return { text: line, cut: false };
  const head = Math.floor((maxChars - 1) / 3);
  const tail = maxChars - 1 - head;
  return {
    text: `${points.slice(0, head).join('').trimEnd()}${ELLIPSIS}${points
      .slice(points.length - tail)
      .join('')
      .trimStart()}`,
    cut: true,
  };
}

/** Several lines of user text, at most `maxLines` lines of `maxChars` each. */
export function plainLines(input: string, maxLines: number, maxChars: number): PlainText {
  const lines = clean(input).replace(/\t/g, '  ').split('\n');
  const kept = lines.slice(0, maxLines).map((line) => clip(line.trimEnd(), maxChars));
  return {
    text: kept.map((l) => l.text).join('\n'),
    cut: lines.length > maxLines || kept.some((l) => l.cut),
  };
}
