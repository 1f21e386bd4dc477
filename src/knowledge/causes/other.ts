import { against, anchor, context } from '../rules';
import { ACR_FAQ, NETWORK_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'docker-hub-rate-limit',
    family: 'other',
    scope: 'not-acr',
    prevalence: 'common',
    title: {
      en: 'Docker Hub pull rate limit (not your registry)',
      ru: 'Лимит скачиваний Docker Hub (не ваш реестр)',
    },
    explanation: {
      en:
        'The 429 comes from Docker Hub, not from Azure Container Registry: an image was pulled straight from docker.io ' +
        '(registry-1.docker.io), often a base image in a Dockerfile FROM line or a public image in a pod spec. Docker Hub ' +
        'limits pulls per IP for anonymous clients and per account for free users, and build agents or cluster nodes behind ' +
        'one outbound IP reach that limit quickly. The message says "You have reached your pull rate limit" and points at ' +
        'docker.com/increase-rate-limit.',
      ru:
        'Код 429 вернул Docker Hub, а не Azure Container Registry: образ извлекался напрямую с docker.io ' +
        '(registry-1.docker.io) — чаще всего базовый образ из строки FROM в Dockerfile или публичный образ в спецификации пода. ' +
        'Docker Hub ограничивает число скачиваний по IP-адресу для анонимных клиентов и по учётной записи для бесплатных, ' +
        'а агенты сборки или узлы кластера за одним исходящим IP быстро упираются в этот лимит. В сообщении есть «You have ' +
        'reached your pull rate limit» и ссылка на docker.com/increase-rate-limit.',
    },
    ask: {
      en: 'Is the failing image pulled directly from Docker Hub (docker.io) rather than from your registry?',
      ru: 'Проблемный образ извлекается напрямую из Docker Hub (docker.io), а не из вашего реестра?',
    },
    rules: [
      anchor(['reached your pull rate limit'], 10),
      anchor(['unauthenticated pull rate limit'], 10),
      anchor(['increase-rate-limit'], 9),
      anchor(['docker-hub/download-rate-limit'], 9),
      anchor(['registry-1.docker.io', '429'], 6),
      anchor(['docker.io', 'toomanyrequests'], 6),
      context('host:other-registry', 2),
      context('http:429', 1),
      against(['cache rule'], 6),
      against(['aka.ms/acr/skus'], 6),
    ],
    fix: [
      {
        text: {
          en: 'Import the public image into your registry once and reference the copy.',
          ru: 'Один раз импортируйте публичный образ в свой реестр и ссылайтесь на копию.',
        },
        command:
          'az acr import -n {registry} --source docker.io/{repository}:{tag} --image {repository}:{tag}',
      },
      {
        text: {
          en: 'Or create an ACR artifact cache rule for Docker Hub so pulls go through your registry.',
          ru: 'Либо создайте в ACR правило кэша артефактов для Docker Hub, чтобы скачивание шло через ваш реестр.',
        },
        command:
          'az acr cache create -r {registry} -n dockerhub-library --source-repo docker.io/library/* --target-repo library/*',
      },
      {
        text: {
          en: 'Where you must pull from Docker Hub directly, sign in with a Docker account or access token.',
          ru: 'Если без прямого скачивания с Docker Hub не обойтись, войдите с учётной записью Docker или токеном доступа.',
        },
        command: 'docker login docker.io',
      },
    ],
    docs: [
      {
        title: { en: 'Manage public content with ACR', ru: 'Управление публичным содержимым с помощью ACR' },
        url: 'https://learn.microsoft.com/azure/container-registry/buffer-gate-public-content',
      },
      {
        title: { en: 'Docker Hub usage and limits', ru: 'Использование и лимиты Docker Hub' },
        url: 'https://docs.docker.com/docker-hub/usage/',
      },
    ],
    checks: [],
  },
  {
    id: 'non-acr-registry',
    family: 'other',
    scope: 'not-acr',
    prevalence: 'common',
    title: {
      en: 'The failing registry is not an Azure Container Registry',
      ru: 'Ошибку возвращает не Azure Container Registry',
    },
    explanation: {
      en:
        'The host in the error is another registry: Docker Hub, GitHub (ghcr.io), Google (gcr.io, pkg.dev), Quay, Amazon ECR, ' +
        'GitLab, NVIDIA (nvcr.io), a mirror such as dockerhub.azk8s.cn, or a private Harbor, Nexus or Artifactory. Its ' +
        'credentials, permissions and network rules are managed there, not in Azure. A common variant is an image name ' +
        'without the login server prefix: `docker push myapp` goes to docker.io/library/myapp and Docker Hub answers ' +
        '"denied: requested access to the resource is denied".',
      ru:
        'В ошибке фигурирует другой реестр: Docker Hub, GitHub (ghcr.io), Google (gcr.io, pkg.dev), Quay, Amazon ECR, GitLab, ' +
        'NVIDIA (nvcr.io), зеркало вроде dockerhub.azk8s.cn или частный Harbor, Nexus или Artifactory. Его учётные данные, ' +
        'права и сетевые правила настраиваются там, а не в Azure. Частый вариант — имя образа без префикса сервера входа: ' +
        '`docker push myapp` уходит в docker.io/library/myapp, и Docker Hub отвечает «denied: requested access to the ' +
        'resource is denied».',
    },
    ask: {
      en: 'Is the host in the error something other than <name>.azurecr.io?',
      ru: 'Хост в ошибке отличается от <имя>.azurecr.io?',
    },
    rules: [
      anchor('host:no-acr', 6),
      anchor(['push refers to repository [docker.io/'], 6),
      anchor(/pull access denied for [a-z0-9_/-]+,/i, 5),
      context('host:other-registry', 3),
      against(['aka.ms/acr'], 2),
      against(['cache rule'], 4),
    ],
    fix: [
      {
        text: {
          en: 'Check the full image reference: an ACR image must start with your login server.',
          ru: 'Проверьте полную ссылку на образ: образ в ACR должен начинаться с вашего сервера входа.',
        },
        command: 'docker tag {image} {loginServer}/{repository}:{tag}',
      },
      {
        text: {
          en: 'If the image really lives in that other registry, sign in there with its own credentials.',
          ru: 'Если образ действительно хранится в другом реестре, войдите туда с его собственными учётными данными.',
        },
        command: 'docker login <registry-host>',
      },
      {
        text: {
          en: 'To depend on Azure only, import the image into your registry.',
          ru: 'Чтобы зависеть только от Azure, импортируйте образ в свой реестр.',
        },
        command:
          'az acr import -n {registry} --source <registry-host>/{repository}:{tag} --image {repository}:{tag}',
      },
    ],
    docs: [
      {
        title: {
          en: 'Pull an image from a private registry (Kubernetes)',
          ru: 'Извлечение образа из частного реестра (Kubernetes)',
        },
        url: 'https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/',
      },
      {
        title: { en: 'Manage public content with ACR', ru: 'Управление публичным содержимым с помощью ACR' },
        url: 'https://learn.microsoft.com/azure/container-registry/buffer-gate-public-content',
      },
    ],
    checks: [],
  },
  {
    id: 'transient-service-error',
    family: 'other',
    scope: 'not-acr',
    prevalence: 'occasional',
    title: {
      en: 'A transient server-side error (5xx)',
      ru: 'Временная ошибка на стороне сервиса (5xx)',
    },
    explanation: {
      en:
        'The registry or the Azure platform answered with a server error (500, 502, 503 or 504), or a platform reported the ' +
        'image as inaccessible and then recovered without any change on your side. Nothing about your identity, roles or ' +
        'network is wrong: Docker prints "received unexpected HTTP status: 500 Internal Server Error", containerd ' +
        '"503 Service Unavailable". Such faults usually clear within minutes; if they persist, check Azure status.',
      ru:
        'Реестр или платформа Azure ответили серверной ошибкой (500, 502, 503 или 504), либо платформа сообщила о недоступности ' +
        'образа и затем восстановилась без каких-либо изменений с вашей стороны. С удостоверением, ролями и сетью всё в порядке: ' +
        'Docker пишет «received unexpected HTTP status: 500 Internal Server Error», containerd — «503 Service Unavailable». ' +
        'Обычно такие сбои проходят за несколько минут; если нет — проверьте состояние служб Azure.',
    },
    ask: {
      en: 'Does the same command work when you retry a few minutes later?',
      ru: 'Та же команда срабатывает, если повторить её через несколько минут?',
    },
    rules: [
      // App Service wraps every registry refusal as a 500; "denied"/"unauthorized" inside is not a service fault.
      against(['"message":"denied"'], 6),
      anchor('token-status:5xx', 5),
      anchor('http:5xx', 4),
      anchor(['received unexpected HTTP status: 5'], 5),
      anchor(['500 Internal Server Error'], 5),
      anchor(['502 Bad Gateway'], 5),
      anchor(['503 Service Unavailable'], 5),
      anchor(['504 Gateway Time'], 5),
      anchor(['ServiceUnavailable'], 3),
      anchor(['(InternalServerError)'], 3),
      anchor(['Code: InternalServerError'], 3),
      anchor(['InaccessibleImage'], 2),
      against(['status code=InternalServerError', 'unauthorized'], 6),
      against(['authentication required'], 4),
      against('http:401', 3),
      against('http:403', 3),
      against('http:429', 3),
      against(['client with IP'], 5),
      against(['proxyconnect'], 5),
      against(['TLS handshake timeout'], 3),
      against(['reached your pull rate limit'], 5),
    ],
    fix: [
      {
        text: {
          en: 'Retry after a short wait; use retries with backoff in pipelines.',
          ru: 'Повторите после небольшой паузы; в конвейерах используйте повторы с увеличивающейся задержкой.',
        },
        command: 'docker pull {image}',
      },
      {
        text: {
          en: 'Check Azure Service Health for Container Registry in your region.',
          ru: 'Проверьте Azure Service Health для Container Registry в вашем регионе.',
        },
        command:
          'az rest --method get --url "https://management.azure.com/subscriptions/{subscription}/providers/Microsoft.ResourceHealth/events?api-version=2022-10-01"',
      },
      {
        text: {
          en: 'If it persists, run the health check and open a support request with the correlation ID from the error.',
          ru: 'Если ошибка не проходит, запустите проверку работоспособности и создайте обращение в поддержку с correlation ID из ошибки.',
        },
        command: 'az acr check-health -n {registry} --ignore-errors --yes',
      },
    ],
    docs: [
      {
        title: { en: 'Azure Service Health', ru: 'Azure Service Health' },
        url: 'https://learn.microsoft.com/azure/service-health/overview',
      },
      {
        title: {
          en: 'Troubleshoot registry performance',
          ru: 'Устранение проблем с производительностью реестра',
        },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-performance',
      },
    ],
    checks: [],
  },
  {
    id: 'outdated-docker-client',
    family: 'other',
    scope: 'not-acr',
    prevalence: 'rare',
    title: {
      en: "An outdated Docker client mishandles the registry's token authentication",
      ru: 'Устаревший клиент Docker неправильно работает с токенной аутентификацией реестра',
    },
    explanation: {
      en:
        'Very old Docker builds, such as Docker 1.12/1.13 shipped with older RHEL and CentOS (recognisable by "Trying to pull ' +
        'repository ... ..."), do not handle ACR\'s token challenge correctly: a push can succeed while the pull right after it ' +
        'fails with "unauthorized: authentication required". A client too old for the daemon fails earlier with "client version ' +
        '1.xx is too old". The registry and your permissions are fine; the client is the problem.',
      ru:
        'Очень старые сборки Docker, например 1.12/1.13 из старых RHEL и CentOS (их выдаёт строка «Trying to pull repository ' +
        '... ...»), неправильно обрабатывают токенный запрос ACR: push может пройти, а сразу следующий pull упасть с ' +
        '«unauthorized: authentication required». Клиент, слишком старый для демона, падает ещё раньше с «client version 1.xx ' +
        'is too old». Реестр и ваши права в порядке — проблема в клиенте.',
    },
    ask: {
      en: 'Does `docker version` show a client older than 17.x?',
      ru: '`docker version` показывает клиент старше версии 17.x?',
    },
    rules: [
      anchor(/client version 1\.\d+ is too old/i, 8),
      anchor(['Trying to pull repository', '...'], 5),
      anchor(/docker version 1\.\d+\.\d+/i, 5),
      anchor(['/v1/users/'], 5),
      anchor(['/v1/_ping'], 5),
      context('succeeded:push', 3),
      context(['authentication required'], 2),
      against(['signature-verification'], 3),
      against('host:no-acr', 3),
    ],
    fix: [
      {
        text: {
          en: 'Check the client and daemon versions.',
          ru: 'Проверьте версии клиента и демона.',
        },
        command: 'docker version',
      },
      {
        text: {
          en: "Install a current Docker Engine (or Podman) from the vendor's repository instead of the distribution's old package.",
          ru: 'Установите актуальный Docker Engine (или Podman) из репозитория производителя вместо устаревшего пакета дистрибутива.',
        },
      },
      {
        text: {
          en: 'Sign in again with the new client and retry.',
          ru: 'Войдите снова новым клиентом и повторите попытку.',
        },
        command: 'az acr login -n {registry} && docker pull {image}',
      },
    ],
    docs: [
      {
        title: { en: 'Install Docker Engine', ru: 'Установка Docker Engine' },
        url: 'https://docs.docker.com/engine/install/',
      },
      {
        title: { en: 'ACR troubleshooting guide', ru: 'Руководство по устранению неполадок ACR' },
        url: 'https://github.com/Azure/acr/blob/main/docs/Troubleshooting%20Guide.md',
      },
    ],
    checks: [],
  },
  {
    id: 'helm-notary-check-noise',
    family: 'other',
    scope: 'not-acr',
    prevalence: 'occasional',
    title: {
      en: 'Helm or Notary errors in the health check are unrelated to registry access',
      ru: 'Ошибки Helm или Notary в проверке работоспособности не связаны с доступом к реестру',
    },
    explanation: {
      en:
        '`az acr check-health` also checks whether Helm and Notary are installed and at a recommended version. ' +
        'HELM_COMMAND_ERROR, HELM_VERSION_ERROR, NOTARY_COMMAND_ERROR and NOTARY_VERSION_ERROR only mean those local tools ' +
        'are missing or old; they do not affect Docker or Kubernetes access to the registry. If nothing else in the output ' +
        'failed, the registry connection is healthy and the problem lies elsewhere.',
      ru:
        '`az acr check-health` заодно проверяет, установлены ли Helm и Notary и подходят ли их версии. HELM_COMMAND_ERROR, ' +
        'HELM_VERSION_ERROR, NOTARY_COMMAND_ERROR и NOTARY_VERSION_ERROR означают лишь, что этих локальных инструментов нет ' +
        'или они устарели; на доступ Docker или Kubernetes к реестру это не влияет. Если больше ничего в выводе не упало, ' +
        'подключение к реестру исправно, и проблему надо искать в другом месте.',
    },
    ask: {
      en: 'Are the Helm/Notary lines the only errors in the check-health output?',
      ru: 'Строки про Helm/Notary — единственные ошибки в выводе check-health?',
    },
    rules: [
      against(['Could not connect to the registry login server'], 8),
      against(['The command failed with an unexpected error'], 4),
      anchor('code:HELM_COMMAND_ERROR', 4),
      anchor('code:HELM_VERSION_ERROR', 4),
      anchor('code:NOTARY_COMMAND_ERROR', 4),
      anchor('code:NOTARY_VERSION_ERROR', 4),
      anchor(['Please verify if Helm is installed'], 4),
      anchor(['Please verify if notary is installed'], 4),
      context(['Fetch access token for registry', ': OK'], 3),
      against('code:CONNECTIVITY_REFRESH_TOKEN_ERROR', 8),
      against('code:CONNECTIVITY_ACCESS_TOKEN_ERROR', 8),
      against('code:CONNECTIVITY_FORBIDDEN_ERROR', 8),
      against('code:CONNECTIVITY_DNS_ERROR', 8),
      against('code:CONNECTIVITY_CHALLENGE_ERROR', 8),
      against('code:CONNECTIVITY_SSL_ERROR', 8),
      against('code:CONNECTIVITY_TOOMANYREQUESTS_ERROR', 8),
      against('code:CONNECTIVITY_AAD_LOGIN_ERROR', 8),
      against('code:LOGIN_SERVER_ERROR', 8),
      against('code:CMK_ERROR', 8),
      against('code:DOCKER_COMMAND_ERROR', 6),
      against('code:DOCKER_DAEMON_ERROR', 6),
      against('code:DOCKER_PULL_ERROR', 6),
      against('aad-failure', 4),
    ],
    fix: [
      {
        text: {
          en: 'Ignore these lines for Docker or AKS problems; rerun the check and look at the registry checks only.',
          ru: 'Для проблем с Docker или AKS эти строки можно игнорировать; повторите проверку и смотрите только на проверки реестра.',
        },
        command: 'az acr check-health -n {registry} --ignore-errors --yes',
      },
      {
        text: {
          en: 'If you do use Helm charts in the registry, install or update Helm 3.',
          ru: 'Если вы действительно храните в реестре чарты Helm, установите или обновите Helm 3.',
        },
        command: 'helm version',
      },
    ],
    docs: [
      {
        title: { en: 'HELM_COMMAND_ERROR', ru: 'HELM_COMMAND_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#helm_command_error',
      },
      {
        title: { en: 'NOTARY_VERSION_ERROR', ru: 'NOTARY_VERSION_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#notary_version_error',
      },
    ],
    checks: [],
  },
  {
    id: 'curl-redirect-forwards-auth-header',
    family: 'other',
    scope: 'not-acr',
    prevalence: 'rare',
    title: {
      en: "curl forwards the registry's Authorization header to blob storage",
      ru: 'curl пересылает заголовок Authorization реестра в хранилище BLOB-объектов',
    },
    explanation: {
      en:
        "A blob download from the registry's REST API answers with a redirect to a storage or data endpoint URL that already " +
        "carries its own signature. Some curl versions following the redirect with -L send the registry's Authorization " +
        'header along, and storage rejects the mixed credentials with InvalidAuthenticationInfo ("Authentication information ' +
        'is not given in the correct format"). Registry access itself is fine.',
      ru:
        'Скачивание BLOB-объекта через REST API реестра возвращает перенаправление на URL хранилища или конечной точки данных, ' +
        'который уже содержит собственную подпись. Некоторые версии curl, следуя перенаправлению с -L, передают туда и заголовок ' +
        'Authorization реестра, и хранилище отклоняет смешанные учётные данные с InvalidAuthenticationInfo («Authentication ' +
        'information is not given in the correct format»). Сам доступ к реестру в порядке.',
    },
    ask: {
      en: 'Are you downloading a blob with curl -L (or another HTTP client that follows redirects)?',
      ru: 'Вы скачиваете BLOB-объект через curl -L (или другой HTTP-клиент, который следует перенаправлениям)?',
    },
    rules: [
      anchor(['InvalidAuthenticationInfo'], 8),
      anchor(['Authentication information is not given in the correct format'], 8),
      context('tool:curl', 3),
      context(['/blobs/sha256:'], 2),
      context(['blob.core.windows.net'], 2),
    ],
    fix: [
      {
        text: {
          en: 'Request the blob without following redirects and read the Location header.',
          ru: 'Запросите BLOB-объект без перехода по перенаправлению и прочитайте заголовок Location.',
        },
        command:
          'curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" https://{loginServer}/v2/{repository}/blobs/<digest> | grep -i "^location:"',
      },
      {
        text: {
          en: 'Download from that URL without any Authorization header.',
          ru: 'Скачайте по этому URL без заголовка Authorization.',
        },
        command: 'curl -o blob.tar.gz "<location-url>"',
      },
    ],
    docs: [ACR_FAQ],
    checks: [],
  },
  {
    id: 'operation-disallowed',
    family: 'other',
    scope: 'acr-other',
    prevalence: 'occasional',
    title: {
      en: 'The registry, repository or image is locked against this operation',
      ru: 'Реестр, репозиторий или образ заблокирован для этой операции',
    },
    explanation: {
      en:
        'ACR refused the operation for a reason unrelated to who you are: the repository or image has writeEnabled or ' +
        'deleteEnabled set to false (an image lock), the image is quarantined, the registry has reached its storage limit, ' +
        'or it is a retired Classic registry. The registry answers "The operation is disallowed on this registry, repository ' +
        'or image", which Docker shows prefixed with "unknown:" or "denied:".',
      ru:
        'ACR отклонил операцию по причине, не связанной с удостоверением: у репозитория или образа writeEnabled или ' +
        'deleteEnabled выставлены в false (блокировка образа), образ помещён в карантин, реестр достиг лимита хранилища ' +
        'или это выведенный из эксплуатации реестр Classic. Реестр отвечает «The operation is disallowed on this registry, ' +
        'repository or image», а Docker добавляет к этому префикс «unknown:» или «denied:».',
    },
    ask: {
      en: 'Is the repository or tag locked (writeEnabled or deleteEnabled set to false)?',
      ru: 'Репозиторий или тег заблокирован (writeEnabled или deleteEnabled выставлены в false)?',
    },
    rules: [
      anchor(['The operation is disallowed on this registry, repository or image'], 10),
      anchor(['operation is disallowed'], 7),
      anchor(['This operation is not allowed on this registry'], 8),
      anchor(['disallowed-operation'], 6),
      context(['writeEnabled'], 3),
      context(['deleteEnabled'], 3),
      context('op:push', 1),
      context('op:delete', 2),
    ],
    fix: [
      {
        text: {
          en: "Look at the repository's and the tag's changeable attributes.",
          ru: 'Посмотрите изменяемые атрибуты репозитория и тега.',
        },
        command: 'az acr repository show -n {registry} --image {repository}:{tag} -o jsonc',
      },
      {
        text: {
          en: 'If it is locked on purpose, push a new tag; otherwise unlock it.',
          ru: 'Если блокировка намеренная, отправьте новый тег; иначе снимите блокировку.',
        },
        command:
          'az acr repository update -n {registry} --image {repository}:{tag} --write-enabled true --delete-enabled true',
      },
      {
        text: {
          en: "Check the registry's storage usage and SKU.",
          ru: 'Проверьте использование хранилища и SKU реестра.',
        },
        command: 'az acr show-usage -n {registry} -o table',
      },
    ],
    docs: [
      {
        title: {
          en: 'Push fails with "operation disallowed"',
          ru: 'Отправка завершается ошибкой «operation disallowed»',
        },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/troubleshoot-push-error-operation-disallowed-timeout',
      },
      {
        title: { en: 'Lock a container image', ru: 'Блокировка образа контейнера' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-image-lock',
      },
    ],
    checks: ['registry'],
  },
  {
    id: 'cmk-identity-missing',
    family: 'other',
    scope: 'acr-other',
    prevalence: 'rare',
    title: {
      en: 'The identity used for customer-managed key encryption no longer exists',
      ru: 'Удостоверение для шифрования ключом, управляемым клиентом, больше не существует',
    },
    explanation: {
      en:
        'A registry encrypted with a customer-managed key reaches Key Vault through the managed identity named in its ' +
        'encryption settings. If that user-assigned identity was deleted or detached, or the setting does not match the ' +
        'registry\'s identities, the registry cannot unwrap its key and `az acr check-health` reports CMK_ERROR: "The identity ' +
        'used for registry ... encryption doesn\'t exist."',
      ru:
        'Реестр, зашифрованный ключом, управляемым клиентом, обращается к Key Vault через управляемое удостоверение, указанное ' +
        'в настройках шифрования. Если это пользовательское удостоверение удалено или отвязано либо настройка не совпадает ' +
        'с удостоверениями реестра, реестр не может расшифровать ключ, и `az acr check-health` сообщает CMK_ERROR: «The ' +
        "identity used for registry ... encryption doesn't exist.»",
    },
    ask: {
      en: "Was the managed identity used for the registry's encryption key deleted or removed from the registry?",
      ru: 'Управляемое удостоверение, используемое для ключа шифрования реестра, было удалено или отвязано от реестра?',
    },
    rules: [
      anchor('code:CMK_ERROR', 10),
      anchor(['identity used for registry', 'encryption', 'exist'], 10),
      context(['keyVaultProperties'], 2),
    ],
    fix: [
      {
        text: {
          en: 'Compare the encryption identity with the identities assigned to the registry.',
          ru: 'Сравните удостоверение шифрования с удостоверениями, назначенными реестру.',
        },
        command: 'az acr encryption show -n {registry} && az acr identity show -n {registry}',
      },
      {
        text: {
          en: 'Rotate the key using an identity that exists and has access to the Key Vault key.',
          ru: 'Выполните ротацию ключа с удостоверением, которое существует и имеет доступ к ключу в Key Vault.',
        },
        command:
          'az acr encryption rotate-key -n {registry} --key-encryption-key <key-uri> --identity [system]',
      },
    ],
    docs: [
      {
        title: {
          en: 'Troubleshoot customer-managed keys',
          ru: 'Устранение проблем с ключами, управляемыми клиентом',
        },
        url: 'https://learn.microsoft.com/azure/container-registry/tutorial-troubleshoot-customer-managed-keys',
      },
      {
        title: { en: 'CMK_ERROR', ru: 'CMK_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#cmk_error',
      },
    ],
    checks: ['registry'],
  },
  {
    id: 'registry-not-aad-capable',
    family: 'other',
    scope: 'acr-other',
    prevalence: 'rare',
    title: {
      en: 'The registry did not offer Entra (AAD) token sign-in',
      ru: 'Реестр не предложил вход с токеном Entra (AAD)',
    },
    explanation: {
      en:
        "`az acr login` reads the registry's challenge on /v2/ and expects a Bearer scheme with realm and service. When the " +
        'answer lacks them, the CLI cannot exchange an Entra token and stops with CONNECTIVITY_AAD_LOGIN_ERROR "does not ' +
        'support AAD login". This is rare with current registries; something in between rewriting the answer is a more ' +
        'likely culprit than the registry itself.',
      ru:
        '`az acr login` читает запрос аутентификации реестра на /v2/ и ожидает схему Bearer с параметрами realm и service. ' +
        'Если их нет, CLI не может обменять токен Entra и завершается ошибкой CONNECTIVITY_AAD_LOGIN_ERROR «does not support ' +
        'AAD login». С современными реестрами это редкость; скорее ответ переписывает что-то по пути, а не сам реестр.',
    },
    ask: {
      en: 'Does `curl -si https://<login server>/v2/` lack a "Www-Authenticate: Bearer realm=..., service=..." header?',
      ru: 'В ответе `curl -si https://<сервер входа>/v2/` нет заголовка «Www-Authenticate: Bearer realm=..., service=...»?',
    },
    rules: [anchor('code:CONNECTIVITY_AAD_LOGIN_ERROR', 10), anchor(['does not support AAD login'], 10)],
    fix: [
      {
        text: {
          en: 'Look at the challenge the client actually receives.',
          ru: 'Посмотрите, какой запрос аутентификации на самом деле получает клиент.',
        },
        command: 'curl -si https://{loginServer}/v2/ | grep -i "www-authenticate"',
      },
      {
        text: {
          en: 'Meanwhile sign in with a repository-scoped token or another non-Entra credential.',
          ru: 'Пока что входите с токеном репозитория или другими учётными данными без Entra.',
        },
        command: 'docker login {loginServer} -u <token-name>',
      },
    ],
    docs: [
      {
        title: { en: 'CONNECTIVITY_AAD_LOGIN_ERROR', ru: 'CONNECTIVITY_AAD_LOGIN_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_aad_login_error',
      },
    ],
    checks: ['registry'],
  },
  {
    id: 'network-rule-save-failed-cross-subscription',
    family: 'other',
    scope: 'acr-other',
    prevalence: 'rare',
    title: {
      en: "A VNet rule cannot be saved: the resource provider is not registered in the VNet's subscription",
      ru: 'Не удаётся сохранить правило виртуальной сети: поставщик ресурсов не зарегистрирован в подписке этой сети',
    },
    explanation: {
      en:
        'Adding a virtual network rule for a subnet in another subscription requires the Microsoft.ContainerRegistry resource ' +
        'provider to be registered in that subscription too. Otherwise the validation of the subnet fails with ' +
        'AuthorizationFailed on Microsoft.Network/virtualNetworks/taggedTrafficConsumers/validate/action, and the portal shows ' +
        '"Failed to save firewall and virtual network settings".',
      ru:
        'Чтобы добавить правило для подсети из другой подписки, поставщик ресурсов Microsoft.ContainerRegistry должен быть ' +
        'зарегистрирован и в ней. Иначе проверка подсети завершается ошибкой AuthorizationFailed для действия ' +
        'Microsoft.Network/virtualNetworks/taggedTrafficConsumers/validate/action, а портал показывает «Failed to save ' +
        'firewall and virtual network settings».',
    },
    ask: {
      en: 'Is the virtual network in a different subscription from the registry?',
      ru: 'Виртуальная сеть находится в другой подписке, чем реестр?',
    },
    rules: [
      anchor(['taggedTrafficConsumers/validate/action'], 10),
      anchor(['Failed to save firewall and virtual network settings'], 8),
      anchor(['not registered to use namespace', 'Microsoft.ContainerRegistry'], 4),
      context(['virtualNetworkRules'], 2),
      context(['network-rule add'], 2),
    ],
    fix: [
      {
        text: {
          en: "Check the provider registration in the VNet's subscription.",
          ru: 'Проверьте регистрацию поставщика в подписке виртуальной сети.',
        },
        command:
          'az provider show -n Microsoft.ContainerRegistry --subscription <vnet-subscription> --query registrationState -o tsv',
      },
      {
        text: {
          en: 'Register it there, wait until it shows Registered, then save the rule again.',
          ru: 'Зарегистрируйте его там, дождитесь состояния Registered и снова сохраните правило.',
        },
        command: 'az provider register -n Microsoft.ContainerRegistry --subscription <vnet-subscription>',
      },
    ],
    docs: [NETWORK_TROUBLESHOOTING],
    checks: ['network'],
  },
];
