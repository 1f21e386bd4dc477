import { defineCause } from '../../define';
import { AKS_PULL_TROUBLESHOOTING, CROSS_TENANT_AKS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
  docs: [CROSS_TENANT_AKS, AKS_PULL_TROUBLESHOOTING],
  checks: ['registry', 'identity-roles'],
});
