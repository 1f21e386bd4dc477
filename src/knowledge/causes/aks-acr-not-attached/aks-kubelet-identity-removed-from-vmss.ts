import { defineCause } from '../../define';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
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
    anchor(["requested identity isn't assigned"], 7),
    acrAnchor(['Validating managed identity existance: FAILED'], 8),
    anchor(['Identity not found'], 6),
    anchor(['Getting managed identity token failed'], 6),
    // The AKS node's registry mirror (acr-mirror) when the node has no identity to ask Entra for a token: it falls
    // back to anonymous pulls, which a registry without anonymous pull refuses (field17 17A001).
    anchor(['Error with azure sdk, request token error'], 5),
    // Its next line tells the same event, so it is no second piece of evidence.
    context(['Could not authn request, falling back to anonymous auth'], 3),
    anchor(['failed to fetch anonymous token', '401'], 1),
    context('tool:kubelet', 2),
    context('tool:containerd', 1),
    context('tool:aks-check-acr', 2),
    context(['az vmss identity remove'], 4),
    context(['aad-pod-identity'], 2),
    context(['AzureIdentity'], 2),
    against(['Validating managed identity existance: SUCCEEDED'], 6),
    // The flux CLI's own login (`flux push/pull artifact --provider azure`) runs on a workstation or CI agent,
    // not on a node: an identity missing there is that machine's, not the kubelet's.
    against(['could not login to provider azure'], 6),
    against(['logging in to registry with provider credentials'], 6),
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
});
