import { defineCause } from '../../define';
import { AUTH_OPTIONS } from '../../docs';
import { against, anchor, context } from '../../rules';

/**
 * IoT Edge pulls module images itself: the agent asks the edge daemon to create a module, the daemon asks moby to
 * pull with the credential the deployment manifest lists for that registry. With no entry, the pull is anonymous.
 * The runtime wraps moby's answer in its own words (edgelet's RegistryOperation::PullImage, the agent's
 * EdgeletCommunicationException), so the registry's own reason, when it is there, comes after "caused by:".
 */
export default defineCause({
  id: 'iot-edge-registry-credentials-missing',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: "The IoT Edge deployment (or the device's agent settings) has no credential for the registry",
    ru: 'В развёртывании IoT Edge (или в настройках агента на устройстве) нет учётных данных для реестра',
  },
  explanation: {
    en:
      'On an IoT Edge device the runtime, not a person, pulls the module images: edgeAgent asks the edge daemon ' +
      'to create the module and the daemon pulls with the credential that the deployment manifest lists for ' +
      "that registry in $edgeAgent's registryCredentials (the agent's own image uses [agent.config.auth] in " +
      "config.toml). Without an entry whose address is the image's login server the pull goes out anonymously " +
      'and fails: edgeAgent logs "Error calling Create module …" with "Could not pull image" (up to 1.3) or ' +
      '"registry operation error: pull image" (1.4 and later, where the registry\'s reason is only in the ' +
      "daemon's journal). Its StatusCode:500 is the edge daemon's, not the registry's. iotedgedev says " +
      '"Could not find registry credentials … Pushing anonymously" when its .env does not name the registry.',
    ru:
      'На устройстве IoT Edge образы модулей извлекает среда выполнения, а не человек: edgeAgent просит ' +
      'демон создать модуль, и демон извлекает образ с учётными данными, которые манифест развёртывания ' +
      'указывает для этого реестра в registryCredentials модуля $edgeAgent (для образа самого агента — ' +
      '[agent.config.auth] в config.toml). Если записи с адресом сервера входа образа нет, извлечение идёт ' +
      'анонимно и получает отказ: edgeAgent пишет «Error calling Create module …» с «Could not pull image» (до ' +
      '1.3) или «registry operation error: pull image» (1.4 и новее, где причина от реестра есть только в журнале ' +
      'демона). Его StatusCode:500 — ответ демона, а не реестра. iotedgedev пишет «Could not find registry ' +
      'credentials … Pushing anonymously», если в его .env нет этого реестра.',
  },
  ask: {
    en: "Does the deployment's registryCredentials lack an entry whose address is exactly the image's login server?",
    ru: 'В registryCredentials развёртывания нет записи, адрес которой в точности равен серверу входа образа?',
  },
  rules: [
    // iotedgedev says it itself: no CONTAINER_REGISTRY_* entry in .env matched the image's registry.
    anchor(['Could not find registry credentials with name', 'Pushing anonymously'], 8),
    // The 1.4+ agent gets only edgelet's outer context; the reason is in aziot-edged's journal. A missing entry in
    // registryCredentials is the usual one, so it leads without deciding.
    anchor(['registry operation error: pull image'], 3),
    anchor(['Could not pull image', 'authentication required'], 3),
    // The same chain cut off before the registry's reason.
    anchor(['Could not pull image', 'azurecr.'], 1),
    // The Docker-mode agent's own hint names both readings.
    anchor(['possible authorization failure or container registry down'], 3),
    anchor(['Failed to get edge Agent image', 'authentication required'], 3),
    anchor(['unauthorized', 'authentication required'], 1),
    context('tool:iot-edge', 3),
    context(['registryCredentials'], 2),
    against(['Invalid clientid or client secret'], 5),
    against(['incorrect username or password'], 5),
    against(['Failed to login to'], 4),
    against(['manifest unknown'], 5),
    against('http:404', 3),
    against('http:403', 3),
    against(['no such host'], 5),
    against(['server misbehaving'], 5),
    against(['Client.Timeout exceeded'], 5),
    against(['i/o timeout'], 5),
    against('host:no-acr', 5),
  ],
  fix: [
    {
      text: {
        en:
          "Add the registry to $edgeAgent's registryCredentials in the deployment manifest (address exactly the " +
          'login server, lower case), then deploy it again.',
        ru:
          'Добавьте реестр в registryCredentials модуля $edgeAgent в манифесте развёртывания (address — в ' +
          'точности сервер входа, строчными буквами) и разверните манифест заново.',
      },
      command:
        'az iot edge set-modules --hub-name <hub> --device-id <device> --content deployment.amd64.json',
    },
    {
      text: {
        en:
          'Give the device a pull-only credential for that entry: a repository-scoped token, or a service principal ' +
          'with AcrPull (the admin user works but gives push rights too).',
        ru:
          'Дайте устройству учётные данные только на извлечение для этой записи: токен с областью репозиториев ' +
          'или субъект-службу с AcrPull (пользователь-администратор подходит, но даёт и права на отправку).',
      },
      command:
        'az acr token create -r {registry} -n edge-devices --scope-map _repositories_pull --query "credentials.passwords[0].value" -o tsv',
    },
    {
      text: {
        en:
          "If the agent's own image comes from the registry, set [agent.config.auth] (serveraddress, username, " +
          'password) in /etc/aziot/config.toml and apply it.',
        ru:
          'Если образ самого агента берётся из реестра, задайте [agent.config.auth] (serveraddress, username, ' +
          'password) в /etc/aziot/config.toml и примените конфигурацию.',
      },
      command: 'sudo iotedge config apply',
    },
    {
      text: {
        en:
          'With iotedgedev or the VS Code extension, set CONTAINER_REGISTRY_SERVER, _USERNAME and _PASSWORD in .env ' +
          "to the login server that module.json's repository names.",
        ru:
          'С iotedgedev или расширением VS Code задайте в .env CONTAINER_REGISTRY_SERVER, _USERNAME и _PASSWORD для ' +
          'сервера входа, который указан в repository файла module.json.',
      },
    },
  ],
  docs: [
    {
      title: {
        en: 'IoT Edge deployment manifest: registry credentials',
        ru: 'Манифест развёртывания IoT Edge: учётные данные реестра',
      },
      url: 'https://learn.microsoft.com/azure/iot-edge/module-composition',
    },
    {
      title: { en: 'IoT Edge: common errors', ru: 'IoT Edge: типичные ошибки' },
      url: 'https://learn.microsoft.com/azure/iot-edge/troubleshoot-common-errors',
    },
    AUTH_OPTIONS,
  ],
  checks: ['admin-user', 'identity-roles'],
});
