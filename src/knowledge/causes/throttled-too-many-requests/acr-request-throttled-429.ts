import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    anchor(['too many requests to registry'], 6),
    anchor(['Too many requests', 'aka.ms/acr/skus'], 10),
    anchor('code:CONNECTIVITY_TOOMANYREQUESTS_ERROR', 10),
    anchor('token-status:429', 9),
    anchor('oci:TOOMANYREQUESTS', 5),
    anchor('http:429', 5),
    anchor(['429 Too Many Requests'], 5),
    anchor(['toomanyrequests'], 3),
    // The Azure Pipelines agent's container job gives up with these words only after five 429s in a row from
    // /oauth2/exchange (any other status makes it ask for permissions instead).
    anchor(['Could not acquire ACR token from given AAD token'], 8),
    context(['Retry-After'], 2),
    context('host:acr', 2),
    context('host:mcr', 2),
    against(['cache rule'], 6),
    against(['az acr cache'], 3),
    against(['pull rate limit'], 6),
    against(['pull QPS exceeded'], 6),
    against('host:other-registry', 4),
    // A build's base images, no ACR named: most often Docker Hub's limit (docker-hub-rate-limit); an ACR host named
    // beside it gives this back (context host:acr).
    against(['base image'], 2),
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
});
