import { defineCause } from '../../define';
import { ACR_BUILT_IN_ROLES } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'arm-action-not-authorized',
  family: 'missing-role-assignment',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The identity may not perform this management action on the registry',
    ru: 'Удостоверению не разрешено это действие управления реестром',
  },
  explanation: {
    en:
      'Azure Resource Manager refused a control-plane operation with AuthorizationFailed: "does not have authorization to ' +
      'perform action" names the exact action, such as registries/listCredentials/action (admin password), ' +
      'registries/importImage/action, registries/write, or Microsoft.Authorization/roleAssignments/write when granting AcrPull. ' +
      'Data-plane roles like AcrPull and AcrPush do not include these actions, and assigning roles needs Owner, ' +
      'User Access Administrator or Role Based Access Control Administrator.',
    ru:
      'Azure Resource Manager отклонил операцию плоскости управления с кодом AuthorizationFailed: в тексте «does not have ' +
      'authorization to perform action» указано конкретное действие, например registries/listCredentials/action (пароль ' +
      'администратора), registries/importImage/action, registries/write или Microsoft.Authorization/roleAssignments/write при ' +
      'выдаче AcrPull. Роли плоскости данных вроде AcrPull и AcrPush этих действий не содержат, а для назначения ролей нужны ' +
      'Owner, User Access Administrator или Role Based Access Control Administrator.',
  },
  ask: {
    en: "Does the error name an action (listCredentials, importImage, write, roleAssignments/write) that the identity's role lacks?",
    ru: 'В ошибке указано действие (listCredentials, importImage, write, roleAssignments/write), которого нет в роли удостоверения?',
  },
  rules: [
    anchor(['does not have permission to perform action'], 6),
    // ARM's template-deployment wording for a role assignment the deployer may not create (some API versions drop
    // the word 'action').
    anchor(['does not have permission to perform', 'Microsoft.Authorization/roleAssignments/write'], 5),
    context(['linked scope'], 2),
    acrAnchor(['does not have authorization to perform action', "'Microsoft.ContainerRegistry/"], 7),
    anchor(
      ['does not have authorization to perform action', 'Microsoft.Authorization/roleAssignments/write'],
      5,
    ),
    acrAnchor(['AuthorizationFailed', 'Microsoft.ContainerRegistry'], 4),
    anchor(['AuthorizationFailed'], 2),
    // A refusal on a linked resource (LinkedAuthorizationFailed: joining an environment or a subnet) is that
    // resource's rights whatever action it names (other-azure-service-refused); its code also ends in this one's.
    against(['LinkedAuthorizationFailed'], 6),
    // Every refused action is another service's (Microsoft.Web, Microsoft.KeyVault, …): its role, not the registry's.
    against('arm-action:elsewhere', 8),
    // ARM's own refusal of any action for a missing role, whatever the resource type.
    anchor(['does not have authorization to perform action'], 4),
    context(['Microsoft.ContainerRegistry/registries'], 2),
    context(['listCredentials'], 2),
    // `az acr build` asks ARM for an upload URL first (listBuildSourceUploadUrl); refused, it prints only this.
    acrAnchor(['Could not get SAS URL'], 3),
    // The same step in later releases (field6 e009), followed by ARM's refusal, often wrapped after "authorization to".
    acrAnchor(['Failed to get a SAS URL to upload context'], 3),
    acrAnchor(["perform action 'Microsoft.ContainerRegistry/"], 5),
    context(['importImage'], 2),
    context(['az acr credential'], 2),
    context('tool:terraform', 1),
    against(["'Microsoft.ContainerRegistry/registries/read'"], 5),
    against(['taggedTrafficConsumers/validate/action'], 8),
    // `az aks --attach-acr` / `az containerapp` print this when the caller may not write role assignments.
    acrAnchor(['Could not create a role assignment for ACR'], 8),
    anchor(['Role assignment failed'], 5),
    context('env:aks', 1),
  ],
  fix: [
    {
      text: {
        en: 'Read the action and scope in the message, then see which roles the caller has there.',
        ru: 'Найдите в сообщении действие и область, затем посмотрите, какие роли есть у вызывающего в этой области.',
      },
      command: 'az role assignment list --assignee {principalId} --all -o table',
    },
    {
      text: {
        en: 'Admin credentials (listCredentials): prefer Entra sign-in with `az acr login`; otherwise grant Contributor or Container Registry Contributor and Data Access Configuration Administrator.',
        ru: 'Учётные данные администратора (listCredentials): лучше входить через Entra командой `az acr login`; иначе назначьте Contributor или Container Registry Contributor and Data Access Configuration Administrator.',
      },
      command: 'az acr login -n {registry}',
    },
    {
      text: {
        en: 'Import (importImage): grant Container Registry Data Importer and Data Reader on the target registry.',
        ru: 'Импорт (importImage): назначьте Container Registry Data Importer and Data Reader на целевой реестр.',
      },
      command:
        'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role "Container Registry Data Importer and Data Reader" --scope $(az acr show -n {registry} --query id -o tsv)',
    },
    {
      text: {
        en: 'Role assignments (roleAssignments/write, "Could not create a role assignment for ACR"): the account that runs `--attach-acr` needs Owner or User Access Administrator on the registry; ask someone who has it to create the AcrPull/AcrPush assignment.',
        ru: 'Назначение ролей (roleAssignments/write): попросите пользователя с ролью Owner или User Access Administrator на реестр создать назначение AcrPull/AcrPush.',
      },
    },
  ],
  docs: [
    ACR_BUILT_IN_ROLES,
    {
      title: { en: 'Azure built-in roles for containers', ru: 'Встроенные роли Azure для контейнеров' },
      url: 'https://learn.microsoft.com/azure/role-based-access-control/built-in-roles#containers',
    },
  ],
  checks: ['your-permissions', 'identity-roles'],
});
