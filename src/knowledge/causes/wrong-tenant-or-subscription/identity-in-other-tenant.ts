import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING, CROSS_TENANT_AKS, ENTRA_ERROR_CODES } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    // Shared with az-cli-session-stale: ADAL's token request refused with 400 (an app unknown in the tenant).
    anchor(['Get Token request returned http error: 400'], 2),
    anchor(['InvalidAuthenticationTokenTenant'], 7),
    anchor(['access token is from the wrong issuer'], 7),
    anchor(['is not authorized to access linked subscription'], 8),
    context(['--tenant'], 2),
    context(['multi-tenant'], 2),
    context(['guest'], 1),
    against('aadsts:700016', 3),
    // AADSTS500011 naming a login server as the resource: the client asked Entra for a token whose audience is the
    // registry's URL, which is no resource principal in any tenant (the audience is wrong, not the tenant).
    against(['resource principal named', 'azurecr.'], 3),
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
  docs: [ENTRA_ERROR_CODES, CROSS_TENANT_AKS, AUTH_TROUBLESHOOTING],
  checks: ['registry', 'identity-roles'],
});
