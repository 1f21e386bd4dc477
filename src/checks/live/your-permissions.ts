import type { PermissionSet, RegistryResource } from '../../azure';
import type { CauseVerdict, ToolId } from '../../knowledge';
import { grantingPattern } from '../action-match';
import {
  CAPABILITY_LABELS,
  LEGACY_PULL_ACTION,
  capabilityFor,
  evaluateCapabilities,
  evaluateCapability,
  roleModeOf,
  type CapabilityGrant,
  type RoleMode,
} from '../acr-permissions';
import type { Check } from '../check';
import { confirmed, decided, fact, fix, ruledOut, unknownFromFailure } from '../outcome';
import type { CheckPlan } from '../plan';
import { t } from '../text';

/** Tools a person runs as themselves: then the caller's permissions are the failing identity's. */
const SELF_TOOLS: ReadonlySet<ToolId> = new Set([
  'az',
  'docker',
  'podman',
  'helm',
  'oras',
  'buildx',
  'curl',
  'powershell',
  // Bicep restores and publishes with the signed-in user's az or Azure PowerShell credential.
  'bicep',
]);

function callerIsTheSubject(plan: CheckPlan): boolean {
  return (
    plan.appIds.length === 0 &&
    plan.objectIds.length === 0 &&
    (plan.tool === null || SELF_TOOLS.has(plan.tool))
  );
}

function grantValue(g: CapabilityGrant): string {
  if (g.granted) return `✓ ${[...new Set(g.grantedBy)].join(', ')}`;
  return `✗ ${g.required.filter((_, i) => g.grantedBy[i] === null).join(' + ')}`;
}

function verdictsFor(
  mode: RoleMode,
  needed: CapabilityGrant,
  legacyPull: string | null,
  registry: RegistryResource,
): CauseVerdict[] {
  const { capability, granted } = needed;
  const label = CAPABILITY_LABELS[capability];
  const verdicts: CauseVerdict[] = [];
  if (mode === 'legacy') {
    if (capability === 'pull') {
      verdicts.push(
        granted
          ? ruledOut(
              'missing-pull-role-legacy-mode',
              t(
                `You hold ${LEGACY_PULL_ACTION} on ${registry.name}.`,
                `У вас есть ${LEGACY_PULL_ACTION} на ${registry.name}.`,
              ),
            )
          : confirmed(
              'missing-pull-role-legacy-mode',
              t(
                `You do not hold ${LEGACY_PULL_ACTION} on ${registry.name}.`,
                `У вас нет ${LEGACY_PULL_ACTION} на ${registry.name}.`,
              ),
            ),
      );
    }
  } else if (granted) {
    verdicts.push(
      ruledOut(
        'abac-mode-legacy-roles-not-honored',
        t(
          `You hold the repository data actions ${label.en.toLowerCase()} needs.`,
          `У вас есть действия с данными репозиториев, нужные для операции «${label.ru}».`,
        ),
      ),
    );
  } else if (legacyPull !== null) {
    verdicts.push(
      confirmed(
        'abac-mode-legacy-roles-not-honored',
        t(
          `You hold ${LEGACY_PULL_ACTION} (via ${legacyPull}), which this ABAC-mode registry ignores, and not the repository data actions.`,
          `У вас есть ${LEGACY_PULL_ACTION} (через ${legacyPull}), но реестр в режиме ABAC это не учитывает, а действий с данными репозиториев у вас нет.`,
        ),
      ),
    );
  }
  if (capability === 'push') {
    verdicts.push(
      granted
        ? ruledOut(
            'missing-push-permission',
            t(`You may push to ${registry.name}.`, `Вам разрешена отправка в ${registry.name}.`),
          )
        : confirmed(
            'missing-push-permission',
            t(`You may not push to ${registry.name}.`, `Вам не разрешена отправка в ${registry.name}.`),
          ),
    );
  }
  if (mode === 'abac' && capability === 'list-catalog' && !granted) {
    verdicts.push(
      confirmed(
        'abac-missing-catalog-lister',
        t(
          'You lack Microsoft.ContainerRegistry/registries/catalog/read.',
          'У вас нет Microsoft.ContainerRegistry/registries/catalog/read.',
        ),
      ),
    );
  }
  return verdicts;
}

function roleToGrant(mode: RoleMode, capability: CapabilityGrant['capability']): string {
  if (mode === 'legacy')
    return capability === 'push' ? 'AcrPush' : capability === 'delete' ? 'AcrDelete' : 'AcrPull';
  if (capability === 'list-catalog') return 'Container Registry Repository Catalog Lister';
  return capability === 'push'
    ? 'Container Registry Repository Writer'
    : capability === 'delete'
      ? 'Container Registry Repository Contributor'
      : 'Container Registry Repository Reader';
}

/** Check 5: what the signed-in user may do with the registry's content (Microsoft.Authorization/permissions). */
export const yourPermissionsCheck: Check = {
  id: 'your-permissions',
  wanted: () => true,
  needs: 'registry',
  audiences: ['arm'],
  async run(env, r) {
    const result = await env.call((o) => env.azure.authorization.myPermissions(r.id, o));
    if (!result.ok)
      return unknownFromFailure(
        result.error,
        t('Reading your permissions on the registry', 'Чтение ваших разрешений на реестр'),
      );
    const sets: readonly PermissionSet[] = result.value;
    const mode = roleModeOf(r);
    const grants = evaluateCapabilities(sets, mode);
    const neededCapability = capabilityFor(env.plan.operation);
    const needed = evaluateCapability(sets, mode, neededCapability);
    const legacyPull = mode === 'abac' ? grantingPattern(sets, LEGACY_PULL_ACTION, 'action') : null;

    const facts = [
      ...grants.map((g) => fact(CAPABILITY_LABELS[g.capability], grantValue(g))),
      ...(legacyPull !== null
        ? [
            fact(
              t(
                'Legacy pull permission (ignored in ABAC mode)',
                'Устаревшее разрешение на извлечение (в режиме ABAC не учитывается)',
              ),
              `✓ ${legacyPull}`,
            ),
          ]
        : []),
    ];
    const can = grants.filter((g) => g.granted).map((g) => CAPABILITY_LABELS[g.capability]);
    const cannot = grants.filter((g) => !g.granted).map((g) => CAPABILITY_LABELS[g.capability]);
    const abacNote =
      mode === 'abac'
        ? t(
            ' Repository conditions on your role assignments are not reflected here.',
            ' Условия репозиториев в назначениях ваших ролей здесь не учитываются.',
          )
        : t('', '');
    const summary = needed.granted
      ? t(
          `You may ${can.map((c) => c.en.toLowerCase()).join(', ')} in ${r.name}.${abacNote.en}`,
          `В ${r.name} вам разрешено: ${can.map((c) => c.ru.toLowerCase()).join(', ')}.${abacNote.ru}`,
        )
      : t(
          `You may not ${CAPABILITY_LABELS[needed.capability].en.toLowerCase()} in ${r.name}${mode === 'abac' ? ' (ABAC mode needs repository data actions)' : ''}; not allowed: ${cannot.map((c) => c.en.toLowerCase()).join(', ')}.`,
          `В ${r.name} вам не разрешено: ${cannot.map((c) => c.ru.toLowerCase()).join(', ')}${mode === 'abac' ? ' (в режиме ABAC нужны действия с данными репозиториев)' : ''}.`,
        );
    return decided(needed.granted ? 'pass' : 'fail', summary, {
      facts,
      verdicts: callerIsTheSubject(env.plan) ? verdictsFor(mode, needed, legacyPull, r) : [],
      fix: needed.granted
        ? []
        : [
            fix(
              t(
                `Ask an owner of ${r.name} to grant you ${roleToGrant(mode, needed.capability)}:`,
                `Попросите владельца ${r.name} назначить вам роль ${roleToGrant(mode, needed.capability)}:`,
              ),
              `az role assignment create --assignee "$(az ad signed-in-user show --query id -o tsv)" --role "${roleToGrant(mode, needed.capability)}" --scope ${r.id}`,
            ),
          ],
    });
  },
};
