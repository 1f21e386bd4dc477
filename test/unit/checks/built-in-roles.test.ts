import type { PermissionSet } from '../../../src/azure';
import { CAPABILITIES, evaluateCapability } from '../../../src/checks/acr-permissions';
import { KNOWN_ROLES } from '../../../src/checks/acr-roles';

/**
 * The built-in roles acr-doctor knows without asking Azure, compared with Microsoft's published list of
 * built-in roles ("Azure built-in roles for Containers" and "… General", learn.microsoft.com; the JSON
 * blocks of MicrosoftDocs/azure-docs articles/role-based-access-control/built-in-roles/containers.md as of
 * June 2025). Written out here by hand from that page: role id, name and permissions. A role Microsoft
 * changes must be changed in src/checks/acr-roles.ts too, or this test says where they differ.
 */
interface PublishedRole {
  readonly id: string;
  readonly roleName: string;
  readonly permissions: readonly Partial<PermissionSet>[];
}

const CR = 'Microsoft.ContainerRegistry/registries';
const PUBLISHED: readonly PublishedRole[] = [
  {
    id: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
    roleName: 'AcrPull',
    permissions: [{ actions: [`${CR}/pull/read`] }],
  },
  {
    id: '8311e382-0749-4cb8-b61a-304f252e45ec',
    roleName: 'AcrPush',
    permissions: [{ actions: [`${CR}/pull/read`, `${CR}/push/write`] }],
  },
  {
    id: 'c2f4ef07-c644-48eb-af81-4b1b4947fb11',
    roleName: 'AcrDelete',
    permissions: [{ actions: [`${CR}/artifacts/delete`] }],
  },
  {
    id: 'b93aa761-3e63-49ed-ac28-beffa264f7ac',
    roleName: 'Container Registry Repository Reader',
    permissions: [{ dataActions: [`${CR}/repositories/metadata/read`, `${CR}/repositories/content/read`] }],
  },
  {
    id: '2a1e307c-b015-4ebd-883e-5b7698a07328',
    roleName: 'Container Registry Repository Writer',
    permissions: [
      {
        dataActions: [
          `${CR}/repositories/metadata/read`,
          `${CR}/repositories/content/read`,
          `${CR}/repositories/metadata/write`,
          `${CR}/repositories/content/write`,
        ],
      },
    ],
  },
  {
    id: '2efddaa5-3f1f-4df3-97df-af3f13818f4c',
    roleName: 'Container Registry Repository Contributor',
    permissions: [
      {
        dataActions: [
          `${CR}/repositories/metadata/read`,
          `${CR}/repositories/content/read`,
          `${CR}/repositories/metadata/write`,
          `${CR}/repositories/content/write`,
          `${CR}/repositories/metadata/delete`,
          `${CR}/repositories/content/delete`,
        ],
      },
    ],
  },
  {
    id: 'bfdb9389-c9a5-478a-bb2f-ba9ca092c3c7',
    roleName: 'Container Registry Repository Catalog Lister',
    permissions: [{ dataActions: [`${CR}/catalog/read`] }],
  },
  { id: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', roleName: 'Owner', permissions: [{ actions: ['*'] }] },
  {
    id: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    roleName: 'Contributor',
    permissions: [
      {
        actions: ['*'],
        notActions: [
          'Microsoft.Authorization/*/Delete',
          'Microsoft.Authorization/*/Write',
          'Microsoft.Authorization/elevateAccess/Action',
          'Microsoft.Blueprint/blueprintAssignments/write',
          'Microsoft.Blueprint/blueprintAssignments/delete',
          'Microsoft.Compute/galleries/share/action',
          'Microsoft.Purview/consents/write',
          'Microsoft.Purview/consents/delete',
          'Microsoft.Resources/deploymentStacks/manageDenySetting/action',
          'Microsoft.Subscription/cancel/action',
          'Microsoft.Subscription/enable/action',
        ],
      },
    ],
  },
  { id: 'acdd72a7-3122-4d20-a6ea-9a3a4c9c3a46', roleName: 'Reader', permissions: [{ actions: ['*/read'] }] },
];

function full(p: Partial<PermissionSet>): PermissionSet {
  return {
    actions: p.actions ?? [],
    notActions: p.notActions ?? [],
    dataActions: p.dataActions ?? [],
    notDataActions: p.notDataActions ?? [],
  };
}

const sorted = (sets: readonly PermissionSet[]) =>
  sets.map((s) => ({
    actions: [...s.actions].sort(),
    notActions: [...s.notActions].sort(),
    dataActions: [...s.dataActions].sort(),
    notDataActions: [...s.notDataActions].sort(),
  }));

describe('the built-in roles acr-doctor knows', () => {
  it('are all in the published list, under the same names', () => {
    for (const [id, role] of KNOWN_ROLES) {
      const published = PUBLISHED.find((p) => p.id === id);
      expect({ id, name: published?.roleName }).toEqual({ id, name: role.name });
    }
  });

  it.each(PUBLISHED.filter((p) => !['Owner', 'Contributor', 'Reader'].includes(p.roleName)))(
    '$roleName has exactly the published permissions',
    (published) => {
      const known = KNOWN_ROLES.get(published.id);
      expect(sorted(known?.permissions ?? [])).toEqual(sorted(published.permissions.map(full)));
    },
  );

  it.each(PUBLISHED.filter((p) => ['Owner', 'Contributor', 'Reader'].includes(p.roleName)))(
    '$roleName decides every registry capability as its published definition does',
    (published) => {
      // General roles change outside the registry (Contributor's notActions grow); what matters here is that
      // the table and the published definition grant the same registry capabilities in both modes.
      const known = KNOWN_ROLES.get(published.id)?.permissions ?? [];
      for (const mode of ['legacy', 'abac'] as const)
        for (const capability of CAPABILITIES)
          expect({ mode, capability, granted: evaluateCapability(known, mode, capability).granted }).toEqual({
            mode,
            capability,
            granted: evaluateCapability(published.permissions.map(full), mode, capability).granted,
          });
    },
  );
});

describe("the fake Azure's built-in roles", () => {
  it.each(PUBLISHED.filter((p) => !['Owner', 'Contributor', 'Reader'].includes(p.roleName)))(
    '$roleName is answered with the published permissions',
    async (published) => {
      const { BUILT_IN_ROLES } = await import('../../fakes/azure/scenario');
      const fake = BUILT_IN_ROLES.find((r) => r.guid === published.id);
      expect(fake?.roleName).toBe(published.roleName);
      expect(sorted((fake?.permissions ?? []).map(full))).toEqual(sorted(published.permissions.map(full)));
    },
  );
});
