import { against, anchor, context } from '../rules';
import { AKS_PULL_TROUBLESHOOTING, NETWORK_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
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
      anchor(['failed to do request', ': EOF'], 3),
      anchor(['Client.Timeout exceeded while awaiting headers'], 6),
      anchor(['request canceled while waiting for connection'], 6),
      anchor(['nc: connect to', 'port 443', 'failed'], 6),
      anchor(['nc: connect to', 'port 443', 'timed out'], 6),
      anchor(['TCP connect to', 'failed'], 6),
      anchor(['TcpTestSucceeded', 'False'], 6),
      anchor(['ConnectTimeoutError'], 5),
      anchor(['connected party did not properly respond'], 5),
      anchor(['Failed to establish a new connection', 'Connection timed out'], 5),
      anchor(['dial tcp', ':443: connect: connection timed out'], 5),
      anchor(['dial tcp', ':443: i/o timeout'], 4),
      anchor(['dial tcp', ':443: connect: network is unreachable'], 4),
      anchor(['dial tcp', ':443: connect: no route to host'], 4),
      anchor(['dial tcp', ':443: connect: connection refused'], 3),
      anchor(['connection reset by peer'], 3),
      anchor(['/v2/": EOF'], 2),
      anchor(['context deadline exceeded'], 3),
      anchor(['Could not connect to the registry login server'], 3),
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
  },
  {
    id: 'client-egress-blocked-data-endpoint',
    family: 'client-firewall-blocks-endpoints',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'Login works, but the firewall blocks the endpoints that serve the layers',
      ru: 'Вход работает, но брандмауэр блокирует конечные точки, отдающие слои',
    },
    explanation: {
      en:
        'ACR serves manifests from the login server but redirects every layer download to a storage endpoint ' +
        '(`*.blob.core.windows.net`) or, with dedicated data endpoints, to `<registry>.<region>.data.azurecr.io` — one ' +
        'per replica region. A firewall that allows only `<registry>.azurecr.io` lets the login and the manifest through ' +
        'and then times out on the layers: "error pulling image configuration: download failed after attempts=6: dial ' +
        'tcp …:443: i/o timeout". Turning on dedicated data endpoints also breaks clients that only allowed the blob wildcard.',
      ru:
        'ACR отдаёт манифесты с сервера входа, но каждую загрузку слоя перенаправляет на конечную точку хранилища ' +
        '(`*.blob.core.windows.net`) или, при выделенных конечных точках данных, на `<реестр>.<регион>.data.azurecr.io` — ' +
        'по одной на регион реплики. Брандмауэр, который разрешает только `<реестр>.azurecr.io`, пропускает вход и манифест, ' +
        'а на слоях получается таймаут: «error pulling image configuration: download failed after attempts=6: dial tcp …:443: ' +
        'i/o timeout». Включение выделенных конечных точек данных ломает и тех клиентов, у которых был разрешён только шаблон blob.',
    },
    ask: {
      en: 'Do login and manifest requests succeed while the layer downloads time out?',
      ru: 'Вход и запросы манифеста проходят, а загрузка слоёв завершается таймаутом?',
    },
    rules: [
      // Layers come from blob storage (or the data endpoint); a connection cut there shows as EOF on the blob URL.
      anchor(['blob.core.windows.net', 'EOF'], 6),
      anchor(['httpReadSeeker', 'failed open'], 3),
      // The data endpoint's name not resolving is a missing DNS record, not a blocked connection.
      against(['data.azurecr.io', 'no such host'], 4),
      // Blob storage (where layers live) answers 403 AuthorizationFailure when its firewall or a subnet's
      // service endpoint policy refuses the client; the registry itself had let the client in.
      anchor(['AuthorizationFailure', 'not authorized to perform this operation'], 7),
      anchor(['error pulling image configuration', '403'], 4),
      anchor(['error pulling image configuration', 'timeout'], 8),
      anchor(['download failed after attempts'], 7),
      anchor(['blob.core.windows.net', 'i/o timeout'], 8),
      anchor(['blob.core.windows.net', 'dial tcp'], 6),
      anchor(['httpReadSeeker', 'timeout'], 6),
      anchor(['data.azurecr.io', 'i/o timeout'], 5),
      anchor(['data.azurecr.io', 'dial tcp'], 4),
      anchor(['Retrying in', 'second'], 2),
      context('succeeded:login', 3),
      context('op:pull', 2),
      context('host:acr-data-endpoint', 2),
      against('resolved:private', 3),
      against('host:acr-private-link', 3),
    ],
    fix: [
      {
        text: {
          en: 'List the endpoints the client must reach for layers.',
          ru: 'Выведите конечные точки, до которых клиент должен достучаться за слоями.',
        },
        command: 'az acr show-endpoints -n {registry}',
      },
      {
        text: {
          en: 'Allow outbound 443 to every data endpoint (one per replica region), or to the storage endpoints (service tag Storage.<region>) if dedicated data endpoints are off.',
          ru: 'Разрешите исходящий 443 ко всем конечным точкам данных (по одной на регион реплики) или к конечным точкам хранилища (тег службы Storage.<регион>), если выделенные конечные точки данных выключены.',
        },
        command: 'nc -vz {registry}.<region>.data.azurecr.io 443 -w 10',
      },
      {
        text: {
          en: 'Prefer dedicated data endpoints: they let the firewall allow exact names instead of *.blob.core.windows.net.',
          ru: 'Лучше включить выделенные конечные точки данных: тогда в брандмауэре можно разрешить точные имена вместо *.blob.core.windows.net.',
        },
        command: 'az acr update -n {registry} --data-endpoint-enabled true',
      },
    ],
    docs: [
      {
        title: {
          en: 'Download failed: dial tcp 443 i/o timeout',
          ru: 'Сбой загрузки: dial tcp 443 i/o timeout',
        },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/download-failed-443-io-time-out',
      },
      {
        title: {
          en: 'Firewall rules for a registry behind a firewall',
          ru: 'Правила брандмауэра для реестра за брандмауэром',
        },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-firewall-rules',
      },
      {
        title: { en: 'Dedicated data endpoints', ru: 'Выделенные конечные точки данных' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints',
      },
    ],
    checks: ['registry'],
  },
  {
    id: 'tls-handshake-timeout-nva',
    family: 'client-firewall-blocks-endpoints',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'A firewall or NVA stalls the TLS handshake with the registry',
      ru: 'Брандмауэр или NVA задерживает TLS-рукопожатие с реестром',
    },
    explanation: {
      en:
        'The TCP connection opens, but the TLS handshake does not finish in time: a firewall, NVA or proxy on the ' +
        'route inspects or drops part of the exchange (often an asymmetric route or a rule that matches the SNI but not ' +
        'the data endpoints). Docker and kubelet report "net/http: TLS handshake timeout"; the registry is healthy.',
      ru:
        'TCP-соединение открывается, но TLS-рукопожатие не успевает завершиться: брандмауэр, NVA или прокси на пути ' +
        'проверяет или отбрасывает часть обмена (часто из-за асимметричного маршрута или правила, которое пропускает ' +
        'SNI, но не конечные точки данных). Docker и kubelet сообщают «net/http: TLS handshake timeout»; сам реестр исправен.',
    },
    ask: {
      en: 'Does the traffic from this client to the registry go through a firewall, NVA or proxy (for example a UDR to Azure Firewall)?',
      ru: 'Проходит ли трафик от этого клиента к реестру через брандмауэр, NVA или прокси (например, UDR на Azure Firewall)?',
    },
    rules: [
      anchor(['TLS handshake timeout'], 8),
      anchor(['handshake operation timed out'], 6),
      anchor(['connection reset by peer'], 2),
      context('tool:kubelet', 1),
      context('tool:docker', 1),
    ],
    fix: [
      {
        text: {
          en: 'Check that the TLS handshake completes from the failing machine and see who answers it.',
          ru: 'Проверьте, завершается ли TLS-рукопожатие с проблемной машины, и посмотрите, кто на него отвечает.',
        },
        command: 'openssl s_client -connect {loginServer}:443 -servername {loginServer} </dev/null',
      },
      {
        text: {
          en: 'Review the firewall/NVA rules and the route tables on the path: allow the login server and every data endpoint (or storage endpoint) on 443 and keep the route symmetric.',
          ru: 'Проверьте правила брандмауэра/NVA и таблицы маршрутов на пути: разрешите сервер входа и все конечные точки данных (или хранилища) на 443 и обеспечьте симметричный маршрут.',
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
    docs: [
      AKS_PULL_TROUBLESHOOTING,
      {
        title: {
          en: 'Firewall rules for a registry behind a firewall',
          ru: 'Правила брандмауэра для реестра за брандмауэром',
        },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-firewall-rules',
      },
    ],
    checks: [],
  },
];
