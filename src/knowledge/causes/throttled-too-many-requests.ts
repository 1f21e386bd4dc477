import { against, anchor, context } from '../rules';
import { AKS_PULL_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'acr-request-throttled-429',
    family: 'throttled-too-many-requests',
    scope: 'acr-other',
    prevalence: 'occasional',
    title: {
      en: 'The registry throttled the client (HTTP 429)',
      ru: 'Реестр ограничил частоту запросов клиента (HTTP 429)',
    },
    explanation: {
      en:
        'ACR limits reads, writes, deletes and token requests per minute, for the whole registry and per identity, ' +
        'and the limits grow with the tier (Premium allows about twice Basic/Standard). A burst — many nodes pulling ' +
        'the same image, parallel CI jobs, loops of `az acr login` — went over the limit, so the registry answered 429 ' +
        '"toomanyrequests" with a Retry-After header. Admin-user and anonymous traffic each share a single identity ' +
        'bucket, and MCR, which runs on the same infrastructure, throttles in the same words.',
      ru:
        'ACR ограничивает число чтений, записей, удалений и запросов токенов в минуту — для всего реестра и для каждого ' +
        'удостоверения, причём лимиты растут с уровнем (Premium допускает примерно вдвое больше, чем Basic/Standard). ' +
        'Всплеск — много узлов тянут один образ, параллельные задания CI, циклы `az acr login` — превысил лимит, и реестр ' +
        'ответил 429 «toomanyrequests» с заголовком Retry-After. Трафик пользователя-администратора и анонимный трафик ' +
        'делят по одной общей квоте, а MCR, работающий на той же инфраструктуре, ограничивает теми же словами.',
    },
    ask: {
      en: 'Did many pulls, pushes or logins hit the registry at the same moment (a scale-out, a batch of CI jobs)?',
      ru: 'В этот момент на реестр одновременно пришло много извлечений, отправок или входов (масштабирование, пачка заданий CI)?',
    },
    rules: [
      anchor(['Too many requests', 'aka.ms/acr/skus'], 10),
      anchor('code:CONNECTIVITY_TOOMANYREQUESTS_ERROR', 10),
      anchor('token-status:429', 9),
      anchor('oci:TOOMANYREQUESTS', 5),
      anchor('http:429', 5),
      anchor(['429 Too Many Requests'], 5),
      anchor(['toomanyrequests'], 3),
      context(['Retry-After'], 2),
      context('host:acr', 2),
      context('host:mcr', 2),
      against(['cache rule'], 6),
      against(['az acr cache'], 3),
      against(['pull rate limit'], 6),
      against(['pull QPS exceeded'], 6),
      against('host:other-registry', 4),
    ],
    fix: [
      {
        text: {
          en: 'Retry after the number of seconds in Retry-After, with exponential backoff in scripts and pipelines.',
          ru: 'Повторите запрос через указанное в Retry-After число секунд; в скриптах и конвейерах используйте экспоненциальную задержку.',
        },
      },
      {
        text: {
          en: 'Cut the burst: imagePullPolicy IfNotPresent, fewer parallel jobs, one token per job instead of a login per step, separate identities instead of one shared admin user.',
          ru: 'Сгладьте всплеск: imagePullPolicy IfNotPresent, меньше параллельных заданий, один токен на задание вместо входа на каждом шаге, отдельные удостоверения вместо одного общего пользователя-администратора.',
        },
      },
      {
        text: {
          en: 'Check the tier; Premium has the highest limits (and geo-replicas spread the load).',
          ru: 'Проверьте уровень; у Premium самые высокие лимиты (а георепликации распределяют нагрузку).',
        },
        command: 'az acr show -n {registry} --query sku.name -o tsv',
      },
      {
        text: {
          en: 'If Premium is not enough, upgrade or ask support for higher limits.',
          ru: 'Если Premium не хватает, повысьте уровень или запросите у поддержки увеличение лимитов.',
        },
        command: 'az acr update -n {registry} --sku Premium',
      },
    ],
    docs: [
      {
        title: { en: 'ACR service tiers and limits', ru: 'Уровни служб ACR и лимиты' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-skus',
      },
      {
        title: {
          en: 'Troubleshoot registry performance',
          ru: 'Устранение проблем с производительностью реестра',
        },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-performance',
      },
      {
        title: { en: 'CONNECTIVITY_TOOMANYREQUESTS_ERROR', ru: 'CONNECTIVITY_TOOMANYREQUESTS_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_toomanyrequests_error',
      },
    ],
    checks: ['throttling', 'login-failures'],
  },
  {
    id: 'kubelet-pull-qps-exceeded',
    family: 'throttled-too-many-requests',
    scope: 'not-acr',
    prevalence: 'rare',
    title: {
      en: "The kubelet's own pull rate limit was hit (not the registry)",
      ru: 'Сработало собственное ограничение частоты извлечения kubelet (не реестра)',
    },
    explanation: {
      en:
        'Each kubelet limits how many image pulls it starts per second (registryPullQPS, registryBurst). When many ' +
        'pods on one node need images at once, the kubelet refuses the extra pulls itself with "pull QPS exceeded" — ' +
        'no request went to the registry, and the pods recover on the next back-off retry.',
      ru:
        'Каждый kubelet ограничивает число извлечений образов, которые он запускает в секунду (registryPullQPS, ' +
        'registryBurst). Когда многим подам на одном узле одновременно нужны образы, kubelet сам отклоняет лишние ' +
        'извлечения с «pull QPS exceeded» — в реестр запрос не уходил, и поды восстанавливаются при следующей повторной попытке.',
    },
    ask: {
      en: 'Did many pods start on the same node at the same time?',
      ru: 'На одном узле одновременно запустилось много подов?',
    },
    rules: [anchor(['pull QPS exceeded'], 10), context('tool:kubelet', 2)],
    fix: [
      {
        text: {
          en: 'Avoid needless pulls: use imagePullPolicy IfNotPresent and immutable tags.',
          ru: 'Избегайте лишних извлечений: используйте imagePullPolicy IfNotPresent и неизменяемые теги.',
        },
      },
      {
        text: {
          en: 'Stagger large rollouts, or pre-pull the image on the nodes (for example with a DaemonSet).',
          ru: 'Растяните крупные развёртывания во времени или заранее загрузите образ на узлы (например, через DaemonSet).',
        },
      },
      {
        text: {
          en: 'Where you control the kubelet configuration, raise registryPullQPS and registryBurst.',
          ru: 'Если конфигурация kubelet в ваших руках, увеличьте registryPullQPS и registryBurst.',
        },
      },
    ],
    docs: [
      AKS_PULL_TROUBLESHOOTING,
      {
        title: {
          en: 'Kubelet configuration (registryPullQPS)',
          ru: 'Конфигурация kubelet (registryPullQPS)',
        },
        url: 'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
      },
    ],
    checks: [],
  },
  {
    id: 'upstream-registry-throttled-cache-rule',
    family: 'throttled-too-many-requests',
    scope: 'acr-other',
    prevalence: 'occasional',
    title: {
      en: 'The upstream registry behind a cache rule (or an ACR Task) is rate-limiting',
      ru: 'Вышестоящий реестр за правилом кэша (или за ACR Task) ограничивает частоту запросов',
    },
    explanation: {
      en:
        'The image comes through ACR from another registry — an artifact cache rule for Docker Hub, MCR or another ' +
        'source, or a base image that an ACR Task pulls during a build — and that source refused the request. ACR ' +
        'passes the refusal on ("too many requests to source registry for cache rule", Docker Hub\'s "pull rate ' +
        'limit"). Your registry\'s own limits are not the problem; anonymous pulls from Docker Hub are the usual trigger.',
      ru:
        'Образ приходит через ACR из другого реестра — по правилу кэша артефактов из Docker Hub, MCR или другого ' +
        'источника либо как базовый образ, который ACR Task извлекает во время сборки, — и этот источник отклонил ' +
        'запрос. ACR передаёт отказ дальше («too many requests to source registry for cache rule», «pull rate limit» ' +
        'Docker Hub). Лимиты вашего реестра тут ни при чём; обычно причина — анонимные извлечения из Docker Hub.',
    },
    ask: {
      en: 'Is the image served through an ACR cache rule, or pulled from Docker Hub by an ACR Task?',
      ru: 'Образ отдаётся через правило кэша ACR или извлекается из Docker Hub задачей ACR Task?',
    },
    rules: [
      anchor(['too many requests to source registry'], 10),
      anchor(['pull rate limit'], 3),
      anchor(['toomanyrequests'], 1),
      anchor('http:429', 1),
      context(['cache rule'], 3),
      context('tool:acr-tasks', 5),
      context('host:acr', 2),
      context(['az acr cache'], 3),
      against('host:no-acr', 5),
    ],
    fix: [
      {
        text: {
          en: 'Look at the cache rule and whether it has a credential set for the source.',
          ru: 'Посмотрите правило кэша и задан ли для источника набор учётных данных.',
        },
        command: 'az acr cache show -r {registry} -n <cache-rule>',
      },
      {
        text: {
          en: 'Add authenticated access to the upstream (a credential set with a Docker Hub account), which raises its limits.',
          ru: 'Добавьте аутентифицированный доступ к источнику (набор учётных данных с учётной записью Docker Hub) — это повышает его лимиты.',
        },
        command:
          'az acr credential-set create -r {registry} -n <credential-set> -l docker.io -u <keyvault-secret-uri-user> -p <keyvault-secret-uri-password>',
      },
      {
        text: {
          en: 'For base images used in builds, import them into your registry once and build FROM the copy.',
          ru: 'Базовые образы для сборок один раз импортируйте в свой реестр и указывайте FROM на эту копию.',
        },
        command:
          'az acr import -n {registry} --source docker.io/library/{repository}:{tag} --image {repository}:{tag}',
      },
      {
        text: {
          en: 'Reduce the number of parallel builds or pulls that reach the upstream at once.',
          ru: 'Уменьшите число параллельных сборок или извлечений, которые одновременно идут к источнику.',
        },
      },
    ],
    docs: [
      {
        title: { en: 'Troubleshoot artifact cache', ru: 'Устранение неполадок кэша артефактов' },
        url: 'https://learn.microsoft.com/azure/container-registry/troubleshoot-artifact-cache',
      },
      {
        title: {
          en: 'Artifact cache: source registry throttling',
          ru: 'Кэш артефактов: ограничение со стороны исходного реестра',
        },
        url: 'https://github.com/Azure/acr/issues/754',
      },
    ],
    checks: [],
  },
];
