import { defineCause } from '../../define';
import { PRIVATE_ENDPOINTS, SELECTED_NETWORKS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'public-network-access-disabled',
  family: 'public-network-access-disabled',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'Public network access is disabled on the registry',
    ru: 'Публичный сетевой доступ к реестру отключён',
  },
  explanation: {
    en:
      'The registry accepts traffic only through its private endpoints, and this client reached it over the ' +
      'public internet. The registry answers 403 before looking at who you are, so `az acr login` reports ' +
      'CONNECTIVITY_REFRESH_TOKEN_ERROR with response code 403, and Docker or Kubernetes report "denied" or ' +
      '"403 Forbidden". Disabling public access also switches off service-endpoint access and `az acr build`.',
    ru:
      'Реестр принимает трафик только через частные конечные точки, а этот клиент пришёл к нему через ' +
      'интернет. Реестр отвечает 403 ещё до проверки удостоверения, поэтому `az acr login` сообщает ' +
      'CONNECTIVITY_REFRESH_TOKEN_ERROR с кодом ответа 403, а Docker или Kubernetes пишут «denied» или ' +
      '«403 Forbidden». Отключение публичного доступа выключает и доступ через конечные точки служб, и `az acr build`.',
  },
  ask: {
    en: 'Is the registry set to "Disabled" under Networking → Public access?',
    ru: 'В реестре в разделе «Сеть» → «Общий доступ» выбрано «Отключено»?',
  },
  rules: [
    // Container Instances' 409 code from ACR, quoted bare: the registry refused its addresses, by selected networks or
    // by public access disabled alike (azure-service-blocked-by-network-rules lists it too).
    anchor(['RegistryErrorResponse', 'acr'], 2),
    // Never for a registry that is recognisably someone else's (Docker Hub answers the same code for its rate limit).
    against('host:other-registry', 6),
    // ARM's role check answers in these words; the registry's network rules guard only its data plane.
    against(['does not have authorization to perform action'], 6),
    anchor(['token exchange', '403'], 3),
    anchor('http:403', 2),
    against(['<html'], 3),
    // Older CLIs report the registry's 403 on /v2/ as a missing challenge rather than CONNECTIVITY_FORBIDDEN_ERROR.
    anchor('code:CONNECTIVITY_CHALLENGE_ERROR', 4),
    anchor(['did not issue a challenge'], 4),
    anchor(['"message":"denied"'], 3),
    // az acr import: the import service was refused by the source registry with 403. It reaches a source registry over
    // the public endpoint, so a source with public access disabled (or firewalled) refuses it.
    anchor(['Invalid message Forbidden'], 5),
    context('tool:app-service', 1),
    anchor('token-status:403', 6),
    anchor('code:CONNECTIVITY_FORBIDDEN_ERROR', 5),
    anchor(['denied: client with IP'], 5),
    // ACR's wording is the same whether a firewall rule or disabled public access refused the client.
    anchor(['client with IP', 'not allowed access'], 1),
    anchor(
      /\bclient IP\b[^\n]{0,40}\bnot allowed access\b|\bIP (?:address )?(?:is )?not allowed access\b/i,
      1,
    ),
    anchor(['failed to fetch', 'token', '403 Forbidden'], 4),
    anchor(['login attempt to', '/v2/', 'failed with status: 403'], 4),
    anchor(/public network access (?:is )?disabled/i, 8),
    anchor(['publicNetworkAccess', 'Disabled'], 6),
    context('resolved:public', 2),
    against('client-ip:private', 2),
    against('http:401', 2),
  ],
  fix: [
    {
      text: {
        en: 'Confirm the setting: look at publicNetworkAccess and the private endpoints.',
        ru: 'Проверьте настройку: посмотрите publicNetworkAccess и частные конечные точки.',
      },
      command:
        'az acr show -n {registry} --query "{public:publicNetworkAccess, endpoints:privateEndpointConnections[].privateLinkServiceConnectionState.status}"',
    },
    {
      text: {
        en: 'Preferred: run the client inside a VNet that reaches the private endpoint (and resolves privatelink.azurecr.io).',
        ru: 'Предпочтительно: запускайте клиент в виртуальной сети, из которой доступна частная конечная точка (и разрешается privatelink.azurecr.io).',
      },
      command: 'nslookup {loginServer}',
    },
    {
      text: {
        en: 'Or allow public traffic again, limited to selected networks if you can.',
        ru: 'Либо снова разрешите публичный трафик, по возможности только из выбранных сетей.',
      },
      command: 'az acr update -n {registry} --public-network-enabled true --default-action Deny',
    },
    {
      text: {
        en: "Then allow the client's public IP.",
        ru: 'Затем разрешите публичный IP-адрес клиента.',
      },
      command: 'az acr network-rule add -n {registry} --ip-address {clientIp}',
    },
  ],
  docs: [
    SELECTED_NETWORKS,
    PRIVATE_ENDPOINTS,
    {
      title: { en: 'CONNECTIVITY_FORBIDDEN_ERROR', ru: 'CONNECTIVITY_FORBIDDEN_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_forbidden_error',
    },
  ],
  checks: ['network', 'registry', 'login-failures'],
});
