import { against, anchor, context } from '../rules';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'aks-kubelet-identity-missing-acrpull',
    family: 'aks-acr-not-attached',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The AKS kubelet identity has no AcrPull on the registry',
      ru: 'У kubelet-удостоверения AKS нет роли AcrPull на реестр',
    },
    explanation: {
      en:
        'AKS nodes pull images as the kubelet identity (the agent-pool managed identity, not the cluster identity). When that ' +
        'identity has no AcrPull on the registry, because the cluster was never attached, `--attach-acr` failed or targeted ' +
        'another registry, or the assignment was removed, its token exchange is refused and containerd falls back to an ' +
        'anonymous request. Pods then sit in ImagePullBackOff with "failed to fetch anonymous token: ... 401 Unauthorized", ' +
        'and `az aks check-acr` reports "Validating image pull permission: FAILED".',
      ru:
        'Узлы AKS извлекают образы от имени kubelet-удостоверения (управляемого удостоверения пула агентов, а не удостоверения ' +
        'кластера). Если у него нет AcrPull на реестр — кластер не подключали, `--attach-acr` завершился ошибкой или был выполнен ' +
        'для другого реестра, либо назначение удалили, — обмен токена отклоняется, и containerd пробует анонимный запрос. ' +
        'Поды остаются в ImagePullBackOff с «failed to fetch anonymous token: ... 401 Unauthorized», а `az aks check-acr` ' +
        'сообщает «Validating image pull permission: FAILED».',
    },
    ask: {
      en: 'Does `az aks check-acr` report "Validating image pull permission: FAILED" for this registry?',
      ru: '`az aks check-acr` для этого реестра сообщает «Validating image pull permission: FAILED»?',
    },
    rules: [
      anchor(['Back-off pulling image'], 1),
      anchor(['ImagePullBackOff'], 1),
      // A bare 401 on a node: with kubelet or AKS context, the kubelet identity's missing pull right is the usual reason.
      anchor(['unauthorized: authentication required'], 1),
      anchor(['failed to fetch anonymous token', '401 Unauthorized'], 5),
      anchor(['failed to fetch oauth token', '401 Unauthorized'], 4),
      anchor(['Validating image pull permission: FAILED'], 9),
      anchor(['rejected token exchange'], 7),
      anchor(['Could not create a role assignment for ACR'], 6),
      anchor(['Failed to pull image', 'unauthorized: authentication required'], 2),
      context('tool:kubelet', 3),
      context('tool:containerd', 2),
      context('tool:aks-check-acr', 4),
      context('anonymous-attempt', 2),
      context(['aks-nodepool'], 2),
      context(['aks-agentpool'], 2),
      context(['ImagePullBackOff'], 1),
      context(['attach-acr'], 2),
      against('tool:buildx', 6),
      against(['moby.buildkit'], 6),
      against('tool:helm', 6),
      against('tool:oras', 6),
      against(['ctr image pull'], 5),
      against(['crictl pull'], 4),
      against(['Unable to retrieve some image pull secrets'], 5),
      against(['secrets', 'not found'], 4),
      against(['anonymousPullEnabled'], 4),
      against(['Validating image pull permission: SUCCEEDED'], 6),
      against(['Validating managed identity existance: FAILED'], 4),
      against(['Identity not found'], 4),
      against(['Validating service principal credential: FAILED'], 5),
      against(['The cluster uses service principal'], 3),
      against(['reset-service-principal'], 3),
      against(['client with IP'], 6),
      against('http:403', 3),
      against('http:429', 4),
      against('host:no-acr', 6),
      against(['AbacRepositoryPermissions'], 7),
      against(['rbac-abac'], 5),
      against(['no such host'], 5),
    ],
    fix: [
      {
        text: {
          en: 'Run the built-in check: it tests DNS, the kubelet identity and the pull permission from a node.',
          ru: 'Запустите встроенную проверку: она проверяет с узла DNS, kubelet-удостоверение и право на извлечение.',
        },
        command: 'az aks check-acr -g {resourceGroup} -n {cluster} --acr {loginServer}',
      },
      {
        text: {
          en: 'Attach the registry; this grants AcrPull to the kubelet identity (needs Owner or User Access Administrator on the registry).',
          ru: 'Подключите реестр: это выдаст AcrPull kubelet-удостоверению (нужны права Owner или User Access Administrator на реестр).',
        },
        command: 'az aks update -g {resourceGroup} -n {cluster} --attach-acr {registry}',
      },
      {
        text: {
          en: "If you cannot run --attach-acr, have an owner assign AcrPull directly to the kubelet identity's object ID.",
          ru: 'Если выполнить --attach-acr нельзя, попросите владельца назначить AcrPull напрямую на object ID kubelet-удостоверения.',
        },
        command:
          'az aks show -g {resourceGroup} -n {cluster} --query identityProfile.kubeletidentity.objectId -o tsv',
      },
      {
        text: {
          en: 'Then assign the role to that object ID and restart the failing pods.',
          ru: 'Затем назначьте роль этому object ID и перезапустите проблемные поды.',
        },
        command:
          'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role AcrPull --scope $(az acr show -n {registry} --query id -o tsv)',
      },
    ],
    docs: [
      {
        title: { en: "Can't pull images from ACR to AKS", ru: 'Не удаётся извлечь образы из ACR в AKS' },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster',
      },
      {
        title: { en: 'Authenticate with ACR from AKS', ru: 'Проверка подлинности в ACR из AKS' },
        url: 'https://learn.microsoft.com/azure/aks/cluster-container-registry-integration',
      },
    ],
    checks: ['identity-roles', 'role-assignment-mode', 'login-failures'],
  },
  {
    id: 'aks-kubelet-identity-removed-from-vmss',
    family: 'aks-acr-not-attached',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'The kubelet identity is no longer assigned to the node scale set',
      ru: 'Kubelet-удостоверение больше не назначено масштабируемому набору узлов',
    },
    explanation: {
      en:
        "The kubelet user-assigned identity must stay attached to the node pools' virtual machine scale sets. If it was " +
        'removed by hand, by a script, by aad-pod-identity, or deleted and re-created, the nodes can no longer get a token ' +
        'for it: the instance metadata service answers "Identity not found", `az aks check-acr` fails at "Validating managed ' +
        'identity existance", and pulls fail with 401 even though AcrPull is still assigned.',
      ru:
        'Пользовательское kubelet-удостоверение должно оставаться назначенным масштабируемым наборам ВМ пулов узлов. Если его ' +
        'сняли вручную, скриптом, через aad-pod-identity или удалили и создали заново, узлы больше не могут получить для него ' +
        'токен: служба метаданных экземпляра отвечает «Identity not found», `az aks check-acr` падает на шаге «Validating ' +
        'managed identity existance», а извлечение образов завершается 401, хотя AcrPull по-прежнему назначена.',
    },
    ask: {
      en: "Is the kubelet identity missing from the identities of the node pool's scale set?",
      ru: 'В списке удостоверений масштабируемого набора пула узлов отсутствует kubelet-удостоверение?',
    },
    rules: [
      anchor(['Validating managed identity existance: FAILED'], 8),
      anchor(['Identity not found'], 6),
      anchor(['Getting managed identity token failed'], 6),
      anchor(['failed to fetch anonymous token', '401'], 1),
      context('tool:kubelet', 2),
      context('tool:containerd', 1),
      context('tool:aks-check-acr', 2),
      context(['az vmss identity remove'], 4),
      context(['aad-pod-identity'], 2),
      context(['AzureIdentity'], 2),
      against(['Validating managed identity existance: SUCCEEDED'], 6),
      against('tool:buildx', 6),
      against(['The cluster uses service principal'], 4),
      against('host:no-acr', 4),
    ],
    fix: [
      {
        text: {
          en: "Find the kubelet identity's resource ID.",
          ru: 'Узнайте идентификатор ресурса kubelet-удостоверения.',
        },
        command:
          'az aks show -g {resourceGroup} -n {cluster} --query identityProfile.kubeletidentity.resourceId -o tsv',
      },
      {
        text: {
          en: 'Compare it with the identities on each node scale set in the node resource group.',
          ru: 'Сравните его с удостоверениями каждого масштабируемого набора узлов в группе ресурсов узлов.',
        },
        command:
          'az vmss identity show -g $(az aks show -g {resourceGroup} -n {cluster} --query nodeResourceGroup -o tsv) -n <vmss-name>',
      },
      {
        text: {
          en: 'Let AKS reconcile the cluster, which re-attaches the identity; then restart the failing pods.',
          ru: 'Запустите согласование кластера AKS — оно заново назначит удостоверение; затем перезапустите проблемные поды.',
        },
        command: 'az aks update -g {resourceGroup} -n {cluster}',
      },
      {
        text: {
          en: 'Prevent repeats by not editing resources in the node resource group (consider node resource group lockdown).',
          ru: 'Чтобы это не повторялось, не изменяйте ресурсы в группе ресурсов узлов (рассмотрите блокировку этой группы).',
        },
      },
    ],
    docs: [
      {
        title: { en: "Can't pull images from ACR to AKS", ru: 'Не удаётся извлечь образы из ACR в AKS' },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster',
      },
    ],
    checks: ['identity-roles'],
  },
  {
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
        command:
          'az aks show -g {resourceGroup} -n {cluster} --query servicePrincipalProfile.clientId -o tsv',
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
  },
];
