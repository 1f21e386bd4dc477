import type { PermissionSet, RegistryResource } from '../azure';
import type { Operation, Text } from '../knowledge';
import { grantingPattern, type ActionKind } from './action-match';
import { t } from './text';

/**
 * What an identity can do with a registry's content, and which RBAC actions decide it. A registry in
 * "RBAC Registry + ABAC Repository Permissions" mode honours only the repository data actions; one in the
 * legacy "RBAC Registry Permissions" mode only the registry-wide actions (AcrPull's pull/read and so on).
 */
export const CAPABILITIES = ['pull', 'push', 'delete', 'read-metadata', 'list-catalog'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export type RoleMode = 'legacy' | 'abac';

export const ABAC_MODE = 'AbacRepositoryPermissions';
export const LEGACY_MODE = 'LegacyRegistryPermissions';

export function roleModeOf(registry: RegistryResource): RoleMode {
  return registry.roleAssignmentMode?.toLowerCase() === ABAC_MODE.toLowerCase() ? 'abac' : 'legacy';
}

const REPO = 'Microsoft.ContainerRegistry/registries/repositories';
const REQUIREMENTS: Readonly<
  Record<
    RoleMode,
    Readonly<Record<Capability, { readonly kind: ActionKind; readonly actions: readonly string[] }>>
  >
> = {
  legacy: {
    pull: { kind: 'action', actions: ['Microsoft.ContainerRegistry/registries/pull/read'] },
    push: { kind: 'action', actions: ['Microsoft.ContainerRegistry/registries/push/write'] },
    delete: { kind: 'action', actions: ['Microsoft.ContainerRegistry/registries/artifacts/delete'] },
    // In legacy mode reading tags and manifests and listing repositories come with pull.
    'read-metadata': { kind: 'action', actions: ['Microsoft.ContainerRegistry/registries/pull/read'] },
    'list-catalog': { kind: 'action', actions: ['Microsoft.ContainerRegistry/registries/pull/read'] },
  },
  abac: {
    pull: { kind: 'dataAction', actions: [`${REPO}/content/read`, `${REPO}/metadata/read`] },
    push: { kind: 'dataAction', actions: [`${REPO}/content/write`, `${REPO}/metadata/write`] },
    delete: { kind: 'dataAction', actions: [`${REPO}/content/delete`, `${REPO}/metadata/delete`] },
    'read-metadata': { kind: 'dataAction', actions: [`${REPO}/metadata/read`] },
    'list-catalog': { kind: 'dataAction', actions: ['Microsoft.ContainerRegistry/registries/catalog/read'] },
  },
};

export const CAPABILITY_LABELS: Readonly<Record<Capability, Text>> = {
  pull: t('Pull images', 'Извлечение образов (pull)'),
  push: t('Push images', 'Отправка образов (push)'),
  delete: t('Delete images', 'Удаление образов'),
  'read-metadata': t('Read tags and manifests', 'Чтение тегов и манифестов'),
  'list-catalog': t('List repositories', 'Просмотр списка репозиториев'),
};

export interface CapabilityGrant {
  readonly capability: Capability;
  readonly granted: boolean;
  /** The actions this capability needs in the registry's mode. */
  readonly required: readonly string[];
  /** For each required action, the pattern that grants it (`*`, `Microsoft.ContainerRegistry/*`, …), or null. */
  readonly grantedBy: readonly (string | null)[];
}

export function evaluateCapability(
  sets: readonly PermissionSet[],
  mode: RoleMode,
  capability: Capability,
): CapabilityGrant {
  const need = REQUIREMENTS[mode][capability];
  const grantedBy = need.actions.map((a) => grantingPattern(sets, a, need.kind));
  return { capability, granted: grantedBy.every((g) => g !== null), required: need.actions, grantedBy };
}

/** The actions (or data actions) a capability needs in a mode, e.g. content/read and metadata/read to pull. */
export function requiredActions(mode: RoleMode, capability: Capability): readonly string[] {
  return REQUIREMENTS[mode][capability].actions;
}

export function evaluateCapabilities(sets: readonly PermissionSet[], mode: RoleMode): CapabilityGrant[] {
  return CAPABILITIES.map((c) => evaluateCapability(sets, mode, c));
}

/** The capability an operation from the paste needs; pulling is what most failures are about. */
export function capabilityFor(operation: Operation | null): Capability {
  switch (operation) {
    case 'push':
    case 'build':
    case 'import':
      return 'push';
    case 'delete':
      return 'delete';
    case 'list':
      return 'list-catalog';
    default:
      return 'pull';
  }
}

/** The legacy-mode pull action: what AcrPull grants and what ABAC mode no longer honours. */
export const LEGACY_PULL_ACTION = REQUIREMENTS.legacy.pull.actions[0] ?? '';
