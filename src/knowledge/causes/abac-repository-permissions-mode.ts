import { against, anchor, context } from '../rules';
import { ABAC_REPOSITORY_PERMISSIONS, ACR_BUILT_IN_ROLES, AUTH_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'abac-mode-legacy-roles-not-honored',
    family: 'abac-repository-permissions-mode',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'The registry is in ABAC mode, so AcrPull/AcrPush are ignored',
      ru: 'Реестр в режиме ABAC, поэтому AcrPull/AcrPush не действуют',
    },
    explanation: {
      en:
        'With the role assignment mode "RBAC Registry + ABAC Repository Permissions" (roleAssignmentMode ' +
        'AbacRepositoryPermissions) the registry no longer honours AcrPull, AcrPush or AcrDelete, and Owner, Contributor and ' +
        'Reader stop granting image access. Only the Container Registry Repository Reader, Writer and Contributor roles count. ' +
        'An identity that relies on the old roles, including an AKS kubelet identity attached with `--attach-acr`, gets the ' +
        'same generic 401 or "authentication required" as an identity with no role at all.',
      ru:
        'В режиме назначения ролей «RBAC Registry + ABAC Repository Permissions» (roleAssignmentMode ' +
        'AbacRepositoryPermissions) реестр перестаёт учитывать AcrPull, AcrPush и AcrDelete, а Owner, Contributor и Reader ' +
        'больше не дают доступа к образам. Действуют только роли Container Registry Repository Reader, Writer и Contributor. ' +
        'Удостоверение, которое опирается на старые роли, в том числе kubelet-удостоверение AKS, подключённое через ' +
        '`--attach-acr`, получает такой же общий 401 или «authentication required», как удостоверение вовсе без роли.',
    },
    ask: {
      en: 'Does `az acr show --query roleAssignmentMode` return AbacRepositoryPermissions while the identity only has AcrPull/AcrPush?',
      ru: '`az acr show --query roleAssignmentMode` возвращает AbacRepositoryPermissions, а у удостоверения есть только AcrPull/AcrPush?',
    },
    rules: [
      anchor(['AbacRepositoryPermissions'], 7),
      anchor(['ABAC Repository Permissions'], 7),
      anchor(['role-assignment-mode', 'rbac-abac'], 6),
      anchor('token-status:401', 1),
      anchor(['authentication required', 'aka.ms/acr/authorization'], 1),
      anchor(['failed to fetch anonymous token', '401'], 1),
      context(['AcrPull'], 2),
      context(['AcrPush'], 2),
      context(['attach-acr'], 1),
      context('tool:kubelet', 2),
      context('anonymous-attempt', 2),
      against(['LegacyRegistryPermissions'], 7),
      against('token-status:403', 5),
      against(['client with IP'], 6),
      against('host:no-acr', 6),
      against(['StringStartsWithIgnoreCase'], 3),
      against(['StringEqualsIgnoreCase'], 3),
    ],
    fix: [
      {
        text: {
          en: "Confirm the registry's role assignment mode.",
          ru: 'Проверьте режим назначения ролей реестра.',
        },
        command: 'az acr show -n {registry} --query roleAssignmentMode -o tsv',
      },
      {
        text: {
          en: 'Assign Container Registry Repository Reader (pull) or Writer (push) to the identity; add Catalog Lister if it must list repositories.',
          ru: 'Назначьте удостоверению Container Registry Repository Reader (извлечение) или Writer (отправка); если нужно перечислять репозитории, добавьте Catalog Lister.',
        },
        command:
          'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role "Container Registry Repository Reader" --scope $(az acr show -n {registry} --query id -o tsv)',
      },
      {
        text: {
          en: 'For AKS, give that role to the kubelet identity: `--attach-acr` only creates AcrPull, which ABAC mode ignores.',
          ru: 'Для AKS назначьте эту роль kubelet-удостоверению: `--attach-acr` создаёт только AcrPull, а режим ABAC её не учитывает.',
        },
        command:
          'az aks show -g {resourceGroup} -n {cluster} --query identityProfile.kubeletidentity.objectId -o tsv',
      },
      {
        text: {
          en: 'If repository-level permissions are not needed, switch the registry back to plain RBAC mode.',
          ru: 'Если разрешения на уровне репозиториев не нужны, верните реестр в обычный режим RBAC.',
        },
        command: 'az acr update -n {registry} --role-assignment-mode rbac',
      },
    ],
    docs: [ABAC_REPOSITORY_PERMISSIONS, ACR_BUILT_IN_ROLES],
    checks: ['role-assignment-mode', 'identity-roles', 'your-permissions', 'login-failures'],
  },
  {
    id: 'abac-condition-excludes-repository',
    family: 'abac-repository-permissions-mode',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'The ABAC condition on the role assignment does not match this repository',
      ru: 'Условие ABAC в назначении роли не покрывает этот репозиторий',
    },
    explanation: {
      en:
        'In ABAC mode a Repository Reader/Writer assignment can carry a condition on the repository name ' +
        '(@Request[Microsoft.ContainerRegistry/registries/repositories:name] with StringEqualsIgnoreCase or ' +
        'StringStartsWithIgnoreCase). If the name is misspelled, a prefix lacks its trailing "/", or the condition lists only ' +
        'some of the needed actions (content/read without metadata/read, for example), the identity works for some ' +
        'repositories and gets 401 or "denied" for others.',
      ru:
        'В режиме ABAC назначение Repository Reader/Writer может содержать условие на имя репозитория ' +
        '(@Request[Microsoft.ContainerRegistry/registries/repositories:name] со StringEqualsIgnoreCase или ' +
        'StringStartsWithIgnoreCase). Если имя написано с ошибкой, у префикса нет завершающего «/» или в условии перечислены ' +
        'не все нужные действия (например, content/read без metadata/read), удостоверение работает с одними репозиториями и ' +
        'получает 401 или «denied» для других.',
    },
    ask: {
      en: 'Does the same identity work for some repositories but fail for this one?',
      ru: 'Это же удостоверение работает с одними репозиториями, но не с этим?',
    },
    rules: [
      anchor(['StringStartsWithIgnoreCase'], 7),
      anchor(['StringEqualsIgnoreCase'], 6),
      anchor(['repositories:name'], 7),
      anchor(['ActionMatches', 'Microsoft.ContainerRegistry/registries/repositories'], 6),
      anchor(['conditionVersion', '2.0'], 3),
      anchor(['requested access to the resource is denied'], 1),
      anchor(['authentication required', 'aka.ms/acr/authorization'], 1),
      context(['AbacRepositoryPermissions'], 3),
      context(['Container Registry Repository'], 2),
      context('succeeded:pull', 2),
      against(['LegacyRegistryPermissions'], 7),
      against('token-status:403', 5),
      against(['client with IP'], 6),
      against('host:no-acr', 6),
    ],
    fix: [
      {
        text: {
          en: "Show the identity's assignments with their conditions and compare the repository name character by character.",
          ru: 'Выведите назначения удостоверения вместе с условиями и сравните имя репозитория посимвольно.',
        },
        command:
          'az role assignment list --assignee {principalId} --scope $(az acr show -n {registry} --query id -o tsv) --query "[].{role:roleDefinitionName, condition:condition}" -o json',
      },
      {
        text: {
          en: 'Write prefixes with a trailing slash (team-a/ rather than team-a) and include both content and metadata actions.',
          ru: 'Указывайте префиксы с завершающей косой чертой (team-a/, а не team-a) и включайте действия и content, и metadata.',
        },
      },
      {
        text: {
          en: "Update the assignment's condition (or create a new assignment) so it covers the failing repository.",
          ru: 'Измените условие назначения (или создайте новое назначение), чтобы оно покрывало репозиторий, к которому нет доступа.',
        },
      },
    ],
    docs: [ABAC_REPOSITORY_PERMISSIONS, AUTH_TROUBLESHOOTING],
    checks: ['role-assignment-mode', 'identity-roles', 'login-failures'],
  },
  {
    id: 'abac-missing-catalog-lister',
    family: 'abac-repository-permissions-mode',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'Listing repositories fails: the Catalog Lister role is missing',
      ru: 'Не удаётся получить список репозиториев: нет роли Catalog Lister',
    },
    explanation: {
      en:
        'In ABAC mode the Repository Reader, Writer and Contributor roles cover content inside repositories but not the ' +
        'registry catalog. Listing repositories (`az acr repository list`, /v2/_catalog, /acr/v1/_catalog, `oras repo ls`) ' +
        'asks for the registry:catalog:* scope, which needs Container Registry Repository Catalog Lister. Without it the ' +
        'access-token step is refused, so the CLI prints CONNECTIVITY_ACCESS_TOKEN_ERROR or "authentication required", ' +
        'while pulls of known images still work.',
      ru:
        'В режиме ABAC роли Repository Reader, Writer и Contributor покрывают содержимое репозиториев, но не каталог реестра. ' +
        'Перечисление репозиториев (`az acr repository list`, /v2/_catalog, /acr/v1/_catalog, `oras repo ls`) запрашивает ' +
        'область registry:catalog:*, для которой нужна роль Container Registry Repository Catalog Lister. Без неё шаг получения ' +
        'токена доступа отклоняется, и CLI выводит CONNECTIVITY_ACCESS_TOKEN_ERROR или «authentication required», хотя ' +
        'извлечение известных образов работает.',
    },
    ask: {
      en: 'Do pulls work while listing repositories fails?',
      ru: 'Извлечение образов работает, а перечисление репозиториев — нет?',
    },
    rules: [
      anchor('code:CONNECTIVITY_ACCESS_TOKEN_ERROR', 4),
      anchor(['registry:catalog:*'], 3),
      anchor(['/v2/_catalog'], 3),
      anchor(['/acr/v1/_catalog'], 3),
      anchor(['Catalog Lister'], 5),
      context('op:list', 2),
      context(['az acr repository list'], 2),
      context(['repo ls'], 2),
      context(['AbacRepositoryPermissions'], 4),
      context('succeeded:pull', 2),
      against(['LegacyRegistryPermissions'], 7),
      against('token-status:403', 5),
      against(['client with IP'], 6),
      against('op:push', 3),
    ],
    fix: [
      {
        text: {
          en: 'Confirm the registry is in ABAC mode.',
          ru: 'Убедитесь, что реестр работает в режиме ABAC.',
        },
        command: 'az acr show -n {registry} --query roleAssignmentMode -o tsv',
      },
      {
        text: {
          en: 'Assign Container Registry Repository Catalog Lister to the identity (it takes no conditions and lists every repository).',
          ru: 'Назначьте удостоверению Container Registry Repository Catalog Lister (эта роль не поддерживает условия и показывает все репозитории).',
        },
        command:
          'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role "Container Registry Repository Catalog Lister" --scope $(az acr show -n {registry} --query id -o tsv)',
      },
      {
        text: {
          en: 'If the identity must not see other repository names, skip listing and address repositories by name instead.',
          ru: 'Если удостоверение не должно видеть имена других репозиториев, не перечисляйте их, а обращайтесь к репозиториям по имени.',
        },
        command: 'az acr repository show-tags -n {registry} --repository {repository} -o table',
      },
    ],
    docs: [
      ABAC_REPOSITORY_PERMISSIONS,
      {
        title: { en: 'CONNECTIVITY_ACCESS_TOKEN_ERROR', ru: 'CONNECTIVITY_ACCESS_TOKEN_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_access_token_error',
      },
    ],
    checks: ['role-assignment-mode', 'identity-roles', 'your-permissions'],
  },
  {
    id: 'abac-mode-switch-invalidated-credentials',
    family: 'abac-repository-permissions-mode',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'Switching the registry to ABAC mode invalidated cached credentials',
      ru: 'Переключение реестра в режим ABAC сделало сохранённые учётные данные недействительными',
    },
    explanation: {
      en:
        'Tokens issued while the registry was in plain RBAC mode are rejected with 401 once roleAssignmentMode changes to ' +
        'AbacRepositoryPermissions, even for identities that already hold the equivalent Repository roles. Clients keep ' +
        'failing until they fetch new credentials: a Docker login, a CI cache, or the kubelet credential cache on AKS nodes. ' +
        'The failures start right after the mode switch and affect identities that worked minutes before.',
      ru:
        'Токены, выданные, пока реестр был в обычном режиме RBAC, после смены roleAssignmentMode на AbacRepositoryPermissions ' +
        'отклоняются с кодом 401, даже если у удостоверения уже есть равноценные роли Repository. Клиенты продолжают получать ' +
        'ошибку, пока не получат новые учётные данные: docker login, кэш в CI или кэш учётных данных kubelet на узлах AKS. ' +
        'Сбои начинаются сразу после переключения режима и затрагивают удостоверения, которые работали за несколько минут до этого.',
    },
    ask: {
      en: 'Did the failures start right after the registry was switched to ABAC repository permissions?',
      ru: 'Сбои начались сразу после переключения реестра на разрешения ABAC на уровне репозиториев?',
    },
    rules: [
      anchor(['--role-assignment-mode'], 4),
      anchor(['roleAssignmentMode'], 3),
      anchor(['failed to fetch oauth token', '401'], 1),
      anchor('token-status:401', 1),
      context('succeeded:pull', 3),
      context(['AbacRepositoryPermissions'], 2),
      context('tool:kubelet', 2),
      against(['LegacyRegistryPermissions'], 5),
      against('token-status:403', 5),
      against(['client with IP'], 6),
      against('host:no-acr', 6),
    ],
    fix: [
      {
        text: {
          en: 'Make sure every identity already has the ABAC Repository roles it needs.',
          ru: 'Убедитесь, что у каждого удостоверения уже есть нужные роли Repository для режима ABAC.',
        },
        command:
          'az role assignment list --scope $(az acr show -n {registry} --query id -o tsv) --include-inherited -o table',
      },
      {
        text: {
          en: 'Refresh client credentials: log out and sign in again.',
          ru: 'Обновите учётные данные на клиенте: выйдите и войдите заново.',
        },
        command: 'docker logout {loginServer} && az acr login -n {registry}',
      },
      {
        text: {
          en: 'On AKS, roll the node pools so kubelet drops its cached registry credentials.',
          ru: 'В AKS перезапустите узлы пулов, чтобы kubelet сбросил кэшированные учётные данные реестра.',
        },
        command:
          'az aks nodepool upgrade -g {resourceGroup} --cluster-name {cluster} -n <nodepool> --node-image-only',
      },
    ],
    docs: [ABAC_REPOSITORY_PERMISSIONS],
    checks: ['role-assignment-mode', 'identity-roles', 'login-failures'],
  },
  {
    id: 'abac-acr-tasks-no-identity',
    family: 'abac-repository-permissions-mode',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'ACR Tasks have no registry access in ABAC mode',
      ru: 'У задач ACR нет доступа к реестру в режиме ABAC',
    },
    explanation: {
      en:
        'In an ABAC-mode registry, ACR Tasks and quick builds (`az acr build`, `az acr run`) no longer get implicit access ' +
        'to their own registry. A task must name an identity with --source-acr-auth-id ([system], a user-assigned identity, ' +
        'or [caller] for quick runs), and that identity needs Repository Reader/Writer roles. Otherwise the build fails ' +
        'when it pulls a base image from the registry or pushes the result, with "unauthorized: authentication required".',
      ru:
        'В реестре с режимом ABAC задачи ACR и быстрые сборки (`az acr build`, `az acr run`) больше не получают неявного ' +
        'доступа к собственному реестру. Задаче нужно указать удостоверение через --source-acr-auth-id ([system], ' +
        'пользовательское удостоверение или [caller] для быстрых запусков), и у этого удостоверения должны быть роли ' +
        'Repository Reader/Writer. Иначе сборка падает при извлечении базового образа из реестра или при отправке результата ' +
        'с ошибкой «unauthorized: authentication required».',
    },
    ask: {
      en: 'Is the failing step an ACR task or `az acr build` against a registry in ABAC mode?',
      ru: 'Сбой происходит в задаче ACR или `az acr build` для реестра в режиме ABAC?',
    },
    rules: [
      anchor(['source-acr-auth-id'], 7),
      anchor(['authentication required'], 2),
      context('tool:acr-tasks', 5),
      context('op:build', 2),
      context(['az acr build'], 2),
      context(['az acr run'], 2),
      context(['az acr task'], 2),
      context(['AbacRepositoryPermissions'], 4),
      against(['LegacyRegistryPermissions'], 7),
      against('token-status:403', 5),
      against(['client with IP'], 6),
      against(['too many requests'], 5),
      against(['no subscriptions were found'], 3),
      against('host:no-acr', 4),
    ],
    fix: [
      {
        text: {
          en: 'Confirm ABAC mode and see which identity the task uses.',
          ru: 'Проверьте режим ABAC и то, какое удостоверение использует задача.',
        },
        command: 'az acr task show -n <task> -r {registry} --query identity',
      },
      {
        text: {
          en: 'Give the task a system identity for source-registry access and grant it Repository Writer (plus Catalog Lister if it lists).',
          ru: 'Назначьте задаче системное удостоверение для доступа к исходному реестру и выдайте ему Repository Writer (и Catalog Lister, если нужно перечисление).',
        },
        command: 'az acr task update -n <task> -r {registry} --source-acr-auth-id [system]',
      },
      {
        text: {
          en: "For quick builds, run with the caller's identity, which must hold the Repository roles itself.",
          ru: 'Для быстрых сборок запускайте от удостоверения вызывающего — у него самого должны быть роли Repository.',
        },
        command: 'az acr build -r {registry} -t {repository}:{tag} --source-acr-auth-id [caller] .',
      },
    ],
    docs: [ABAC_REPOSITORY_PERMISSIONS, ACR_BUILT_IN_ROLES],
    checks: ['role-assignment-mode', 'identity-roles'],
  },
];
