import { defineCause } from '../../define';
import { ABAC_REPOSITORY_PERMISSIONS } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
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
    acrAnchor(['--role-assignment-mode'], 4),
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
});
