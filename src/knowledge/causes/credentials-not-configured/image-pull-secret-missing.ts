import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING, AUTH_OPTIONS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'image-pull-secret-missing',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The pod has no image pull secret for the registry (or the secret is missing from its namespace)',
    ru: 'У пода нет секрета извлечения для реестра (или секрета нет в его пространстве имён)',
  },
  explanation: {
    en:
      'Outside AKS-integrated pulls, kubelet can authenticate to a private registry only with an imagePullSecret ' +
      'on the pod or its service account. Here none was usable: the pod does not reference one, or it names a ' +
      'secret that does not exist in the pod\'s namespace (kubelet then warns "Unable to retrieve some image pull ' +
      'secrets"). The pull therefore goes out anonymously and containerd reports "failed to fetch anonymous ' +
      'token: … 401 Unauthorized".',
    ru:
      'Если извлечение не интегрировано с AKS, kubelet может пройти проверку подлинности в частном реестре только ' +
      'с imagePullSecret у пода или его учётной записи службы. Здесь такого секрета не нашлось: под на него не ' +
      'ссылается или ссылается на секрет, которого нет в пространстве имён пода (тогда kubelet предупреждает ' +
      '«Unable to retrieve some image pull secrets»). Поэтому извлечение идёт анонимно, и containerd сообщает ' +
      '«failed to fetch anonymous token: … 401 Unauthorized».',
  },
  ask: {
    en: 'Does the pod spec (or its service account) lack imagePullSecrets, or was the secret created in a different namespace?',
    ru: 'В спецификации пода (или его учётной записи службы) нет imagePullSecrets, или секрет создан в другом пространстве имён?',
  },
  rules: [
    anchor(['ErrImagePull'], 1),
    anchor(['ImagePullBackOff'], 1),
    // Skaffold's status check words the same back-off as "<image> can't be pulled" (pkg/diag/validator).
    anchor(["can't be pulled"], 1),
    anchor(['Back-off pulling image'], 1),
    // The kubelet's bare 401 reads as a missing pull secret as much as a kubelet identity without AcrPull.
    anchor(['Failed to pull image', 'unauthorized: authentication required'], 1),
    // containerd's 401 on the manifest request, spelled as the kubelet-identity cause spells it: a shared clue.
    anchor(['Failed to pull image', '401 Unauthorized'], 1),
    // kubelet / virtual-kubelet: the pod's imagePullSecret is not in its namespace.
    anchor(['secrets "', '" not found'], 7),
    // virtual-kubelet reads the pull secret through an informer's lister, whose not-found says "secret" (singular),
    // and its pod controller marks the pod ProviderFailed. The kubelet's own "Error: secret … not found" is a secret
    // the container mounts or reads, not a pull secret (kubernetes-not-registry).
    anchor(['secret "', '" not found'], 2),
    context(['ProviderFailed'], 5),
    against(['Error: secret', 'not found'], 5),
    anchor(['FailedToRetrieveImagePullSecret'], 10),
    anchor(['Unable to retrieve some image pull secrets'], 10),
    anchor(['Error from server (NotFound): secrets'], 9),
    anchor(['failed to fetch anonymous token', '401'], 3),
    anchor(['unauthorized', 'authentication required'], 1),
    anchor(['no basic auth credentials'], 2),
    context('tool:kubelet', 2),
    context('tool:containerd', 1),
    context(['imagePullSecrets'], 3),
    context('anonymous-attempt', 1),
    against(['failed to fetch oauth token'], 5),
    against(['aks-', 'vmss'], 2),
    against('http:403', 3),
    against('host:no-acr', 5),
    against('tool:buildx', 4),
    against('tool:helm', 3),
    against('tool:oras', 3),
  ],
  fix: [
    {
      text: {
        en: 'See which pull secrets the pod and its service account reference, and whether they exist in that namespace.',
        ru: 'Посмотрите, на какие секреты извлечения ссылаются под и его учётная запись службы и существуют ли они в этом пространстве имён.',
      },
      command:
        'kubectl get pod <pod> -n <namespace> -o jsonpath="{.spec.imagePullSecrets}" && ' +
        'kubectl get serviceaccount default -n <namespace> -o jsonpath="{.imagePullSecrets}" && kubectl get secrets -n <namespace>',
    },
    {
      text: {
        en: "Create the secret in the pod's namespace with a service principal or token that has pull rights.",
        ru: 'Создайте секрет в пространстве имён пода с субъектом-службой или токеном, у которых есть право на извлечение.',
      },
      command:
        'kubectl create secret docker-registry acr-pull -n <namespace> --docker-server={loginServer} ' +
        '--docker-username={appId} --docker-password="$SECRET"',
    },
    {
      text: {
        en: 'Reference it from the pod spec (imagePullSecrets) or attach it to the service account once for all pods.',
        ru: 'Укажите его в спецификации пода (imagePullSecrets) или один раз привяжите к учётной записи службы для всех подов.',
      },
      command:
        'kubectl patch serviceaccount default -n <namespace> -p \'{"imagePullSecrets": [{"name": "acr-pull"}]}\'',
    },
    {
      text: {
        en: 'On AKS, no secret is needed: attach the registry so the kubelet identity can pull.',
        ru: 'В AKS секрет не нужен: подключите реестр, чтобы извлекать образы могло удостоверение kubelet.',
      },
      command: 'az aks update -g {resourceGroup} -n {cluster} --attach-acr {registry}',
    },
  ],
  docs: [AKS_PULL_TROUBLESHOOTING, AUTH_OPTIONS],
  checks: ['anonymous-pull'],
});
