import { defineCause } from '../../define';
import { PRIVATE_ENDPOINTS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'acr-tasks-blocked-by-firewall',
  family: 'firewall-ip-not-allowed',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'ACR Tasks (az acr build / run) are blocked by the registry network rules',
    ru: 'ACR Tasks (az acr build / run) блокируются сетевыми правилами реестра',
  },
  explanation: {
    en:
      'Quick builds, `az acr run` and scheduled tasks run on agents with Azure public IPs, so the agent logging in to ' +
      'your own registry is refused when the registry only accepts selected networks or private traffic: "failed to ' +
      'login, ran out of retries … client with IP … is not allowed access". Since June 2025 even tasks with a ' +
      'system-assigned identity bypass the network rules only when networkRuleBypassAllowedForTasks is true; with ' +
      'public access disabled, a dedicated agent pool inside the VNet is the way to build.',
    ru:
      'Быстрые сборки, `az acr run` и запланированные задачи выполняются на агентах с публичными IP Azure, поэтому ' +
      'вход агента в ваш же реестр отклоняется, если реестр принимает только выбранные сети или частный трафик: ' +
      '«failed to login, ran out of retries … client with IP … is not allowed access». С июня 2025 года даже задачи ' +
      'с назначенным системой удостоверением обходят сетевые правила, только если networkRuleBypassAllowedForTasks = true; ' +
      'при отключённом публичном доступе собирать нужно на выделенном пуле агентов внутри виртуальной сети.',
  },
  ask: {
    en: 'Does the failure come from an ACR Task run (az acr build, az acr run, a scheduled task) on a registry with network restrictions?',
    ru: 'Сбой происходит в запуске ACR Tasks (az acr build, az acr run, запланированная задача) в реестре с сетевыми ограничениями?',
  },
  rules: [
    against(['no such host'], 5),
    anchor(['ran out of retries', 'client with IP'], 9),
    anchor(['failed to get ACR refresh token', '403'], 7),
    anchor(['failed to login, ran out of retries'], 3),
    // The runner's login failure names its reason after the colon: a login with no credentials is not the network.
    against(['Cannot perform an interactive login from a non TTY device'], 6),
    anchor(['client with IP', 'not allowed access'], 3),
    // Azure Machine Learning's refusal to build with ACR Tasks in a registry behind a VNet: selected networks read the
    // same as disabled public access (aml-image-build-behind-vnet), so both causes list these strings.
    anchor(['ImageBuildComputeNotValid'], 6),
    anchor(['Container Registry is behind the virtual network'], 5),
    anchor(['imageBuildCompute'], 2),
    context('tool:acr-tasks', 4),
    context(['Logging in to registry:'], 2),
    context(['Waiting for an agent'], 2),
    context('op:build', 1),
    against('http:401', 6),
    against('oci:UNAUTHORIZED', 4),
    against('http:404', 4),
  ],
  fix: [
    {
      text: {
        en: 'Check whether tasks may bypass the network rules (needs a 2025-06-01-preview or later API).',
        ru: 'Проверьте, разрешён ли задачам обход сетевых правил (нужен API 2025-06-01-preview или новее).',
      },
      command:
        'az resource show -g {resourceGroup} -n {registry} --resource-type Microsoft.ContainerRegistry/registries --api-version 2025-06-01-preview --query properties.networkRuleBypassAllowedForTasks',
    },
    {
      text: {
        en: 'Allow the bypass for tasks that authenticate with their system-assigned identity.',
        ru: 'Разрешите обход для задач, которые входят через назначенное системой удостоверение.',
      },
      command:
        'az resource update -g {resourceGroup} -n {registry} --resource-type Microsoft.ContainerRegistry/registries --api-version 2025-06-01-preview --set properties.networkRuleBypassAllowedForTasks=true',
    },
    {
      text: {
        en: 'With public access disabled, run the builds on a dedicated agent pool in the VNet.',
        ru: 'При отключённом публичном доступе выполняйте сборки на выделенном пуле агентов в виртуальной сети.',
      },
      command: 'az acr agentpool create -r {registry} -n <pool> --tier S1 --subnet-id <subnet-id>',
    },
  ],
  docs: [
    {
      title: { en: 'Network bypass policy for ACR Tasks', ru: 'Политика обхода сети для ACR Tasks' },
      url: 'https://learn.microsoft.com/azure/container-registry/manage-network-bypass-policy-for-tasks',
    },
    PRIVATE_ENDPOINTS,
  ],
  checks: ['network'],
});
