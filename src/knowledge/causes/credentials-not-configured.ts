import { against, anchor, context } from '../rules';
import { AKS_PULL_TROUBLESHOOTING, ANONYMOUS_PULL, AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'anonymous-pull-expectation',
    family: 'credentials-not-configured',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'The image was pulled anonymously, but the registry does not allow anonymous pull',
      ru: 'Образ извлекался анонимно, но реестр не разрешает анонимное извлечение',
    },
    explanation: {
      en:
        'The client asked for an anonymous token, as if the registry were public. ACR allows that only when ' +
        'anonymous pull is switched on, which is off by default and unavailable on the Basic tier, so the token ' +
        'request is refused with 401 ("failed to fetch anonymous token" from containerd, "unauthorized: ' +
        'authentication required" from Docker). A misspelt repository name can produce the same answer, because ' +
        'the registry does not reveal whether a repository exists to anonymous callers.',
      ru:
        'Клиент запросил анонимный токен, как будто реестр публичный. ACR разрешает это, только если включено ' +
        'анонимное извлечение, а по умолчанию оно выключено и недоступно на уровне Basic, поэтому запрос токена ' +
        'отклоняется с 401 («failed to fetch anonymous token» от containerd, «unauthorized: authentication ' +
        'required» от Docker). Тот же ответ может дать опечатка в имени репозитория: анонимному клиенту реестр не ' +
        'сообщает, существует ли репозиторий.',
    },
    ask: {
      en: 'Did you expect this registry to be readable without signing in (anonymous pull)?',
      ru: 'Вы рассчитывали, что этот реестр доступен на чтение без входа (анонимное извлечение)?',
    },
    rules: [
      anchor('anonymous-attempt', 2),
      anchor(['failed to fetch anonymous token', '401'], 2),
      anchor(['unauthorized', 'authentication required'], 1),
      anchor(['"anonymousPullEnabled": false'], 8),
      context(['anonymousPullEnabled'], 2),
      context(['anonymous pull'], 3),
      context(['anonymous-pull'], 3),
      context(['public'], 1),
      context('tool:curl', 1),
      against(['failed to fetch oauth token'], 4),
      against(['"anonymousPullEnabled": true'], 6),
      against('succeeded:login', 3),
      against('http:403', 3),
      against('host:no-acr', 6),
      against('op:push', 3),
    ],
    fix: [
      {
        text: {
          en: 'Check whether anonymous pull is enabled and which tier the registry is on.',
          ru: 'Проверьте, включено ли анонимное извлечение и на каком уровне находится реестр.',
        },
        command: 'az acr show -n {registry} --query "{anonymousPull:anonymousPullEnabled, sku:sku.name}"',
      },
      {
        text: {
          en: 'If the content is meant to be public, enable anonymous pull (Standard or Premium only).',
          ru: 'Если содержимое должно быть публичным, включите анонимное извлечение (только Standard или Premium).',
        },
        command: 'az acr update -n {registry} --anonymous-pull-enabled true',
      },
      {
        text: {
          en: 'Otherwise give the client a credential: `az acr login` for Docker, an attached registry or a pull secret for Kubernetes.',
          ru: 'В противном случае дайте клиенту учётные данные: `az acr login` для Docker, подключённый реестр или секрет извлечения для Kubernetes.',
        },
        command: 'az acr login -n {registry}',
      },
      {
        text: {
          en: 'Also make sure the repository name is right: list the repositories with a signed-in identity.',
          ru: 'Заодно убедитесь, что имя репозитория верное: выведите список репозиториев, войдя с удостоверением.',
        },
        command: 'az acr repository list -n {registry} -o table',
      },
    ],
    docs: [ANONYMOUS_PULL, AKS_PULL_TROUBLESHOOTING],
    checks: ['anonymous-pull', 'registry'],
  },

  {
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
      // kubelet / virtual-kubelet: the pod's imagePullSecret is not in its namespace.
      anchor(['secrets "', '" not found'], 7),
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
  },

  {
    id: 'docker-not-logged-in',
    family: 'credentials-not-configured',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The client never logged in to this registry',
      ru: 'Клиент ни разу не выполнил вход в этот реестр',
    },
    explanation: {
      en:
        'Docker, Podman, Helm or ORAS has no credential stored for this login server, so the request goes out ' +
        'without one and the registry answers 401: "unauthorized: authentication required", or "no basic auth ' +
        'credentials" from older clients. It happens on a new machine or agent, after the login was done for ' +
        'another user (for example with or without sudo), or when a pipeline step that should log in was skipped ' +
        'or had empty credentials ("Cannot perform an interactive login from a non TTY device").',
      ru:
        'У Docker, Podman, Helm или ORAS нет сохранённых учётных данных для этого сервера входа, поэтому запрос ' +
        'уходит без них, и реестр отвечает 401: «unauthorized: authentication required» или, у старых клиентов, ' +
        '«no basic auth credentials». Так бывает на новой машине или агенте, когда вход выполнен от имени другого ' +
        'пользователя (например, с sudo или без), или когда шаг входа в конвейере пропущен либо получил пустые ' +
        'учётные данные («Cannot perform an interactive login from a non TTY device»).',
    },
    ask: {
      en: 'Was there no `az acr login` or `docker login` for this registry, as the same user, before this command?',
      ru: 'Перед этой командой не выполнялся `az acr login` или `docker login` в этот реестр от того же пользователя?',
    },
    rules: [
      anchor(['no basic auth credentials'], 5),
      anchor(['Cannot perform an interactive login from a non TTY device'], 6),
      anchor(['Username and password required'], 6),
      anchor(['Must provide --username with --password-stdin'], 6),
      anchor(['unauthorized', 'authentication required'], 2),
      anchor(['failed to fetch anonymous token', '401'], 2),
      anchor(["may require 'docker login'"], 1),
      context('tool:docker', 1),
      context('tool:podman', 1),
      context('tool:helm', 3),
      context('tool:oras', 3),
      context(['oci://'], 1),
      context('op:pull', 1),
      context('op:push', 1),
      context('anonymous-attempt', 2),
      context(['sudo docker'], 1),
      against('succeeded:login', 6),
      against(['Authenticating with existing credentials'], 4),
      against(['"auth":'], 3),
      against(['failed to fetch oauth token'], 4),
      against('tool:kubelet', 3),
      against('tool:app-service', 3),
      against('tool:container-apps', 3),
      against('tool:aci', 3),
      against('tool:acr-tasks', 3),
      against('tool:buildx', 2),
      against('http:403', 3),
      against('host:no-acr', 4),
    ],
    fix: [
      {
        text: {
          en: 'Log in as the same user that runs the Docker command (with sudo on both, or on neither).',
          ru: 'Выполните вход от того же пользователя, который запускает команду Docker (либо оба раза с sudo, либо оба раза без).',
        },
        command: 'az acr login -n {registry}',
      },
      {
        text: {
          en: 'Without the Azure CLI login path, log in with a service principal or token directly.',
          ru: 'Если вход через Azure CLI недоступен, войдите напрямую с субъектом-службой или токеном.',
        },
        command: 'docker login {loginServer} --username {appId} --password-stdin',
      },
      {
        text: {
          en: 'For Helm and ORAS, log in with their own command and an ACR token.',
          ru: 'Для Helm и ORAS выполните вход их собственной командой с токеном ACR.',
        },
        command:
          'az acr login -n {registry} --expose-token --output tsv --query accessToken | ' +
          'helm registry login {loginServer} --username 00000000-0000-0000-0000-000000000000 --password-stdin',
      },
      {
        text: {
          en: 'In pipelines, check that the login step runs before the push or pull and that its username and password variables are not empty.',
          ru: 'В конвейерах проверьте, что шаг входа выполняется до push или pull и что переменные с именем пользователя и паролем не пустые.',
        },
      },
    ],
    docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING],
    checks: ['anonymous-pull'],
  },

  {
    id: 'platform-registry-credentials-missing',
    family: 'credentials-not-configured',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The hosting platform (App Service, Container Apps, ACI, Functions) has no registry credential or identity configured',
      ru: 'На платформе размещения (App Service, Container Apps, ACI, Functions) не настроены учётные данные реестра или удостоверение',
    },
    explanation: {
      en:
        'App Service, Azure Functions, Container Apps and Container Instances pull the image themselves, using only ' +
        'what is configured on the app: a registry username and password, or a managed identity marked for ' +
        'registry pulls. With neither, the platform pulls anonymously and fails: App Service logs "Image pull ' +
        'failed: Verify docker image configuration and credentials", Container Apps rejects the revision with ' +
        '"UNAUTHORIZED: authentication required", and ACI reports InaccessibleImage or an empty registry password.',
      ru:
        'App Service, Azure Functions, Container Apps и Container Instances извлекают образ сами и используют только ' +
        'то, что настроено в приложении: имя пользователя и пароль реестра или управляемое удостоверение, ' +
        'назначенное для извлечения из реестра. Если нет ни того ни другого, платформа извлекает образ анонимно и ' +
        'получает отказ: App Service пишет в журнал «Image pull failed: Verify docker image configuration and ' +
        'credentials», Container Apps отклоняет ревизию с «UNAUTHORIZED: authentication required», а ACI сообщает ' +
        'InaccessibleImage или пустой пароль реестра.',
    },
    ask: {
      en: 'Is the app configured without registry credentials and without a managed identity enabled for pulling from the registry?',
      ru: 'В приложении не заданы учётные данные реестра и не включено управляемое удостоверение для извлечения из реестра?',
    },
    rules: [
      anchor(['username and password are required'], 6),
      anchor(['Persistent Image Pull Errors'], 3),
      anchor(['Failed to retrieve credentials for container registry'], 6),
      anchor(['provide the registry username and password'], 5),
      anchor(['InvalidImageRegistryPassword'], 8),
      anchor(['imageRegistryCredentials', 'cannot be empty'], 8),
      anchor(['No credential was provided to access Azure Container Registry'], 6),
      anchor(['Pulling image from Docker hub', 'azurecr'], 4),
      anchor(['Image pull failed', 'Verify docker image configuration and credentials'], 3),
      anchor(['DockerApiException', 'unauthorized'], 3),
      anchor(['is invalid with details', 'UNAUTHORIZED'], 4),
      anchor(['GET https:?scope=', 'UNAUTHORIZED'], 4),
      anchor(['is not accessible', 'registry credential'], 1),
      anchor(['unauthorized', 'authentication required'], 1),
      context('tool:app-service', 3),
      context('tool:container-apps', 3),
      context('tool:aci', 1),
      context(['acrUseManagedIdentityCreds', 'false'], 3),
      context(['DOCKER_REGISTRY_SERVER_PASSWORD'], 2),
      context(['functionapp'], 2),
      against(['unable to pull image using managed identity'], 4),
      against(['client with IP'], 6),
      against('http:403', 3),
      against('tool:kubelet', 3),
      against('host:no-acr', 5),
      against(['manifest unknown'], 4),
    ],
    fix: [
      {
        text: {
          en: 'Preferred for App Service / Functions: enable a managed identity, grant it AcrPull on the registry, and tell the app to use it for pulls.',
          ru: 'Предпочтительно для App Service / Functions: включите управляемое удостоверение, выдайте ему AcrPull на реестр и укажите приложению использовать его для извлечения.',
        },
        command:
          'az webapp identity assign -g {resourceGroup} -n <app> && ' +
          'az webapp config set -g {resourceGroup} -n <app> --generic-configurations \'{"acrUseManagedIdentityCreds": true}\'',
      },
      {
        text: {
          en: 'Grant that identity the pull role on the registry.',
          ru: 'Выдайте этому удостоверению роль на извлечение из реестра.',
        },
        command:
          'az role assignment create --assignee {principalId} --role AcrPull --scope $(az acr show -n {registry} --query id -o tsv)',
      },
      {
        text: {
          en: "For Container Apps, register the registry with the app's identity.",
          ru: 'Для Container Apps зарегистрируйте реестр в приложении с его удостоверением.',
        },
        command:
          'az containerapp registry set -n <app> -g {resourceGroup} --server {loginServer} --identity system',
      },
      {
        text: {
          en: 'For Container Instances, pass a registry credential (or an identity) when creating the container group.',
          ru: 'Для Container Instances передайте учётные данные реестра (или удостоверение) при создании группы контейнеров.',
        },
        command:
          'az container create -g {resourceGroup} -n <name> --image {image} --registry-login-server {loginServer} ' +
          '--registry-username {appId} --registry-password "$SECRET"',
      },
    ],
    docs: [
      {
        title: { en: 'App Service cannot pull from ACR', ru: 'App Service не может извлечь образ из ACR' },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/pull-image-to-web-app-fail',
      },
      AUTH_OPTIONS,
      AUTH_TROUBLESHOOTING,
    ],
    checks: ['identity-roles', 'admin-user', 'anonymous-pull'],
  },

  {
    id: 'builder-without-registry-credentials',
    family: 'credentials-not-configured',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'The image builder (BuildKit/buildx, kaniko) has no credential for the registry',
      ru: 'У сборщика образов (BuildKit/buildx, kaniko) нет учётных данных для реестра',
    },
    explanation: {
      en:
        'BuildKit and kaniko talk to the registry themselves, both to pull base images and to push the result. ' +
        'They only have credentials if they are handed over: buildx forwards the Docker credentials of the client ' +
        'that runs it, kaniko reads /kaniko/.docker/config.json. When the client never logged in, or the builder ' +
        'runs somewhere (a Kubernetes pod, a CI container) without that config, BuildKit asks for an anonymous ' +
        'token and gets "failed to fetch anonymous token: unexpected status: 401 Unauthorized".',
      ru:
        'BuildKit и kaniko обращаются к реестру сами — и чтобы извлечь базовые образы, и чтобы отправить ' +
        'результат. Учётные данные у них есть, только если их передали: buildx пересылает учётные данные Docker ' +
        'клиента, который его запускает, а kaniko читает /kaniko/.docker/config.json. Если клиент не выполнял вход ' +
        'или сборщик работает там (в поде Kubernetes, в контейнере CI), где этой конфигурации нет, BuildKit ' +
        'запрашивает анонимный токен и получает «failed to fetch anonymous token: unexpected status: 401 Unauthorized».',
    },
    ask: {
      en: 'Does the build run in BuildKit/buildx (for example its Kubernetes or docker-container driver) or kaniko, without a registry login available to it?',
      ru: 'Сборка выполняется в BuildKit/buildx (например, с драйвером kubernetes или docker-container) или в kaniko, и вход в реестр ей недоступен?',
    },
    rules: [
      anchor(['moby.buildkit', 'failed to fetch anonymous token'], 8),
      anchor(['failed to solve', 'failed to fetch anonymous token'], 7),
      anchor(['failed to push', 'failed to fetch anonymous token'], 5),
      anchor(['checking push permission', 'UNAUTHORIZED'], 6),
      anchor(['failed to fetch anonymous token', '401'], 2),
      context('tool:buildx', 4),
      context('op:build', 2),
      context(['kaniko'], 4),
      context(['buildkitd'], 3),
      context(['--driver kubernetes'], 2),
      context(['driver: kubernetes'], 2),
      context(['exporting to image'], 1),
      against('http:403', 3),
      against('host:no-acr', 5),
      against(['failed to fetch oauth token'], 3),
    ],
    fix: [
      {
        text: {
          en: 'Log in on the machine that runs `docker buildx build` as the same user; buildx passes these credentials to its builder.',
          ru: 'Выполните вход на машине, где запускается `docker buildx build`, от того же пользователя: buildx передаёт эти учётные данные своему сборщику.',
        },
        command: 'az acr login -n {registry} && docker buildx build --push -t {image} .',
      },
      {
        text: {
          en: 'Check that ~/.docker/config.json of that user has an entry (or a working credential helper) for the registry.',
          ru: 'Проверьте, что в ~/.docker/config.json этого пользователя есть запись (или работающий credential helper) для реестра.',
        },
        command: 'cat ~/.docker/config.json',
      },
      {
        text: {
          en: 'For kaniko, mount a Docker config with registry credentials at /kaniko/.docker/config.json, for example from a docker-registry secret.',
          ru: 'Для kaniko смонтируйте конфигурацию Docker с учётными данными реестра в /kaniko/.docker/config.json, например из секрета docker-registry.',
        },
        command:
          'kubectl create secret docker-registry kaniko-acr -n <namespace> --docker-server={loginServer} ' +
          '--docker-username={appId} --docker-password="$SECRET"',
      },
      {
        text: {
          en: 'Or avoid a local builder altogether and build in the registry with ACR Tasks.',
          ru: 'Или вовсе обойдитесь без локального сборщика и собирайте в реестре с помощью ACR Tasks.',
        },
        command: 'az acr build -r {registry} -t {repository}:{tag} .',
      },
    ],
    docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING],
    checks: ['anonymous-pull'],
  },
];
