import { defineCause } from '../../define';
import { AUTH_OPTIONS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'docker-client-not-installed',
  family: 'docker-not-running-or-misconfigured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The Docker client is not installed or not on the PATH',
    ru: 'Клиент Docker не установлен или отсутствует в PATH',
  },
  explanation: {
    en:
      '`az acr login` only obtains a token and then hands it to `docker login`, so it needs a working Docker ' +
      'CLI on this machine. Here no `docker` executable could be started from this shell (DOCKER_COMMAND_ERROR, ' +
      '"command not found", "is not recognized"), so the registry was never asked anything.',
    ru:
      '`az acr login` только получает токен и передаёт его в `docker login`, поэтому ему нужен работающий ' +
      'Docker CLI на этой машине. Здесь из этой оболочки не удалось запустить исполняемый файл `docker` ' +
      '(DOCKER_COMMAND_ERROR, «command not found», «is not recognized»), так что до реестра запрос не дошёл.',
  },
  ask: {
    en: 'Does `docker version` fail with "not found" / "not recognized" in the shell that runs az?',
    ru: 'Команда `docker version` в оболочке, где запускается az, падает с «not found» / «not recognized»?',
  },
  rules: [
    anchor('code:DOCKER_COMMAND_ERROR', 10),
    anchor(['Please verify if Docker client is installed'], 9),
    // The 2.0-era az acr login said it without 'client' (raised when starting `docker ps` failed).
    anchor(['Please verify if docker is installed'], 9),
    // …and, in some releases, 'whether' (field5 b003: `az acr login` in a container without docker). Plain English
    // another tool could print as well: not marked as ACR's own, az's command line places it.
    anchor(['Please verify whether docker is installed'], 9),
    anchor(['docker: command not found'], 9),
    anchor(['command not found: docker'], 9),
    // dash's and busybox sh's words ("sh: 1: docker: not found"), and the same retold ("docker not found on the runner").
    anchor(['docker: not found'], 9),
    // Not the last word of a repository's name ("repository finalduty/docker not found", field77 77J030).
    anchor(/(?<![\w./-])docker (?:is )?not found\b/i, 6),
    anchor(["'docker' is not recognized as an internal or external command"], 9),
    anchor(["The term 'docker' is not recognized"], 9),
    anchor(['Unable to locate executable file', 'docker'], 8),
    anchor(['executable file not found in $PATH', 'docker'], 7),
    anchor(["Could not run 'docker"], 7),
    // Node's child_process when a tool (VS Code, Functions Core Tools, azd, a script) starts a docker that is not installed.
    anchor(['spawn docker ENOENT'], 8),
    // Docker Desktop's stand-in for the CLI inside a WSL 2 distro whose integration is switched off.
    anchor(['could not be found in this WSL 2 distro'], 9),
    anchor(['activate the WSL integration in Docker Desktop'], 7),
    anchor(['which does not require Docker to be installed'], 3),
    context('tool:az', 1),
    context('op:login', 1),
    against('code:DOCKER_DAEMON_ERROR', 3),
    against(['Cannot connect to the Docker daemon'], 3),
  ],
  fix: [
    {
      text: {
        en: 'Check that the Docker CLI runs from the same shell (and the same user) that runs az.',
        ru: 'Проверьте, что Docker CLI запускается из той же оболочки (и под тем же пользователем), что и az.',
      },
      command: 'docker version',
    },
    {
      text: {
        en: 'If docker is missing, install Docker Engine or Docker Desktop and make sure its folder is on the PATH; on CI agents, use an image or runner that ships Docker.',
        ru: 'Если docker отсутствует, установите Docker Engine или Docker Desktop и добавьте его каталог в PATH; на агентах CI используйте образ или раннер, где Docker уже есть.',
      },
    },
    {
      text: {
        en: 'Without Docker, get a registry token instead and pass it to your tool (podman, oras, helm) with the user name 00000000-0000-0000-0000-000000000000.',
        ru: 'Без Docker получите токен реестра и передайте его своему инструменту (podman, oras, helm) с именем пользователя 00000000-0000-0000-0000-000000000000.',
      },
      command: 'az acr login -n {registry} --expose-token --output tsv --query accessToken',
    },
    {
      text: {
        en: 'Or point az at another container CLI through the DOCKER_COMMAND environment variable.',
        ru: 'Либо укажите az другой контейнерный CLI через переменную окружения DOCKER_COMMAND.',
      },
      command: 'DOCKER_COMMAND=podman az acr login -n {registry}',
    },
  ],
  docs: [
    {
      title: { en: 'DOCKER_COMMAND_ERROR', ru: 'DOCKER_COMMAND_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#docker_command_error',
    },
    AUTH_OPTIONS,
  ],
  checks: [],
});
