import { defineCause } from '../../define';
import { ENTRA_ERROR_CODES } from '../../docs';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'conditional-access-blocked',
  family: 'az-cli-not-logged-in-or-token-expired',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'Conditional Access or an MFA requirement blocked the sign-in',
    ru: 'Вход заблокирован условным доступом или требованием MFA',
  },
  explanation: {
    en:
      'Microsoft Entra refused to issue a token because a Conditional Access policy was not satisfied: MFA is ' +
      'required (AADSTS50076, AADSTS50079), the device is not compliant or managed (AADSTS53000, AADSTS530003), ' +
      'or the policy simply blocks this sign-in (AADSTS53003); a tenant with security defaults on blocks sign-ins it ' +
      'deems unsafe the same way (AADSTS530035). Non-interactive sign-ins, remote shells and ' +
      'build agents hit this most. ACR never sees a request; the failure is entirely on the Entra side.',
    ru:
      'Microsoft Entra отказался выдать токен, потому что не выполнено условие политики условного доступа: ' +
      'требуется MFA (AADSTS50076, AADSTS50079), устройство не соответствует требованиям или не управляется ' +
      '(AADSTS53000, AADSTS530003), либо политика просто блокирует такой вход (AADSTS53003); так же блокируют ' +
      'небезопасный, по их оценке, вход параметры безопасности по умолчанию (AADSTS530035). Чаще всего это ' +
      'случается при неинтерактивном входе, в удалённых сеансах и на агентах сборки. До ACR запрос не доходит: ' +
      'сбой полностью на стороне Entra.',
  },
  ask: {
    en: 'Are you signing in from a device, location or session type (SSH, build agent, device code) that your Conditional Access policies treat differently?',
    ru: 'Вы входите с устройства, из расположения или типа сеанса (SSH, агент сборки, код устройства), которые политики условного доступа обрабатывают иначе?',
  },
  rules: [
    anchor('aadsts:53003', 10),
    anchor('aadsts:53000', 10),
    anchor('aadsts:53001', 8),
    anchor('aadsts:530003', 8),
    anchor('aadsts:50076', 8),
    anchor('aadsts:50079', 8),
    anchor('aadsts:530032', 6),
    anchor('aadsts:530035', 8),
    anchor(['blocked by security defaults'], 8),
    anchor('aadsts:50158', 6),
    anchor('aadsts:50005', 6),
    anchor('aadsts:50097', 6),
    anchor('aadsts:50078', 4),
    anchor(['blocked by Conditional Access'], 8),
    anchor(['must use multi-factor authentication'], 8),
    anchor(['must enroll in multi-factor authentication'], 8),
    anchor(['Device is not in required device state'], 8),
    anchor(['Conditional Access'], 3),
    anchor(['interaction_required'], 2),
    context('tool:az', 1),
    context(['--use-device-code'], 2),
    context(['claims'], 1),
  ],
  fix: [
    {
      text: {
        en: 'Look up the failed sign-in in the Entra sign-in logs (by the correlation ID in the error) to see which policy and which condition blocked it.',
        ru: 'Найдите неудачный вход в журналах входа Entra (по Correlation ID из ошибки) и посмотрите, какая политика и какое условие его заблокировали.',
      },
    },
    {
      text: {
        en: 'Sign in interactively from a compliant device so you can satisfy MFA or device requirements.',
        ru: 'Выполните интерактивный вход с соответствующего требованиям устройства, чтобы пройти MFA или проверку устройства.',
      },
      command: 'az logout && az login --tenant {tenant}',
    },
    {
      text: {
        en: 'For automation, use a managed identity or a workload identity that the policy is designed to allow instead of a user account.',
        ru: 'Для автоматизации используйте вместо учётной записи пользователя управляемое удостоверение или удостоверение рабочей нагрузки, которые политика разрешает.',
      },
    },
    {
      text: {
        en: 'If the registry itself is governed by Conditional Access, sign in for the ACR audience.',
        ru: 'Если условный доступ настроен для самого реестра, входите с аудиторией ACR.',
      },
      command: 'az login --scope https://containerregistry.azure.net/.default && az acr login -n {registry}',
    },
  ],
  docs: [
    ENTRA_ERROR_CODES,
    {
      title: { en: 'Conditional Access for ACR', ru: 'Условный доступ для ACR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-configure-conditional-access',
    },
  ],
  checks: [],
});
