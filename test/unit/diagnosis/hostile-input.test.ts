import fc from 'fast-check';
import { diagnose, MASK, type Diagnosis } from '../../../src/diagnosis';
import { MAX_INPUT_CHARS } from '../../../src/diagnosis/limits';

/** What every diagnosis must satisfy, whatever went in. */
function expectWellFormed(d: Diagnosis): void {
  expect(['acr', 'not-acr', 'unknown']).toContain(d.verdict);
  let previous = Infinity;
  const families = new Set<string>();
  for (const c of d.causes) {
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    // The lead block (one cause per family) is in descending confidence.
    if (!families.has(c.family)) {
      expect(c.confidence).toBeLessThanOrEqual(previous);
      previous = c.confidence;
      families.add(c.family);
    }
    for (const e of c.evidence) expect(e.text.length).toBeLessThanOrEqual(400);
  }
  const total = d.causes.reduce((s, c) => s + c.confidence, 0);
  expect(total).toBeLessThanOrEqual(1.01);
  expect(d.verdict === 'unknown').toBe(d.causes.length === 0);
}

// Fragments of real errors, so random mixes reach the rules and extractors, not only the normaliser.
const FRAGMENTS = [
  'unauthorized: authentication required',
  "denied: client with IP '1.2.3.4' is not allowed access",
  'An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR',
  'Response code: 403',
  'contoso.azurecr.io/app:1',
  'failed to fetch anonymous token: unexpected status: 401 Unauthorized',
  'AADSTS7000222',
  '<p>',
  '</p>',
  '<at>bot</at>',
  '&quot;',
  '\\u0027',
  '\\n',
  '\x1b[31m',
  '```',
  '\r\n',
  '\u200b',
  'eyJ',
  '-p ',
  'docker login',
  'x.azurecr.io',
  '-----BEGIN PRIVATE KEY-----',
  '{"code":"DENIED"}',
  'dial tcp 10.0.0.4:443',
];

describe('diagnose on hostile input', () => {
  it('never throws and always answers well-formed, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expectWellFormed(diagnose(text));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random mixes of real error fragments and markup', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 60 }),
        (parts) => {
          expectWellFormed(diagnose(parts.join('')));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('masks a pasted password wherever it is embedded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (before, after) => {
        const secret = 'Zq7sEcretValue42x';
        const d = diagnose(`${before}\ndocker login contoso.azurecr.io -u contoso -p ${secret}\n${after}`);
        expect(d.text).not.toContain(secret);
        expect(d.text).toContain(MASK);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts non-string input from JavaScript callers', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expectWellFormed(diagnose(value as unknown as string));
    }
  });

  // Inputs that make a backtracking pattern take quadratic or exponential time. With the linear patterns
  // and the keyword scan each of these finishes in milliseconds; jest's timeout guards against a regression.
  it.each([
    ['repeated keywords', 'azurecr.io/'.repeat(100_000)],
    ['one huge line of base64', 'eyJ' + 'A'.repeat(500_000)],
    ['nested-looking markup', '<p>'.repeat(50_000) + 'x' + '</p>'.repeat(50_000)],
    ['quotes without end', "client with IP '".repeat(40_000)],
    ['escapes', '\\u00'.repeat(100_000)],
    ['ANSI soup', '\x1b['.repeat(200_000)],
    ['spaces', ' '.repeat(1_000_000) + 'unauthorized'],
    ['status words', 'status: '.repeat(120_000)],
    ['over the size cap', 'unauthorized: authentication required\n'.repeat(Math.ceil(MAX_INPUT_CHARS / 30))],
  ])('stays fast on %s', (_name, text) => {
    const d = diagnose(text);
    expectWellFormed(d);
  });

  it('treats other languages as text', () => {
    const d = diagnose('Ошибка: не удалось войти.\nunauthorized: authentication required\n错误：拒绝访问');
    expectWellFormed(d);
    expect(d.causes.length).toBeGreaterThan(0);
  });
});
