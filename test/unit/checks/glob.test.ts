import fc from 'fast-check';
import { actionMatches } from '../../../src/checks/action-match';
import { evaluateRepositoryCondition } from '../../../src/checks/abac-condition';
import { globMatches, type GlobMeter } from '../../../src/checks/glob';

/** The textbook dynamic-programming matcher: obviously right, too slow for production, fine as a reference. */
function reference(pattern: string, value: string, question: boolean, ignoreCase: boolean): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let row = Array.from({ length: v.length + 1 }, (_, j) => j === 0);
  for (const ch of p) {
    const next = Array.from({ length: v.length + 1 }, () => false);
    for (let j = 0; j <= v.length; j++) {
      if (ch === '*') next[j] = row[j] === true || (j > 0 && next[j - 1] === true);
      else if (j > 0 && row[j - 1] === true && ((question && ch === '?') || ch === v[j - 1])) next[j] = true;
    }
    row = next;
  }
  return row[v.length] === true;
}

describe('glob matching of patterns that come from Azure', () => {
  it.each([
    ['Microsoft.ContainerRegistry/*', 'Microsoft.ContainerRegistry/registries/pull/read', true],
    ['*/read', 'Microsoft.ContainerRegistry/registries/pull/read', true],
    ['*', 'anything', true],
    [
      'microsoft.containerregistry/registries/*/read',
      'Microsoft.ContainerRegistry/registries/pull/read',
      true,
    ],
    [
      'Microsoft.ContainerRegistry/registries/push/*',
      'Microsoft.ContainerRegistry/registries/pull/read',
      false,
    ],
    [
      'Microsoft.ContainerRegistry/registries/pull/read?',
      'Microsoft.ContainerRegistry/registries/pull/read',
      false,
    ],
  ])('RBAC %s against %s → %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });

  it('agrees with the reference matcher on random patterns and values', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', '*', '?', 'A');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((c) => c.join('')),
        fc.array(fc.constantFrom('a', 'b', '/', 'A'), { maxLength: 16 }).map((c) => c.join('')),
        fc.boolean(),
        fc.boolean(),
        (pattern, value, question, ignoreCase) => {
          expect(globMatches(pattern, value, { question, ignoreCase })).toBe(
            reference(pattern, value, question, ignoreCase),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  // Patterns that make a backtracking regular expression take exponential or high-polynomial time: the
  // matcher's work stays within |value| × |pattern| comparisons (counted, not timed).
  const adversarial: Array<[string, string, string]> = [
    ['five stars against a 120-character name (24 s as a RegExp)', 'a*a*a*a*a*b', 'a'.repeat(120)],
    ['many stars', `${'a*'.repeat(200)}b`, 'a'.repeat(2000)],
    ['question marks and stars', `${'?*'.repeat(100)}!`, 'x'.repeat(3000)],
    [
      'a long action pattern (94 s as a RegExp)',
      `${'Microsoft.*'.repeat(30)}/write`,
      `${'Microsoft.'.repeat(60)}/read`,
    ],
    ['stars between near-misses', `*${'ab*'.repeat(50)}c`, 'ab'.repeat(1500)],
  ];
  it.each(adversarial)('%s', (_what, pattern, value) => {
    const meter: GlobMeter = { steps: 0 };
    const matched = globMatches(pattern, value, { question: true, ignoreCase: true, meter });
    expect(matched).toBe(reference(pattern, value, true, true));
    expect(meter.steps).toBeLessThanOrEqual(value.length * pattern.length);
  });

  it('a condition built to stall a regular expression is evaluated, not stalled', () => {
    const name = '@Request[Microsoft.ContainerRegistry/registries/repositories:name]';
    const verdict = evaluateRepositoryCondition(
      `${name} StringLike '${'a*'.repeat(5)}b' OR ${name} StringLikeIgnoreCase '${'*a'.repeat(40)}!'`,
      'a'.repeat(256),
      ['Microsoft.ContainerRegistry/registries/repositories/content/read'],
    );
    expect(verdict.kind).toBe('excludes');
  });
});
