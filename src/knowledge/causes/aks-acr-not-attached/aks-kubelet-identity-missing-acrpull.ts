import { defineCause } from '../../define';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
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
    // The kubelet identity matters only where the kubelet pulls: other clients carry their own credentials.
    against('tool:helm', 4),
    against('tool:oras', 4),
    against('tool:buildx', 4),
    against(['FATA['], 3),
    against(['ctr: '], 3),
    // The AKS credential provider's own log lines (its name and source file also make the fact tool:kubelet).
    acrAnchor('exchange-status:401', 3),
    acrAnchor(['error getting credentials from ACR'], 4),
    anchor(['from external registry credential provider'], 5),
    context('env:aks', 1),
    // A 401 on a pull where the paste is about AKS ("AKS fails to pull from ACR: 401 Unauthorized"), whoever printed it.
    anchor('aks-refused', 1),
    anchor(['Back-off pulling image'], 1),
    anchor(['ImagePullBackOff'], 1),
    anchor(["can't be pulled"], 1),
    // A bare 401 on a node: with kubelet or AKS context, the kubelet identity's missing pull right is the usual reason.
    anchor(['unauthorized: authentication required'], 1),
    // Spelled as the other causes spell them, so the engine sees these lines as shared: a missing pull secret,
    // a stale one or no credential at all read the same.
    anchor(['failed to fetch anonymous token', '401'], 3),
    anchor(['failed to fetch oauth token', '401'], 4),
    acrAnchor(['Validating image pull permission: FAILED'], 9),
    anchor(['rejected token exchange'], 7),
    // ACR's wording when it finds no permission for the identity (az aks check-acr prints it on a 403).
    anchor(['retrieving permissions failed'], 2),
    acrAnchor(['Could not create a role assignment for ACR'], 6),
    anchor(['Failed to pull image', 'unauthorized: authentication required'], 2),
    // containerd's own wording when the token it got carries no pull right: ACR answers the manifest request itself
    // with 401 (containerd 1.5+, kubelet's "Failed to pull image … unexpected status from HEAD request … 401"). A
    // missing pull secret reads the same (image-pull-secret-missing lists it too, so it is a shared clue).
    anchor(['Failed to pull image', '401 Unauthorized'], 2),
    context('tool:kubelet', 3),
    context('tool:containerd', 2),
    context('tool:aks-check-acr', 4),
    context('anonymous-attempt', 2),
    context(['aks-nodepool'], 2),
    context(['aks-agentpool'], 2),
    context(['ImagePullBackOff'], 1),
    context(['attach-acr'], 2),
    against('tool:buildx', 6),
    // Container Apps and Container Instances pull with their own identity or credentials, not a kubelet's.
    against('tool:container-apps', 4),
    against('tool:aci', 4),
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
    // canipull, Flux and msi-acrpull: the exchange request never got an answer, so no permission was judged.
    against(['failed to send token exchange request'], 8),
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
});
