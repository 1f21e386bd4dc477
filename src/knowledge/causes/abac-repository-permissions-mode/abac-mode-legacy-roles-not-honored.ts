import { defineCause } from '../../define';
import { ABAC_REPOSITORY_PERMISSIONS, ACR_BUILT_IN_ROLES } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
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
    acrAnchor(['AbacRepositoryPermissions'], 7),
    acrAnchor(['ABAC Repository Permissions'], 7),
    acrAnchor(['role-assignment-mode', 'rbac-abac'], 6),
    anchor('token-status:401', 1),
    anchor(['authentication required'], 1),
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
});
