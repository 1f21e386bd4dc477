import { against, anchor, context } from '../rules';
import { ACR_BUILT_IN_ROLES, ACR_FAQ, AUTHENTICATION_ERRORS, AUTH_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'missing-pull-role-legacy-mode',
    family: 'missing-role-assignment',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The identity has no pull role on the registry',
      ru: 'У удостоверения нет роли на извлечение образов из реестра',
    },
    explanation: {
      en:
        'Sign-in worked, but the user, service principal or managed identity holds no role that grants ' +
        'Microsoft.ContainerRegistry/registries/pull/read on this registry (AcrPull, AcrPush, Reader, Contributor or Owner). ' +
        'The registry then refuses the token exchange with 401, so `az acr login` reports CONNECTIVITY_REFRESH_TOKEN_ERROR ' +
        'with response code 401, while Docker, App Service and Container Apps only say "unauthorized: authentication required". ' +
        'Typical reasons: the assignment was never made, was made for another principal, or was removed or blocked by policy.',
      ru:
        'Вход выполнен, но у пользователя, субъекта-службы или управляемого удостоверения нет роли с действием ' +
        'Microsoft.ContainerRegistry/registries/pull/read на этот реестр (AcrPull, AcrPush, Reader, Contributor или Owner). ' +
        'Поэтому реестр отклоняет обмен токена с кодом 401: `az acr login` сообщает CONNECTIVITY_REFRESH_TOKEN_ERROR с кодом ' +
        'ответа 401, а Docker, App Service и Container Apps пишут лишь «unauthorized: authentication required». ' +
        'Обычно роль так и не назначили, назначили другому субъекту либо её удалили или заблокировала политика.',
    },
    ask: {
      en: 'Is there no AcrPull (or broader) role assignment for this exact identity on the registry?',
      ru: 'Именно у этого удостоверения нет назначения роли AcrPull (или более широкой) на реестр?',
    },
    rules: [
      anchor('http:401', 1),
      against('tool:kubelet', 2),
      against('env:aks', 2),
      anchor('token-status:401', 4),
      anchor(['authentication required', 'aka.ms/acr/authorization'], 3),
      anchor(['unable to pull image using managed identity'], 6),
      anchor(['Image pull failed', 'Verify docker image configuration and credentials'], 2),
      context('op:pull', 2),
      context('tool:app-service', 2),
      context('tool:container-apps', 2),
      context('tool:aci', 1),
      context(['acrUseManagedIdentityCreds'], 3),
      context(['Unable to get admin user credentials', 'could not be found in subscription'], 2),
      against('token-status:403', 6),
      against('code:CONNECTIVITY_FORBIDDEN_ERROR', 6),
      against(['client with IP'], 6),
      against('op:push', 2),
      against('succeeded:pull', 3),
      against('code:CONNECTIVITY_ACCESS_TOKEN_ERROR', 3),
      against('anonymous-attempt', 3),
      against('host:no-acr', 6),
      against(["Please run 'az login' to setup account"], 5),
      against(['AbacRepositoryPermissions'], 4),
      against(['rbac-abac'], 4),
      against('tool:acr-tasks', 4),
    ],
    fix: [
      {
        text: {
          en: 'List who holds roles on the registry (inherited ones included) and look for the identity that pulls.',
          ru: 'Посмотрите, у кого есть роли на реестр (включая унаследованные), и найдите среди них удостоверение, которое извлекает образы.',
        },
        command:
          'az role assignment list --scope $(az acr show -n {registry} --query id -o tsv) --include-inherited -o table',
      },
      {
        text: {
          en: 'Grant AcrPull at registry scope to that identity (use its object ID; for a managed identity, the principal ID).',
          ru: 'Назначьте этому удостоверению роль AcrPull на уровне реестра (укажите его object ID; для управляемого удостоверения — principal ID).',
        },
        command:
          'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role AcrPull --scope $(az acr show -n {registry} --query id -o tsv)',
      },
      {
        text: {
          en: 'If the registry is in ABAC mode, AcrPull is ignored: assign Container Registry Repository Reader instead.',
          ru: 'Если реестр работает в режиме ABAC, роль AcrPull не действует: вместо неё назначьте Container Registry Repository Reader.',
        },
        command: 'az acr show -n {registry} --query roleAssignmentMode -o tsv',
      },
      {
        text: {
          en: 'Wait a few minutes for the assignment to take effect, then sign in again and retry the pull.',
          ru: 'Подождите несколько минут, пока назначение вступит в силу, затем снова выполните вход и повторите извлечение.',
        },
        command: 'az acr login -n {registry}',
      },
    ],
    docs: [
      AUTH_TROUBLESHOOTING,
      {
        title: { en: '"Authentication required" errors', ru: 'Ошибки «Authentication required»' },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/authentication-required',
      },
      ACR_BUILT_IN_ROLES,
    ],
    checks: ['identity-roles', 'your-permissions', 'role-assignment-mode', 'login-failures'],
  },
  {
    id: 'missing-push-permission',
    family: 'missing-role-assignment',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The identity can pull but is not allowed to push',
      ru: 'Удостоверение может извлекать образы, но не может их отправлять',
    },
    explanation: {
      en:
        'The login succeeded and reads work, but the identity only holds a read role (AcrPull, Reader, or Repository Reader ' +
        'in ABAC mode), so the registry hands out a token without push rights. The first blob upload is then refused, ' +
        'which Docker shows as "unauthorized: authentication required" or "denied: requested access to the resource is denied". ' +
        'Pushing needs AcrPush (or Contributor/Owner), or Container Registry Repository Writer in ABAC mode.',
      ru:
        'Вход выполнен и чтение работает, но у удостоверения только роль на чтение (AcrPull, Reader или Repository Reader ' +
        'в режиме ABAC), поэтому реестр выдаёт токен без права отправки. Первая же загрузка слоя отклоняется, и Docker ' +
        'показывает «unauthorized: authentication required» или «denied: requested access to the resource is denied». ' +
        'Для отправки нужна роль AcrPush (или Contributor/Owner), а в режиме ABAC — Container Registry Repository Writer.',
    },
    ask: {
      en: 'Does the identity that pushes hold only AcrPull or Reader on this registry?',
      ru: 'У удостоверения, которое отправляет образ, на этот реестр есть только AcrPull или Reader?',
    },
    rules: [
      anchor(['requested access to the resource is denied'], 4),
      anchor(['authentication required', 'aka.ms/acr/authorization'], 2),
      anchor(['insufficient_scope'], 3),
      anchor(['initiating layer upload', 'unauthorized'], 3),
      context('op:push', 3),
      context('succeeded:pull', 4),
      context('succeeded:login', 2),
      context(['AcrPull'], 3),
      context('host:acr', 1),
      against('host:no-acr', 6),
      against(['push refers to repository [docker.io/'], 6),
      against(['pull access denied'], 5),
      against(['client with IP'], 6),
      against('token-status:403', 4),
      against(['operation is disallowed'], 6),
      against(['scope-map'], 3),
      against(['_repositories_pull'], 3),
      against(['AbacRepositoryPermissions'], 4),
      against(['rbac-abac'], 4),
      against('tool:acr-tasks', 4),
    ],
    fix: [
      {
        text: {
          en: 'Check which roles the pushing identity has on the registry.',
          ru: 'Проверьте, какие роли есть на реестр у удостоверения, которое отправляет образ.',
        },
        command:
          'az role assignment list --assignee {principalId} --scope $(az acr show -n {registry} --query id -o tsv) --include-inherited -o table',
      },
      {
        text: {
          en: 'Grant AcrPush at registry scope (it includes pull).',
          ru: 'Назначьте роль AcrPush на уровне реестра (она включает и извлечение).',
        },
        command:
          'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role AcrPush --scope $(az acr show -n {registry} --query id -o tsv)',
      },
      {
        text: {
          en: 'In ABAC mode use Container Registry Repository Writer instead, optionally limited to the repository.',
          ru: 'В режиме ABAC вместо этого назначьте Container Registry Repository Writer, при необходимости с условием на репозиторий.',
        },
        command: 'az acr show -n {registry} --query roleAssignmentMode -o tsv',
      },
      {
        text: {
          en: 'Sign in again so Docker gets a fresh token, then push.',
          ru: 'Войдите повторно, чтобы Docker получил новый токен, и повторите отправку.',
        },
        command: 'az acr login -n {registry} && docker push {image}',
      },
    ],
    docs: [ACR_BUILT_IN_ROLES, AUTH_TROUBLESHOOTING],
    checks: ['identity-roles', 'your-permissions', 'role-assignment-mode', 'login-failures'],
  },
  {
    id: 'role-assignment-propagation-delay',
    family: 'missing-role-assignment',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'The role was just assigned and is not effective yet',
      ru: 'Роль только что назначена и ещё не вступила в силу',
    },
    explanation: {
      en:
        'A fresh role assignment needs time to reach the registry: Entra and the ACR token service can lag for several ' +
        'minutes (up to about ten). Until then the identity is treated as having no role, so the errors look exactly like a ' +
        'missing assignment (401, "authentication required"), and a managed identity signing in from an ACR task may see ' +
        '"no subscriptions were found". A token obtained before the assignment also keeps the old permissions.',
      ru:
        'Новому назначению роли нужно время, чтобы дойти до реестра: Entra и служба токенов ACR могут отставать на несколько ' +
        'минут (примерно до десяти). До этого удостоверение считается не имеющим роли, поэтому ошибки выглядят так же, как ' +
        'при отсутствии назначения (401, «authentication required»), а управляемое удостоверение в задаче ACR может получить ' +
        '«no subscriptions were found». Токен, полученный до назначения, тоже сохраняет прежние права.',
    },
    ask: {
      en: 'Was the role assigned (or changed) less than about ten minutes before the failure?',
      ru: 'Роль была назначена (или изменена) менее чем примерно за десять минут до ошибки?',
    },
    rules: [
      anchor(['no subscriptions were found'], 4),
      anchor(['AAD role propagation done'], 4),
      anchor(['7f951dda-4ed3-4680-a7ca-43fe172d538d'], 3),
      anchor(['8311e382-0749-4cb8-b61a-304f252e45ec'], 3),
      anchor(['az role assignment create'], 2),
      anchor(['If access was recently granted, please refresh your credentials'], 1),
      context('token-status:401', 2),
      context(['authentication required'], 1),
      context('tool:acr-tasks', 2),
      against('token-status:403', 6),
      against(['client with IP'], 6),
      against('host:no-acr', 6),
      against(['Role assignment failed with error message'], 5),
      against(['does not have authorization to perform action', 'roleAssignments/write'], 5),
    ],
    fix: [
      {
        text: {
          en: 'Confirm the assignment exists and note when it was created.',
          ru: 'Убедитесь, что назначение существует, и посмотрите, когда оно создано.',
        },
        command:
          'az role assignment list --assignee {principalId} --scope $(az acr show -n {registry} --query id -o tsv) --query "[].{role:roleDefinitionName, created:createdOn}" -o table',
      },
      {
        text: {
          en: 'Drop the cached credentials, wait a couple of minutes and sign in again.',
          ru: 'Сбросьте сохранённые учётные данные, подождите пару минут и войдите снова.',
        },
        command: 'docker logout {loginServer} && az acr login -n {registry}',
      },
      {
        text: {
          en: 'In automation, retry the step with a delay instead of failing on the first 401 after creating the assignment.',
          ru: 'В автоматизации повторяйте шаг с задержкой, а не завершайтесь на первом 401 сразу после создания назначения.',
        },
      },
    ],
    docs: [ACR_FAQ, AUTH_TROUBLESHOOTING],
    checks: ['identity-roles', 'login-failures'],
  },
  {
    id: 'no-arm-read-on-registry',
    family: 'missing-role-assignment',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The identity cannot read the registry resource in Azure Resource Manager',
      ru: 'Удостоверение не может прочитать ресурс реестра в Azure Resource Manager',
    },
    explanation: {
      en:
        'Commands such as `az acr login`, `az acr import`, `az acr show` and the portal first look the registry up through ' +
        'Azure Resource Manager. Data-plane roles like AcrPull or AcrPush do not include Microsoft.ContainerRegistry/registries/read, ' +
        'so a registry the identity cannot read is simply invisible: the CLI says the resource "could not be found in ' +
        'subscription", or ARM answers AuthorizationFailed for registries/read. Pushing and pulling may still work.',
      ru:
        'Команды `az acr login`, `az acr import`, `az acr show` и портал сначала ищут реестр через Azure Resource Manager. ' +
        'Роли плоскости данных вроде AcrPull или AcrPush не включают действие Microsoft.ContainerRegistry/registries/read, ' +
        'поэтому реестр, который удостоверение не может прочитать, для него просто не виден: CLI пишет, что ресурс «could not ' +
        'be found in subscription», либо ARM отвечает AuthorizationFailed для registries/read. Push и pull при этом могут работать.',
    },
    ask: {
      en: 'Does the identity hold only AcrPull/AcrPush (no Reader or higher) on the registry, while the subscription is the right one?',
      ru: 'У удостоверения на реестр есть только AcrPull/AcrPush (без Reader или выше), и при этом подписка выбрана правильно?',
    },
    rules: [
      anchor(["'Microsoft.ContainerRegistry/registries/read'"], 9),
      anchor(['and type', 'Microsoft.ContainerRegistry/registries', 'could not be found'], 5),
      anchor('code:LOGIN_SERVER_ERROR', 3),
      context(['Unable to get admin user credentials with message', 'could not be found'], 3),
      against('token-status:401', 4),
      context('op:import', 3),
      context(['az acr import'], 3),
      context(['az acr show'], 2),
      context('tool:az', 1),
      against(['Could not connect to the registry login server'], 6),
      against('code:CONNECTIVITY_DNS_ERROR', 6),
      against('host:acr-typo', 4),
      against(["Please run 'az login' to setup account"], 4),
      against(['Role assignment failed with error message'], 3),
    ],
    fix: [
      {
        text: {
          en: "First rule out the subscription: make sure the CLI is on the registry's subscription.",
          ru: 'Сначала исключите подписку: убедитесь, что CLI работает в подписке реестра.',
        },
        command: 'az account show --query "{name:name, id:id}" -o table',
      },
      {
        text: {
          en: "List the identity's roles across scopes; AcrPull or AcrPush alone does not allow ARM reads.",
          ru: 'Выведите роли удостоверения во всех областях: одних AcrPull или AcrPush для чтения через ARM недостаточно.',
        },
        command: 'az role assignment list --assignee {principalId} --all -o table',
      },
      {
        text: {
          en: 'Grant Reader (or Container Registry Configuration Reader and Data Access Configuration Reader) on the registry.',
          ru: 'Назначьте на реестр роль Reader (или Container Registry Configuration Reader and Data Access Configuration Reader).',
        },
        command:
          'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role Reader --scope /subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.ContainerRegistry/registries/{registry}',
      },
      {
        text: {
          en: 'For `az acr import`, the target registry also needs an import-capable role such as Container Registry Data Importer and Data Reader or Contributor.',
          ru: 'Для `az acr import` на целевой реестр дополнительно нужна роль с правом импорта, например Container Registry Data Importer and Data Reader или Contributor.',
        },
      },
    ],
    docs: [AUTHENTICATION_ERRORS, ACR_BUILT_IN_ROLES],
    checks: ['registry', 'your-permissions', 'identity-roles'],
  },
  {
    id: 'replication-delete-forbidden',
    family: 'missing-role-assignment',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'Deleting a replication reports Forbidden (no Reader on the subscription)',
      ru: 'Удаление репликации завершается ошибкой Forbidden (нет роли Reader на подписку)',
    },
    explanation: {
      en:
        'Deleting a geo-replication also touches resources at subscription level. A user whose rights stop at the registry ' +
        '(for example Container Registry Contributor and Data Access Configuration Administrator) sees the operation reported ' +
        'as Forbidden in the portal or PowerShell, sometimes even though the replication is actually removed. Reader on the ' +
        'subscription is the missing piece.',
      ru:
        'Удаление георепликации затрагивает и ресурсы уровня подписки. Пользователь, чьи права ограничены реестром ' +
        '(например, Container Registry Contributor and Data Access Configuration Administrator), видит в портале или PowerShell ' +
        'ошибку Forbidden, иногда даже если репликация фактически удалена. Не хватает роли Reader на подписку.',
    },
    ask: {
      en: 'Does the user have rights on the registry but no Reader role on its subscription?',
      ru: 'У пользователя есть права на реестр, но нет роли Reader на его подписку?',
    },
    rules: [
      anchor(['replication', 'Forbidden'], 5),
      context(['az acr replication'], 3),
      context(['Remove-AzContainerRegistryReplication'], 3),
      context('op:delete', 2),
      against('token-status:403', 4),
      against(['client with IP'], 6),
    ],
    fix: [
      {
        text: {
          en: 'Check whether the replication is actually gone before retrying.',
          ru: 'Прежде чем повторять, проверьте, не удалена ли репликация на самом деле.',
        },
        command: 'az acr replication list -r {registry} -o table',
      },
      {
        text: {
          en: 'Give the user Reader on the subscription, then retry the delete.',
          ru: 'Назначьте пользователю роль Reader на подписку и повторите удаление.',
        },
        command:
          'az role assignment create --role Reader --assignee {principalId} --scope /subscriptions/{subscription}',
      },
    ],
    docs: [ACR_FAQ],
    checks: ['your-permissions'],
  },
  {
    id: 'arm-action-not-authorized',
    family: 'missing-role-assignment',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The identity may not perform this management action on the registry',
      ru: 'Удостоверению не разрешено это действие управления реестром',
    },
    explanation: {
      en:
        'Azure Resource Manager refused a control-plane operation with AuthorizationFailed: "does not have authorization to ' +
        'perform action" names the exact action, such as registries/listCredentials/action (admin password), ' +
        'registries/importImage/action, registries/write, or Microsoft.Authorization/roleAssignments/write when granting AcrPull. ' +
        'Data-plane roles like AcrPull and AcrPush do not include these actions, and assigning roles needs Owner, ' +
        'User Access Administrator or Role Based Access Control Administrator.',
      ru:
        'Azure Resource Manager отклонил операцию плоскости управления с кодом AuthorizationFailed: в тексте «does not have ' +
        'authorization to perform action» указано конкретное действие, например registries/listCredentials/action (пароль ' +
        'администратора), registries/importImage/action, registries/write или Microsoft.Authorization/roleAssignments/write при ' +
        'выдаче AcrPull. Роли плоскости данных вроде AcrPull и AcrPush этих действий не содержат, а для назначения ролей нужны ' +
        'Owner, User Access Administrator или Role Based Access Control Administrator.',
    },
    ask: {
      en: "Does the error name an action (listCredentials, importImage, write, roleAssignments/write) that the identity's role lacks?",
      ru: 'В ошибке указано действие (listCredentials, importImage, write, roleAssignments/write), которого нет в роли удостоверения?',
    },
    rules: [
      anchor(['does not have permission to perform action'], 6),
      context(['linked scope'], 2),
      anchor(['does not have authorization to perform action', "'Microsoft.ContainerRegistry/"], 7),
      anchor(
        ['does not have authorization to perform action', 'Microsoft.Authorization/roleAssignments/write'],
        5,
      ),
      anchor(['AuthorizationFailed', 'Microsoft.ContainerRegistry'], 4),
      anchor(['AuthorizationFailed'], 2),
      context(['Microsoft.ContainerRegistry/registries'], 2),
      context(['listCredentials'], 2),
      context(['importImage'], 2),
      context(['az acr credential'], 2),
      context('tool:terraform', 1),
      against(["'Microsoft.ContainerRegistry/registries/read'"], 5),
      against(['taggedTrafficConsumers/validate/action'], 8),
      // `az aks --attach-acr` / `az containerapp` print this when the caller may not write role assignments.
      anchor(['Could not create a role assignment for ACR'], 8),
      anchor(['Role assignment failed'], 5),
      context('env:aks', 1),
    ],
    fix: [
      {
        text: {
          en: 'Read the action and scope in the message, then see which roles the caller has there.',
          ru: 'Найдите в сообщении действие и область, затем посмотрите, какие роли есть у вызывающего в этой области.',
        },
        command: 'az role assignment list --assignee {principalId} --all -o table',
      },
      {
        text: {
          en: 'Admin credentials (listCredentials): prefer Entra sign-in with `az acr login`; otherwise grant Contributor or Container Registry Contributor and Data Access Configuration Administrator.',
          ru: 'Учётные данные администратора (listCredentials): лучше входить через Entra командой `az acr login`; иначе назначьте Contributor или Container Registry Contributor and Data Access Configuration Administrator.',
        },
        command: 'az acr login -n {registry}',
      },
      {
        text: {
          en: 'Import (importImage): grant Container Registry Data Importer and Data Reader on the target registry.',
          ru: 'Импорт (importImage): назначьте Container Registry Data Importer and Data Reader на целевой реестр.',
        },
        command:
          'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role "Container Registry Data Importer and Data Reader" --scope $(az acr show -n {registry} --query id -o tsv)',
      },
      {
        text: {
          en: 'Role assignments (roleAssignments/write, "Could not create a role assignment for ACR"): the account that runs `--attach-acr` needs Owner or User Access Administrator on the registry; ask someone who has it to create the AcrPull/AcrPush assignment.',
          ru: 'Назначение ролей (roleAssignments/write): попросите пользователя с ролью Owner или User Access Administrator на реестр создать назначение AcrPull/AcrPush.',
        },
      },
    ],
    docs: [
      ACR_BUILT_IN_ROLES,
      {
        title: { en: 'Azure built-in roles for containers', ru: 'Встроенные роли Azure для контейнеров' },
        url: 'https://learn.microsoft.com/azure/role-based-access-control/built-in-roles#containers',
      },
    ],
    checks: ['your-permissions', 'identity-roles'],
  },
  {
    id: 'az-acr-login-all-methods-failed-noninteractive',
    family: 'missing-role-assignment',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: '`az acr login` ran out of sign-in methods in a non-interactive session',
      ru: '`az acr login` перебрал все способы входа в неинтерактивном сеансе',
    },
    explanation: {
      en:
        '`az acr login` tries three things in turn: an Entra token exchange, the admin user, and finally a username prompt. ' +
        'In CI there is no terminal, so when the first two fail it stops with "Please specify both username and password in ' +
        'non-interactive mode". That last line is only the wrapper: the real cause is the first warning. Its response code 401 ' +
        'most often means the pipeline identity has no role on the registry; 403 points at network rules, 429 at throttling.',
      ru:
        '`az acr login` по очереди пробует обмен токена Entra, пользователя-администратора и, наконец, запрос имени пользователя. ' +
        'В CI терминала нет, поэтому, когда первые два способа не срабатывают, команда завершается сообщением «Please specify ' +
        'both username and password in non-interactive mode». Эта строка — лишь обёртка, настоящая причина в первом ' +
        'предупреждении. Код ответа 401 там чаще всего означает, что у удостоверения конвейера нет роли на реестр; 403 указывает ' +
        'на сетевые правила, 429 — на ограничение запросов.',
    },
    ask: {
      en: 'Is this a pipeline identity whose first warning shows response code 401?',
      ru: 'Это удостоверение конвейера, и в первом предупреждении указан код ответа 401?',
    },
    rules: [
      anchor(['Unable to authenticate using AAD or admin login credentials'], 3),
      anchor(['Please specify both username and password in non-interactive mode'], 2),
      context('token-status:401', 2),
      context('tool:github-actions', 2),
      context('tool:azure-devops', 2),
      context(['Admin user is disabled'], 1),
      against('token-status:403', 6),
      against('code:CONNECTIVITY_FORBIDDEN_ERROR', 6),
      against('token-status:429', 6),
      against('code:CONNECTIVITY_TOOMANYREQUESTS_ERROR', 6),
      against('code:CONNECTIVITY_DNS_ERROR', 6),
      against('code:CONNECTIVITY_SSL_ERROR', 5),
      against('code:CONNECTIVITY_CHALLENGE_ERROR', 4),
      against(["Please run 'az login'"], 5),
    ],
    fix: [
      {
        text: {
          en: 'Read the first warning: its code and response code name the real cause. Rerun with --debug if it is cut off.',
          ru: 'Прочитайте первое предупреждение: его код и код ответа указывают настоящую причину. Если оно обрезано, повторите с --debug.',
        },
        command: 'az acr login -n {registry} --debug',
      },
      {
        text: {
          en: 'For 401: find the pipeline identity and give it AcrPush (or AcrPull for pull-only jobs) on the registry.',
          ru: 'При 401: определите удостоверение конвейера и назначьте ему на реестр AcrPush (или AcrPull для заданий, которые только извлекают образы).',
        },
        command:
          'az role assignment create --assignee {appId} --role AcrPush --scope $(az acr show -n {registry} --query id -o tsv)',
      },
      {
        text: {
          en: 'Run the health check from the same agent to see every stage at once.',
          ru: 'Запустите проверку работоспособности с того же агента, чтобы увидеть все этапы сразу.',
        },
        command: 'az acr check-health -n {registry} --ignore-errors --yes',
      },
    ],
    docs: [
      AUTH_TROUBLESHOOTING,
      {
        title: { en: 'CONNECTIVITY_REFRESH_TOKEN_ERROR', ru: 'CONNECTIVITY_REFRESH_TOKEN_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_refresh_token_error',
      },
    ],
    checks: ['identity-roles', 'login-failures', 'admin-user'],
  },
];
