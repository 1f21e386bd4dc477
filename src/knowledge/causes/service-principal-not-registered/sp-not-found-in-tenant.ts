import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING, ENTRA_ERROR_CODES } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'sp-not-found-in-tenant',
  family: 'service-principal-not-registered',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: "The service principal does not exist in the registry's tenant",
    ru: 'Субъект-служба не существует в клиенте (tenant) реестра',
  },
  explanation: {
    en:
      'The application ID used to sign in has no service principal in the Entra tenant that was asked: the app ' +
      "was deleted, it is a multi-tenant app that was never provisioned in the registry's tenant, or the wrong " +
      'tenant ID was used. Entra answers AADSTS700016 "Application with identifier … was not found in the ' +
      'directory", and ACR, when given such an app ID as a Docker username, answers "unauthorized: Application ' +
      'not registered with AAD". The same holds for the registry\'s side: with the tenant\'s "Azure Container ' +
      'Registry" service principal disabled, Entra answers AADSTS500014 and issues no token for the registry.',
    ru:
      'Для идентификатора приложения, с которым выполняется вход, в запрошенном клиенте Entra нет ' +
      'субъекта-службы: приложение удалено, это мультитенантное приложение, которое так и не было ' +
      'зарегистрировано в клиенте реестра, или указан не тот идентификатор клиента. Entra отвечает AADSTS700016 ' +
      '«Application with identifier … was not found in the directory», а ACR, получив такой идентификатор ' +
      'приложения как имя пользователя Docker, отвечает «unauthorized: Application not registered with AAD». То же ' +
      'со стороны реестра: если субъект-служба «Azure Container Registry» в клиенте отключена, Entra отвечает ' +
      'AADSTS500014 и не выдаёт токен для реестра.',
  },
  ask: {
    en: 'Was the application or service principal deleted or recreated, or does it come from a different tenant than the registry?',
    ru: 'Приложение или субъект-служба удалялись или пересоздавались, либо оно из другого клиента (tenant), чем реестр?',
  },
  rules: [
    // Role assignment or sign-in for a principal from another directory.
    anchor(['does not exist in the directory'], 7),
    anchor(['Application not registered with AAD'], 10),
    anchor('aadsts:700016', 10),
    anchor(['was not found in the directory'], 8),
    anchor('aadsts:7000229', 8),
    anchor(['is missing service principal in the tenant'], 8),
    anchor(['Cannot find user or service principal in graph database'], 6),
    anchor('aadsts:7000112', 5),
    // The resource's side: the tenant's own service principal of the registry ("Azure Container Registry") disabled
    // by an administrator, so Entra issues no token for it to anyone.
    anchor('aadsts:500014', 5),
    anchor('aadsts:90002', 3),
    context(['--service-principal'], 2),
    context('op:login', 1),
    context(['az ad sp'], 2),
    context('tool:azure-devops', 1),
    context('tool:github-actions', 1),
    context('tool:aks-check-acr', 1),
    against('aadsts:50020', 4),
    against('aadsts:7000215', 4),
  ],
  fix: [
    {
      text: {
        en: 'Check whether the service principal exists (and is enabled) in the tenant you are signed in to.',
        ru: 'Проверьте, существует ли субъект-служба (и включена ли она) в клиенте, в который вы вошли.',
      },
      command:
        'az ad sp show --id {appId} --query "{name:displayName, enabled:accountEnabled, owner:appOwnerOrganizationId}"',
    },
    {
      text: {
        en: "Compare the tenant of your sign-in with the tenant the registry's subscription belongs to.",
        ru: 'Сравните клиент, в который выполнен вход, с клиентом, к которому относится подписка реестра.',
      },
      command: 'az account show --query "{subscription:name, tenant:tenantId}" -o table',
    },
    {
      text: {
        en: "For a multi-tenant app from another tenant, provision it in the registry's tenant (an admin may need to consent), then grant it AcrPull.",
        ru: 'Для мультитенантного приложения из другого клиента создайте его субъект-службу в клиенте реестра (может понадобиться согласие администратора), затем выдайте роль AcrPull.',
      },
      command: 'az ad sp create --id {appId}',
    },
    {
      text: {
        en: 'If the app was deleted or recreated, update every place that still uses the old application ID (pipeline connection, pull secret, cluster settings) with the current one.',
        ru: 'Если приложение удалили или пересоздали, замените старый идентификатор приложения на актуальный везде, где он ещё используется (подключение в конвейере, секрет извлечения, настройки кластера).',
      },
    },
  ],
  docs: [
    AUTH_TROUBLESHOOTING,
    ENTRA_ERROR_CODES,
    {
      title: { en: 'Pull from ACR across tenants', ru: 'Извлечение из ACR в другом клиенте (tenant)' },
      url: 'https://learn.microsoft.com/azure/container-registry/authenticate-aks-cross-tenant',
    },
  ],
  checks: ['secret-expiry', 'login-failures'],
});
