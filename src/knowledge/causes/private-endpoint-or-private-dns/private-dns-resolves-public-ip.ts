import { defineCause } from '../../define';
import { PRIVATE_ENDPOINTS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    // A Foundry hosted agent's pull says the same whether its identity lacks AcrPull or its network cannot reach the
    // registry privately (a private zone not linked to the network it pulls from): its advice to check AcrPull is
    // printed either way, so neither line decides.
    anchor(['ImageError', 'Container registry authentication failed'], 2),
    anchor(['workspace managed identity has AcrPull'], 2),
    anchor(['DNS routing verification failed'], 8),
    anchor(['Error resolving DNS for'], 5),
    // canipull prints the private-link CNAME for every registry behind a private endpoint, healthy or not.
    context(['canonical name', 'privatelink.azurecr.io'], 2),
    // Azure's resolver inside a VNet (168.63.129.16) answering NXDOMAIN: a linked private zone lacks the record.
    anchor(['168.63.129.16', 'no such host'], 3),
    context('host:acr-private-link', 2),
    anchor('private-link:public-ip', 5),
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
});
