import { defineCause } from '../../define';
import { NETWORK_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    // The first half of the same Go message ("net/http: request canceled while waiting for connection (Client.Timeout …)").
    anchor(['request canceled while waiting for connection'], 2),
    anchor(['dial tcp', ':443: i/o timeout'], 2),
    context(['HTTPS_PROXY'], 4),
    context(['HTTP Proxy:'], 3),
    context(['HTTPS Proxy:'], 3),
    against('resolved:private', 2),
    // The proxy refused a package download (pip, npm, apt), not a pull: Docker's own proxy settings are not in it.
    against('unreached:package-server', 8),
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
});
