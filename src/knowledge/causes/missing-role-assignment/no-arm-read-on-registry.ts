import { defineCause } from '../../define';
import { ACR_BUILT_IN_ROLES, AUTHENTICATION_ERRORS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'no-arm-read-on-registry',
  family: 'missing-role-assignment',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The identity cannot read the registry resource in Azure Resource Manager',
    ru: 'Удостоверение не может прочитать ресурс реестра в Azure Resource Manager',
  },
  explanation: {
    en:
      'Commands such as `az acr login`, `az acr import`, `az acr show` and the portal first look the registry up through ' +
      'Azure Resource Manager. Data-plane roles like AcrPull or AcrPush do not include Microsoft.ContainerRegistry/registries/read, ' +
      'so a registry the identity cannot read is simply invisible: the CLI says the resource "could not be found in ' +
      'subscription", or ARM answers AuthorizationFailed for registries/read. Pushing and pulling may still work.',
    ru:
      'Команды `az acr login`, `az acr import`, `az acr show` и портал сначала ищут реестр через Azure Resource Manager. ' +
      'Роли плоскости данных вроде AcrPull или AcrPush не включают действие Microsoft.ContainerRegistry/registries/read, ' +
      'поэтому реестр, который удостоверение не может прочитать, для него просто не виден: CLI пишет, что ресурс «could not ' +
      'be found in subscription», либо ARM отвечает AuthorizationFailed для registries/read. Push и pull при этом могут работать.',
  },
  ask: {
    en: 'Does the identity hold only AcrPull/AcrPush (no Reader or higher) on the registry, while the subscription is the right one?',
    ru: 'У удостоверения на реестр есть только AcrPull/AcrPush (без Reader или выше), и при этом подписка выбрана правильно?',
  },
  rules: [
    anchor(['No subscriptions found for'], 5),
    anchor(["'Microsoft.ContainerRegistry/registries/read'"], 9),
    // az's registry lookup failing in the subscription reads three ways (no read access hides the registry, the CLI
    // is on another subscription, the name is wrong): the same words as the other two, so the engine treats the
    // line as shared evidence and says it cannot decide, instead of naming one reading with confidence. It ranks
    // below the subscription's reading (cli-wrong-subscription), the commoner one: of the 13 real pastes with these
    // words in the corpora, 6 were the subscription, 3 a missing role, 3 the name; and this cause's own first fix is
    // to rule the subscription out.
    anchor(['could not be found in subscription'], 4),
    // The lookup worded without type or subscription (see registry-name-wrong-or-missing): the same three readings.
    anchor(/The resource with name '[^'\n]{1,100}' could not be found/, 4),
    anchor(['and type', 'Microsoft.ContainerRegistry/registries', 'could not be found in resource group'], 5),
    anchor('code:LOGIN_SERVER_ERROR', 3),
    context(['Unable to get admin user credentials with message', 'could not be found'], 3),
    against('token-status:401', 4),
    context('op:import', 3),
    context(['az acr import'], 3),
    context(['az acr show'], 2),
    context('tool:az', 1),
    against(['Could not connect to the registry login server'], 6),
    against('code:CONNECTIVITY_DNS_ERROR', 6),
    against('host:acr-typo', 4),
    against(["Please run 'az login' to setup account"], 4),
    against(['Role assignment failed with error message'], 3),
  ],
  fix: [
    {
      text: {
        en: "First rule out the subscription: make sure the CLI is on the registry's subscription.",
        ru: 'Сначала исключите подписку: убедитесь, что CLI работает в подписке реестра.',
      },
      command: 'az account show --query "{name:name, id:id}" -o table',
    },
    {
      text: {
        en: "List the identity's roles across scopes; AcrPull or AcrPush alone does not allow ARM reads.",
        ru: 'Выведите роли удостоверения во всех областях: одних AcrPull или AcrPush для чтения через ARM недостаточно.',
      },
      command: 'az role assignment list --assignee {principalId} --all -o table',
    },
    {
      text: {
        en: 'Grant Reader (or Container Registry Configuration Reader and Data Access Configuration Reader) on the registry.',
        ru: 'Назначьте на реестр роль Reader (или Container Registry Configuration Reader and Data Access Configuration Reader).',
      },
      command:
        'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role Reader --scope /subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/Microsoft.ContainerRegistry/registries/{registry}',
    },
    {
      text: {
        en: 'For `az acr import`, the target registry also needs an import-capable role such as Container Registry Data Importer and Data Reader or Contributor.',
        ru: 'Для `az acr import` на целевой реестр дополнительно нужна роль с правом импорта, например Container Registry Data Importer and Data Reader или Contributor.',
      },
    },
  ],
  docs: [AUTHENTICATION_ERRORS, ACR_BUILT_IN_ROLES],
  checks: ['registry', 'your-permissions', 'identity-roles'],
});
