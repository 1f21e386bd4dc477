import { against, anchor, context } from '../rules';
import { NETWORK_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'docker-proxy-not-configured',
    family: 'tls-or-proxy-interception',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'The HTTPS proxy is missing or wrong for Docker',
      ru: 'HTTPS-прокси для Docker не настроен или настроен неверно',
    },
    explanation: {
      en:
        'The network only lets traffic out through a proxy, and the part of Docker that talks to the registry is not ' +
        'using it correctly. The daemon does not read the proxy variables of your shell: it needs its own setting ' +
        '(systemd drop-in or daemon.json, Docker Desktop settings). Without it the connection times out; with a wrong ' +
        'one Go reports "proxyconnect tcp", a proxy that wants credentials answers 407, and an HTTPS proxy URL for a ' +
        'plain HTTP proxy gives "first record does not look like a TLS handshake". If the registry has IP rules, the ' +
        "proxy's public egress IP must also be allowed.",
      ru:
        'Сеть выпускает трафик наружу только через прокси, а та часть Docker, что обращается к реестру, использует его ' +
        'неправильно. Демон не читает переменные прокси из вашей оболочки: ему нужна собственная настройка (drop-in для ' +
        'systemd или daemon.json, параметры Docker Desktop). Без неё подключение уходит в таймаут; с неверной Go пишет ' +
        '«proxyconnect tcp», прокси с аутентификацией отвечает 407, а HTTPS-адрес для обычного HTTP-прокси даёт «first ' +
        'record does not look like a TLS handshake». Если у реестра есть правила IP, разрешить нужно и публичный исходящий IP прокси.',
    },
    ask: {
      en: 'Must this machine reach the internet through a proxy, and is that proxy configured for the Docker daemon itself (not only in your shell)?',
      ru: 'Эта машина выходит в интернет только через прокси, и настроен ли он для самого демона Docker (а не только в вашей оболочке)?',
    },
    rules: [
      anchor(['failed to do request', ': EOF'], 2),
      anchor(['proxyconnect tcp'], 8),
      anchor('http:407', 8),
      anchor(['Proxy Authentication Required'], 8),
      anchor(['ProxyError', 'Cannot connect to proxy'], 7),
      anchor(['Unable to connect to proxy'], 6),
      anchor(['first record does not look like a TLS handshake'], 5),
      anchor(['/v2/": EOF'], 3),
      anchor(['Client.Timeout exceeded while awaiting headers'], 2),
      anchor(['dial tcp', ':443: i/o timeout'], 2),
      context(['HTTPS_PROXY'], 4),
      context(['HTTP Proxy:'], 3),
      context(['HTTPS Proxy:'], 3),
      against('resolved:private', 2),
    ],
    fix: [
      {
        text: {
          en: 'See whether the daemon has a proxy configured.',
          ru: 'Проверьте, настроен ли прокси у демона.',
        },
        command: 'docker info | grep -i proxy',
      },
      {
        text: {
          en: 'Configure HTTP_PROXY, HTTPS_PROXY and NO_PROXY for the daemon (a systemd drop-in under /etc/systemd/system/docker.service.d/ or the "proxies" section of daemon.json; Docker Desktop: Settings → Resources → Proxies), then restart it.',
          ru: 'Задайте HTTP_PROXY, HTTPS_PROXY и NO_PROXY для демона (drop-in systemd в /etc/systemd/system/docker.service.d/ или раздел «proxies» в daemon.json; Docker Desktop: Settings → Resources → Proxies) и перезапустите его.',
        },
        command: 'sudo systemctl daemon-reload && sudo systemctl restart docker',
      },
      {
        text: {
          en: 'Give az the same proxy through HTTPS_PROXY in the shell it runs in.',
          ru: 'Передайте az тот же прокси через HTTPS_PROXY в оболочке, где он запускается.',
        },
      },
      {
        text: {
          en: "If the registry restricts public IPs, allow the proxy's public egress IP.",
          ru: 'Если реестр ограничивает публичные IP, разрешите публичный исходящий IP прокси.',
        },
        command: 'az acr network-rule add -n {registry} --ip-address {clientIp}',
      },
    ],
    docs: [
      NETWORK_TROUBLESHOOTING,
      {
        title: { en: 'Configure the Docker daemon to use a proxy', ru: 'Настройка прокси для демона Docker' },
        url: 'https://docs.docker.com/engine/daemon/proxy/',
      },
    ],
    checks: [],
  },
  {
    id: 'tls-interception-proxy',
    family: 'tls-or-proxy-interception',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'TLS inspection replaces the registry certificate',
      ru: 'Проверка TLS подменяет сертификат реестра',
    },
    explanation: {
      en:
        'A proxy, firewall or security agent between the client and the registry decrypts HTTPS and re-signs it with ' +
        'a corporate CA that this client does not trust. The Azure CLI uses its own CA bundle and reports ' +
        'CONNECTIVITY_SSL_ERROR or CERTIFICATE_VERIFY_FAILED; Docker, containerd and Helm report "x509: certificate ' +
        'signed by unknown authority". The registry certificate itself is fine.',
      ru:
        'Прокси, брандмауэр или агент безопасности между клиентом и реестром расшифровывает HTTPS и заново подписывает ' +
        'его корпоративным ЦС, которому этот клиент не доверяет. Azure CLI использует собственный набор корневых ' +
        'сертификатов и сообщает CONNECTIVITY_SSL_ERROR или CERTIFICATE_VERIFY_FAILED; Docker, containerd и Helm пишут ' +
        '«x509: certificate signed by unknown authority». Сам сертификат реестра в порядке.',
    },
    ask: {
      en: 'Does `openssl s_client -connect <registry>.azurecr.io:443` show an issuer that is your company or security vendor instead of Microsoft?',
      ru: 'Показывает ли `openssl s_client -connect <реестр>.azurecr.io:443` издателя вашей компании или поставщика средств безопасности вместо Microsoft?',
    },
    rules: [
      anchor('code:CONNECTIVITY_SSL_ERROR', 10),
      anchor(['Unable to establish a secure connection to the registry'], 9),
      anchor(['certificate signed by unknown authority'], 8),
      anchor(['tls: failed to verify certificate'], 7),
      anchor(['CERTIFICATE_VERIFY_FAILED'], 8),
      anchor(/self[- ]signed certificate in certificate chain/i, 8),
      anchor(['unable to get local issuer certificate'], 7),
      anchor(['SSL certificate problem'], 7),
      anchor(['PKIX path building failed'], 8),
      anchor(['Could not establish trust relationship for the SSL/TLS secure channel'], 7),
      anchor(['x509: certificate is valid for'], 6),
      anchor(['The SSL connection could not be established'], 5),
      anchor(['SSLError'], 4),
      anchor(['remote error: tls: handshake failure'], 3),
      anchor(['Could not connect to the registry login server'], 2),
      context(['REQUESTS_CA_BUNDLE'], 2),
      against('host:no-acr', 4),
    ],
    fix: [
      {
        text: {
          en: 'Look at the certificate chain the client actually receives.',
          ru: 'Посмотрите цепочку сертификатов, которую клиент получает на самом деле.',
        },
        command:
          'openssl s_client -connect {loginServer}:443 -servername {loginServer} -showcerts </dev/null',
      },
      {
        text: {
          en: 'Preferred: exempt *.azurecr.io, the data endpoints and *.blob.core.windows.net from TLS inspection.',
          ru: 'Предпочтительно: исключите *.azurecr.io, конечные точки данных и *.blob.core.windows.net из проверки TLS.',
        },
      },
      {
        text: {
          en: 'Otherwise trust the corporate CA: for Docker add it to the OS store (or /etc/docker/certs.d/<registry>/ca.crt) and restart the daemon; for az point REQUESTS_CA_BUNDLE at a bundle that includes it.',
          ru: 'Иначе добавьте доверие к корпоративному ЦС: для Docker — в хранилище ОС (или /etc/docker/certs.d/<реестр>/ca.crt) с перезапуском демона; для az укажите в REQUESTS_CA_BUNDLE набор, который его содержит.',
        },
      },
      {
        text: {
          en: 'Re-run the connectivity check.',
          ru: 'Повторите проверку подключения.',
        },
        command: 'az acr check-health -n {registry} --ignore-errors --yes',
      },
    ],
    docs: [
      {
        title: { en: 'CONNECTIVITY_SSL_ERROR', ru: 'CONNECTIVITY_SSL_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_ssl_error',
      },
      NETWORK_TROUBLESHOOTING,
    ],
    checks: [],
  },
  {
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
      anchor('code:CONNECTIVITY_WWW_AUTHENTICATE_ERROR', 8),
      anchor(['did not ask properly for a basic or a bearer authentication'], 8),
      anchor(['login attempt to', '/v2/', 'failed with status: 404'], 5),
      anchor(['error parsing HTTP', 'response body', "invalid character '<'"], 5),
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
  },
];
