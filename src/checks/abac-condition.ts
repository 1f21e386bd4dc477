/**
 * Reads the repository conditions ACR's ABAC mode uses on role assignments, e.g.
 *   ((!(ActionMatches{'…/repositories/content/read'}) AND !(ActionMatches{'…/repositories/metadata/read'}))
 *    OR (@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringEqualsIgnoreCase 'team/app'
 *        OR @Request[…:name] StringStartsWithIgnoreCase 'team/'))
 * Only this shape (an action guard, then repository-name tests joined by OR) is evaluated; anything else is
 * reported as not understood rather than guessed.
 */
export type ConditionVerdict =
  | { readonly kind: 'none' }
  | { readonly kind: 'allows'; readonly tests: readonly string[] }
  | { readonly kind: 'excludes'; readonly tests: readonly string[] }
  | { readonly kind: 'no-repository'; readonly tests: readonly string[] }
  | { readonly kind: 'not-understood' };

const OPERATORS = [
  'StringEqualsIgnoreCase',
  'StringStartsWithIgnoreCase',
  'StringLikeIgnoreCase',
  'StringEquals',
  'StringStartsWith',
  'StringLike',
] as const;
type Operator = (typeof OPERATORS)[number];

const PREDICATE = new RegExp(
  `@Request\\[Microsoft\\.ContainerRegistry/registries/repositories:name\\]\\s+(${OPERATORS.join('|')})\\s+'([^']*)'`,
  'gi',
);
const GUARD = /!\s{0,20}\(\s{0,20}ActionMatches\s{0,20}\{[^{}]{0,2000}\}\s{0,20}\)/gi;

interface Test {
  readonly operator: Operator;
  readonly value: string;
}

function like(value: string, pattern: string, ignoreCase: boolean): boolean {
  const source = pattern
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

function passes(test: Test, repository: string): boolean {
  const { operator, value } = test;
  switch (operator) {
    case 'StringEqualsIgnoreCase':
      return repository.toLowerCase() === value.toLowerCase();
    case 'StringEquals':
      return repository === value;
    case 'StringStartsWithIgnoreCase':
      return repository.toLowerCase().startsWith(value.toLowerCase());
    case 'StringStartsWith':
      return repository.startsWith(value);
    case 'StringLikeIgnoreCase':
      return like(repository, value, true);
    case 'StringLike':
      return like(repository, value, false);
  }
}

function describe(test: Test): string {
  return `${test.operator} '${test.value}'`;
}

export function evaluateRepositoryCondition(
  condition: string | undefined,
  repository: string | null,
): ConditionVerdict {
  if (condition === undefined || condition.trim() === '') return { kind: 'none' };
  const tests: Test[] = [];
  for (const m of condition.matchAll(PREDICATE)) {
    const operator = OPERATORS.find((o) => o.toLowerCase() === (m[1] ?? '').toLowerCase());
    if (operator) tests.push({ operator, value: m[2] ?? '' });
  }
  if (tests.length === 0) return { kind: 'not-understood' };
  // Reduce the expression to its structure: guards G, predicates P, parentheses and connectives.
  const shape = condition
    .replace(PREDICATE, ' P ')
    .replace(GUARD, ' G ')
    .replace(/\s+/g, ' ')
    .replace(/[()]/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .join(' ')
    .toUpperCase();
  // G (AND G)* OR P (OR P)*  — or predicates alone.
  if (!/^(G( AND G)* OR )?P( OR P)*$/.test(shape)) return { kind: 'not-understood' };
  const described = tests.map(describe);
  if (repository === null) return { kind: 'no-repository', tests: described };
  return tests.some((test) => passes(test, repository))
    ? { kind: 'allows', tests: described }
    : { kind: 'excludes', tests: described };
}
