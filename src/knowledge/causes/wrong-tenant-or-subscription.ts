import { against, anchor, context } from '../rules';
import { AKS_PULL_TROUBLESHOOTING, AUTH_TROUBLESHOOTING, ENTRA_ERROR_CODES } from '../docs';
import type { Cause } from '../types';

const CROSS_TENANT = {
  title: {
    en: 'Pull from ACR in another tenant (AKS)',
    ru: 'Извлечение из ACR в другом клиенте (tenant) для AKS',
  },
  url: 'https://learn.microsoft.com/azure/container-registry/authenticate-aks-cross-tenant',
} as const;

export const causes: readonly Cause[] = [
  {
    id: 'cli-wrong-subscription',
    family: 'wrong-tenant-or-subscription',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: "The Azure CLI's active subscription is not the registry's subscription",
      ru: 'Активная подписка Azure CLI — не та, в которой находится реестр',
    },
    explanation: {
      en:
        'Azure CLI commands look the registry up in the active subscription. When the registry lives in another ' +
        'subscription, the lookup says "The resource with name … could not be found in subscription …" or ' +
        '"Resource group … could not be found", and commands that create role assignments across subscriptions ' +
        'fail the same way. Passing --subscription to only some commands, or to `az acr login` with a subscription ' +
        'in another tenant, leaves the token for the wrong tenant and the exchange answers 401.',
      ru:
        'Команды Azure CLI ищут реестр в активной подписке. Если реестр находится в другой подписке, поиск ' +
        'сообщает «The resource with name … could not be found in subscription …» или «Resource group … could not ' +
        'be found», и так же падают команды, создающие назначения ролей между подписками. Если передавать ' +
        '--subscription лишь части команд или указать в `az acr login` подписку из другого клиента, токен остаётся ' +
        'выданным для другого клиента (tenant), и обмен отвечает 401.',
    },
    ask: {
      en: 'Is the registry in a different subscription from the one `az account show` reports as active?',
      ru: 'Реестр находится не в той подписке, которую `az account show` показывает как активную?',
    },
    rules: [
      anchor(['could not be found in subscription'], 4),
      anchor(['ResourceGroupNotFound'], 6),
      anchor(['Resource group', 'could not be found'], 5),
      anchor(['SubscriptionNotFound'], 6),
      anchor(['The subscription of', "doesn't exist in cloud"], 8),
      anchor(['not found. Check the spelling and casing and try again'], 8),
      anchor(['Role assignment failed', 'could not be found in subscription'], 6),
      anchor(['az acr', '--subscription'], 3),
      anchor(['InvalidAuthenticationTokenTenant'], 3),
      anchor('token-status:401', 1),
      context(['--subscription'], 3),
      context(['az account set'], 2),
      context(['Role assignment failed'], 3),
      context(['az role assignment create'], 1),
      context('tool:az', 1),
      against('token-status:403', 4),
      against(['AuthorizationFailed'], 3),
    ],
    fix: [
      {
        text: {
          en: 'See which subscription and tenant the CLI is using.',
          ru: 'Посмотрите, какую подписку и какой клиент (tenant) использует CLI.',
        },
        command: 'az account show --query "{subscription:name, id:id, tenant:tenantId}" -o table',
      },
      {
        text: {
          en: 'Find the registry across all subscriptions you can see.',
          ru: 'Найдите реестр во всех доступных вам подписках.',
        },
        command:
          "az graph query -q \"resources | where type =~ 'microsoft.containerregistry/registries' and name =~ '{registry}' | project subscriptionId, resourceGroup\"",
      },
      {
        text: {
          en: "Switch the CLI to the registry's subscription, then repeat the command.",
          ru: 'Переключите CLI на подписку реестра и повторите команду.',
        },
        command: 'az account set --subscription {subscription} && az acr login -n {registry}',
      },
      {
        text: {
          en: 'For role assignments across subscriptions, pass the full resource ID of the registry as the scope instead of its name.',
          ru: 'Для назначения ролей между подписками указывайте в качестве области полный идентификатор ресурса реестра, а не его имя.',
        },
        command:
          'az role assignment create --assignee {principalId} --role AcrPull ' +
          '--scope /subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.ContainerRegistry/registries/{registry}',
      },
    ],
    docs: [
      AUTH_TROUBLESHOOTING,
      {
        title: { en: 'LOGIN_SERVER_ERROR', ru: 'LOGIN_SERVER_ERROR' },
        url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#login_server_error',
      },
    ],
    checks: ['registry', 'your-permissions'],
  },

  {
    id: 'identity-in-other-tenant',
    family: 'wrong-tenant-or-subscription',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: "The signed-in identity belongs to another tenant than the registry's",
      ru: 'Удостоверение, под которым выполнен вход, относится к другому клиенту (tenant), чем реестр',
    },
    explanation: {
      en:
        'The user, service principal or managed identity was authenticated by a different Entra tenant from the ' +
        "one that owns the registry's subscription. Entra then refuses tokens for that tenant (AADSTS50020 or " +
        'AADSTS90072 for a user who is not a guest there, AADSTS90002 for an unknown tenant ID), and ARM rejects ' +
        'tokens from the wrong issuer with InvalidAuthenticationTokenTenant. Guest accounts, several tenants in ' +
        'one CLI profile and multi-tenant apps are the usual setting.',
      ru:
        'Пользователь, субъект-служба или управляемое удостоверение прошли проверку подлинности в другом клиенте ' +
        'Entra, чем тот, которому принадлежит подписка реестра. Тогда Entra не выдаёт токены для этого клиента ' +
        '(AADSTS50020 или AADSTS90072 для пользователя, который не является там гостем, AADSTS90002 для ' +
        'неизвестного идентификатора клиента), а ARM отклоняет токены чужого издателя с ' +
        'InvalidAuthenticationTokenTenant. Обычно так бывает с гостевыми учётными записями, несколькими клиентами в ' +
        'одном профиле CLI и мультитенантными приложениями.',
    },
    ask: {
      en: "Is the account (or app) you sign in with homed in a different Entra tenant from the registry's subscription?",
      ru: 'Учётная запись (или приложение), под которой вы входите, относится к другому клиенту Entra, чем подписка реестра?',
    },
    rules: [
      anchor('aadsts:50020', 10),
      anchor('aadsts:90072', 10),
      anchor('aadsts:50194', 8),
      anchor('aadsts:90002', 6),
      anchor('aadsts:50034', 5),
      anchor('aadsts:900023', 5),
      anchor('aadsts:500011', 4),
      anchor(['does not exist in tenant'], 6),
      anchor(['InvalidAuthenticationTokenTenant'], 7),
      anchor(['access token is from the wrong issuer'], 7),
      anchor(['is not authorized to access linked subscription'], 8),
      context(['--tenant'], 2),
      context(['multi-tenant'], 2),
      context(['guest'], 1),
      against('aadsts:700016', 3),
    ],
    fix: [
      {
        text: {
          en: "Compare your sign-in tenant with the tenant of the registry's subscription.",
          ru: 'Сравните клиент (tenant), в который вы вошли, с клиентом подписки реестра.',
        },
        command:
          'az account show --query "{user:user.name, tenant:tenantId}" -o table && az account list --query "[].{name:name, tenant:tenantId}" -o table',
      },
      {
        text: {
          en: "Sign in to the registry's tenant explicitly (as a guest or member there), then log in to the registry.",
          ru: 'Явно войдите в клиент реестра (как гость или участник), затем выполните вход в реестр.',
        },
        command: 'az login --tenant {tenant} && az acr login -n {registry}',
      },
      {
        text: {
          en: "For a service principal from another tenant, make it a multi-tenant app, provision it in the registry's tenant and grant AcrPull there.",
          ru: 'Для субъекта-службы из другого клиента сделайте приложение мультитенантным, создайте его субъект-службу в клиенте реестра и выдайте там AcrPull.',
        },
        command: 'az ad sp create --id {appId}',
      },
      {
        text: {
          en: "If the account has no access there at all, ask an admin of the registry's tenant to invite it as a guest and assign the role.",
          ru: 'Если у учётной записи там вообще нет доступа, попросите администратора клиента реестра пригласить её как гостя и назначить роль.',
        },
      },
    ],
    docs: [ENTRA_ERROR_CODES, CROSS_TENANT, AUTH_TROUBLESHOOTING],
    checks: ['registry', 'identity-roles'],
  },

  {
    id: 'aks-cross-tenant-managed-identity',
    family: 'wrong-tenant-or-subscription',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: 'The AKS cluster and the registry are in different tenants, so the managed identity cannot pull',
      ru: 'Кластер AKS и реестр находятся в разных клиентах (tenant), и управляемое удостоверение не может извлекать образы',
    },
    explanation: {
      en:
        'A managed identity exists only in its own tenant, so the kubelet identity of a cluster cannot be granted ' +
        "roles on a registry in another tenant, and `az aks update --attach-acr` cannot set it up. kubelet's " +
        'token exchange is refused and containerd falls back to an anonymous pull, which ends in "401 ' +
        'Unauthorized". The supported setup is a multi-tenant app registration whose service principal is ' +
        "provisioned in the registry's tenant with AcrPull, used by the cluster.",
      ru:
        'Управляемое удостоверение существует только в своём клиенте (tenant), поэтому удостоверению kubelet ' +
        'кластера нельзя выдать роли на реестр в другом клиенте, и `az aks update --attach-acr` не может это ' +
        'настроить. Обмен токена kubelet отклоняется, containerd переходит к анонимному извлечению, и всё ' +
        'заканчивается «401 Unauthorized». Поддерживаемый вариант — мультитенантная регистрация приложения, ' +
        'субъект-служба которой создана в клиенте реестра с ролью AcrPull, и кластер использует её.',
    },
    ask: {
      en: "Is the AKS cluster's subscription in a different Entra tenant from the registry's?",
      ru: 'Подписка кластера AKS относится к другому клиенту Entra, чем подписка реестра?',
    },
    rules: [
      anchor(['InvalidAuthenticationTokenTenant'], 3),
      anchor(['access token is from the wrong issuer'], 3),
      anchor(['failed to fetch anonymous token', '401'], 1),
      anchor(['failed to fetch oauth token', '401'], 1),
      context(['--attach-acr'], 4),
      context(['az aks'], 2),
      context(['tenant'], 2),
      context('tool:kubelet', 1),
      context('tool:aks-check-acr', 2),
      against('http:403', 3),
      against('host:no-acr', 5),
    ],
    fix: [
      {
        text: {
          en: "Confirm the tenants differ: compare the tenant of the cluster's subscription with the registry's.",
          ru: 'Убедитесь, что клиенты различаются: сравните клиент подписки кластера с клиентом подписки реестра.',
        },
        command: 'az account list --query "[].{name:name, id:id, tenant:tenantId}" -o table',
      },
      {
        text: {
          en: "In the cluster's tenant, create a multi-tenant app registration with a secret; in the registry's tenant, provision its service principal.",
          ru: 'В клиенте кластера создайте мультитенантную регистрацию приложения с секретом; в клиенте реестра создайте её субъект-службу.',
        },
        command: 'az ad sp create --id {appId}',
      },
      {
        text: {
          en: "In the registry's tenant, grant that service principal AcrPull on the registry.",
          ru: 'В клиенте реестра выдайте этому субъекту-службе роль AcrPull на реестр.',
        },
        command:
          'az role assignment create --assignee {appId} --role AcrPull --scope $(az acr show -n {registry} --query id -o tsv)',
      },
      {
        text: {
          en: 'Use that service principal for pulls, as the cluster credential or in an image pull secret.',
          ru: 'Используйте этот субъект-службу для извлечения — как учётные данные кластера или в секрете извлечения образов.',
        },
        command:
          'az aks update-credentials -g {resourceGroup} -n {cluster} --reset-service-principal ' +
          '--service-principal {appId} --client-secret "$SECRET"',
      },
    ],
    docs: [CROSS_TENANT, AKS_PULL_TROUBLESHOOTING],
    checks: ['registry', 'identity-roles'],
  },
];
