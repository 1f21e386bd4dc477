import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'challenge-not-issued',
  family: 'tls-or-proxy-interception',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'Something other than the registry answered /v2/',
    ru: 'На /v2/ ответил не реестр',
  },
  explanation: {
    en:
      'Every login starts with GET https://<registry>/v2/, which ACR always answers with 401 and a Bearer challenge. ' +
      'Here the answer was different — a 404, an HTML page, no WWW-Authenticate header — or the connection broke, ' +
      'so az reports CONNECTIVITY_CHALLENGE_ERROR and Docker a 404 or an "invalid character \'<\'" parse error. ' +
      "Usually a proxy, captive portal or web filter answered in the registry's place; rarely it is a passing service fault.",
    ru:
      'Любой вход начинается с GET https://<реестр>/v2/, на который ACR всегда отвечает 401 с запросом Bearer. Здесь ' +
      'ответ был другим — 404, HTML-страница, нет заголовка WWW-Authenticate — или соединение оборвалось, поэтому az ' +
      "сообщает CONNECTIVITY_CHALLENGE_ERROR, а Docker — 404 или ошибку разбора «invalid character '<'». Обычно вместо " +
      'реестра ответили прокси, страница авторизации сети или веб-фильтр; изредка это кратковременный сбой службы.',
  },
  ask: {
    en: 'Does `curl -v https://<registry>.azurecr.io/v2/` return something other than 401 with "Server: AzureContainerRegistry"?',
    ru: 'Возвращает ли `curl -v https://<реестр>.azurecr.io/v2/` что-то отличное от 401 с «Server: AzureContainerRegistry»?',
  },
  rules: [
    anchor('code:CONNECTIVITY_CHALLENGE_ERROR', 6),
    anchor(['did not issue a challenge'], 6),
    // The ACR data-plane SDKs on a 401 that carries no Bearer challenge (JavaScript: the challenge handler).
    anchor(['Failed to retrieve challenge from response headers'], 6),
    // Go's azcontainerregistry (and Spinnaker's registry client) on the same unchallenged 401.
    anchor(/\b(?:no|without a) WWW-Authenticate header/i, 6),
    // The Dev Containers CLI, after a 401 or 403 without a challenge: a 403 of the network rules reads the same.
    anchor(['did not provide instructions to', "'WWW-Authenticate' Header"], 3),
    anchor('code:CONNECTIVITY_WWW_AUTHENTICATE_ERROR', 8),
    anchor(['did not ask properly for a basic or a bearer authentication'], 8),
    // Docker's login ("login attempt to https://…/v2/ failed with status: 404") and older daemons' "Get
    // https://…/v2/ failed with status: 404 Not Found".
    anchor(['/v2/ failed with status: 404'], 5),
    anchor(['error parsing HTTP', 'response body', "invalid character '<'"], 5),
    // Python's json on an HTML page where the token answer belongs reads it as no value at all; so does an empty body
    // (transient-service-error reads that).
    anchor(['Expecting value: line 1 column 1'], 3),
    anchor(/\bJSON\b[^\n]{0,40}\bExpecting value\b/i, 3),
    context('host:acr', 1),
    against('resolved:private', 4),
    against('host:no-acr', 6),
    against('code:CONNECTIVITY_DNS_ERROR', 3),
  ],
  fix: [
    {
      text: {
        en: 'See who answers /v2/: ACR replies 401 with "Server: AzureContainerRegistry" and a Www-Authenticate: Bearer header.',
        ru: 'Посмотрите, кто отвечает на /v2/: ACR возвращает 401 с «Server: AzureContainerRegistry» и заголовком Www-Authenticate: Bearer.',
      },
      command: 'curl -sv https://{loginServer}/v2/ -o /dev/null',
    },
    {
      text: {
        en: 'If a proxy or filter answers, exempt *.azurecr.io from it or configure the client to use the proxy properly; if DNS points elsewhere, fix the record.',
        ru: 'Если отвечает прокси или фильтр, исключите из него *.azurecr.io или настройте клиент на правильную работу с прокси; если DNS указывает не туда, исправьте запись.',
      },
      command: 'nslookup {loginServer}',
    },
    {
      text: {
        en: 'If the answer really comes from ACR, retry later and open a support request if it persists.',
        ru: 'Если ответ действительно приходит от ACR, повторите позже, а при повторении откройте запрос в поддержку.',
      },
    },
  ],
  docs: [
    {
      title: { en: 'CONNECTIVITY_CHALLENGE_ERROR', ru: 'CONNECTIVITY_CHALLENGE_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_challenge_error',
    },
  ],
  checks: [],
});
