import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING, ENTRA_ERROR_CODES } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'sp-client-secret-expired',
  family: 'expired-credentials',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The service principal client secret has expired',
    ru: 'Истёк срок действия секрета клиента субъекта-службы',
  },
  explanation: {
    en:
      'Every secret of the service principal is past its end date, so Microsoft Entra no longer issues tokens ' +
      'for it (AADSTS7000222). Pipelines, AKS clusters that run with a service principal, and pull secrets built ' +
      'from it all break on the same day, typically a year or two after setup, while nothing changed on the ' +
      'registry. Where the secret goes straight to the registry as a password, kubelet and Docker only see ' +
      '401 Unauthorized or "Invalid clientid or client secret".',
    ru:
      'У всех секретов субъекта-службы закончился срок действия, и Microsoft Entra больше не выдаёт для него ' +
      'токены (AADSTS7000222). Конвейеры, кластеры AKS, работающие с субъектом-службой, и созданные из него ' +
      'секреты извлечения ломаются в один день — обычно через год-два после настройки, хотя в реестре ничего не ' +
      'менялось. Там, где секрет передаётся реестру напрямую как пароль, kubelet и Docker видят только ' +
      '401 Unauthorized или «Invalid clientid or client secret».',
  },
  ask: {
    en: 'Did it work for a long time (for example about a year) and then stop without any change on your side?',
    ru: 'Всё долго работало (например, около года), а потом перестало без каких-либо изменений с вашей стороны?',
  },
  rules: [
    anchor(['Service Principal used is valid and not expired'], 6),
    anchor('aadsts:7000222', 10),
    // azd's registry sign-in (container_registry.go) with its reason cut off: the Entra sign-in behind the ACR
    // token failed. In a pipeline that is mostly the secret azd pipeline config stored having expired (field7
    // 7d004); a stale local sign-in and a wrong secret read the same.
    anchor(/failed getting ACR token:[ \t]*$/m, 4),
    anchor(['client secret keys for app', 'are expired'], 10),
    anchor(['Invalid clientid or client secret'], 4),
    anchor(['failed to fetch oauth token', '401'], 2),
    anchor('aadsts:7000215', 3),
    context('tool:aks-check-acr', 4),
    context(['adal: Refresh request failed'], 3),
    context(['servicePrincipalProfile'], 3),
    context(['update-credentials'], 3),
    context('tool:azure-devops', 1),
    context('tool:github-actions', 1),
    against('anonymous-attempt', 3),
    against('http:403', 3),
  ],
  fix: [
    {
      text: {
        en: 'Check the end dates of the application secrets.',
        ru: 'Проверьте даты окончания секретов приложения.',
      },
      command:
        'az ad app credential list --id {appId} --query "[].{hint:hint, expires:endDateTime}" -o table',
    },
    {
      text: {
        en: 'Add a new secret without removing the others and keep the printed password.',
        ru: 'Добавьте новый секрет, не удаляя остальные, и сохраните выведенный пароль.',
      },
      command: 'az ad app credential reset --id {appId} --append --display-name acr-access --years 1',
    },
    {
      text: {
        en: 'For an AKS cluster that runs with this service principal, hand the new secret to the cluster.',
        ru: 'Если кластер AKS работает с этим субъектом-службой, передайте новый секрет кластеру.',
      },
      command:
        'az aks update-credentials -g {resourceGroup} -n {cluster} --reset-service-principal ' +
        '--service-principal {appId} --client-secret "$NEW_SECRET"',
    },
    {
      text: {
        en: 'Update pipeline service connections, Kubernetes pull secrets and platform settings that hold the old secret, and note the new expiry date (or switch to a managed identity or OIDC federation).',
        ru: 'Обновите подключения к службам в конвейерах, секреты извлечения Kubernetes и настройки платформ, где хранится старый секрет, и запишите новую дату окончания (или перейдите на управляемое удостоверение либо федерацию OIDC).',
      },
    },
  ],
  docs: [ENTRA_ERROR_CODES, AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING],
  checks: ['secret-expiry', 'login-failures'],
});
