import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'image-pull-secret-stale',
  family: 'invalid-credentials',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The Kubernetes image pull secret holds wrong or outdated credentials',
    ru: 'В секрете извлечения образов Kubernetes неверные или устаревшие учётные данные',
  },
  explanation: {
    en:
      'The pod references an imagePullSecret, so kubelet sent its username and password to the registry, and the ' +
      'registry rejected them. The secret was usually built from an admin password that was since regenerated, ' +
      'a service principal secret that was reset or expired, or a token that was valid only for hours. containerd ' +
      'reports this as "failed to fetch oauth token: unexpected status: 401 Unauthorized": the "oauth" (not ' +
      '"anonymous") part shows that credentials were sent.',
    ru:
      'Под ссылается на imagePullSecret, поэтому kubelet передал реестру имя пользователя и пароль, и реестр их ' +
      'отверг. Обычно секрет был создан из пароля администратора, который потом перегенерировали, из секрета ' +
      'субъекта-службы, который сбросили или у которого истёк срок, или из токена, живущего всего несколько часов. ' +
      'containerd сообщает об этом как «failed to fetch oauth token: unexpected status: 401 Unauthorized»: слово ' +
      '«oauth» (а не «anonymous») показывает, что учётные данные были отправлены.',
  },
  ask: {
    en: 'Does the pod (or its service account) use an imagePullSecret whose password was created some time ago?',
    ru: 'Под (или его учётная запись службы) использует imagePullSecret, пароль в котором был создан довольно давно?',
  },
  rules: [
    anchor(['failed to fetch oauth token', '401'], 5),
    anchor(['unauthorized', 'authentication required'], 1),
    // containerd's 401 on the manifest request (its 1.4 resolver printed no other step): shared with a missing pull
    // secret and the kubelet identity's missing pull right, which read the same.
    anchor(['Failed to pull image', '401 Unauthorized'], 1),
    anchor(['Invalid clientid or client secret'], 3),
    // virtual-kubelet's ACI provider turns the pod's pull secret into ACI registry credentials itself
    // (pkg/provider/aci.go) and stops when the secret cannot be read as one: wrong type, no auths, no user name.
    anchor(['image pull secret type is not one of'], 7),
    anchor(['malformed dockerconfigjson in secret'], 7),
    anchor(['no dockerconfigjson present in secret'], 6),
    anchor(['no dockercfg present in secret'], 6),
    anchor(['no username present in auth config for server'], 7),
    context('tool:kubelet', 2),
    context('tool:containerd', 2),
    context(['imagePullSecrets'], 3),
    // kpack's push check refused a registry secret it loaded from the Image's service account.
    anchor(['Error verifying write access to', 'UNAUTHORIZED'], 2),
    context(['Loading secret for', 'from secret'], 4),
    context(['docker-registry'], 2),
    context(['dockerconfigjson'], 2),
    against('anonymous-attempt', 6),
    against(['servicePrincipalProfile'], 3),
    against('http:403', 3),
    against('host:no-acr', 4),
  ],
  fix: [
    {
      text: {
        en: 'Decode the secret the pod uses and see which username it carries (admin user, service principal app ID or token name).',
        ru: 'Раскодируйте секрет, который использует под, и посмотрите, какое имя пользователя в нём (администратор, идентификатор приложения субъекта-службы или имя токена).',
      },
      command:
        'kubectl get secret <secret-name> -n <namespace> -o jsonpath="{.data.\\.dockerconfigjson}" | base64 -d',
    },
    {
      text: {
        en: 'If it is a service principal, check whether its secrets are still valid.',
        ru: 'Если это субъект-служба, проверьте, действуют ли ещё его секреты.',
      },
      command:
        'az ad app credential list --id {appId} --query "[].{hint:hint, expires:endDateTime}" -o table',
    },
    {
      text: {
        en: 'Recreate the secret with a current credential in the same namespace as the pod, then restart the pod.',
        ru: 'Пересоздайте секрет с актуальными учётными данными в том же пространстве имён, что и под, затем перезапустите под.',
      },
      command:
        'kubectl create secret docker-registry <secret-name> -n <namespace> --docker-server={loginServer} ' +
        '--docker-username={appId} --docker-password="$SECRET" --dry-run=client -o yaml | kubectl apply -f -',
    },
    {
      text: {
        en: 'On AKS, drop the secret altogether and let the kubelet identity pull: attach the registry to the cluster.',
        ru: 'В AKS лучше вовсе отказаться от секрета и дать извлекать образы удостоверению kubelet: подключите реестр к кластеру.',
      },
      command: 'az aks update -g {resourceGroup} -n {cluster} --attach-acr {registry}',
    },
  ],
  docs: [AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING],
  checks: ['secret-expiry', 'admin-user', 'login-failures'],
});
