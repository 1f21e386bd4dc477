import { defineCause } from '../../define';
import { againstRegistryRefusals, anchor, context } from '../../rules';

/**
 * A build step's download of packages, not a registry call, failed to connect: `RUN apt-get update` without DNS,
 * `npm ci` or `pip install` behind a proxy that re-signs TLS, `go mod download` refused by an egress firewall. The
 * same network faults break registry calls, so without this the paste reads as the registry's certificate or name.
 */
export default defineCause({
  id: 'package-server-unreachable-in-build',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A package download could not reach its server (network, proxy or certificate), usually in a build step: not a registry call',
    ru: 'Загрузка пакетов не дошла до своего сервера (сеть, прокси или сертификат), обычно на шаге сборки: это не обращение к реестру',
  },
  explanation: {
    en:
      'The request that failed went to a package server — npm, PyPI, Go’s module proxy, NuGet, Maven, apt, apk or an ' +
      'Azure Artifacts feed — most often from a command inside the image build (a RUN step), not to a container ' +
      'registry. The client could not resolve the name, could not connect, or did not trust the certificate it was given: ' +
      'a corporate proxy that inspects TLS, a proxy that the build does not know about, or a build network without ' +
      'DNS or outbound access. The registry, its credentials and its network rules are not involved.',
    ru:
      'Сбой произошёл в запросе к серверу пакетов — npm, PyPI, прокси модулей Go, NuGet, Maven, apt, apk или фиду ' +
      'Azure Artifacts — чаще всего из команды внутри сборки образа (шаг RUN), а не к реестру контейнеров. Клиент не ' +
      'смог разрешить имя, подключиться или не доверился полученному сертификату: корпоративный прокси с проверкой ' +
      'TLS, прокси, о котором сборка не знает, или сеть сборки без DNS или исходящего доступа. Реестр, его учётные ' +
      'данные и сетевые правила здесь ни при чём.',
  },
  ask: {
    en: 'Does the same download work from the build machine itself, outside the build (for example with curl to the package server)?',
    ru: 'Работает ли та же загрузка на самой машине сборки, вне сборки (например, curl к серверу пакетов)?',
  },
  rules: [
    anchor('unreached:package-server', 12),
    context(['RUN '], 1),
    context(['did not complete successfully'], 1),
    context(['returned a non-zero code'], 1),
    // A registry's refusal later in the same log is what stopped it: a build step's download can fail and be ignored
    // (apt's "ignored, or old ones used instead") before the push is refused.
    ...againstRegistryRefusals(10),
  ],
  fix: [
    {
      text: {
        en: 'Behind a proxy, pass it to the build (the proxy variables are predefined build arguments), with its credentials if it asks for them (407).',
        ru: 'За прокси передайте его сборке (переменные прокси — предопределённые аргументы сборки), с учётными данными, если он их требует (407).',
      },
      command:
        'docker build --build-arg HTTPS_PROXY=$HTTPS_PROXY --build-arg HTTP_PROXY=$HTTP_PROXY --build-arg NO_PROXY=$NO_PROXY .',
    },
    {
      text: {
        en: 'If the proxy inspects TLS, copy the corporate root CA into the image before the download and trust it there (update-ca-certificates, or the package tool’s own setting such as NODE_EXTRA_CA_CERTS, PIP_CERT or SSL_CERT_FILE).',
        ru: 'Если прокси проверяет TLS, скопируйте корневой сертификат компании в образ до загрузки и доверьтесь ему там (update-ca-certificates или собственная настройка инструмента, например NODE_EXTRA_CA_CERTS, PIP_CERT или SSL_CERT_FILE).',
      },
    },
    {
      text: {
        en: 'If names do not resolve inside the build, test with the host’s network; then fix the daemon’s DNS setting or the build agent’s outbound rules.',
        ru: 'Если имена не разрешаются внутри сборки, проверьте с сетью хоста; затем исправьте настройку DNS демона или исходящие правила агента сборки.',
      },
      command: 'docker build --network host .',
    },
  ],
  docs: [
    {
      title: {
        en: 'Docker: use a proxy server with the Docker CLI (builds and containers)',
        ru: 'Docker: использование прокси-сервера с Docker CLI (сборки и контейнеры)',
      },
      url: 'https://docs.docker.com/engine/cli/proxy/',
    },
  ],
  checks: [],
});
