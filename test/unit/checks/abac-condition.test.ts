import { evaluateRepositoryCondition } from '../../../src/checks/abac-condition';
import { requiredActions } from '../../../src/checks/acr-permissions';

const REPO = 'Microsoft.ContainerRegistry/registries/repositories';
const READ = [`${REPO}/content/read`, `${REPO}/metadata/read`] as const;
const WRITE = [`${REPO}/content/write`, `${REPO}/metadata/write`] as const;
const PULL = requiredActions('abac', 'pull');
const PUSH = requiredActions('abac', 'push');
const guard = (actions: readonly string[]) =>
  `(${actions.map((a) => `!(ActionMatches{'${a}'})`).join(' AND ')})`;
const NAME = '@Request[Microsoft.ContainerRegistry/registries/repositories:name]';
/** The form the portal and `az role assignment create --condition` write: guard the reads, then test the name. */
const condition = (tests: string, actions: readonly string[] = READ) => `(${guard(actions)} OR (${tests}))`;

describe('ABAC repository conditions', () => {
  it('no condition applies to every repository', () => {
    expect(evaluateRepositoryCondition(undefined, 'a/b', PULL)).toEqual({ kind: 'none' });
  });

  it('the actions an operation needs are the repository data actions of its capability', () => {
    expect(PULL).toEqual(READ);
    expect(PUSH).toEqual(WRITE);
  });

  it.each([
    [`${NAME} StringEqualsIgnoreCase 'Team/App'`, 'team/app', 'allows'],
    [`${NAME} StringEqualsIgnoreCase 'team/app'`, 'team/app2', 'excludes'],
    [`${NAME} StringStartsWithIgnoreCase 'team-a/'`, 'TEAM-A/api', 'allows'],
    [`${NAME} StringStartsWithIgnoreCase 'team-a/'`, 'team-ab/api', 'excludes'],
    [`${NAME} StringEquals 'team/App'`, 'team/app', 'excludes'],
    [`${NAME} StringLikeIgnoreCase 'team/*-svc'`, 'team/orders-svc', 'allows'],
    [`${NAME} StringLike 'team/??-svc'`, 'team/ab-svc', 'allows'],
    [`${NAME} StringLike 'team/??-svc'`, 'team/abc-svc', 'excludes'],
    [`${NAME} StringEqualsIgnoreCase 'x/one' OR ${NAME} StringStartsWithIgnoreCase 'y/'`, 'y/two', 'allows'],
    [
      `${NAME} StringEqualsIgnoreCase 'x/one' OR ${NAME} StringStartsWithIgnoreCase 'y/'`,
      'z/two',
      'excludes',
    ],
    // Several tests joined with AND.
    [`${NAME} StringStartsWith 'team/' AND ${NAME} StringNotEquals 'team/secret'`, 'team/web', 'allows'],
    [`${NAME} StringStartsWith 'team/' AND ${NAME} StringNotEquals 'team/secret'`, 'team/secret', 'excludes'],
    // Negations.
    [`${NAME} StringNotEquals 'prod/app'`, 'dev/app', 'allows'],
    [`${NAME} StringNotEqualsIgnoreCase 'prod/app'`, 'PROD/app', 'excludes'],
    [`${NAME} StringNotLike 'prod/*'`, 'prod/app', 'excludes'],
    [`NOT ${NAME} StringStartsWith 'prod/'`, 'dev/app', 'allows'],
    [`!(${NAME} StringStartsWith 'prod/')`, 'prod/app', 'excludes'],
    // Sets of values.
    [`${NAME} ForAnyOfAnyValues:StringLike {'team-a/*', 'team-b/*'}`, 'team-b/api', 'allows'],
    [`${NAME} ForAnyOfAnyValues:StringLike {'team-a/*', 'team-b/*'}`, 'team-c/api', 'excludes'],
    [`${NAME} ForAnyOfAnyValues:StringEqualsIgnoreCase {'a/b'}`, 'A/B', 'allows'],
    // C-style connectives.
    [`${NAME} StringEquals 'x' || ${NAME} StringEquals 'team/app'`, 'team/app', 'allows'],
  ])('%s for %s → %s', (tests, repository, kind) => {
    expect(evaluateRepositoryCondition(condition(tests), repository, PULL).kind).toBe(kind);
  });

  it('evaluates the condition per action: a guard on write actions leaves pulls allowed in every repository', () => {
    // A Repository Writer assignment limiting only writes to team/: pulling app/web is not its business.
    const writesToTeam = condition(`${NAME} StringStartsWithIgnoreCase 'team/'`, WRITE);
    expect(evaluateRepositoryCondition(writesToTeam, 'app/web', PULL).kind).toBe('allows');
    expect(evaluateRepositoryCondition(writesToTeam, 'app/web', PUSH).kind).toBe('excludes');
    expect(evaluateRepositoryCondition(writesToTeam, 'team/web', PUSH).kind).toBe('allows');
  });

  it('the per-action form: one clause per action, joined with AND', () => {
    const perAction = [
      `(!(ActionMatches{'${READ[0]}'}) OR ${NAME} StringStartsWith 'team/')`,
      `(!(ActionMatches{'${READ[1]}'}) OR ${NAME} StringStartsWith 'team/' OR ${NAME} StringStartsWith 'shared/')`,
    ].join(' AND ');
    expect(evaluateRepositoryCondition(perAction, 'team/api', PULL).kind).toBe('allows');
    // Metadata may be read in shared/, content may not: a pull needs both.
    expect(evaluateRepositoryCondition(perAction, 'shared/api', PULL).kind).toBe('excludes');
    expect(
      evaluateRepositoryCondition(perAction, 'shared/api', requiredActions('abac', 'read-metadata')).kind,
    ).toBe('allows');
  });

  it('ActionMatches wildcards match the way RBAC patterns do', () => {
    const anyRead = condition(`${NAME} StringEquals 'team/app'`, [`${REPO}/*/read`]);
    expect(evaluateRepositoryCondition(anyRead, 'other/app', PULL).kind).toBe('excludes');
    expect(evaluateRepositoryCondition(anyRead, 'other/app', PUSH).kind).toBe('allows');
  });

  it('describes the repository part with its own connectives (no action guards, no OR where it says AND)', () => {
    const both = condition(`${NAME} StringStartsWith 'team/' AND NOT ${NAME} StringEquals 'team/secret'`);
    expect(evaluateRepositoryCondition(both, 'team/api', PULL)).toEqual({
      kind: 'allows',
      tests: ["(StringStartsWith 'team/' AND NOT StringEquals 'team/secret')"],
    });
  });

  it('without a repository it lists what the condition allows', () => {
    expect(
      evaluateRepositoryCondition(condition(`${NAME} StringStartsWithIgnoreCase 'team-a/'`), null, PULL),
    ).toEqual({
      kind: 'no-repository',
      tests: ["StringStartsWithIgnoreCase 'team-a/'"],
    });
    // …unless the condition does not concern these actions at all.
    expect(
      evaluateRepositoryCondition(condition(`${NAME} StringStartsWith 'team-a/'`, WRITE), null, PULL).kind,
    ).toBe('allows');
  });

  it.each([
    [
      'another attribute',
      "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals 'x'",
    ],
    ['an unknown operator', `${NAME} StringMatchesRegex 'a.*'`],
    ['a sub-operation', `SubOperationMatches{'Blob.List'}`],
    ['unbalanced parentheses', `((${NAME} StringEquals 'a'`],
    ['an unterminated string', `${NAME} StringEquals 'a`],
    ['a dangling connective', `${NAME} StringEquals 'a' AND`],
    [
      'nesting deeper than any real condition',
      `${'('.repeat(200)}${NAME} StringEquals 'a'${')'.repeat(200)}`,
    ],
    ['a condition longer than any real one', `${NAME} StringEquals '${'a'.repeat(9000)}'`],
  ])('does not guess about %s', (_what, text) => {
    expect(evaluateRepositoryCondition(text, 'a/b', PULL)).toEqual({ kind: 'not-understood' });
  });
});
