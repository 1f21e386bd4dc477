import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { diagnose } from '../../../src/diagnosis';
import { anchoredCauses } from '../../../src/diagnosis/anchor-index';
import { getEngine } from '../../../src/diagnosis/engine';
import { KeywordScanner, type UnicodeFolding } from '../../../src/diagnosis/keyword-scan';
import { LineIndex } from '../../../src/diagnosis/line-index';
import { maskSecrets } from '../../../src/diagnosis/mask-secrets';
import { matchCauses } from '../../../src/diagnosis/match-rules';
import { normalise } from '../../../src/diagnosis/normalise';
import { extractSignals } from '../../../src/diagnosis/signals';
import { NOT_SECRETS, SECRET_PASTES } from '../../support/secret-pastes';
import { decodeJsonEscapes } from '../../../src/diagnosis/escapes';
import { joinFolded } from '../../../src/diagnosis/folding';
import {
  referenceDecodeJsonEscapes,
  referenceJoinFolded,
  referenceMaskSecrets,
  referenceNormalise,
  referenceScan,
} from '../../support/straightforward-engine';
import { seededRandom } from '../../support/seeded-random';

/**
 * The engine's fast paths (one shared keyword scan, literal prefilters, lines passed through unread) must give
 * exactly what the straightforward code gives: the same masked text byte for byte, the same secrets, the same
 * keyword hits, the same signals and rule matches, on every paste we have and on random junk built from the
 * pieces that steer those fast paths.
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

function jsonlTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim().length > 0)
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
}

const FIXTURE_TEXTS = [
  ...jsonlTexts(join(FIXTURES, 'pastes')),
  ...jsonlTexts(join(FIXTURES, 'corpus')),
  ...readdirSync(join(FIXTURES, 'samples')).map((f) => readFileSync(join(FIXTURES, 'samples', f), 'utf8')),
];
const CATALOGUE_TEXTS = jsonlTexts(join(FIXTURES, 'messages'));

/** Pieces that decide which fast path a line takes: hints, their look-alikes, folding characters, escapes. */
const PIECES = [
  'password',
  'PassWord',
  'passwd',
  ' -p ',
  '-p=',
  ' --password ',
  '--docker-password=',
  ' login ',
  ' import ',
  'echo ',
  'printf %s ',
  ' | docker login --password-stdin',
  '--creds ',
  '--src-creds=',
  ' -u ',
  '--user=',
  'curl ',
  'wget ',
  'https://',
  'oci://',
  '://',
  '@',
  'user:',
  ':',
  '"value": "',
  '"value":"',
  '"passwords"',
  '"keyName"',
  '/secrets/',
  'credential',
  '.dockerconfigjson: ',
  'eyJhdXRocyI6',
  'eyJ',
  'eyJhbGciOiJIUzI1NiJ9',
  '.',
  'Bearer ',
  'basic ',
  'Basic ',
  'client_secret=',
  'AZURE_CLIENT_SECRET=',
  '--secret ',
  'secretText: ',
  'q~',
  '8Q~',
  'AccountKey=',
  'SharedAccessSignature=',
  'InstrumentationKey=',
  '?sig=',
  '&sig=',
  '"auth": "',
  '"identitytoken": "',
  '"refresh_token":"',
  'token"',
  'ghp_',
  'github_pat_',
  'REGISTRY_TOKEN=',
  'DB_PWD=',
  'MY_API_KEY="',
  '_key',
  '-----BEGIN RSA PRIVATE KEY-----',
  '-----BEGIN CERTIFICATE-----',
  '-----END RSA PRIVATE KEY-----',
  'USERNAME    PASSWORD    PASSWORD2',
  'username',
  '------  ------',
  '\u0130', // İ: toLowerCase gives i + combining dot
  '\u212a', // Kelvin sign: toLowerCase gives k
  '\u0307',
  '\u017f', // long s
  'ß',
  'я',
  '😀',
  '\u200b',
  '\u201c',
  '\u2014',
  '\\u0027',
  '\\\\u0027',
  '\\u005c',
  '\\u000a',
  '\\u000d',
  '\\ud83d',
  '\\n',
  '\\r',
  '\\r\\n',
  'C:\\new\\tmp',
  '\\"',
  // Escaped twice and three times (a JSON log inside a JSON string), and an escaped backslash before a letter.
  '\\\\\\"',
  '\\\\\\\\\\\\\\"',
  '\\\\n',
  '\\\\new',
  '\\t',
  '\\',
  '\n      continues in lower case',
  '\n\t\tand more of it',
  '\n  - a list item',
  'a sentence that keeps going well past forty characters without stopping',
  '\x1b[31m',
  '[0m',
  '\r\n',
  '\t',
  '  ',
  '"',
  "'",
  '$',
  '${',
  '$(',
  '<registry>',
  '***',
  'xxxx',
  '[masked]',
  '****',
  '##[error]',
  "Can't find loc string for key: CouldNotFetchAccessTokenforMSI",
  'unauthorized: authentication required',
  '401 Unauthorized',
  'contoso.azurecr.io',
  'docker pull contoso.azurecr.io/app:1',
  'Error response from daemon: ',
  '```',
  '\n',
  '\n',
  '\n',
  '\n\n',
];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.~';

function junk(seed: number): string {
  const next = seededRandom(seed);
  const pick = <T>(from: readonly T[]): T => from[Math.floor(next() * from.length)] as T;
  let text = '';
  const pieces = 1 + Math.floor(next() * 60);
  for (let i = 0; i < pieces; i++) {
    const roll = next();
    if (roll < 0.6) text += pick(PIECES);
    else if (roll < 0.85) {
      const length = 1 + Math.floor(next() * 48);
      for (let k = 0; k < length; k++) text += pick([...BASE64]);
    } else if (roll < 0.95) text += pick(SECRET_PASTES).paste.slice(0, Math.floor(next() * 200));
    else text += pick(FIXTURE_TEXTS).slice(0, Math.floor(next() * 300));
  }
  return text;
}

/** The bench's kind of paste: a CI log around an error, with a few secrets buried in it. */
function bigPaste(seed: number): string {
  const next = seededRandom(seed);
  const lines: string[] = [];
  while (lines.length < 3000) {
    const roll = next();
    if (roll < 0.01) lines.push(SECRET_PASTES[Math.floor(next() * SECRET_PASTES.length)]?.paste ?? '');
    else if (roll < 0.02) lines.push(FIXTURE_TEXTS[Math.floor(next() * FIXTURE_TEXTS.length)] ?? '');
    else
      lines.push(
        `2024-05-14T09:12:03.${lines.length}Z ##[group]Run docker/setup-buildx-action@v3`,
        'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
        `#7 12.41 added ${lines.length} packages, and audited 813 packages in 11s`,
      );
  }
  return lines.join('\n');
}

const TRICKY = [
  // The hint `key=` is only there once `\u212a` is lower-cased, and the pattern then masks another value.
  'SharedAccessSignature=abcdefgh12345678 \u212aey=1',
  'p\u0130ssword=abcdef1234 password=abcdef1234',
  'AccountKey=abcdefgh12345678 \u0130',
  '-----BEGIN RSA PRIVATE KEY-----\nabc\n-----BEGIN RSA PRIVATE KEY-----\nUSERNAME PASSWORD PASSWORD2\n-----END RSA PRIVATE KEY-----\npassword=abcdef1234',
  '-----BEGIN OPENSSH PRIVATE KEY-----\nno end in sight\npassword=abcdef1234',
  '-----BEGIN RSA PRIVATE KEY----- AAAA -----END RSA PRIVATE KEY-----\npassword=abcdef1234',
  'USERNAME    PASSWORD    PASSWORD2\n----------  ----------  ----------\ncontoso  abc  def\n\nafter',
  'username password password2\ncontoso a b\n-----BEGIN RSA PRIVATE KEY-----\nx',
  'https://user:pa55word@host/x and mkdir -p dir',
  'docker login -p eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQ',
  '',
  '\n\n\n',
];

const INPUTS: ReadonlyArray<readonly [string, string]> = [
  ...FIXTURE_TEXTS.map((t, i) => [`fixture ${i}`, t] as const),
  ...CATALOGUE_TEXTS.map((t, i) => [`catalogue ${i}`, t] as const),
  ...SECRET_PASTES.map((c) => [`secret: ${c.name}`, c.paste] as const),
  ...NOT_SECRETS.map((t, i) => [`not a secret ${i}`, t] as const),
  ...TRICKY.map((t, i) => [`tricky ${i}`, t] as const),
  ...Array.from({ length: 1500 }, (_, seed) => [`junk seed ${seed}`, junk(seed)] as const),
  ...Array.from({ length: 3 }, (_, seed) => [`big paste seed ${seed}`, bigPaste(seed)] as const),
];

const sorted = (hits: Map<number, number[]>) => [...hits].sort((a, b) => a[0] - b[0]);

describe('the fast paths give what the straightforward code gives', () => {
  const engine = getEngine();
  const keywords = [...engine.keywordIds.keys()];

  it('on enough inputs to mean something', () => {
    expect(FIXTURE_TEXTS.length).toBeGreaterThan(300);
    expect(CATALOGUE_TEXTS.length).toBeGreaterThan(300);
    // The random inputs really reach the masking: many mask something, many are left alone.
    const masking = INPUTS.filter(([, t]) => maskSecrets(t.split('\n')).secrets.length > 0).length;
    expect(masking).toBeGreaterThan(500);
    expect(INPUTS.length - masking).toBeGreaterThan(500);
  });

  it('normalises the same: escapes, folded lines, every line and notice', () => {
    for (const [name, text] of INPUTS) {
      if (decodeJsonEscapes(text) !== referenceDecodeJsonEscapes(text)) throw new Error(`escapes of ${name}`);
      const lines = text.split('\n');
      expect({ name, folded: joinFolded(lines) }).toEqual({ name, folded: referenceJoinFolded(lines) });
      expect({ name, ...normalise(text) }).toEqual({ name, ...referenceNormalise(text) });
    }
  });

  it('masks byte for byte the same and reports the same secrets, on raw and on normalised lines', () => {
    for (const [name, text] of INPUTS) {
      for (const lines of [text.split('\n'), normalise(text).lines]) {
        const fast = maskSecrets(lines);
        const plain = referenceMaskSecrets(lines);
        if (fast.lines.join('\n') !== plain.lines.join('\n') || fast.lines.length !== plain.lines.length)
          throw new Error(`masked text differs for ${name}`);
        expect({ name, secrets: fast.secrets }).toEqual({ name, secrets: plain.secrets });
      }
    }
  });

  it('finds the same keyword lines as a search line by line', () => {
    for (const [name, text] of INPUTS) {
      const lines = maskSecrets(normalise(text).lines).lines;
      expect({ name, hits: sorted(engine.scanner.scan(lines)) }).toEqual({
        name,
        hits: sorted(referenceScan(keywords, lines)),
      });
    }
  });

  it.each<UnicodeFolding>(['ascii', 'like-to-lower-case'])(
    'scans with %s folding like a search line by line, for any keywords',
    (folding) => {
      const next = seededRandom(7);
      for (let round = 0; round < 200; round++) {
        const words = Array.from({ length: 1 + Math.floor(next() * 12) }, () => {
          const piece = PIECES[Math.floor(next() * PIECES.length)] as string;
          const start = Math.floor(next() * piece.length);
          return piece.slice(start, start + 1 + Math.floor(next() * 8));
        }).filter((w) => /^[ -~]+$/.test(w));
        const lines = junk(round + 10_000).split('\n');
        expect(sorted(new KeywordScanner(words, folding).scan(lines))).toEqual(
          sorted(referenceScan(words, lines, folding)),
        );
      }
    },
  );

  it('gives the same signals, rule matches and diagnosis text', () => {
    class ReferenceScanner extends KeywordScanner {
      override scan(lines: readonly string[]): Map<number, number[]> {
        return referenceScan(keywords, lines);
      }
    }
    const plainScanner = new ReferenceScanner(keywords);
    for (const [name, text] of INPUTS) {
      const normalised = normalise(text);
      const plainMasked = referenceMaskSecrets(referenceNormalise(text).lines);
      const plainIndex = new LineIndex(plainMasked.lines, plainScanner, engine.keywordIds);
      const fastIndex = new LineIndex(maskSecrets(normalised.lines).lines, engine.scanner, engine.keywordIds);
      const outcome = (index: LineIndex) => {
        const { signals, factLines } = extractSignals(index, 'contoso');
        const matches = matchCauses(engine.causes, index, factLines).map((m) => ({
          cause: m.compiled.cause.id,
          rules: m.matches.map((r) => [m.compiled.rules.indexOf(r.rule), r.lines]),
        }));
        return { name, signals, factLines: [...factLines], matches };
      };
      expect(outcome(fastIndex)).toEqual(outcome(plainIndex));
      // Matching only the causes the paste's keywords and facts reach finds what matching every cause finds.
      const { factLines } = extractSignals(fastIndex, 'contoso');
      const reached = anchoredCauses(engine.causes, engine.anchors, fastIndex, factLines);
      expect(matchCauses(reached, fastIndex, factLines)).toEqual(
        matchCauses(engine.causes, fastIndex, factLines),
      );
      for (let i = 0; i < fastIndex.lines.length; i++)
        if (fastIndex.lower(i) !== fastIndex.line(i).toLowerCase()) throw new Error(`lower(${i}) of ${name}`);

      const diagnosis = diagnose(text);
      expect({ name, text: diagnosis.text, secrets: diagnosis.secrets }).toEqual({
        name,
        text: plainMasked.lines.join('\n'),
        secrets: plainMasked.secrets,
      });
    }
  });
});
