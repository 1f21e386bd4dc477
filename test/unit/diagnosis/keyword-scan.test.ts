import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { getEngine } from '../../../src/diagnosis/engine';
import { KeywordScanner, type UnicodeFolding } from '../../../src/diagnosis/keyword-scan';
import { seededRandom } from '../../support/seeded-random';

/**
 * The keyword scanner is a compressed automaton (a small alphabet, full rows only for shallow states, chains
 * for the rest): whatever its layout, it must report exactly the lines a plain `includes()` on the
 * lower-cased line finds, for every keyword, on real pastes and on generated ones that stress what the
 * layout depends on (shared prefixes, long chains, failures deep inside a keyword, characters outside the
 * alphabet, `İ` and the Kelvin sign, CR and LF).
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Every paste of the corpora and the message catalogue. */
function pastes(): string[] {
  return ['corpus', 'messages'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(join(FIXTURES, dir, f), 'utf8')
          .split('\n')
          .filter((l) => l.trim().length > 0)
          .map((l) => (JSON.parse(l) as { text: string }).text),
      ),
  );
}

/** A line as the scanner reads it, the naive way: each ASCII character lower-cased on its own. */
function naiveFold(line: string, folding: UnicodeFolding): string {
  let out = '';
  for (const ch of line) {
    if (ch.charCodeAt(0) < 128) out += ch.toLowerCase();
    else if (folding === 'like-to-lower-case' && (ch === '\u0130' || ch === '\u212a'))
      out += ch.toLowerCase()[0];
    else out += ch;
  }
  return out;
}

/** For each keyword id, the lines whose fold contains the keyword: what the scanner must report. */
function naiveScan(
  keywords: readonly string[],
  lines: readonly string[],
  folding: UnicodeFolding,
): Map<number, number[]> {
  const folded = lines.map((l) => naiveFold(l, folding));
  const hits = new Map<number, number[]>();
  keywords.forEach((keyword, id) => {
    const k = keyword.toLowerCase();
    const found: number[] = [];
    folded.forEach((line, i) => {
      if (line.includes(k)) found.push(i);
    });
    if (found.length > 0) hits.set(id, found);
  });
  return hits;
}

const sorted = (hits: Map<number, number[]>) => [...hits].sort((a, b) => a[0] - b[0]);

/** Characters that steer the scanner off its alphabet or fold into it. */
const ODD = [
  '\u0130',
  '\u212a',
  '\u0131',
  '\u017f',
  'ß',
  'я',
  '😀',
  '\u200b',
  '\r',
  '\n',
  '\t',
  '\x00',
  '\x7f',
  '~',
];

/** A line built from slices of the keywords (so that matches and near-misses abound), case flipped at random. */
function line(next: () => number, words: readonly string[]): string {
  let text = '';
  const pieces = Math.floor(next() * 12);
  for (let p = 0; p < pieces; p++) {
    const roll = next();
    if (roll < 0.7) {
      const word = words[Math.floor(next() * words.length)] as string;
      const start = next() < 0.5 ? 0 : Math.floor(next() * word.length);
      const end = next() < 0.5 ? word.length : start + Math.floor(next() * (word.length - start + 1));
      text += word.slice(start, end);
    } else if (roll < 0.9) text += ODD[Math.floor(next() * ODD.length)] as string;
    else text += String.fromCharCode(32 + Math.floor(next() * 95));
  }
  let flipped = '';
  for (const ch of text) flipped += next() < 0.3 ? ch.toUpperCase() : ch;
  // Folding stands in for the two characters whose lower case is ASCII: put them where letters were.
  return flipped.replace(/[ik]/g, (ch) => (next() < 0.1 ? (ch === 'i' ? '\u0130' : '\u212a') : ch));
}

/** Keywords over a tiny alphabet: shared prefixes, keywords inside keywords, long single-child chains. */
function tangledKeywords(next: () => number): string[] {
  const alphabet = next() < 0.5 ? 'ab' : 'abik -';
  return Array.from({ length: 1 + Math.floor(next() * 40) }, () => {
    const length = 1 + Math.floor(next() ** 2 * 24);
    let word = '';
    for (let i = 0; i < length; i++) word += alphabet[Math.floor(next() * alphabet.length)] as string;
    return next() < 0.2 ? word.toUpperCase() : word;
  });
}

describe('KeywordScanner', () => {
  const engineKeywords = getEngine().scanner.keywords;
  const texts = pastes();

  it.each<UnicodeFolding>(['ascii', 'like-to-lower-case'])(
    'finds with %s folding what includes() finds, for every catalogue keyword on every real paste',
    (folding) => {
      const scanner = new KeywordScanner(engineKeywords, folding);
      // Lines as the engine splits them, and with CR left in (CRLF pastes), and a whole paste as one line.
      const lines = texts.flatMap((t) => [...t.split('\n'), ...t.split('\r\n'), t]);
      expect(lines.length).toBeGreaterThan(5_000);
      expect(sorted(scanner.scan(lines))).toEqual(sorted(naiveScan(engineKeywords, lines, folding)));
    },
  );

  it.each<UnicodeFolding>(['ascii', 'like-to-lower-case'])(
    'finds with %s folding what includes() finds, on generated lines for the catalogue keywords',
    (folding) => {
      const scanner = new KeywordScanner(engineKeywords, folding);
      const next = seededRandom(folding === 'ascii' ? 1 : 2);
      for (let round = 0; round < 20; round++) {
        const lines = Array.from({ length: 200 }, () => line(next, engineKeywords));
        expect(sorted(scanner.scan(lines))).toEqual(sorted(naiveScan(engineKeywords, lines, folding)));
      }
    },
  );

  it.each<UnicodeFolding>(['ascii', 'like-to-lower-case'])(
    'finds with %s folding what includes() finds, for tangled keyword sets',
    (folding) => {
      const next = seededRandom(folding === 'ascii' ? 3 : 4);
      for (let round = 0; round < 400; round++) {
        const words = tangledKeywords(next);
        const lines = Array.from({ length: 30 }, () => line(next, words));
        expect({ round, hits: sorted(new KeywordScanner(words, folding).scan(lines)) }).toEqual({
          round,
          hits: sorted(naiveScan(words, lines, folding)),
        });
      }
    },
  );

  it('with like-to-lower-case folding never misses a line whose toLowerCase() holds a keyword', () => {
    const scanner = new KeywordScanner(engineKeywords, 'like-to-lower-case');
    const next = seededRandom(5);
    const lines = Array.from({ length: 3000 }, () => line(next, engineKeywords));
    const hits = scanner.scan(lines);
    const wrong: Array<{ keyword: string; line: string }> = [];
    engineKeywords.forEach((keyword, id) => {
      const k = keyword.toLowerCase();
      const found = new Set(hits.get(id) ?? []);
      lines.forEach((l, i) => {
        // Only İ, read as a plain i, may add a line toLowerCase() would not give.
        const expected = l.toLowerCase().includes(k) || (found.has(i) && l.includes('\u0130'));
        if (found.has(i) !== expected) wrong.push({ keyword, line: l });
      });
    });
    expect(wrong).toEqual([]);
  });

  it('reports a keyword once per line however often it occurs, and duplicates under each id', () => {
    const scanner = new KeywordScanner(['Docker', 'docker', 'ker lo', 'r']);
    expect(sorted(scanner.scan(['docker docker login', '', 'DOCKER\r', 'dockeR LOgin']))).toEqual([
      [0, [0, 2, 3]],
      [1, [0, 2, 3]],
      [2, [0, 3]],
      [3, [0, 2, 3]],
    ]);
  });

  it('refuses keywords outside printable ASCII', () => {
    for (const bad of ['caf\u00e9', 'a\nb', 'tab\t', '\u212aelvin'])
      expect(() => new KeywordScanner([bad])).toThrow(/printable ASCII/);
  });

  it('keeps the catalogue automaton small: a few bytes per keyword character, not a full row per state', () => {
    const scanner = getEngine().scanner;
    const characters = engineKeywords.reduce((sum, k) => sum + k.length, 0);
    // The full table held ~385 bytes per keyword character; the compressed one about 15.
    expect(scanner.tableBytes / characters).toBeLessThan(40);
  });
});
