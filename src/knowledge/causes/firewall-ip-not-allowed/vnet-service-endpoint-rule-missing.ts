import { defineCause } from '../../define';
import { NETWORK_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    anchor(['client with IP', 'not allowed access'], 3),
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
});
