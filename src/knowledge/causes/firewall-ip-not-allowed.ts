import { against, anchor, context } from '../rules';
import { ACR_FAQ, NETWORK_TROUBLESHOOTING, PRIVATE_ENDPOINTS, SELECTED_NETWORKS } from '../docs';
import type { Cause } from '../types';

const CLIENT_IP_DENIED = ['client with IP', 'not allowed access'];

export const causes: readonly Cause[] = [
  {
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
      // Older CLIs report the registry's 403 on /v2/ as a missing challenge rather than CONNECTIVITY_FORBIDDEN_ERROR.
      anchor('code:CONNECTIVITY_CHALLENGE_ERROR', 4),
      anchor(['did not issue a challenge'], 4),
      anchor(CLIENT_IP_DENIED, 6),
      anchor(["Looks like you don't have access to registry"], 3),
      anchor('code:CONNECTIVITY_FORBIDDEN_ERROR', 3),
      anchor('token-status:403', 3),
      anchor(['login attempt to', '/v2/', 'failed with status: 403'], 3),
      anchor(['failed to fetch', 'token', '403 Forbidden'], 2),
      context('client-ip:public', 4),
      context(['defaultAction', 'Deny'], 3),
      against('client-ip:private', 4),
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
  },
  {
    id: 'azure-service-blocked-by-network-rules',
    family: 'firewall-ip-not-allowed',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: "An Azure service's outbound IP is blocked by the registry's network rules",
      ru: 'Исходящий IP службы Azure заблокирован сетевыми правилами реестра',
    },
    explanation: {
      en:
        'App Service, Container Apps and Container Instances pull images from shared Azure infrastructure whose ' +
        'outbound addresses are not in the registry\'s IP rules, so the pull is refused with "client with IP … is not ' +
        'allowed access". "Allow trusted Microsoft services" helps only the listed trusted services, and only when they ' +
        'authenticate with a managed identity; App Service is not one of them. Such a service needs its outbound IPs ' +
        'allowed, VNet integration that pulls through a private endpoint, or an open registry.',
      ru:
        'App Service, Container Apps и Container Instances извлекают образы с общей инфраструктуры Azure, чьих исходящих ' +
        'адресов нет в правилах IP реестра, поэтому извлечение отклоняется с «client with IP … is not allowed access». ' +
        'Параметр «Разрешить доверенные службы Майкрософт» помогает только службам из списка доверенных и только при ' +
        'входе через управляемое удостоверение; App Service в этот список не входит. Такой службе нужны разрешённые ' +
        'исходящие IP, интеграция с виртуальной сетью с извлечением через частную конечную точку или открытый реестр.',
    },
    ask: {
      en: 'Is the image pulled by App Service, Container Apps or Container Instances, and is the registry limited to selected networks or private access?',
      ru: 'Образ извлекает App Service, Container Apps или Container Instances, а доступ к реестру ограничен выбранными сетями или только частным доступом?',
    },
    rules: [
      anchor(['"message":"denied"'], 3),
      anchor(CLIENT_IP_DENIED, 4),
      anchor('token-status:403', 1),
      context('tool:app-service', 6),
      context('tool:container-apps', 6),
      context('tool:aci', 6),
      context(['DockerApiException'], 3),
      context(['template.containers'], 3),
      context(['container group'], 3),
      context('client-ip:public', 2),
      against('tool:acr-tasks', 3),
    ],
    fix: [
      {
        text: {
          en: 'Check the bypass setting and the network rules of the registry.',
          ru: 'Проверьте параметр обхода и сетевые правила реестра.',
        },
        command:
          'az acr show -n {registry} --query "{bypass:networkRuleBypassOptions, public:publicNetworkAccess, rules:networkRuleSet}"',
      },
      {
        text: {
          en: "App Service: integrate the app with a VNet that reaches the registry's private endpoint and turn on image pull over the VNet; or allow the app's possible outbound IPs.",
          ru: 'App Service: интегрируйте приложение с виртуальной сетью, из которой доступна частная конечная точка реестра, и включите извлечение образов через виртуальную сеть; либо разрешите возможные исходящие IP приложения.',
        },
        command: 'az webapp show -g {resourceGroup} -n <app> --query possibleOutboundIpAddresses -o tsv',
      },
      {
        text: {
          en: 'Container Instances and other trusted services: keep "Allow trusted Microsoft services" on and pull with a managed identity that has AcrPull.',
          ru: 'Container Instances и другие доверенные службы: оставьте включённым «Разрешить доверенные службы Майкрософт» и извлекайте образ через управляемое удостоверение с ролью AcrPull.',
        },
        command: 'az acr update -n {registry} --allow-trusted-services true',
      },
      {
        text: {
          en: 'Or allow the IP named in the error.',
          ru: 'Либо разрешите IP, указанный в ошибке.',
        },
        command: 'az acr network-rule add -n {registry} --ip-address {clientIp}',
      },
    ],
    docs: [
      {
        title: { en: 'Allow trusted services to access a registry', ru: 'Доступ доверенных служб к реестру' },
        url: 'https://learn.microsoft.com/azure/container-registry/allow-access-trusted-services',
      },
      {
        title: { en: 'Web app cannot pull the image', ru: 'Веб-приложение не может извлечь образ' },
        url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/pull-image-to-web-app-fail',
      },
    ],
    checks: ['network', 'login-failures'],
  },
  {
    id: 'acr-tasks-blocked-by-firewall',
    family: 'firewall-ip-not-allowed',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'ACR Tasks (az acr build / run) are blocked by the registry network rules',
      ru: 'ACR Tasks (az acr build / run) блокируются сетевыми правилами реестра',
    },
    explanation: {
      en:
        'Quick builds, `az acr run` and scheduled tasks run on agents with Azure public IPs, so the agent logging in to ' +
        'your own registry is refused when the registry only accepts selected networks or private traffic: "failed to ' +
        'login, ran out of retries … client with IP … is not allowed access". Since June 2025 even tasks with a ' +
        'system-assigned identity bypass the network rules only when networkRuleBypassAllowedForTasks is true; with ' +
        'public access disabled, a dedicated agent pool inside the VNet is the way to build.',
      ru:
        'Быстрые сборки, `az acr run` и запланированные задачи выполняются на агентах с публичными IP Azure, поэтому ' +
        'вход агента в ваш же реестр отклоняется, если реестр принимает только выбранные сети или частный трафик: ' +
        '«failed to login, ran out of retries … client with IP … is not allowed access». С июня 2025 года даже задачи ' +
        'с назначенным системой удостоверением обходят сетевые правила, только если networkRuleBypassAllowedForTasks = true; ' +
        'при отключённом публичном доступе собирать нужно на выделенном пуле агентов внутри виртуальной сети.',
    },
    ask: {
      en: 'Does the failure come from an ACR Task run (az acr build, az acr run, a scheduled task) on a registry with network restrictions?',
      ru: 'Сбой происходит в запуске ACR Tasks (az acr build, az acr run, запланированная задача) в реестре с сетевыми ограничениями?',
    },
    rules: [
      anchor(['ran out of retries', 'client with IP'], 9),
      anchor(['failed to get ACR refresh token', '403'], 7),
      anchor(['failed to login, ran out of retries'], 3),
      anchor(CLIENT_IP_DENIED, 3),
      context('tool:acr-tasks', 4),
      context(['Logging in to registry:'], 2),
      context(['Waiting for an agent'], 2),
      context('op:build', 1),
      against('http:401', 6),
      against('oci:UNAUTHORIZED', 4),
      against('http:404', 4),
    ],
    fix: [
      {
        text: {
          en: 'Check whether tasks may bypass the network rules (needs a 2025-06-01-preview or later API).',
          ru: 'Проверьте, разрешён ли задачам обход сетевых правил (нужен API 2025-06-01-preview или новее).',
        },
        command:
          'az resource show -g {resourceGroup} -n {registry} --resource-type Microsoft.ContainerRegistry/registries --api-version 2025-06-01-preview --query properties.networkRuleBypassAllowedForTasks',
      },
      {
        text: {
          en: 'Allow the bypass for tasks that authenticate with their system-assigned identity.',
          ru: 'Разрешите обход для задач, которые входят через назначенное системой удостоверение.',
        },
        command:
          'az resource update -g {resourceGroup} -n {registry} --resource-type Microsoft.ContainerRegistry/registries --api-version 2025-06-01-preview --set properties.networkRuleBypassAllowedForTasks=true',
      },
      {
        text: {
          en: 'With public access disabled, run the builds on a dedicated agent pool in the VNet.',
          ru: 'При отключённом публичном доступе выполняйте сборки на выделенном пуле агентов в виртуальной сети.',
        },
        command: 'az acr agentpool create -r {registry} -n <pool> --tier S1 --subnet-id <subnet-id>',
      },
    ],
    docs: [
      {
        title: { en: 'Network bypass policy for ACR Tasks', ru: 'Политика обхода сети для ACR Tasks' },
        url: 'https://learn.microsoft.com/azure/container-registry/manage-network-bypass-policy-for-tasks',
      },
      PRIVATE_ENDPOINTS,
    ],
    checks: ['network'],
  },
  {
    id: 'vnet-service-endpoint-rule-missing',
    family: 'firewall-ip-not-allowed',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'The traffic arrives through a VNet service endpoint that the registry does not allow',
      ru: 'Трафик приходит через конечную точку службы виртуальной сети, которую реестр не разрешает',
    },
    explanation: {
      en:
        'When the client subnet has the Microsoft.ContainerRegistry service endpoint, the registry sees the private ' +
        'VNet address of the client instead of its public IP, so public IP rules no longer match and the request is ' +
        'refused with 403 — the "client with IP" in the message is then a private address. The registry needs a ' +
        'virtual network rule for that subnet (service endpoints for ACR are a preview that Microsoft does not plan to ' +
        'take further), and disabling public access switches this path off entirely.',
      ru:
        'Если в подсети клиента включена конечная точка службы Microsoft.ContainerRegistry, реестр видит частный адрес ' +
        'клиента в виртуальной сети, а не его публичный IP, поэтому правила для публичных IP перестают совпадать и запрос ' +
        'отклоняется с 403 — в сообщении «client with IP» тогда стоит частный адрес. Реестру нужно правило виртуальной ' +
        'сети для этой подсети (конечные точки служб для ACR — предварительная версия, развивать которую Microsoft не ' +
        'планирует), а отключение публичного доступа закрывает этот путь полностью.',
    },
    ask: {
      en: 'Does the client subnet have the Microsoft.ContainerRegistry service endpoint enabled?',
      ru: 'В подсети клиента включена конечная точка службы Microsoft.ContainerRegistry?',
    },
    rules: [
      anchor(CLIENT_IP_DENIED, 3),
      anchor(['login attempt to', '/v2/', 'failed with status: 403'], 2),
      anchor('token-status:403', 2),
      context('client-ip:private', 3),
      context(['"service": "Microsoft.ContainerRegistry"'], 4),
      context(['serviceEndpoints'], 2),
      context(['virtualNetworkRules'], 3),
      against('client-ip:public', 4),
    ],
    fix: [
      {
        text: {
          en: 'Check the service endpoints on the client subnet.',
          ru: 'Проверьте конечные точки служб в подсети клиента.',
        },
        command:
          'az network vnet subnet show -g {resourceGroup} --vnet-name <vnet> -n <subnet> --query serviceEndpoints',
      },
      {
        text: {
          en: 'Preferred: move to a private endpoint and remove the Microsoft.ContainerRegistry service endpoint from the subnet.',
          ru: 'Предпочтительно: перейдите на частную конечную точку и уберите из подсети конечную точку службы Microsoft.ContainerRegistry.',
        },
      },
      {
        text: {
          en: 'Or keep the service endpoint and add a network rule for the subnet (public access must stay enabled).',
          ru: 'Либо оставьте конечную точку службы и добавьте сетевое правило для подсети (публичный доступ должен оставаться включённым).',
        },
        command: 'az acr network-rule add -n {registry} --subnet <subnet-id>',
      },
    ],
    docs: [
      {
        title: {
          en: 'Restrict access using a service endpoint',
          ru: 'Ограничение доступа с помощью конечной точки службы',
        },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-vnet',
      },
      NETWORK_TROUBLESHOOTING,
    ],
    checks: ['network'],
  },
  {
    id: 'firewall-change-propagation',
    family: 'firewall-ip-not-allowed',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'A network rule was just changed and is not in effect yet',
      ru: 'Сетевое правило только что изменено и ещё не вступило в силу',
    },
    explanation: {
      en:
        'Changes to the registry firewall (adding an IP, switching between all networks and selected networks) take a ' +
        'few minutes to reach every front end of the registry. Requests right after the change can still be refused ' +
        'with "client with IP … is not allowed access", and pipelines that add their own agent IP and push immediately ' +
        'hit this regularly.',
      ru:
        'Изменения брандмауэра реестра (добавление IP, переключение между всеми сетями и выбранными сетями) доходят до ' +
        'всех внешних узлов реестра за несколько минут. Запросы сразу после изменения ещё могут отклоняться с ' +
        '«client with IP … is not allowed access», и конвейеры, которые добавляют IP своего агента и тут же выполняют ' +
        'push, регулярно на это натыкаются.',
    },
    ask: {
      en: 'Was the network rule for this IP added or changed only a few minutes before the failure?',
      ru: 'Правило для этого IP было добавлено или изменено всего за несколько минут до сбоя?',
    },
    rules: [
      anchor(CLIENT_IP_DENIED, 2),
      anchor('token-status:403', 1),
      context(['az acr network-rule add'], 7),
      context(['az acr update', '--default-action'], 3),
      context(['az acr update', '--public-network-enabled true'], 3),
      against('client-ip:private', 2),
    ],
    fix: [
      {
        text: {
          en: 'Confirm that the rule is present and covers the IP from the error.',
          ru: 'Убедитесь, что правило есть и покрывает IP из сообщения об ошибке.',
        },
        command: 'az acr network-rule list -n {registry}',
      },
      {
        text: {
          en: 'Wait a few minutes and retry; in pipelines, add a pause or a retry loop after changing the rules.',
          ru: 'Подождите несколько минут и повторите; в конвейерах добавьте паузу или цикл повторов после изменения правил.',
        },
        command: 'sleep 120 && docker pull {loginServer}/{repository}:{tag}',
      },
    ],
    docs: [ACR_FAQ, SELECTED_NETWORKS],
    checks: ['network', 'login-failures'],
  },
];
