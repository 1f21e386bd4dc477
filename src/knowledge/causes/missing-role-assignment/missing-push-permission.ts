import { defineCause } from '../../define';
import { ACR_BUILT_IN_ROLES, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    // Jib tells 403 ("make sure you have permissions for …") from 401 ("make sure your credentials for …").
    anchor(['perhaps you should make sure you have permissions for'], 6),
    against(['perhaps you should make sure your credentials for'], 4),
    // ACR answers 401 at /oauth2/token when the credential itself is refused or missing; a missing role still gets a token.
    against(['oauth2/token', '401'], 3),
    against(['oauth2/token', 'UNAUTHORIZED'], 3),
    context('scope:push', 2),
    anchor(['requested access to the resource is denied'], 4),
    // Skaffold's summary of a push the registry answered with "denied:" (its build problem matches exactly that), printed
    // instead of the registry's own words.
    anchor(['No push access to specified image repository'], 5),
    anchor(['authentication required'], 1),
    anchor(['insufficient_scope'], 3),
    anchor(['initiating layer upload', 'unauthorized'], 3),
    // A push alone is weak evidence: a client that never logged in is refused with the same 401 on its first upload
    // (docker-not-logged-in). A login or pull that worked first is what points at the missing push right.
    context('op:push', 2),
    context('succeeded:pull', 4),
    context('succeeded:login', 2),
    // Bicep's publish commands push the module or extension with its credential chain's identity.
    context(/unable to publish (?:module|extension) ["']br/i, 4),
    context(['AcrPull'], 3),
    context('host:acr', 1),
    // A pull, not a push, is what was refused (containers/image "reading manifest …: requested access to the resource
    // is denied", a kubelet's failed pull): a missing push right cannot be why.
    against('fails:pull', 5),
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
});
