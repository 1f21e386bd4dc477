import type {
  AzureFailure,
  AzureResult,
  PermissionSet,
  RegistryResource,
  RoleAssignmentInfo,
} from '../../azure';
import type { CauseVerdict, Text, ToolId } from '../../knowledge';
import { evaluateRepositoryCondition, type ConditionVerdict } from '../abac-condition';
import {
  CAPABILITY_LABELS,
  capabilityFor,
  evaluateCapability,
  requiredActions,
  roleModeOf,
  type Capability,
} from '../acr-permissions';
import { KNOWN_ROLES, roleGuid, type RoleFamily } from '../acr-roles';
import type { Check, CheckEnv, CheckOutcome } from '../check';
import { confirmed, decided, fact, fix, ruledOut, unknown, unknownFromFailure } from '../outcome';
import { t } from '../text';
import type { CheckFact, CheckFix } from '../types';

/** A role assignment with what its role allows and how its ABAC condition treats the repository. */
interface Grant {
  readonly assignment: RoleAssignmentInfo;
  readonly roleName: string;
  readonly family: RoleFamily | 'custom';
  /** Null when the (custom) role's definition could not be read. */
  readonly permissions: readonly PermissionSet[] | null;
  readonly condition: ConditionVerdict;
}

interface Finding {
  readonly status: 'pass' | 'fail' | 'warn' | 'unknown';
  readonly sentence: Text;
  readonly facts: readonly CheckFact[];
  readonly verdicts: readonly CauseVerdict[];
  readonly fix: readonly CheckFix[];
  readonly failure?: AzureFailure;
}

const AKS_TOOLS: ReadonlySet<ToolId> = new Set(['kubelet', 'containerd', 'aks-check-acr']);
const PROPAGATION_MS = 10 * 60 * 1000;

const LABELS = {
  identity: t('Identity', 'Удостоверение'),
  roles: t('Roles on the registry and above', 'Роли на реестре и выше'),
  condition: t('Repository condition', 'Условие на репозитории'),
  access: (cap: Capability) => CAPABILITY_LABELS[cap],
};

/** Where an assignment applies, in a form short enough for a card: the last name in its scope. */
function scopeName(scope: string): string {
  const parts = scope.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '/';
}

function rolesValue(grants: readonly Grant[]): string {
  return grants.length === 0
    ? '—'
    : grants.map((g) => `${g.roleName} (${scopeName(g.assignment.scope)})`).join(', ');
}

const MANAGEMENT_GROUP = /^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/;

/**
 * Whether an assignment that `assignedTo()` listed at the registry applies to it. Azure lists there the
 * assignments on the registry, those inherited from its resource group, subscription and the management
 * groups above the subscription, and those on resources below the registry. Only the last do not apply; a
 * management-group scope is trusted as an ancestor, since ARM lists only the ancestors' assignments (the
 * subscription's management-group chain is not readable with the roles these checks ask for).
 */
function appliesTo(registry: RegistryResource, scope: string): boolean {
  const a = registry.id.toLowerCase();
  let s = scope.toLowerCase();
  while (s.endsWith('/')) s = s.slice(0, -1);
  return s === '' || a === s || a.startsWith(`${s}/`) || MANAGEMENT_GROUP.test(s);
}

function sets(grants: readonly Grant[]): PermissionSet[] {
  return grants.flatMap((g) => g.permissions ?? []);
}

async function roleOf(
  env: CheckEnv,
  assignment: RoleAssignmentInfo,
  cache: Map<string, Promise<AzureResult<{ name: string; permissions: readonly PermissionSet[] }>>>,
) {
  const guid = roleGuid(assignment.roleDefinitionId);
  const known = KNOWN_ROLES.get(guid);
  if (known) return { name: known.name, family: known.family, permissions: known.permissions } as const;
  let pending = cache.get(guid);
  if (!pending) {
    pending = env
      .call((o) => env.azure.authorization.roleDefinition(assignment.roleDefinitionId, o))
      .then((r): AzureResult<{ name: string; permissions: readonly PermissionSet[] }> =>
        r.ok ? { ok: true, value: { name: r.value.roleName, permissions: r.value.permissions } } : r,
      );
    cache.set(guid, pending);
  }
  const definition = await pending;
  return definition.ok
    ? ({ name: definition.value.name, family: 'custom', permissions: definition.value.permissions } as const)
    : ({ name: guid, family: 'custom', permissions: null } as const);
}

function recentGrant(
  env: CheckEnv,
  grants: readonly Grant[],
  capability: Capability,
  mode: 'legacy' | 'abac',
): Grant | undefined {
  return grants.find(
    (g) =>
      g.permissions !== null &&
      g.assignment.createdOn !== undefined &&
      env.now() - g.assignment.createdOn.getTime() < PROPAGATION_MS &&
      evaluateCapability(g.permissions, mode, capability).granted,
  );
}

function evaluateLegacy(
  env: CheckEnv,
  registry: RegistryResource,
  who: string,
  grants: readonly Grant[],
  capability: Capability,
  objectId: string,
): Finding {
  const cap = CAPABILITY_LABELS[capability];
  const granted = evaluateCapability(sets(grants), 'legacy', capability).granted;
  const facts = [
    fact(LABELS.roles, rolesValue(grants)),
    fact(LABELS.access(capability), granted ? '✓' : '✗'),
  ];
  const aks = env.plan.tool !== null && AKS_TOOLS.has(env.plan.tool);
  const verdicts: CauseVerdict[] = [];
  if (granted) {
    const because = t(`${who} holds ${rolesValue(grants)}.`, `У ${who} есть роли: ${rolesValue(grants)}.`);
    if (capability === 'pull') verdicts.push(ruledOut('missing-pull-role-legacy-mode', because));
    if (capability === 'push') verdicts.push(ruledOut('missing-push-permission', because));
    if (aks) verdicts.push(ruledOut('aks-kubelet-identity-missing-acrpull', because));
    const recent = recentGrant(env, grants, capability, 'legacy');
    if (recent?.assignment.createdOn) {
      const minutes = Math.max(1, Math.round((env.now() - recent.assignment.createdOn.getTime()) / 60000));
      verdicts.push(
        confirmed(
          'role-assignment-propagation-delay',
          t(
            `${recent.roleName} was assigned ${minutes} min ago.`,
            `Роль ${recent.roleName} назначена ${minutes} мин назад.`,
          ),
        ),
      );
      return {
        status: 'warn',
        sentence: t(
          `${who} was granted ${recent.roleName} ${minutes} min ago; new role assignments can take up to 10 minutes to apply, so retry shortly.`,
          `${who} получил роль ${recent.roleName} ${minutes} мин назад; новые назначения ролей вступают в силу до 10 минут — повторите попытку чуть позже.`,
        ),
        facts,
        verdicts,
        fix: [],
      };
    }
    return {
      status: 'pass',
      sentence: t(
        `${who} may ${cap.en.toLowerCase()} in ${registry.name}.`,
        `${who}: в ${registry.name} разрешено «${cap.ru}».`,
      ),
      facts,
      verdicts,
      fix: [],
    };
  }
  const because = t(
    `${who} holds no role granting ${capability === 'push' ? 'push/write' : 'pull/read'} on ${registry.name} (roles: ${rolesValue(grants)}).`,
    `У ${who} нет роли с правом ${capability === 'push' ? 'push/write' : 'pull/read'} на ${registry.name} (роли: ${rolesValue(grants)}).`,
  );
  if (capability === 'push') verdicts.push(confirmed('missing-push-permission', because));
  else verdicts.push(confirmed('missing-pull-role-legacy-mode', because));
  if (aks) verdicts.push(confirmed('aks-kubelet-identity-missing-acrpull', because));
  const role = capability === 'push' ? 'AcrPush' : 'AcrPull';
  return {
    status: 'fail',
    sentence: t(
      `${who} holds no role that lets it ${cap.en.toLowerCase()} in ${registry.name} (roles here: ${rolesValue(grants)}).`,
      `У ${who} нет роли, разрешающей «${cap.ru}» в ${registry.name} (роли: ${rolesValue(grants)}).`,
    ),
    facts,
    verdicts,
    fix: [
      fix(
        t(`Grant ${role} on the registry:`, `Назначьте роль ${role} на реестр:`),
        `az role assignment create --assignee ${objectId} --role ${role} --scope ${registry.id}`,
      ),
    ],
  };
}

function evaluateAbac(
  env: CheckEnv,
  registry: RegistryResource,
  who: string,
  grants: readonly Grant[],
  capability: Capability,
  objectId: string,
): Finding {
  const cap = CAPABILITY_LABELS[capability];
  const repo = env.plan.repository;
  const effective = grants.filter((g) => g.condition.kind === 'none' || g.condition.kind === 'allows');
  const undecided = grants.filter(
    (g) => g.condition.kind === 'no-repository' || g.condition.kind === 'not-understood',
  );
  const excluding = grants.filter((g) => g.condition.kind === 'excludes');
  const tests = [...new Set(grants.flatMap((g) => ('tests' in g.condition ? g.condition.tests : [])))];
  const facts = [
    fact(LABELS.roles, rolesValue(grants)),
    ...(tests.length > 0 ? [fact(LABELS.condition, tests.join(' OR '))] : []),
  ];
  const role =
    capability === 'list-catalog'
      ? 'Container Registry Repository Catalog Lister'
      : capability === 'push'
        ? 'Container Registry Repository Writer'
        : 'Container Registry Repository Reader';
  const grantFix = fix(
    t(
      `Grant ${role} on the registry (add a condition to limit it to repositories):`,
      `Назначьте роль ${role} на реестр (при необходимости ограничьте её условием на репозитории):`,
    ),
    `az role assignment create --assignee ${objectId} --role "${role}" --scope ${registry.id}`,
  );
  const where = repo ? t(` (repository ${repo})`, ` (репозиторий ${repo})`) : t('', '');
  const can = (list: readonly Grant[]): boolean => evaluateCapability(sets(list), 'abac', capability).granted;
  const verdicts: CauseVerdict[] = [];
  const aks = env.plan.tool !== null && AKS_TOOLS.has(env.plan.tool);

  if (can(effective)) {
    verdicts.push(
      ruledOut(
        'abac-mode-legacy-roles-not-honored',
        t(
          `${who} holds repository roles: ${rolesValue(effective)}.`,
          `У ${who} есть роли репозиториев: ${rolesValue(effective)}.`,
        ),
      ),
    );
    if (repo && effective.some((g) => g.condition.kind === 'allows')) {
      verdicts.push(
        ruledOut(
          'abac-condition-excludes-repository',
          t(`The condition allows ${repo}.`, `Условие разрешает ${repo}.`),
        ),
      );
    }
    if (aks)
      verdicts.push(
        ruledOut(
          'aks-kubelet-identity-missing-acrpull',
          t(`${who} may pull.`, `${who} может извлекать образы.`),
        ),
      );
    return {
      status: 'pass',
      sentence: t(
        `${who} may ${cap.en.toLowerCase()} in ${registry.name}${where.en}.`,
        `${who}: в ${registry.name}${where.ru} разрешено «${cap.ru}».`,
      ),
      facts: [...facts, fact(LABELS.access(capability), '✓')],
      verdicts,
      fix: [],
    };
  }
  if (can([...effective, ...undecided])) {
    return {
      status: 'warn',
      sentence: repo
        ? t(
            `${who} may ${cap.en.toLowerCase()} in ${registry.name} only where its role condition allows (${tests.join(' OR ')}); acr-doctor could not evaluate it for ${repo}.`,
            `${who}: «${cap.ru}» в ${registry.name} разрешено только там, где позволяет условие роли (${tests.join(' OR ')}); проверить его для ${repo} не удалось.`,
          )
        : t(
            `${who} may ${cap.en.toLowerCase()} in ${registry.name} only in repositories matching ${tests.join(' OR ')}; the text names no repository to compare.`,
            `${who}: «${cap.ru}» в ${registry.name} разрешено только в репозиториях, подходящих под ${tests.join(' OR ')}; в тексте не указан репозиторий для сравнения.`,
          ),
      facts: [...facts, fact(LABELS.access(capability), '?')],
      verdicts,
      fix: [],
    };
  }
  if (repo && can([...effective, ...excluding])) {
    verdicts.push(
      confirmed(
        'abac-condition-excludes-repository',
        t(
          `The role condition allows only ${tests.join(' OR ')}, which does not match ${repo}.`,
          `Условие роли разрешает только ${tests.join(' OR ')}, а ${repo} под него не подходит.`,
        ),
      ),
    );
    return {
      status: 'fail',
      sentence: t(
        `${who} holds ${rolesValue(excluding)}, but its condition allows only repositories matching ${tests.join(' OR ')}, which excludes ${repo}.`,
        `У ${who} есть роль ${rolesValue(excluding)}, но её условие разрешает только репозитории, подходящие под ${tests.join(' OR ')}, а ${repo} под него не подходит.`,
      ),
      facts: [...facts, fact(LABELS.access(capability), '✗')],
      verdicts,
      fix: [
        fix(
          t(
            `Extend the condition to ${repo}, or add an assignment for it:`,
            `Расширьте условие на ${repo} или добавьте для него отдельное назначение:`,
          ),
          `az role assignment create --assignee ${objectId} --role "${role}" --scope ${registry.id} --condition "((!(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/content/read'}) AND !(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/metadata/read'})) OR (@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringEqualsIgnoreCase '${repo}'))" --condition-version 2.0`,
        ),
      ],
    };
  }
  const legacyOnly = grants.filter(
    (g) =>
      g.family === 'legacy-acr' ||
      (g.permissions !== null && evaluateCapability(g.permissions, 'legacy', capability).granted),
  );
  if (capability === 'list-catalog') {
    verdicts.push(
      confirmed(
        'abac-missing-catalog-lister',
        t(
          `${who} lacks Container Registry Repository Catalog Lister.`,
          `У ${who} нет роли Container Registry Repository Catalog Lister.`,
        ),
      ),
    );
  } else if (legacyOnly.length > 0) {
    verdicts.push(
      confirmed(
        'abac-mode-legacy-roles-not-honored',
        t(
          `${who} holds ${rolesValue(legacyOnly)}, which a registry in ABAC mode does not honour, and no repository role.`,
          `У ${who} есть ${rolesValue(legacyOnly)}, но реестр в режиме ABAC эти роли не учитывает, а ролей репозиториев нет.`,
        ),
      ),
    );
  } else if (aks) {
    verdicts.push(
      confirmed(
        'aks-kubelet-identity-missing-acrpull',
        t(`${who} holds no role that allows pulling.`, `У ${who} нет роли, разрешающей извлечение.`),
      ),
    );
  }
  return {
    status: 'fail',
    sentence:
      legacyOnly.length > 0
        ? t(
            `${who} holds ${rolesValue(legacyOnly)}, which ${registry.name} ignores in ABAC mode; it needs ${role}.`,
            `У ${who} есть ${rolesValue(legacyOnly)}, но ${registry.name} в режиме ABAC их не учитывает; нужна роль ${role}.`,
          )
        : t(
            `${who} holds no role that lets it ${cap.en.toLowerCase()} in ${registry.name} (roles here: ${rolesValue(grants)}).`,
            `У ${who} нет роли, разрешающей «${cap.ru}» в ${registry.name} (роли: ${rolesValue(grants)}).`,
          ),
    facts: [...facts, fact(LABELS.access(capability), '✗')],
    verdicts,
    fix: [grantFix],
  };
}

async function examine(
  env: CheckEnv,
  registry: RegistryResource,
  subject: { kind: 'app' | 'object'; id: string },
  definitions: Map<string, Promise<AzureResult<{ name: string; permissions: readonly PermissionSet[] }>>>,
): Promise<Finding> {
  let objectId = subject.id;
  let who = subject.id;
  if (subject.kind === 'app') {
    const sp = await env.shared.servicePrincipal(subject.id);
    if (!sp.ok && sp.error.kind === 'not-found') {
      return {
        status: 'fail',
        sentence: t(
          `No service principal with application id ${subject.id} exists in your tenant, so it can hold no roles here.`,
          `В вашем клиенте (tenant) нет субъекта-службы с идентификатором приложения ${subject.id}, поэтому ролей здесь у него быть не может.`,
        ),
        facts: [fact(LABELS.identity, subject.id)],
        verdicts: [],
        fix: [],
      };
    }
    if (!sp.ok)
      return { status: 'unknown', sentence: t('', ''), facts: [], verdicts: [], fix: [], failure: sp.error };
    objectId = sp.value.id;
    who = `${sp.value.displayName} (${subject.id})`;
  }
  const assignments = await env.call((o) =>
    env.azure.authorization.roleAssignments(registry.id, objectId, o),
  );
  if (!assignments.ok)
    return {
      status: 'unknown',
      sentence: t('', ''),
      facts: [],
      verdicts: [],
      fix: [],
      failure: assignments.error,
    };
  const capability = capabilityFor(env.plan.operation);
  // A condition is evaluated for the data actions this operation needs: actions it does not guard stay allowed.
  const actions = requiredActions('abac', capability);
  const grants: Grant[] = await Promise.all(
    assignments.value
      .filter((a) => appliesTo(registry, a.scope))
      .map(async (assignment) => {
        const role = await roleOf(env, assignment, definitions);
        return {
          assignment,
          roleName: role.name,
          family: role.family,
          permissions: role.permissions,
          condition: evaluateRepositoryCondition(assignment.condition, env.plan.repository, actions),
        };
      }),
  );
  const finding =
    roleModeOf(registry) === 'abac'
      ? evaluateAbac(env, registry, who, grants, capability, objectId)
      : evaluateLegacy(env, registry, who, grants, capability, objectId);
  return { ...finding, facts: [fact(LABELS.identity, who), ...finding.facts] };
}

const RANK = { fail: 3, warn: 2, pass: 1, unknown: 0 } as const;

/** Check 6: the role assignments of the identity the text names (app or object id), at the registry and above. */
export const identityRolesCheck: Check = {
  id: 'identity-roles',
  wanted: (plan) => plan.appIds.length > 0 || plan.objectIds.length > 0,
  needs: 'registry',
  audiences: ['arm', 'graph'],
  async run(env, registry): Promise<CheckOutcome> {
    const subjects = [
      ...env.plan.appIds.map((id) => ({ kind: 'app' as const, id })),
      ...env.plan.objectIds.map((id) => ({ kind: 'object' as const, id })),
    ];
    if (subjects.length === 0) {
      return unknown(
        'not-applicable',
        t(
          'The text names no client, application or object id to look up.',
          'В тексте нет идентификатора клиента, приложения или объекта, который можно проверить.',
        ),
      );
    }
    const definitions = new Map<
      string,
      Promise<AzureResult<{ name: string; permissions: readonly PermissionSet[] }>>
    >();
    const findings = await Promise.all(subjects.map((s) => examine(env, registry, s, definitions)));
    const decidedFindings = findings.filter((f) => f.status !== 'unknown');
    if (decidedFindings.length === 0) {
      const failure = findings.find((f) => f.failure)?.failure;
      return failure
        ? unknownFromFailure(
            failure,
            t("Reading the identity's role assignments", 'Чтение назначений ролей удостоверения'),
          )
        : unknown(
            'service-error',
            t('The role assignments could not be read.', 'Не удалось прочитать назначения ролей.'),
          );
    }
    const status = decidedFindings.reduce<'pass' | 'warn' | 'fail'>(
      (worst, f) => (RANK[f.status] > RANK[worst] ? (f.status as 'pass' | 'warn' | 'fail') : worst),
      'pass',
    );
    const confirmedCauses = new Set(
      decidedFindings.flatMap((f) => f.verdicts.filter((v) => v.verdict === 'confirmed').map((v) => v.cause)),
    );
    const seen = new Set<string>();
    const verdicts = decidedFindings
      .flatMap((f) => f.verdicts)
      // A cause that holds for one identity is not ruled out by another identity that is fine.
      .filter((v) => v.verdict === 'confirmed' || !confirmedCauses.has(v.cause))
      .filter((v) => {
        const key = `${v.cause}:${v.verdict}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const skipped = findings.length - decidedFindings.length;
    const skippedNote =
      skipped > 0
        ? t(
            ` ${skipped} more id(s) could not be looked up.`,
            ` Ещё идентификаторов, которые не удалось проверить: ${skipped}.`,
          )
        : t('', '');
    return decided(
      status,
      t(
        decidedFindings.map((f) => f.sentence.en).join(' ') + skippedNote.en,
        decidedFindings.map((f) => f.sentence.ru).join(' ') + skippedNote.ru,
      ),
      {
        facts: decidedFindings.flatMap((f) => f.facts),
        verdicts,
        fix: decidedFindings.flatMap((f) => f.fix),
      },
    );
  },
};
