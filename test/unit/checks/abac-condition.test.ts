import { evaluateRepositoryCondition } from '../../../src/checks/abac-condition';

const GUARD =
  "(!(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/content/read'}) AND !(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/metadata/read'}))";
const NAME = '@Request[Microsoft.ContainerRegistry/registries/repositories:name]';
const condition = (tests: string) => `(${GUARD} OR (${tests}))`;

describe('ABAC repository conditions', () => {
  it('no condition applies to every repository', () => {
    expect(evaluateRepositoryCondition(undefined, 'a/b')).toEqual({ kind: 'none' });
  });

  it.each([
    [`${NAME} StringEqualsIgnoreCase 'Team/App'`, 'team/app', 'allows'],
    [`${NAME} StringEqualsIgnoreCase 'team/app'`, 'team/app2', 'excludes'],
    [`${NAME} StringStartsWithIgnoreCase 'team-a/'`, 'TEAM-A/api', 'allows'],
    [`${NAME} StringStartsWithIgnoreCase 'team-a/'`, 'team-ab/api', 'excludes'],
    [`${NAME} StringEquals 'team/App'`, 'team/app', 'excludes'],
    [`${NAME} StringLikeIgnoreCase 'team/*-svc'`, 'team/orders-svc', 'allows'],
    [`${NAME} StringEqualsIgnoreCase 'x/one' OR ${NAME} StringStartsWithIgnoreCase 'y/'`, 'y/two', 'allows'],
    [
      `${NAME} StringEqualsIgnoreCase 'x/one' OR ${NAME} StringStartsWithIgnoreCase 'y/'`,
      'z/two',
      'excludes',
    ],
  ])('%s for %s → %s', (tests, repository, kind) => {
    expect(evaluateRepositoryCondition(condition(tests), repository).kind).toBe(kind);
  });

  it('without a repository it lists what the condition allows', () => {
    expect(
      evaluateRepositoryCondition(condition(`${NAME} StringStartsWithIgnoreCase 'team-a/'`), null),
    ).toEqual({
      kind: 'no-repository',
      tests: ["StringStartsWithIgnoreCase 'team-a/'"],
    });
  });

  it.each([
    // AND between repository tests, a negated test, another attribute: not guessed.
    condition(`${NAME} StringStartsWithIgnoreCase 'a/' AND ${NAME} StringEqualsIgnoreCase 'a/b'`),
    condition(`NOT ${NAME} StringEqualsIgnoreCase 'a/b'`),
    "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals 'x'",
  ])('does not guess about %s', (text) => {
    expect(evaluateRepositoryCondition(text, 'a/b')).toEqual({ kind: 'not-understood' });
  });
});
