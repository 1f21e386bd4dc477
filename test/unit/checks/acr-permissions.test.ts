import type { PermissionSet } from '../../../src/azure';
import { actionMatches, grantingPattern } from '../../../src/checks/action-match';
import { capabilityFor, evaluateCapabilities, evaluateCapability } from '../../../src/checks/acr-permissions';
import { KNOWN_ROLES, ROLE_IDS, roleGuid } from '../../../src/checks/acr-roles';

const set = (p: Partial<PermissionSet>): PermissionSet => ({
  actions: [],
  notActions: [],
  dataActions: [],
  notDataActions: [],
  ...p,
});
const role = (id: string): readonly PermissionSet[] => KNOWN_ROLES.get(id)?.permissions ?? [];

describe('RBAC action matching', () => {
  it.each([
    ['*', 'Microsoft.ContainerRegistry/registries/pull/read', true],
    ['*/read', 'Microsoft.ContainerRegistry/registries/pull/read', true],
    ['*/read', 'Microsoft.ContainerRegistry/registries/push/write', false],
    ['Microsoft.ContainerRegistry/*', 'microsoft.containerregistry/registries/pull/read', true],
    [
      'Microsoft.ContainerRegistry/registries/*/read',
      'Microsoft.ContainerRegistry/registries/pull/read',
      true,
    ],
    [
      'Microsoft.ContainerRegistry/registries/pull/read',
      'Microsoft.ContainerRegistry/registries/pull/reads',
      false,
    ],
    ['Microsoft.Container.Registry/*', 'MicrosoftXContainer.Registry/x', false],
  ])('%s matches %s: %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });

  it('a notAction removes the action from its own set only', () => {
    const denied = set({ actions: ['*'], notActions: ['Microsoft.ContainerRegistry/registries/push/write'] });
    expect(
      grantingPattern([denied], 'Microsoft.ContainerRegistry/registries/push/write', 'action'),
    ).toBeNull();
    expect(
      grantingPattern(
        [denied, set({ actions: ['Microsoft.ContainerRegistry/*'] })],
        'Microsoft.ContainerRegistry/registries/push/write',
        'action',
      ),
    ).toBe('Microsoft.ContainerRegistry/*');
  });

  it('data actions and actions are separate', () => {
    expect(
      grantingPattern(
        [set({ actions: ['*'] })],
        'Microsoft.ContainerRegistry/registries/repositories/content/read',
        'dataAction',
      ),
    ).toBeNull();
  });
});

describe('registry capabilities', () => {
  it('legacy mode: AcrPull pulls and lists, cannot push; Reader pulls through */read; Owner does everything', () => {
    const acrPull = evaluateCapabilities(role(ROLE_IDS.acrPull), 'legacy');
    expect(acrPull.filter((g) => g.granted).map((g) => g.capability)).toEqual([
      'pull',
      'read-metadata',
      'list-catalog',
    ]);
    expect(evaluateCapability(role(ROLE_IDS.reader), 'legacy', 'pull').grantedBy).toEqual(['*/read']);
    expect(evaluateCapabilities(role(ROLE_IDS.owner), 'legacy').every((g) => g.granted)).toBe(true);
  });

  it('ABAC mode: AcrPull and Owner grant nothing; Repository Reader pulls but does not list; Catalog Lister lists', () => {
    expect(
      evaluateCapabilities([...role(ROLE_IDS.acrPull), ...role(ROLE_IDS.owner)], 'abac').some(
        (g) => g.granted,
      ),
    ).toBe(false);
    const reader = evaluateCapabilities(role(ROLE_IDS.repositoryReader), 'abac');
    expect(reader.filter((g) => g.granted).map((g) => g.capability)).toEqual(['pull', 'read-metadata']);
    expect(evaluateCapability(role(ROLE_IDS.catalogLister), 'abac', 'list-catalog').granted).toBe(true);
    expect(evaluateCapability(role(ROLE_IDS.repositoryContributor), 'abac', 'delete').granted).toBe(true);
  });

  it('ABAC pull needs both content and metadata read', () => {
    const half = set({ dataActions: ['Microsoft.ContainerRegistry/registries/repositories/content/read'] });
    const grant = evaluateCapability([half], 'abac', 'pull');
    expect(grant.granted).toBe(false);
    expect(grant.grantedBy).toEqual([
      'Microsoft.ContainerRegistry/registries/repositories/content/read',
      null,
    ]);
  });

  it.each([
    [null, 'pull'],
    ['login', 'pull'],
    ['push', 'push'],
    ['build', 'push'],
    ['delete', 'delete'],
    ['list', 'list-catalog'],
  ] as const)('operation %s needs %s', (op, capability) => {
    expect(capabilityFor(op)).toBe(capability);
  });

  it('reads the role GUID from a full role definition id', () => {
    expect(
      roleGuid(
        '/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/7F951DDA-4ED3-4680-A7CA-43FE172D538D',
      ),
    ).toBe(ROLE_IDS.acrPull);
  });
});
