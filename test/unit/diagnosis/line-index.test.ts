import { buildScanner, LineIndex } from '../../../src/diagnosis/line-index';
import { seededRandom } from '../../support/seeded-random';

/**
 * linesWithAny answers without merging when at most one keyword occurs (the common case, kept free of garbage):
 * whichever path it takes, it must give what a plain search of every line gives, ascending and without repeats.
 */

const KEYWORDS = ['denied', 'unauthorized', 'azurecr.io', '403', 'x509'];
const { scanner, ids } = buildScanner(KEYWORDS);

function plainLinesWithAny(lines: readonly string[], keywords: readonly string[]): number[] {
  return lines
    .map((line, i) => [line.toLowerCase(), i] as const)
    .filter(([lower]) => keywords.some((k) => lower.includes(k)))
    .map(([, i]) => i);
}

describe('LineIndex.linesWithAny', () => {
  const lines = [
    'Error response from daemon: Head "https://contoso.azurecr.io/v2/app/manifests/1": denied',
    'nothing here',
    'unauthorized: authentication required',
    'x509: certificate signed by unknown authority',
    'DENIED again, and 403',
  ];
  const index = new LineIndex(lines, scanner, ids);

  it('gives no lines when no keyword occurs', () => {
    expect(index.linesWithAny([])).toEqual([]);
    const empty = new LineIndex(['plain text'], scanner, ids);
    expect(empty.linesWithAny(KEYWORDS)).toEqual([]);
  });

  it('gives the one occurring keyword its own lines', () => {
    expect(index.linesWithAny(['x509'])).toEqual([3]);
    const onlyOne = new LineIndex(['a', 'x509 here', 'b', 'x509 again'], scanner, ids);
    expect(onlyOne.linesWithAny(KEYWORDS)).toEqual([1, 3]);
  });

  it('merges several occurring keywords ascending, each line once', () => {
    expect(index.linesWithAny(['403', 'denied', 'azurecr.io'])).toEqual([0, 4]);
    expect(index.linesWithAny(KEYWORDS)).toEqual([0, 2, 3, 4]);
  });

  it('agrees with a plain search on random pastes and keyword sets', () => {
    const random = seededRandom(7);
    const words = [...KEYWORDS, 'filler', 'more words', 'DENIED', 'AzureCR.io'];
    for (let round = 0; round < 300; round++) {
      const pasted = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        Array.from(
          { length: Math.floor(random() * 4) },
          () => words[Math.floor(random() * words.length)],
        ).join(' '),
      );
      const asked = KEYWORDS.filter(() => random() < 0.5);
      const built = new LineIndex(pasted, scanner, ids);
      expect(built.linesWithAny(asked)).toEqual(plainLinesWithAny(pasted, asked));
    }
  });
});

describe('LineIndex keyword lists resolved once per set of ids', () => {
  it('reads one constant list against two scanners that number its keywords differently', () => {
    // Numbered 4 and 1 by one scanner, 0 and 3 by the other: read with the wrong numbers they would be 'denied'/'403'.
    const asked = ['x509', 'unauthorized'];
    const reversed = buildScanner([...KEYWORDS].reverse());
    const lines = ['x509: bad certificate', 'denied, 403', 'unauthorized'];
    // The same array object, asked first of one index and then of the other: each must use its own ids.
    expect(new LineIndex(lines, scanner, ids).linesWithAny(asked)).toEqual([0, 2]);
    expect(new LineIndex(lines, reversed.scanner, reversed.ids).linesWithAny(asked)).toEqual([0, 2]);
    expect(new LineIndex(lines, scanner, ids).linesWithAny(asked)).toEqual([0, 2]);
  });

  it('refuses a list holding an unregistered keyword on every call, not only the first', () => {
    const asked = ['denied', 'not a keyword'];
    const index = new LineIndex(['denied'], scanner, ids);
    expect(() => index.linesWithAny(asked)).toThrow(/not registered/);
    expect(() => index.linesWithAny(asked)).toThrow(/not registered/);
  });
});
