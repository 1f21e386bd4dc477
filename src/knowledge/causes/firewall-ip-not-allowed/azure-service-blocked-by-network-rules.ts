import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    // az acr import refused by the source registry with 403: its network rules keep the import service out.
    anchor(['Invalid message Forbidden'], 4),
    anchor(['"message":"denied"'], 3),
    anchor(['client with IP', 'not allowed access'], 4),
    anchor('token-status:403', 1),
    // Container Instances (and AKS virtual nodes on it) report a registry that refused its platform addresses as a
    // 409 RegistryErrorResponse naming the registry (virtual-kubelet/azure-aci#152); on Docker Hub the same words
    // are its rate limit, so only an ACR host counts here.
    anchor(['error response is received from the docker registry', '.azurecr.'], 5),
    // The code alone, quoted by someone who names ACR as the registry (field13 13A001): weaker, and never for a
    // registry that is recognisably someone else's.
    anchor(['RegistryErrorResponse', 'acr'], 2),
    against('host:other-registry', 6),
    against('host:hub-by-default', 4),
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
});
