import { against, anchor, context } from '../rules';
import { AKS_PULL_TROUBLESHOOTING, NETWORK_TROUBLESHOOTING, PRIVATE_ENDPOINTS } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
    id: 'private-dns-resolves-public-ip',
    family: 'private-endpoint-or-private-dns',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: 'The registry has a private endpoint, but this client resolves its public address',
      ru: 'У реестра есть частная конечная точка, но клиент получает его публичный адрес',
    },
    explanation: {
      en:
        'The login server is a CNAME to `<registry>.privatelink.azurecr.io`; only clients whose DNS sees the ' +
        'privatelink.azurecr.io private zone get the private endpoint IP. This client got the public address instead ' +
        '(its VNet is not linked to the zone, or a custom DNS server does not forward to 168.63.129.16), so the request ' +
        'went to the public endpoint, which the firewall or disabled public access rejects with 403 / "client with IP … ' +
        'is not allowed access". A private client IP in that message means the request crossed the VNet to the public ' +
        'endpoint instead of using the private endpoint.',
      ru:
        'Сервер входа — это CNAME на `<реестр>.privatelink.azurecr.io`; IP частной конечной точки получают только те ' +
        'клиенты, чей DNS видит частную зону privatelink.azurecr.io. Этот клиент получил публичный адрес (его виртуальная ' +
        'сеть не связана с зоной, или собственный DNS-сервер не пересылает запросы на 168.63.129.16), поэтому запрос ушёл ' +
        'на публичную конечную точку, а её брандмауэр или отключённый публичный доступ отвечает 403 / «client with IP … is ' +
        'not allowed access». Частный IP клиента в этом сообщении означает, что запрос прошёл из виртуальной сети к ' +
        'публичной конечной точке, минуя частную.',
    },
    ask: {
      en: 'Does the registry have a private endpoint, and does `nslookup <registry>.azurecr.io` on the failing machine return a public IP instead of the private endpoint IP?',
      ru: 'У реестра есть частная конечная точка, и `nslookup <реестр>.azurecr.io` на проблемной машине возвращает публичный IP вместо IP частной конечной точки?',
    },
    rules: [
      anchor(['DNS routing to registry', 'through private IP is incorrect'], 10),
      anchor(['DNS routing verification failed'], 8),
      anchor(['Error resolving DNS for'], 5),
      anchor(['canonical name', 'privatelink.azurecr.io'], 4),
      anchor('host:acr-private-link', 4),
      anchor('token-status:403', 3),
      anchor('code:CONNECTIVITY_FORBIDDEN_ERROR', 3),
      anchor(['client with IP', 'not allowed access'], 3),
      anchor(['failed to fetch', 'token', '403 Forbidden'], 3),
      anchor(['token exchange endpoint returned error status: 403'], 3),
      context('resolved:public', 2),
      context('client-ip:private', 4),
      context(['privatelink.azurecr.io'], 2),
      against('resolved:private', 5),
      against('http:401', 3),
      against(['data.azurecr.io', 'no such host'], 3),
    ],
    fix: [
      {
        text: {
          en: 'On the failing machine (or a pod on the failing node), check what the login server resolves to; it must be the private endpoint IP.',
          ru: 'На проблемной машине (или в поде на проблемном узле) проверьте, во что разрешается сервер входа; это должен быть IP частной конечной точки.',
        },
        command: 'nslookup {loginServer}',
      },
      {
        text: {
          en: 'Let the CLI compare DNS with the private endpoint for the client VNet.',
          ru: 'Попросите CLI сравнить DNS с частной конечной точкой для виртуальной сети клиента.',
        },
        command: 'az acr check-health -n {registry} --vnet <vnet-name-or-id> --yes',
      },
      {
        text: {
          en: 'Link the client VNet (and the VNet of any custom DNS server) to the privatelink.azurecr.io zone.',
          ru: 'Свяжите виртуальную сеть клиента (и сеть собственного DNS-сервера, если он есть) с зоной privatelink.azurecr.io.',
        },
        command:
          'az network private-dns link vnet create -g {resourceGroup} -z privatelink.azurecr.io -n <link-name> -v <vnet-id> -e false',
      },
      {
        text: {
          en: 'With a custom DNS server, forward azurecr.io (or privatelink.azurecr.io) to 168.63.129.16, and make sure the zone has A records for the registry and each <registry>.<region>.data endpoint.',
          ru: 'При собственном DNS-сервере настройте пересылку azurecr.io (или privatelink.azurecr.io) на 168.63.129.16 и убедитесь, что в зоне есть A-записи для реестра и для каждой конечной точки <реестр>.<регион>.data.',
        },
        command:
          'az network private-dns record-set a list -g {resourceGroup} -z privatelink.azurecr.io -o table',
      },
    ],
    docs: [
      {
        title: {
          en: "Can't resolve the registry FQDN to the private IP",
          ru: 'Имя реестра не разрешается в частный IP-адрес',
        },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/cant-resolve-container-registry-fqdn-private-ip-address',
      },
      PRIVATE_ENDPOINTS,
    ],
    checks: ['network', 'registry', 'login-failures'],
  },
  {
    id: 'data-endpoint-dns-missing',
    family: 'private-endpoint-or-private-dns',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: "The registry's data endpoint is missing from private DNS",
      ru: 'Конечной точки данных реестра нет в частной DNS-зоне',
    },
    explanation: {
      en:
        'With a private endpoint, layers are not served by the login server: the registry redirects each blob ' +
        'download to `<registry>.<region>.data.azurecr.io`, one per replica region. Login and manifest requests ' +
        'work because the registry record exists, but the data endpoint record is missing or points to the public ' +
        'address, so the pull stops at the first layer with "no such host", a timeout or 403 on the data host.',
      ru:
        'При частной конечной точке слои отдаёт не сервер входа: реестр перенаправляет загрузку каждого блоба на ' +
        '`<реестр>.<регион>.data.azurecr.io`, по одной конечной точке на регион реплики. Вход и запросы манифестов ' +
        'проходят, потому что запись для реестра есть, а записи для конечной точки данных нет или она указывает на ' +
        'публичный адрес, и извлечение обрывается на первом же слое с «no such host», таймаутом или 403 на хосте данных.',
    },
    ask: {
      en: 'Does `nslookup <registry>.<region>.data.azurecr.io` fail or return a public IP on the failing machine?',
      ru: 'На проблемной машине `nslookup <реестр>.<регион>.data.azurecr.io` завершается ошибкой или возвращает публичный IP?',
    },
    rules: [
      anchor(['data.azurecr.io', 'no such host'], 9),
      anchor(['Error resolving DNS for', 'data.azurecr.io'], 9),
      anchor(['data.azurecr.io', '403 Forbidden'], 6),
      anchor(['data.azurecr.io', 'not allowed access'], 5),
      anchor(['registry_data_'], 5),
      anchor(['data.azurecr.io', 'i/o timeout'], 4),
      context('host:acr-private-link', 3),
      context(['privatelink.azurecr.io'], 2),
      context('succeeded:login', 3),
      context('op:pull', 1),
    ],
    fix: [
      {
        text: {
          en: 'List the data endpoints the registry uses.',
          ru: 'Выведите конечные точки данных, которые использует реестр.',
        },
        command: 'az acr show-endpoints -n {registry}',
      },
      {
        text: {
          en: 'Check that each of them resolves to a private IP of the private endpoint.',
          ru: 'Проверьте, что каждая из них разрешается в частный IP частной конечной точки.',
        },
        command: 'nslookup {registry}.<region>.data.azurecr.io',
      },
      {
        text: {
          en: 'Add the missing A records (member registry_data_<region>) to the privatelink.azurecr.io zone, or let the private endpoint manage them through a DNS zone group; add records for every replica region.',
          ru: 'Добавьте недостающие A-записи (член registry_data_<регион>) в зону privatelink.azurecr.io или поручите их ведение частной конечной точке через группу DNS-зон; записи нужны для каждого региона реплики.',
        },
        command:
          'az network private-dns record-set a list -g {resourceGroup} -z privatelink.azurecr.io -o table',
      },
    ],
    docs: [
      {
        title: { en: 'Dedicated data endpoints', ru: 'Выделенные конечные точки данных' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints',
      },
      PRIVATE_ENDPOINTS,
    ],
    checks: ['network', 'registry'],
  },
  {
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
      anchor(['failed to do request', ': EOF'], 3),
      anchor(
        /dial tcp (?:10\.|172\.(?:1[6-9]|2\d|3[01])\.|192\.168\.)[\d.]{3,11}:443: (?:i\/o timeout|connect: connection timed out|connect: no route to host|connect: connection refused)/i,
        6,
      ),
      anchor('code:CONNECTIVITY_CHALLENGE_ERROR', 2),
      anchor(['did not issue a challenge'], 2),
      anchor(['Could not connect to the registry login server'], 2),
      anchor(['Client.Timeout exceeded while awaiting headers'], 2),
      anchor(['context deadline exceeded'], 2),
      anchor(['i/o timeout'], 1),
      context('resolved:private', 5),
      context('host:acr-private-link', 2),
      context(['privatelink.azurecr.io'], 1),
      against('http:401', 3),
      against('http:403', 3),
      against('resolved:public', 3),
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
  },
];
