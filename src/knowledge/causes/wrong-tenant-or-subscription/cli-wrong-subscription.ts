import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
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
    // Shared with no-arm-read-on-registry and registry-name-wrong-or-missing; first of the three (see the first).
    anchor(['could not be found in subscription'], 5),
    // The lookup worded without type or subscription (see registry-name-wrong-or-missing): the same three readings.
    anchor(/The resource with name '[^'\n]{1,100}' could not be found/, 4),
    // ARM's code and people's words for the same lookup failing (see registry-name-wrong-or-missing): the registry is
    // looked up in the CLI's subscription, so another subscription reads the same.
    anchor(/\bResourceNotFound\b/, 2),
    anchor(['resource not found', 'ACR'], 2),
    // "registry not found" said on its own: a wrong name first (registry-name-wrong-or-missing), another subscription next.
    anchor(/\b(?:container )?registry (?:was |is )?not found\b/i, 2),
    anchor(['ResourceGroupNotFound'], 6),
    anchor(['No resource with type', 'can be found with name'], 3),
    anchor(['Resource group', 'could not be found'], 5),
    anchor(['SubscriptionNotFound'], 6),
    // People say which subscription they were on when a lookup failed ("az login is on a different subscription than
    // the target … 'resource not found'"): a clue beside a failure, never an answer alone.
    context(/\b(?:different|wrong|another|other) subscription\b/i, 3),
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
});
