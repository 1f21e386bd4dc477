import { defineCause } from '../../define';
import { NETWORK_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context, registryGaveNoAnswer } from '../../rules';

export default defineCause({
  id: 'client-egress-blocked-login-server',
  family: 'client-firewall-blocks-endpoints',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: "The client's network blocks HTTPS to the login server",
    ru: 'Сеть клиента блокирует HTTPS к серверу входа',
  },
  explanation: {
    en:
      'Outbound TCP 443 from this client to `<registry>.azurecr.io` never gets an answer: an NSG, a route table ' +
      'sending traffic to a firewall or NVA without a matching rule, a corporate firewall or the ISP drops it. ' +
      'The registry sees nothing, so the client only reports timeouts such as "Client.Timeout exceeded while ' +
      'awaiting headers", "dial tcp …:443: i/o timeout" or "connection timed out". Occasionally the same symptom is a ' +
      'short service-side hiccup, so one retry is worthwhile.',
    ru:
      'Исходящий TCP 443 от этого клиента к `<реестр>.azurecr.io` остаётся без ответа: его отбрасывает NSG, таблица ' +
      'маршрутов, отправляющая трафик в брандмауэр или NVA без подходящего правила, корпоративный брандмауэр или ' +
      'провайдер. Реестр ничего не получает, поэтому клиент сообщает только о таймаутах: «Client.Timeout exceeded ' +
      'while awaiting headers», «dial tcp …:443: i/o timeout» или «connection timed out». Иногда такой же симптом даёт ' +
      'кратковременный сбой службы, поэтому одну повторную попытку сделать стоит.',
  },
  ask: {
    en: 'Does `nc -vz <registry>.azurecr.io 443` (or Test-NetConnection -Port 443) time out from this machine?',
    ru: 'Завершается ли `nc -vz <реестр>.azurecr.io 443` (или Test-NetConnection -Port 443) таймаутом с этой машины?',
  },
  rules: [
    // Java clients (Apache HttpClient in Jib, Spring, Maven): "Connect to host:443 [host/ip] failed: Connect timed out".
    anchor(['Connect to', ':443', 'timed out'], 5),
    anchor(['Connect to', ':443', 'Connection refused'], 3),
    anchor(['managed identity timed out'], 4),
    anchor(['because the registry is unavailable'], 4),
    anchor(['failed to reach auth url'], 5),
    anchor(['failed to do request', ': EOF'], 3),
    anchor(['Client.Timeout exceeded while awaiting headers'], 6),
    // .NET's HttpClient giving up on a request (the SDK's container push, azd, Bicep): the same wait with another
    // client's words, said of any server, so only with a registry on the same line (field16 16B003).
    anchor(['configured HttpClient.Timeout of', 'registry'], 3),
    anchor(['configured HttpClient.Timeout of', 'azurecr.'], 3),
    // Azure.Core (.NET: the ACR SDK, Bicep's restore and publish) when a request got no answer within its network timeout.
    anchor(['exceeded the configured timeout', 'ClientOptions.Retry.NetworkTimeout'], 5),
    // Dependabot's updater when the registry's open or read timed out (docker/lib/dependabot/docker/update_checker.rb).
    anchor(['private_source_timed_out', 'azurecr.'], 5),
    anchor(['request canceled while waiting for connection'], 6),
    anchor(['nc: connect to', 'port 443', 'failed'], 6),
    anchor(['nc: connect to', 'port 443', 'timed out'], 6),
    anchor(['TCP connect to', 'failed'], 6),
    anchor(['TcpTestSucceeded', 'False'], 6),
    anchor(['ConnectTimeoutError'], 5),
    anchor(['connected party did not properly respond'], 5),
    anchor(['Failed to establish a new connection', 'Connection timed out'], 5),
    // An Azure Identity chain ("EnvironmentCredential: …") that cannot reach Entra at all: egress to it is blocked.
    anchor(['credential: ', 'Failed to establish a new connection'], 5),
    anchor(['dial tcp', ':443: connect: connection timed out'], 5),
    anchor(['dial tcp', ':443: i/o timeout'], 4),
    // Shared with dns-temporary-failure: a DNS query over UDP that got no answer may have been dropped on the way.
    anchor(['lookup', ':53: read udp'], 3),
    anchor(['dial tcp', ':443: connect: network is unreachable'], 4),
    anchor(['dial tcp', ':443: connect: no route to host'], 4),
    anchor(['dial tcp', ':443: connect: connection refused'], 3),
    anchor(['connection reset by peer'], 3),
    // Go's word for a connection cut under it mid-request (see transient-service-error: a passing fault reads the same).
    anchor(['use of closed network connection'], 2),
    // The same cut seen from this side: something between here and the registry (a proxy, an NVA, security
    // software on the machine) ended the connection mid-request.
    anchor(['software caused connection abort'], 3),
    anchor(['write: broken pipe'], 2),
    // Other runtimes' words for the same refused, dropped or cut connection (Node's error codes, Python's urllib3,
    // curl's, .NET Framework's, Rust's hyper), each with the registry's port or name on the line as the Go rules
    // have: a package manager's ETIMEDOUT in a channel is not a registry's.
    anchor(['ECONNREFUSED', ':443'], 3),
    anchor(['ETIMEDOUT', ':443'], 4),
    anchor(['ECONNRESET', 'azurecr.'], 3),
    anchor(['Read timed out', 'azurecr.'], 3),
    anchor(['Failed to establish a new connection', 'Connection refused', 'azurecr.'], 3),
    anchor(['Failed to connect to', 'port 443'], 4),
    anchor(['Connection timed out after', 'azurecr.'], 4),
    anchor(['Unable to connect to the remote server', 'azurecr.'], 4),
    anchor(['tcp connect error', 'azurecr.'], 3),
    anchor(['/v2/": EOF'], 2),
    anchor(['context deadline exceeded'], 3),
    ...registryGaveNoAnswer(3),
    // Current az acr check-health reports any failed request to /v2/ (timeout, reset, refused) under this code;
    // the older sentence alone ("did not issue a challenge", no code) came from a 403 of the registry's firewall.
    anchor('code:CONNECTIVITY_CHALLENGE_ERROR', 6),
    context('op:login', 1),
    against('resolved:private', 4),
    against('host:acr-data-endpoint', 3),
    against(['blob.core.windows.net'], 3),
    against('succeeded:login', 3),
    against('http:401', 3),
    against('http:403', 3),
    against(['proxyconnect'], 3),
    against(['lookup', ':53'], 3),
  ],
  fix: [
    {
      text: {
        en: 'Retry once; if it still times out, test TCP 443 to the login server from the same machine.',
        ru: 'Повторите один раз; если таймаут остаётся, проверьте TCP 443 до сервера входа с той же машины.',
      },
      command: 'nc -vz {loginServer} 443 -w 10',
    },
    {
      text: {
        en: 'Allow outbound 443 to the login server in the NSG, Azure Firewall or corporate firewall (service tag AzureContainerRegistry, or the FQDN), and check the route table of the subnet.',
        ru: 'Разрешите исходящий 443 к серверу входа в NSG, Azure Firewall или корпоративном брандмауэре (тег службы AzureContainerRegistry или FQDN) и проверьте таблицу маршрутов подсети.',
      },
    },
    {
      text: {
        en: 'In Azure, use NSG diagnostics or effective security rules of the client NIC to find the rule that drops the traffic.',
        ru: 'В Azure используйте диагностику NSG или действующие правила безопасности сетевого интерфейса клиента, чтобы найти правило, отбрасывающее трафик.',
      },
      command: 'az network nic list-effective-nsg -g {resourceGroup} -n <nic>',
    },
    {
      text: {
        en: 'Run the registry connectivity check.',
        ru: 'Выполните проверку подключения к реестру.',
      },
      command: 'az acr check-health -n {registry} --yes',
    },
  ],
  docs: [
    {
      title: {
        en: 'Request canceled: Client.Timeout exceeded',
        ru: 'Запрос отменён: Client.Timeout exceeded',
      },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/request-canceled-waiting-connection-timeout-exceeded',
    },
    NETWORK_TROUBLESHOOTING,
  ],
  checks: [],
});
