import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

/**
 * Kubernetes speaks of "Unauthorized", "Forbidden", "not found" and timeouts about its own API server and about
 * pods whose image was pulled long ago. None of it involves a registry: kubectl's own credentials and RBAC, a
 * cluster it cannot reach, or a pod that cannot be scheduled, configured, kept alive or pass its probes.
 */
export default defineCause({
  id: 'kubernetes-not-registry',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A Kubernetes error that is not about pulling from a registry',
    ru: 'Ошибка Kubernetes, не связанная с загрузкой из реестра',
  },
  explanation: {
    en:
      'The message comes from Kubernetes itself, not from a registry: kubectl could not reach the API server or was ' +
      'refused by it (its own sign-in and RBAC, not registry roles), or the pod got past the image pull and then ' +
      'could not be scheduled, configured (a missing Secret or ConfigMap, a security policy), kept running, or ' +
      'pass its probes. Registry credentials, AcrPull and the registry firewall do not change any of this.',
    ru:
      'Сообщение выдаёт сам Kubernetes, а не реестр: kubectl не смог связаться с API-сервером или получил от него ' +
      'отказ (собственный вход и RBAC кластера, а не роли реестра), либо pod прошёл загрузку образа и затем не ' +
      'смог быть запланирован, настроен (нет Secret или ConfigMap, политика безопасности), продолжить работу или ' +
      'пройти проверки работоспособности. Учётные данные реестра, AcrPull и брандмауэр реестра здесь ни при чём.',
  },
  ask: {
    en: 'Did the image pull itself succeed (no ErrImagePull or ImagePullBackOff for this pod)?',
    ru: 'Сама загрузка образа прошла успешно (для этого pod нет ErrImagePull или ImagePullBackOff)?',
  },
  rules: [
    // kubectl and the API server.
    anchor(['You must be logged in to the server'], 8),
    anchor(['Error from server ('], 6),
    // The API server's RBAC refusal of a user or service account: cluster permissions, not a registry's.
    anchor(['is forbidden: User'], 6),
    anchor(['Unable to connect to the server'], 8),
    // kubectl with no cluster configured, talking to its default (localhost:8080).
    anchor(['The connection to the server', 'was refused'], 8),
    // AKS handing out a kubeconfig (az aks get-credentials) refused: a role on the cluster, not on a registry.
    anchor(['listClusterUserCredential'], 7),
    anchor(['listClusterAdminCredential'], 7),
    // The cluster's own API server did not resolve (a stopped or deleted cluster, a private one seen from outside).
    anchor('unresolved:cluster-api', 8),
    anchor(['Kubernetes cluster unreachable'], 8),
    // Helm's own release bookkeeping: a release name or a resource already taken, an upgrade with nothing deployed.
    anchor(['rendered manifests contain a resource that already exists'], 7),
    anchor(['cannot re-use a name that is still in use'], 7),
    anchor(['has no deployed releases'], 7),
    // Helm's release lock (pkg/action): an earlier install, upgrade or rollback of the release is still pending.
    anchor(['another operation (install/upgrade/rollback) is in progress'], 8),
    // A pod after its image was pulled.
    anchor(['FailedScheduling'], 6),
    // A namespace's ResourceQuota refusing the pod, and the cluster's own API server out of reach from a pod: the
    // pod never asked a registry.
    anchor(['forbidden: exceeded quota'], 6),
    anchor(['API server', 'dial tcp'], 5),
    anchor(['apiserver', 'dial tcp'], 5),
    anchor(['nodes are available'], 5),
    anchor(['Back-off restarting failed container'], 7),
    anchor(['CrashLoopBackOff'], 4),
    anchor(['OOMKilled'], 6),
    anchor(['CreateContainerConfigError'], 6),
    // The kubelet's other reasons after a pull: the container could not be created from the pulled image (its
    // command, a mount), or the node evicted the pod for lack of memory or disk.
    anchor(['CreateContainerError'], 5),
    anchor(['The node was low on resource'], 6),
    // kubectl's schema check refused the manifest before anything ran (a misspelt field, `imagePullSecret` for
    // `imagePullSecrets`): nothing was pulled or refused.
    anchor(['error validating data: ValidationError'], 8),
    anchor(['Error: secret', 'not found'], 5),
    anchor(['Error: configmap', 'not found'], 5),
    anchor(['runAsNonRoot'], 5),
    anchor(['probe failed'], 5),
    anchor(['MountVolume.SetUp failed'], 6),
    // The kubelet could not set up the pod's sandbox (network plug-in, IP pool, cgroups) before any image was pulled.
    anchor(['Failed to create pod sandbox'], 6),
    anchor(['FailedCreatePodSandBox'], 5),
    // Gatekeeper's admission webhook (Azure Policy for AKS runs on it: allowed registries, allowed images) refused the
    // pod before any pull: the cluster's policy, not the registry. Other webhooks may be quoting a registry's refusal
    // (an image-signature check that could not read the image), which the registry's own words then outweigh.
    anchor(['validation.gatekeeper.sh'], 6),
    // AKS Automatic's safeguards refusing a kind of resource outright ("Creation or modification of
    // MutatingWebhookConfiguration resources is not allowed"): the cluster's policy, not a pull. Without "allowed",
    // which a quoted message often wraps onto the next line.
    anchor(['Creation or modification of', 'resources is not'], 7),
    // kubectl refused by the cluster's own RBAC, told in a sentence ("kubectl returns Forbidden").
    anchor(['kubectl', 'Forbidden'], 4),
    // The kubelet was told never to pull (imagePullPolicy: Never) and the image is not on the node: no registry was
    // asked (kubelet's ErrImageNeverPull).
    anchor(['is not present with pull policy of Never'], 7),
    anchor(['ErrImageNeverPull'], 6),
    context('env:aks', 1),
    against(['Failed to pull image'], 5),
    against(['ErrImagePull'], 4),
    against(['ImagePullBackOff'], 4),
    against(["can't be pulled"], 4),
    against(['imagePullSecret'], 3),
    // The API server relays what an admission webhook (an image-signature or policy controller) was told by the
    // registry when it read the image: "Error from server (BadRequest): … denied the request: … UNAUTHORIZED: …".
    // The refusal is the registry's, quoted; the cluster itself answered.
    against('oci:UNAUTHORIZED', 6),
    against('oci:DENIED', 6),
  ],
  fix: [
    {
      text: {
        en: 'For kubectl errors, check which cluster and identity kubectl uses, and fetch fresh credentials for it.',
        ru: 'При ошибках kubectl проверьте, какой кластер и какую учётную запись он использует, и получите новые учётные данные.',
      },
      command: 'kubectl config current-context && az aks get-credentials -g {resourceGroup} -n {cluster}',
    },
    {
      text: {
        en: "For a failing pod, read its events and the previous container's log: they name what is wrong.",
        ru: 'Для неисправного pod посмотрите его события и журнал предыдущего контейнера: там названа причина.',
      },
      command: 'kubectl describe pod <pod> && kubectl logs <pod> --previous',
    },
  ],
  docs: [
    {
      title: { en: 'Debug running pods', ru: 'Отладка запущенных pod' },
      url: 'https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/',
    },
    {
      title: {
        en: 'Troubleshoot access to an AKS cluster',
        ru: 'Устранение неполадок доступа к кластеру AKS',
      },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/tcp-timeouts-kubetctl-third-party-tools-connect-api-server',
    },
  ],
  checks: [],
});
