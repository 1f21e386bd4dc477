import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'aks-sp-changed-role-on-old-sp',
  family: 'aks-acr-not-attached',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: 'The AKS service principal was replaced; AcrPull is still on the old one',
    ru: 'Субъект-службу AKS заменили, а роль AcrPull по-прежнему назначена старому субъекту',
  },
  explanation: {
    en:
      'Clusters that run with a service principal pull images as that principal. After ' +
      '`az aks update-credentials --reset-service-principal` (or re-creating the principal) the role assignment on the ' +
      'registry still points at the previous principal, so the new one is refused. Nodes send the new credentials, so ' +
      'kubelet reports "failed to fetch oauth token: ... 401 Unauthorized" and `az aks check-acr` shows valid ' +
      'service principal credentials but a failed pull permission.',
    ru:
      'Кластеры с субъектом-службой извлекают образы от его имени. После ' +
      '`az aks update-credentials --reset-service-principal` (или пересоздания субъекта) назначение роли на реестре по-прежнему ' +
      'указывает на прежний субъект, и новому доступ не даётся. Узлы отправляют новые учётные данные, поэтому kubelet сообщает ' +
      '«failed to fetch oauth token: ... 401 Unauthorized», а `az aks check-acr` показывает, что учётные данные субъекта-службы ' +
      'верны, но права на извлечение нет.',
  },
  ask: {
    en: "Was the cluster's service principal reset or replaced before pulls started failing?",
    ru: 'Перед началом сбоев субъект-службу кластера сбрасывали или заменяли?',
  },
  rules: [
    anchor(['reset-service-principal'], 6),
    anchor(['The cluster uses service principal'], 5),
    anchor(['update-credentials'], 3),
    anchor(['failed to fetch oauth token', '401'], 2),
    context(['Validating service principal credential: SUCCEEDED'], 4),
    context(['servicePrincipalProfile'], 2),
    context(['Validating image pull permission: FAILED'], 3),
    context('tool:kubelet', 2),
    context('tool:containerd', 1),
    against(['Kubelet managed identity client ID'], 5),
    against('tool:buildx', 6),
    against(['Validating service principal credential: FAILED'], 4),
    against('host:no-acr', 4),
  ],
  fix: [
    {
      text: {
        en: 'Find the client ID the cluster uses now.',
        ru: 'Узнайте client ID, который кластер использует сейчас.',
      },
      command: 'az aks show -g {resourceGroup} -n {cluster} --query servicePrincipalProfile.clientId -o tsv',
    },
    {
      text: {
        en: 'Compare it with the principals holding roles on the registry.',
        ru: 'Сравните его с субъектами, у которых есть роли на реестр.',
      },
      command: 'az role assignment list --scope $(az acr show -n {registry} --query id -o tsv) -o table',
    },
    {
      text: {
        en: 'Re-attach the registry so the current principal gets AcrPull, and remove the stale assignment.',
        ru: 'Подключите реестр заново, чтобы текущий субъект получил AcrPull, и удалите устаревшее назначение.',
      },
      command: 'az aks update -g {resourceGroup} -n {cluster} --attach-acr {registry}',
    },
  ],
  docs: [
    {
      title: { en: "Can't pull images from ACR to AKS", ru: 'Не удаётся извлечь образы из ACR в AKS' },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster',
    },
  ],
  checks: ['identity-roles', 'login-failures'],
});
