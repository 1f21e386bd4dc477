import type { LineIndex } from '../line-index';

/** The action of creating a role assignment, as Resource Manager and people write it. */
export const ROLE_GRANT_KEYWORDS = ['roleassignments/write'];

/** Resource Manager names the action it refused: "does not have authorization to perform action 'Microsoft.X/…'". */
export const ARM_ACTION_KEYWORDS = ['perform action', "perform 'microsoft.", 'perform "microsoft.'];

const ACTION = /\bperform (?:the )?(?:actions? )?['"‘]?(microsoft\.[a-z]{2,40})\//gi;

/**
 * Resource providers whose actions can be part of reaching or configuring a registry: the registry's own, role
 * assignments (granting AcrPull), resource groups and deployments, AKS (attaching a registry), managed identities
 * (the pulling identity) and networking (a registry's private endpoint), diagnostic settings.
 */
const REGISTRY_RELATED = new Set([
  'microsoft.containerregistry',
  'microsoft.authorization',
  'microsoft.resources',
  'microsoft.containerservice',
  'microsoft.managedidentity',
  'microsoft.network',
  'microsoft.insights',
]);

/**
 * The 0-based line of Resource Manager's refusal when every action it names belongs to another service (a web app's
 * `Microsoft.Web/sites/write`, a vault's `Microsoft.KeyVault/vaults/read`, a storage account's SAS): whoever ran it
 * lacks a role on that resource, not on the registry. Undefined when no action is named or any may be the registry's.
 */
export function findActionsElsewhere(index: LineIndex): number | undefined {
  let first: number | undefined;
  for (const i of index.linesWithAny(ARM_ACTION_KEYWORDS))
    for (const m of index.line(i).matchAll(ACTION)) {
      if (REGISTRY_RELATED.has((m[1] as string).toLowerCase())) return undefined;
      first ??= i;
    }
  return first;
}

/**
 * The 0-based line naming the action of creating a role assignment (`Microsoft.Authorization/roleAssignments/write`):
 * whoever deploys lacks the right to grant roles (User Access Administrator, Owner), whatever role it was granting.
 * Read with `registry-absent` by the verdict: with no registry in the paste, that is the deployment's permission.
 */
export function findRoleGrant(index: LineIndex): number | undefined {
  return index.linesWithAny(ROLE_GRANT_KEYWORDS)[0];
}
