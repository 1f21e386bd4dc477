import { defineCause } from '../../define';
import { NETWORK_TROUBLESHOOTING } from '../../docs';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'network-rule-save-failed-cross-subscription',
  family: 'other',
  scope: 'acr-other',
  prevalence: 'rare',
  title: {
    en: "A VNet rule cannot be saved: the resource provider is not registered in the VNet's subscription",
    ru: 'Не удаётся сохранить правило виртуальной сети: поставщик ресурсов не зарегистрирован в подписке этой сети',
  },
  explanation: {
    en:
      'Adding a virtual network rule for a subnet in another subscription requires the Microsoft.ContainerRegistry resource ' +
      'provider to be registered in that subscription too. Otherwise the validation of the subnet fails with ' +
      'AuthorizationFailed on Microsoft.Network/virtualNetworks/taggedTrafficConsumers/validate/action, and the portal shows ' +
      '"Failed to save firewall and virtual network settings".',
    ru:
      'Чтобы добавить правило для подсети из другой подписки, поставщик ресурсов Microsoft.ContainerRegistry должен быть ' +
      'зарегистрирован и в ней. Иначе проверка подсети завершается ошибкой AuthorizationFailed для действия ' +
      'Microsoft.Network/virtualNetworks/taggedTrafficConsumers/validate/action, а портал показывает «Failed to save ' +
      'firewall and virtual network settings».',
  },
  ask: {
    en: 'Is the virtual network in a different subscription from the registry?',
    ru: 'Виртуальная сеть находится в другой подписке, чем реестр?',
  },
  rules: [
    anchor(['taggedTrafficConsumers/validate/action'], 10),
    anchor(['Failed to save firewall and virtual network settings'], 8),
    anchor(['not registered to use namespace', 'Microsoft.ContainerRegistry'], 4),
    context(['virtualNetworkRules'], 2),
    context(['network-rule add'], 2),
  ],
  fix: [
    {
      text: {
        en: "Check the provider registration in the VNet's subscription.",
        ru: 'Проверьте регистрацию поставщика в подписке виртуальной сети.',
      },
      command:
        'az provider show -n Microsoft.ContainerRegistry --subscription <vnet-subscription> --query registrationState -o tsv',
    },
    {
      text: {
        en: 'Register it there, wait until it shows Registered, then save the rule again.',
        ru: 'Зарегистрируйте его там, дождитесь состояния Registered и снова сохраните правило.',
      },
      command: 'az provider register -n Microsoft.ContainerRegistry --subscription <vnet-subscription>',
    },
  ],
  docs: [NETWORK_TROUBLESHOOTING],
  checks: ['network'],
});
