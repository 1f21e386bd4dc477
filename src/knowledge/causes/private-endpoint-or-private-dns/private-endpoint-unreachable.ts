import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING, NETWORK_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context, registryGaveNoAnswer } from '../../rules';

export default defineCause({
  id: 'private-endpoint-unreachable',
  family: 'private-endpoint-or-private-dns',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'DNS returns the private endpoint IP, but the client cannot reach it',
    ru: 'DNS возвращает IP частной конечной точки, но клиент не может до неё достучаться',
  },
  explanation: {
    en:
      'Name resolution is right: the login server resolves to a private address. The packets never arrive, ' +
      'though: the VNets are not peered (or the peering is Disconnected), a hub firewall or NVA has no rule for the ' +
      'private endpoint IPs, or an NSG or route table drops the traffic. The client sees a connection timeout to a ' +
      'private IP on port 443, and check-health reports that the registry did not issue a challenge.',
    ru:
      'Имя разрешается правильно: сервер входа указывает на частный адрес. Но пакеты не доходят: виртуальные сети ' +
      'не связаны пирингом (или пиринг в состоянии Disconnected), в брандмауэре хаба или NVA нет правила для IP частной ' +
      'конечной точки, либо трафик отбрасывают NSG или таблица маршрутов. Клиент видит таймаут подключения к частному ' +
      'IP на порт 443, а check-health сообщает, что реестр не выдал запрос аутентификации (challenge).',
  },
  ask: {
    en: 'Does the login server resolve to a private IP, but a TCP test to that IP on port 443 times out?',
    ru: 'Сервер входа разрешается в частный IP, но TCP-проверка этого IP на порт 443 завершается таймаутом?',
  },
  rules: [
    anchor(['Connect to', ':443', 'failed'], 2),
    anchor(["doesn't have private endpoints in the vnet"], 6),
    anchor(['failed to do request', ': EOF'], 3),
    anchor(
      /dial tcp (?:10\.|172\.(?:1[6-9]|2\d|3[01])\.|192\.168\.)[\d.]{3,11}:443: (?:i\/o timeout|connect: connection timed out|connect: no route to host|connect: connection refused)/i,
      6,
    ),
    // Node's connect failures (`connect ECONNREFUSED 10.1.2.4:443`): the address read makes them this cause's or not.
    anchor(['ECONNREFUSED', ':443'], 2),
    anchor(['ETIMEDOUT', ':443'], 2),
    // curl -v's failed connect to a private address (`* connect to 10.1.2.4 port 443 failed: …`), as Go's dial above.
    anchor(
      /\bconnect to (?:10\.|172\.(?:1[6-9]|2\d|3[01])\.|192\.168\.)[\d.]{3,11} port 443 (?:from \S{1,60} port \d{1,5} )?failed\b/i,
      6,
    ),
    // The URL's host is the private address itself: a registry addressed by IP (a self-hosted one; an ACR's certificate
    // names its login server), so no name resolved to a private endpoint (field23 23V004).
    against('addressed-by-ip', 6),
    anchor('code:CONNECTIVITY_CHALLENGE_ERROR', 2),
    anchor(['did not issue a challenge'], 2),
    ...registryGaveNoAnswer(2),
    anchor(['Client.Timeout exceeded while awaiting headers'], 2),
    // The first half of the same Go message ("net/http: request canceled while waiting for connection (Client.Timeout …)").
    anchor(['request canceled while waiting for connection'], 2),
    anchor(['context deadline exceeded'], 2),
    anchor(['i/o timeout'], 1),
    context('resolved:private', 5),
    context('host:acr-private-link', 2),
    context(['privatelink.azurecr.io'], 1),
    against('http:401', 3),
    against('http:403', 3),
    against('resolved:public', 3),
    // kubectl's words for a private AKS API server it cannot reach: a look-alike, not the registry's endpoint.
    against(['Unable to connect to the server'], 8),
    // Go dialling an HTTP proxy: the private address it could not reach is the proxy's, not a private endpoint's.
    against(['proxyconnect'], 6),
    // …and a pod's dial to the cluster's API server, said as such (kubernetes-not-registry).
    against(['API server', 'dial tcp'], 8),
    against(['apiserver', 'dial tcp'], 8),
  ],
  fix: [
    {
      text: {
        en: 'From the failing machine or node, test TCP 443 to the private endpoint IP.',
        ru: 'С проблемной машины или узла проверьте TCP 443 до IP частной конечной точки.',
      },
      command: 'nc -vz {loginServer} 443 -w 10',
    },
    {
      text: {
        en: 'Check that the VNet peering between the client VNet and the private endpoint VNet is Connected in both directions.',
        ru: 'Проверьте, что пиринг между сетью клиента и сетью частной конечной точки находится в состоянии Connected в обе стороны.',
      },
      command: 'az network vnet peering list -g {resourceGroup} --vnet-name <vnet> -o table',
    },
    {
      text: {
        en: 'Allow the private endpoint IPs (registry and data endpoints) on TCP 443 in the hub firewall/NVA and in the NSGs on the way, and check the route tables of the client subnet.',
        ru: 'Разрешите IP частной конечной точки (реестра и конечных точек данных) на TCP 443 в брандмауэре хаба/NVA и в NSG на пути, а также проверьте таблицы маршрутов подсети клиента.',
      },
    },
    {
      text: {
        en: 'For AKS, run the built-in check from the cluster.',
        ru: 'Для AKS выполните встроенную проверку из кластера.',
      },
      command: 'az aks check-acr -g {resourceGroup} -n {cluster} --acr {loginServer}',
    },
  ],
  docs: [AKS_PULL_TROUBLESHOOTING, NETWORK_TROUBLESHOOTING],
  checks: ['network'],
});
