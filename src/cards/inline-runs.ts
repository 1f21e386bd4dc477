import { clip } from './plain-text';

/**
 * Text with `code spans` as TextRuns: the words in the default font, the code in monospace, and no backticks
 * left (Teams does not render markdown code, and RichTextBlocks parse no markdown at all). Used for our own
 * and the knowledge base's texts, which mark commands and names with backticks.
 */
export interface Run {
  readonly text: string;
  readonly font: 'Default' | 'Monospace';
}

export function inlineRuns(text: string, maxChars = Number.POSITIVE_INFINITY): Run[] {
  const clipped = clip(text, maxChars).text;
  const parts = clipped.split('`');
  // An odd number of parts means balanced backticks; otherwise the last one is an unclosed span: plain text.
  return parts
    .map((part, i): Run => ({
      text: part,
      font: i % 2 === 1 && (parts.length % 2 === 1 || i < parts.length - 1) ? 'Monospace' : 'Default',
    }))
    .filter((run) => run.text !== '');
}

/** The first sentence of a text, for a one-line "why"; the rest is the longer explanation. */
export function firstSentence(text: string): { readonly first: string; readonly rest: string } {
  const match = /[.!?](?=\s+[A-ZА-ЯЁ"«(`])/.exec(text);
  if (!match) return { first: text.trim(), rest: '' };
  const end = match.index + 1;
  return { first: text.slice(0, end).trim(), rest: text.slice(end).trim() };
}
