import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING, ENTRA_ERROR_CODES } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'sp-invalid-client-secret',
  family: 'invalid-credentials',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The service principal secret is wrong',
    ru: 'Неверный секрет субъекта-службы',
  },
  explanation: {
    en:
      'Microsoft Entra refused the client secret of a service principal, so no token was issued and the registry ' +
      'was never asked. The most frequent mistake is copying the secret ID instead of the secret value; others ' +
      'are a secret that was reset elsewhere, a truncated or quoted value in a pipeline variable, or an empty ' +
      'variable. Entra reports AADSTS7000215 (or AADSTS7000216 when nothing was sent), and ACR itself answers ' +
      'Docker with "Invalid clientid or client secret".',
    ru:
      'Microsoft Entra отклонил секрет клиента субъекта-службы, поэтому токен не выдан, и до реестра запрос даже ' +
      'не дошёл. Чаще всего вместо значения секрета копируют его идентификатор; кроме того, секрет могли сбросить ' +
      'в другом месте, значение в переменной конвейера могло обрезаться или попасть в кавычках, либо переменная ' +
      'оказалась пустой. Entra возвращает AADSTS7000215 (или AADSTS7000216, если секрет не передан вовсе), а сам ' +
      'ACR отвечает Docker «Invalid clientid or client secret».',
  },
  ask: {
    en: 'Was the secret recently reset, or could the value in your pipeline or secret store be the secret ID rather than the secret value?',
    ru: 'Секрет недавно сбрасывали, или в конвейере либо хранилище секретов может лежать идентификатор секрета вместо его значения?',
  },
  rules: [
    anchor('aadsts:7000215', 10),
    // azd's registry sign-in with its reason cut off (see sp-client-secret-expired).
    anchor(/failed getting ACR token:[ \t]*$/m, 3),
    anchor(['Invalid client secret', 'provided'], 8),
    anchor(['client secret value, not the client secret ID'], 8),
    anchor('aadsts:7000216', 6),
    anchor('aadsts:700027', 5),
    anchor(['Invalid clientid or client secret'], 6),
    anchor(['invalid_client'], 3),
    context(['--service-principal'], 2),
    context('tool:github-actions', 1),
    context('tool:azure-devops', 1),
    context('tool:terraform', 1),
    against('aadsts:7000222', 6),
    against('tool:aks-check-acr', 2),
  ],
  fix: [
    {
      text: {
        en: 'List the secrets of the application: the hint shows the first characters of each value and the end date shows whether it still exists.',
        ru: 'Посмотрите секреты приложения: hint показывает первые символы каждого значения, а дата окончания — действует ли он ещё.',
      },
      command:
        'az ad app credential list --id {appId} --query "[].{hint:hint, expires:endDateTime}" -o table',
    },
    {
      text: {
        en: 'If you do not have the value any more, add a new secret (keeping the old ones) and copy the password it prints.',
        ru: 'Если значения у вас больше нет, добавьте новый секрет (не удаляя старые) и скопируйте выведенный пароль.',
      },
      command: 'az ad app credential reset --id {appId} --append --display-name acr-access --years 1',
    },
    {
      text: {
        en: 'Update every consumer: the pipeline service connection or secret, the Kubernetes pull secret, the platform setting; then sign in again to confirm.',
        ru: 'Обновите секрет у всех потребителей: подключение к службе или секрет конвейера, секрет извлечения Kubernetes, настройку платформы; затем снова войдите для проверки.',
      },
      command: 'az login --service-principal -u {appId} -p "$NEW_SECRET" --tenant {tenant}',
    },
    {
      text: {
        en: 'Better still, move the pipeline to workload identity federation (OIDC) or a managed identity, which have no secret to get wrong.',
        ru: 'А лучше переведите конвейер на федерацию удостоверений рабочей нагрузки (OIDC) или управляемое удостоверение — там нет секрета, который можно перепутать.',
      },
    },
  ],
  docs: [ENTRA_ERROR_CODES, AUTH_TROUBLESHOOTING],
  checks: ['secret-expiry', 'login-failures'],
});
