import type { PermissionSet } from '../azure';

/**
 * Built-in roles that decide registry access, with their published permissions (role ids are the same in
 * every tenant and cloud). Knowing them saves a role-definition request per assignment; any other role
 * (a custom one) is read from Azure.
 */
export type RoleFamily = 'legacy-acr' | 'repository' | 'catalog' | 'general';

export interface KnownRole {
  readonly name: string;
  readonly family: RoleFamily;
  readonly permissions: readonly PermissionSet[];
}

function set(actions: string[], dataActions: string[] = [], notActions: string[] = []): PermissionSet {
  return { actions, notActions, dataActions, notDataActions: [] };
}

const REPO = 'Microsoft.ContainerRegistry/registries/repositories';

export const ROLE_IDS = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3122-4d20-a6ea-9a3a4c9c3a46',
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  acrPush: '8311e382-0749-4cb8-b61a-304f252e45ec',
  acrDelete: 'c2f4ef07-c644-48eb-af81-4b1b4947fb11',
  repositoryReader: 'b93aa761-3e63-49ed-ac28-beffa264f7ac',
  repositoryWriter: '2a1e307c-b015-4ebd-883e-5b7698a07328',
  repositoryContributor: '2efddaa5-3f1f-4df3-97df-af3f13818f4c',
  catalogLister: 'bfdb9389-c9a5-478a-bb2f-ba9ca092c3c7',
} as const;

export const KNOWN_ROLES: ReadonlyMap<string, KnownRole> = new Map<string, KnownRole>([
  [ROLE_IDS.owner, { name: 'Owner', family: 'general', permissions: [set(['*'])] }],
  [
    ROLE_IDS.contributor,
    {
      name: 'Contributor',
      family: 'general',
      permissions: [
        set(
          ['*'],
          [],
          [
            'Microsoft.Authorization/*/Delete',
            'Microsoft.Authorization/*/Write',
            'Microsoft.Authorization/elevateAccess/Action',
          ],
        ),
      ],
    },
  ],
  [ROLE_IDS.reader, { name: 'Reader', family: 'general', permissions: [set(['*/read'])] }],
  [
    ROLE_IDS.acrPull,
    {
      name: 'AcrPull',
      family: 'legacy-acr',
      permissions: [set(['Microsoft.ContainerRegistry/registries/pull/read'])],
    },
  ],
  [
    ROLE_IDS.acrPush,
    {
      name: 'AcrPush',
      family: 'legacy-acr',
      permissions: [
        set([
          'Microsoft.ContainerRegistry/registries/pull/read',
          'Microsoft.ContainerRegistry/registries/push/write',
        ]),
      ],
    },
  ],
  [
    ROLE_IDS.acrDelete,
    {
      name: 'AcrDelete',
      family: 'legacy-acr',
      permissions: [set(['Microsoft.ContainerRegistry/registries/artifacts/delete'])],
    },
  ],
  [
    ROLE_IDS.repositoryReader,
    {
      name: 'Container Registry Repository Reader',
      family: 'repository',
      permissions: [set([], [`${REPO}/content/read`, `${REPO}/metadata/read`])],
    },
  ],
  [
    ROLE_IDS.repositoryWriter,
    {
      name: 'Container Registry Repository Writer',
      family: 'repository',
      permissions: [
        set(
          [],
          [
            `${REPO}/content/read`,
            `${REPO}/content/write`,
            `${REPO}/metadata/read`,
            `${REPO}/metadata/write`,
          ],
        ),
      ],
    },
  ],
  [
    ROLE_IDS.repositoryContributor,
    {
      name: 'Container Registry Repository Contributor',
      family: 'repository',
      permissions: [
        set(
          [],
          [
            `${REPO}/content/read`,
            `${REPO}/content/write`,
            `${REPO}/content/delete`,
            `${REPO}/metadata/read`,
            `${REPO}/metadata/write`,
            `${REPO}/metadata/delete`,
          ],
        ),
      ],
    },
  ],
  [
    ROLE_IDS.catalogLister,
    {
      name: 'Container Registry Repository Catalog Lister',
      family: 'catalog',
      permissions: [set([], ['Microsoft.ContainerRegistry/registries/catalog/read'])],
    },
  ],
]);

/** The GUID at the end of a role definition id. */
export function roleGuid(roleDefinitionId: string): string {
  return (roleDefinitionId.split('/').pop() ?? roleDefinitionId).toLowerCase();
}
