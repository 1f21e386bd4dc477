import { defineCause } from '../../define';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'cmk-identity-missing',
  family: 'other',
  scope: 'acr-other',
  prevalence: 'rare',
  title: {
    en: 'The identity used for customer-managed key encryption no longer exists',
    ru: 'Удостоверение для шифрования ключом, управляемым клиентом, больше не существует',
  },
  explanation: {
    en:
      'A registry encrypted with a customer-managed key reaches Key Vault through the managed identity named in its ' +
      'encryption settings. If that user-assigned identity was deleted or detached, or the setting does not match the ' +
      'registry\'s identities, the registry cannot unwrap its key and `az acr check-health` reports CMK_ERROR: "The identity ' +
      'used for registry ... encryption doesn\'t exist."',
    ru:
      'Реестр, зашифрованный ключом, управляемым клиентом, обращается к Key Vault через управляемое удостоверение, указанное ' +
      'в настройках шифрования. Если это пользовательское удостоверение удалено или отвязано либо настройка не совпадает ' +
      'с удостоверениями реестра, реестр не может расшифровать ключ, и `az acr check-health` сообщает CMK_ERROR: «The ' +
      "identity used for registry ... encryption doesn't exist.»",
  },
  ask: {
    en: "Was the managed identity used for the registry's encryption key deleted or removed from the registry?",
    ru: 'Управляемое удостоверение, используемое для ключа шифрования реестра, было удалено или отвязано от реестра?',
  },
  rules: [
    anchor('code:CMK_ERROR', 10),
    anchor(['identity used for registry', 'encryption', 'exist'], 10),
    context(['keyVaultProperties'], 2),
  ],
  fix: [
    {
      text: {
        en: 'Compare the encryption identity with the identities assigned to the registry.',
        ru: 'Сравните удостоверение шифрования с удостоверениями, назначенными реестру.',
      },
      command: 'az acr encryption show -n {registry} && az acr identity show -n {registry}',
    },
    {
      text: {
        en: 'Rotate the key using an identity that exists and has access to the Key Vault key.',
        ru: 'Выполните ротацию ключа с удостоверением, которое существует и имеет доступ к ключу в Key Vault.',
      },
      command:
        'az acr encryption rotate-key -n {registry} --key-encryption-key <key-uri> --identity [system]',
    },
  ],
  docs: [
    {
      title: {
        en: 'Troubleshoot customer-managed keys',
        ru: 'Устранение проблем с ключами, управляемыми клиентом',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/tutorial-troubleshoot-customer-managed-keys',
    },
    {
      title: { en: 'CMK_ERROR', ru: 'CMK_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#cmk_error',
    },
  ],
  checks: ['registry'],
});
