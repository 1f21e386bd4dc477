import { defineCause } from '../../define';
import { against, anchor } from '../../rules';

export default defineCause({
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
      'The registry or the Azure platform answered with a server error (500, 502, 503 or 504), a platform reported the ' +
      'image as inaccessible and then recovered without any change on your side, or it was still busy with an earlier ' +
      'operation on the same resource (ContainerAppOperationInProgress). Nothing about your identity, roles or ' +
      'network is wrong: Docker prints "received unexpected HTTP status: 500 Internal Server Error", containerd ' +
      '"503 Service Unavailable". Such faults usually clear within minutes; if they persist, check Azure status.',
    ru:
      'Реестр или платформа Azure ответили серверной ошибкой (500, 502, 503 или 504), платформа сообщила о недоступности ' +
      'образа и затем восстановилась без каких-либо изменений с вашей стороны, либо она ещё выполняла прежнюю операцию ' +
      'над тем же ресурсом (ContainerAppOperationInProgress). С удостоверением, ролями и сетью всё в порядке: ' +
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
    // Azure Front Door's own error page, served in place of the registry's JSON when the service behind the edge is
    // down (MCR's outages: field76 76I003, "error parsing HTTP 400 response body: invalid character '<' …"). The HTML
    // comes from Microsoft's edge, not from a proxy of the user's.
    anchor(["Our services aren't available right now"], 6),
    // The platform still busy with an earlier operation on the same resource (a registry change that hung holds the
    // app): the next change is refused until it ends, or until the app is recreated.
    anchor(['ContainerAppOperationInProgress'], 6),
    anchor(['AnotherOperationInProgress'], 5),
    anchor('http:5xx', 4),
    anchor(['received unexpected HTTP status: 5'], 5),
    anchor(['500 Internal Server Error'], 5),
    anchor(['502 Bad Gateway'], 5),
    anchor(['503 Service Unavailable'], 5),
    anchor(['504 Gateway Time'], 5),
    // Docker's daemon names a 5xx without a body by its status text alone, after the quoted URL it asked:
    // `Get "https://x.azurecr.io/v2/": Service Unavailable`.
    anchor(['": Service Unavailable'], 4),
    anchor(['": Bad Gateway'], 4),
    anchor(['": Gateway Timeout'], 4),
    anchor(['ServiceUnavailable'], 3),
    anchor(['(InternalServerError)'], 3),
    anchor(['Code: InternalServerError'], 3),
    // Container Instances' InaccessibleImage is a pull it could not make; a service fault is its least likely reading.
    anchor(['InaccessibleImage'], 1),
    // A refused connection to the registry's public address: something on the way rejects it (the client's network,
    // client-egress-blocked-login-server), or the service's front end did for a while; a re-run tells them apart.
    anchor(['dial tcp', ':443: connect: connection refused'], 3),
    // Go's "use of closed network connection" mid-transfer: the connection was cut under the client, by the service
    // for a while or by something on the way (client-egress-blocked-login-server); a re-run tells them apart.
    anchor(['use of closed network connection'], 2),
    // az acr import's service-side copy failed without saying why.
    anchor(['Error copying blobs'], 3),
    // Python's json reading an answer that is no JSON at all ("Expecting value: line 1 column 1 (char 0)", which az and
    // SDK scripts pass on): an empty body from a passing fault, or a proxy's HTML page (challenge-not-issued reads that).
    anchor(['Expecting value: line 1 column 1'], 3),
    anchor(/\bJSON\b[^\n]{0,40}\bExpecting value\b/i, 3),
    // Container Instances' RegistryErrorResponse ("An error response is received from the docker registry …. Please
    // retry later."): from Docker Hub or another public registry it is that registry's passing refusal or limit; naming
    // an ACR, it is the ACR's network rules (azure-service-blocked-by-network-rules).
    anchor(/error response is received from the docker registry(?![^\n]{0,80}\.azurecr\.)/i, 4),
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
});
