import type { PermissionSet } from '../azure';

import { globMatches } from './glob';

/**
 * Azure RBAC action matching: case-insensitive, `*` matches any run of characters (including `/`), so
 * `Microsoft.ContainerRegistry/*` and `*\/read` match as Azure evaluates them. The patterns come from role
 * definitions (anyone who may write a custom role controls them): matched without regular expressions.
 */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatches(pattern, action, { question: false, ignoreCase: true });
}

export type ActionKind = 'action' | 'dataAction';

/**
 * The pattern that grants `action` in one permission set (a role's actions minus its notActions), or null.
 * Azure's effective permissions are the union of such sets, one per role assignment.
 */
export function grantIn(set: PermissionSet, action: string, kind: ActionKind): string | null {
  const allowed = kind === 'action' ? set.actions : set.dataActions;
  const denied = kind === 'action' ? set.notActions : set.notDataActions;
  if (denied.some((p) => actionMatches(p, action))) return null;
  return allowed.find((p) => actionMatches(p, action)) ?? null;
}

/** The pattern that grants `action` in any of the sets, or null. */
export function grantingPattern(
  sets: readonly PermissionSet[],
  action: string,
  kind: ActionKind,
): string | null {
  for (const set of sets) {
    const pattern = grantIn(set, action, kind);
    if (pattern !== null) return pattern;
  }
  return null;
}
