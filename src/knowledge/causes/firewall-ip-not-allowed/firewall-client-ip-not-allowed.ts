import { defineCause } from '../../define';
import { SELECTED_NETWORKS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'firewall-client-ip-not-allowed',
  family: 'firewall-ip-not-allowed',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: "The registry firewall does not allow the client's public IP",
    ru: 'Брандмауэр реестра не разрешает публичный IP-адрес клиента',
  },
  explanation: {
    en:
      'Public access to the registry is limited to selected networks (networkRuleSet.defaultAction = Deny), and ' +
      'the public IP this request came from is not in the IP rules. The registry rejects the connection before ' +
      'looking at any credential and names the address it saw: "denied: client with IP \'…\' is not allowed access". ' +
      'That address is the egress IP of the client — a NAT gateway, the AKS load balancer, a proxy, a pipeline ' +
      "agent — which is often not the machine's own address.",
    ru:
      'Публичный доступ к реестру ограничен выбранными сетями (networkRuleSet.defaultAction = Deny), а публичного ' +
      'IP, с которого пришёл запрос, нет в правилах IP. Реестр отклоняет подключение ещё до проверки учётных данных ' +
      "и называет увиденный адрес: «denied: client with IP '…' is not allowed access». Это исходящий IP клиента — " +
      'шлюза NAT, балансировщика AKS, прокси, агента конвейера, — и он часто не совпадает с адресом самой машины.',
  },
  ask: {
    en: 'Is the registry set to "Selected networks", and is the IP named in the error missing from its allowed IP ranges?',
    ru: 'В реестре выбран режим «Выбранные сети», и IP из сообщения об ошибке отсутствует в списке разрешённых диапазонов?',
  },
  rules: [
    // ARM's role check answers in these words; the registry's network rules guard only its data plane.
    against(['does not have authorization to perform action'], 6),
    // Tools word the registry's 403 on the token or challenge step in many ways; network rules are its usual cause.
    anchor('http:403', 3),
    anchor(['did not issue a valid AAD challenge', '403'], 5),
    anchor(['Requesting bearer token', '403'], 4),
    anchor(['refresh token', 'status code 403'], 4),
    // The Azure Pipelines agent's container job hides the exchange's status: a 403 from network rules is one of the
    // answers behind its request for permissions (missing-pull-role-legacy-mode reads the other).
    anchor(['Could not fetch access token for ACR', 'appropriate permissions'], 2),
    against(['<html'], 3),
    against(['<!DOCTYPE'], 3),
    // Older CLIs report the registry's 403 on /v2/ as a missing challenge rather than CONNECTIVITY_FORBIDDEN_ERROR.
    anchor('code:CONNECTIVITY_CHALLENGE_ERROR', 4),
    anchor(['did not issue a challenge'], 4),
    // The Dev Containers CLI reads the challenge only after a 401 or 403: ACR's 401 always carries one, the 403 of its
    // network rules does not (the tool's sentence spells "authentiate", hence the header's name as the key).
    anchor(['did not provide instructions to', "'WWW-Authenticate' Header"], 4),
    anchor(['client with IP', 'not allowed access'], 6),
    // The same refusal retold in a person's words ("client IP not allowed access", "our IP is not allowed access"):
    // the stable core is an IP that is not allowed access; the registry's own sentence stays the stronger clue.
    anchor(
      /\bclient IP\b[^\n]{0,40}\bnot allowed access\b|\bIP (?:address )?(?:is )?not allowed access\b/i,
      4,
    ),
    // Azure PowerShell's data-plane cmdlets print only the status of the refused exchange or token call.
    anchor(
      /(?:connect-azcontainerregistry|-azcontainerregistry(?:repository|tag|manifest))\b[^\n]{0,40}invalid status code 'forbidden'/i,
      5,
    ),
    anchor(["Looks like you don't have access to registry"], 3),
    anchor('code:CONNECTIVITY_FORBIDDEN_ERROR', 3),
    anchor('token-status:403', 3),
    anchor(['login attempt to', '/v2/', 'failed with status: 403'], 3),
    anchor(['failed to fetch', 'token', '403 Forbidden'], 2),
    context('client-ip:public', 4),
    context(['defaultAction', 'Deny'], 3),
    against('client-ip:private', 4),
    // Inside an ACR task the refused address is the task runner's (acr-tasks-blocked-by-firewall), not the person's.
    against('tool:acr-tasks', 3),
    against(['publicNetworkAccess', 'Disabled'], 6),
    against('resolved:private', 3),
    against(['privatelink.azurecr.io'], 3),
    against('http:401', 3),
    against(['az acr network-rule add'], 2),
  ],
  fix: [
    {
      text: {
        en: 'See the current rules.',
        ru: 'Посмотрите текущие правила.',
      },
      command: 'az acr show -n {registry} --query "{public:publicNetworkAccess, rules:networkRuleSet}"',
    },
    {
      text: {
        en: 'Allow the IP from the error message (or the CIDR range of your NAT gateway, load balancer or agents).',
        ru: 'Разрешите IP из сообщения об ошибке (или диапазон CIDR вашего шлюза NAT, балансировщика или агентов).',
      },
      command: 'az acr network-rule add -n {registry} --ip-address {clientIp}',
    },
    {
      text: {
        en: 'Wait a few minutes for the rule to take effect, then retry.',
        ru: 'Подождите несколько минут, пока правило вступит в силу, и повторите попытку.',
      },
      command: 'az acr network-rule list -n {registry}',
    },
    {
      text: {
        en: 'For clients inside Azure, a private endpoint avoids chasing changing egress IPs.',
        ru: 'Для клиентов внутри Azure частная конечная точка избавляет от погони за меняющимися исходящими IP.',
      },
    },
  ],
  docs: [
    {
      title: { en: 'Client IP not allowed access', ru: 'IP-адресу клиента запрещён доступ' },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/client-ip-address-not-allowed-access',
    },
    SELECTED_NETWORKS,
    {
      title: { en: 'CONNECTIVITY_FORBIDDEN_ERROR', ru: 'CONNECTIVITY_FORBIDDEN_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_forbidden_error',
    },
  ],
  checks: ['network', 'registry', 'login-failures'],
});
