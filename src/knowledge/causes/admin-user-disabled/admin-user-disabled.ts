import { defineCause } from '../../define';
import { ACR_FAQ, AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'admin-user-disabled',
  family: 'admin-user-disabled',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'Admin credentials were used or needed, but the admin user is disabled',
    ru: 'Использовались или требовались учётные данные администратора, но пользователь-администратор отключён',
  },
  explanation: {
    en:
      'The registry admin user is off by default, and turning it off invalidates the admin username and ' +
      "passwords. `az acr credential show` then says \"Run 'az acr update -n … --admin-enabled true' to enable " +
      'admin first", `az webapp`/`az container` fail to look up registry credentials, and clients still holding ' +
      'the old admin password get "unauthorized". Note: in `az acr login` output "Unable to get admin user ' +
      'credentials … Admin user is disabled." is only the fallback after a failed Entra sign-in; the line above ' +
      'it holds the real cause.',
    ru:
      'Пользователь-администратор реестра по умолчанию выключен, а его отключение делает недействительными имя и ' +
      "пароли администратора. Тогда `az acr credential show` пишет «Run 'az acr update -n … --admin-enabled " +
      "true' to enable admin first», `az webapp`/`az container` не могут получить учётные данные реестра, а " +
      'клиенты со старым паролем администратора получают «unauthorized». Важно: в выводе `az acr login` строка ' +
      '«Unable to get admin user credentials … Admin user is disabled.» — лишь запасной вариант после неудачного ' +
      'входа через Entra; настоящая причина в строке над ней.',
  },
  ask: {
    en: 'Are you (or the App Service / container instance) logging in with the registry name as username and an admin password?',
    ru: 'Вы (или App Service / экземпляр контейнера) входите с именем реестра в качестве имени пользователя и паролем администратора?',
  },
  rules: [
    // az acr repository/manifest without a name and password signs in with Entra (signals/entra-sign-in.ts).
    against('entra-sign-in', 5),
    acrAnchor(['only supports', 'admin enabled'], 8),
    acrAnchor(['admin user is not enabled'], 7),
    // ARM's answer to listCredentials (Terraform, ARM templates, scripts) while the admin user is off.
    acrAnchor(['UnAuthorizedForCredentialOperations'], 8),
    acrAnchor(['as admin user is disabled'], 8),
    // Connect-AzContainerRegistry (Az.ContainerRegistry) for a Classic registry, which only the admin user can enter.
    acrAnchor(['has admin user disabled'], 8),
    acrAnchor(['--admin-enabled true', 'to enable admin first'], 10),
    // The Portal's create blades (Container Instances, App Service) list the registry's images with its admin
    // credentials: "Admin user must first be enabled for this registry in order to access the image …".
    acrAnchor(['Admin user must first be enabled'], 9),
    acrAnchor(['Failed to retrieve container registry credentials'], 8),
    // az containerapp without --username/--identity falls back to the registry's admin credentials; that lookup
    // failing is most often the admin user switched off (field6 6f007, field7 7d010).
    acrAnchor(['Failed to retrieve credentials for container registry'], 5),
    // That message is az containerapp's own, so naming the command adds nothing against this reading: it is where
    // the admin credentials were looked up on the user's behalf.
    context(['az containerapp'], 3),
    acrAnchor(['Unable to get admin user credentials', 'Admin user is disabled'], 3),
    acrAnchor(['"adminUserEnabled": false'], 8),
    anchor(['local admin account disabled'], 5),
    // Azure Machine Learning: the compute pulls with the workspace's registry admin credentials or an identity.
    anchor(['could not authenticate with the Docker registry'], 3),
    context(['ensure the ACR has Admin user enabled'], 2),
    // Its job runtime pulled the environment image without a credential ("pull public image"): the workspace found no
    // admin credentials for its registry and the compute has no identity (field4 k053, field5 d015).
    anchor(['Run docker command to pull public image failed'], 3),
    anchor(['unauthorized', 'authentication required'], 1),
    context('op:login', 2),
    context(['az acr credential'], 2),
    context(['admin_password'], 2),
    context(['admin_username'], 2),
    context(['--registry-password'], 1),
    context('tool:aci', 1),
    context('tool:app-service', 1),
    against('admin-fallback', 8),
    against('anonymous-attempt', 3),
    against('http:403', 2),
  ],
  fix: [
    {
      text: {
        en: 'Prefer an Entra identity over the admin user: grant the identity that pulls (managed identity, service principal, kubelet identity) the AcrPull role.',
        ru: 'Лучше использовать удостоверение Entra, а не администратора: выдайте удостоверению, которое извлекает образы (управляемому удостоверению, субъекту-службе, удостоверению kubelet), роль AcrPull.',
      },
      command:
        'az role assignment create --assignee {principalId} --role AcrPull --scope $(az acr show -n {registry} --query id -o tsv)',
    },
    {
      text: {
        en: 'Check whether the admin user is enabled.',
        ru: 'Проверьте, включён ли пользователь-администратор.',
      },
      command: 'az acr show -n {registry} --query adminUserEnabled',
    },
    {
      text: {
        en: 'If you really need admin credentials, enable the admin user (an Azure Policy may deny this) and read the new passwords.',
        ru: 'Если учётные данные администратора действительно нужны, включите пользователя-администратора (Azure Policy может это запретить) и получите новые пароли.',
      },
      command: 'az acr update -n {registry} --admin-enabled true && az acr credential show -n {registry}',
    },
    {
      text: {
        en: 'Put the new password wherever the old one was stored (App Service, container instance, pull secret, pipeline).',
        ru: 'Замените старый пароль новым везде, где он хранился (App Service, экземпляр контейнера, секрет извлечения, конвейер).',
      },
    },
  ],
  docs: [AUTH_OPTIONS, AUTH_TROUBLESHOOTING, ACR_FAQ],
  checks: ['admin-user'],
});
