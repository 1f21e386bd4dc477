import { defineCause } from '../../define';
import { against, anchor } from '../../rules';

/**
 * Package managers call their servers registries too, and answer 401, 403 and 404 in the same words as a container
 * registry: npm's registry, a NuGet or Maven feed, a Python index, Go's module proxy, an Azure Artifacts feed. None
 * of them is an ACR; what they print names their own client and server, so these are their stable cores.
 */
export default defineCause({
  id: 'package-feed-not-registry',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A package feed (npm, NuGet, Maven, PyPI, Go modules, Azure Artifacts) refused the request, not a container registry',
    ru: 'Запрос отклонил фид пакетов (npm, NuGet, Maven, PyPI, модули Go, Azure Artifacts), а не реестр контейнеров',
  },
  explanation: {
    en:
      "The failing request went to a package manager's server — npm's registry, a NuGet or Maven feed, a Python " +
      "package index, Go's module proxy or an Azure Artifacts feed — which answers 401, 403 and 404 much as a " +
      'container registry does. Its credentials live in that tool’s own settings (.npmrc, NuGet.config, ' +
      "settings.xml, pip.conf, GOPRIVATE and .netrc) and in the feed's permissions, not in ACR roles, tokens or " +
      'network rules.',
    ru:
      'Неудачный запрос шёл к серверу менеджера пакетов — реестру npm, фиду NuGet или Maven, индексу пакетов ' +
      'Python, прокси модулей Go или фиду Azure Artifacts, — который отвечает 401, 403 и 404 почти так же, как ' +
      'реестр контейнеров. Его учётные данные задаются в настройках самого инструмента (.npmrc, NuGet.config, ' +
      'settings.xml, pip.conf, GOPRIVATE и .netrc) и в правах фида, а не в ролях, токенах или сетевых правилах ACR.',
  },
  ask: {
    en: 'Was it a package restore or install (npm, dotnet restore, mvn, pip, go) that failed, rather than an image pull or push?',
    ru: 'Сбой произошёл при восстановлении или установке пакетов (npm, dotnet restore, mvn, pip, go), а не при загрузке или отправке образа?',
  },
  rules: [
    // NuGet (NU1301) and the feed URLs of Azure Artifacts.
    anchor(['Unable to load the service index for source'], 7),
    anchor(['nuget/v3/index.json'], 5),
    anchor(['/_packaging/'], 5),
    // npm: its error codes and its own phrasing of a package the registry does not have.
    anchor(['npm ERR! code E40'], 7),
    anchor(['npm error code E40'], 7),
    anchor(['is not in this registry'], 6),
    anchor(['registry.npmjs.org'], 4),
    // Maven and Gradle.
    anchor(['Could not transfer artifact'], 6),
    anchor(['Could not resolve dependencies for project'], 5),
    anchor(['Could not resolve all files for configuration'], 6),
    anchor(['maven-metadata.xml'], 4),
    // pip and Go modules.
    anchor(['Looking in indexes:'], 4),
    anchor(['No matching distribution found for'], 6),
    anchor(['Could not install packages due to'], 5),
    anchor(['proxy.golang.org'], 5),
    anchor(['GOPRIVATE'], 3),
    // A container registry in the same paste is what failed there, whatever else was restored.
    against('host:acr', 8),
    against('acr-named', 4),
    against('oci:UNAUTHORIZED', 5),
    against('oci:DENIED', 5),
    against(['Failed to pull image'], 5),
    against(['Error response from daemon'], 4),
  ],
  fix: [
    {
      text: {
        en: 'For an Azure Artifacts feed, authenticate the package tool with the Azure Artifacts credential provider or a personal access token with Packaging (Read) scope.',
        ru: 'Для фида Azure Artifacts выполните вход инструмента пакетов через Azure Artifacts Credential Provider или персональный токен доступа с областью Packaging (Read).',
      },
    },
    {
      text: {
        en: "Check the feed URL and the credentials in the tool's own configuration (.npmrc, NuGet.config, settings.xml, pip.conf, GOPRIVATE / .netrc).",
        ru: 'Проверьте адрес фида и учётные данные в конфигурации самого инструмента (.npmrc, NuGet.config, settings.xml, pip.conf, GOPRIVATE / .netrc).',
      },
    },
  ],
  docs: [
    {
      title: {
        en: 'Azure Artifacts: connect to a feed',
        ru: 'Azure Artifacts: подключение к фиду',
      },
      url: 'https://learn.microsoft.com/azure/devops/artifacts/start-using-azure-artifacts',
    },
  ],
  checks: [],
});
