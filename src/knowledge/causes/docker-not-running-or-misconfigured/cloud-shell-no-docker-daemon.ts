import { defineCause } from '../../define';
import { AUTHENTICATION_ERRORS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'cloud-shell-no-docker-daemon',
  family: 'docker-not-running-or-misconfigured',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: 'Azure Cloud Shell has no Docker daemon',
    ru: 'В Azure Cloud Shell нет демона Docker',
  },
  explanation: {
    en:
      'Cloud Shell ships the docker client but no Docker engine, so `az acr login` refuses to run there ' +
      '("requires running the docker daemon, which is not supported in Azure Cloud Shell") and plain docker ' +
      'commands cannot reach a daemon. check-health likewise skips its environment checks in Cloud Shell. ' +
      'Your registry and your permissions are not the problem.',
    ru:
      'В Cloud Shell есть клиент docker, но нет движка Docker, поэтому `az acr login` там не работает ' +
      '(«requires running the docker daemon, which is not supported in Azure Cloud Shell»), а обычные команды ' +
      'docker не находят демон. check-health в Cloud Shell тоже пропускает проверки окружения. ' +
      'Дело не в реестре и не в ваших правах.',
  },
  ask: {
    en: 'Are you running the command in Azure Cloud Shell (the browser shell in the portal)?',
    ru: 'Вы выполняете команду в Azure Cloud Shell (оболочке в браузере на портале)?',
  },
  rules: [
    anchor(['requires running the docker daemon'], 10),
    anchor(['which is not supported in Azure Cloud Shell'], 10),
    anchor(['Cannot connect to the Docker daemon'], 3),
    against('image-source-fallback', 6),
    context(['Environment checks are not supported in Azure Cloud Shell'], 9),
  ],
  fix: [
    {
      text: {
        en: 'In Cloud Shell, get an access token instead of a Docker login; use it with tools that accept a token.',
        ru: 'В Cloud Shell получите токен доступа вместо входа через Docker и используйте его с инструментами, которые принимают токен.',
      },
      command: 'az acr login -n {registry} --expose-token',
    },
    {
      text: {
        en: 'To build or run images without a local daemon, let ACR Tasks do it.',
        ru: 'Чтобы собирать или запускать образы без локального демона, поручите это ACR Tasks.',
      },
      command: 'az acr build -r {registry} -t {repository}:{tag} .',
    },
    {
      text: {
        en: 'For docker pull/push, use a machine or agent with Docker Engine or Docker Desktop.',
        ru: 'Для docker pull/push используйте машину или агент с Docker Engine или Docker Desktop.',
      },
    },
  ],
  docs: [
    AUTHENTICATION_ERRORS,
    {
      title: { en: 'Check registry health', ru: 'Проверка работоспособности реестра' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-check-health',
    },
  ],
  checks: [],
});
