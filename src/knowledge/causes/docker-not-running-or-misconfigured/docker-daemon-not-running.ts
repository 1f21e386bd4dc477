import { defineCause } from '../../define';
import { AUTH_TROUBLESHOOTING } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'docker-daemon-not-running',
  family: 'docker-not-running-or-misconfigured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The Docker daemon is not running or not reachable',
    ru: 'Демон Docker не запущен или недоступен',
  },
  explanation: {
    en:
      'The Docker CLI is installed, but the engine it talks to (dockerd or Docker Desktop) is stopped, or the ' +
      'current user may not open its socket. Every `docker login`, `pull` and `push` goes through the daemon, so ' +
      '`az acr login` reports DOCKER_DAEMON_ERROR and Docker prints "Cannot connect to the Docker daemon" or ' +
      '"permission denied while trying to connect". Nothing reached the registry, so its settings are not involved.',
    ru:
      'Docker CLI установлен, но движок, с которым он работает (dockerd или Docker Desktop), остановлен, либо у ' +
      'текущего пользователя нет прав на его сокет. Любые `docker login`, `pull` и `push` идут через демон, поэтому ' +
      '`az acr login` сообщает DOCKER_DAEMON_ERROR, а Docker пишет «Cannot connect to the Docker daemon» или ' +
      '«permission denied while trying to connect». До реестра ничего не дошло, его настройки тут ни при чём.',
  },
  ask: {
    en: 'Does `docker info` fail with "Cannot connect to the Docker daemon" or "permission denied"?',
    ru: 'Команда `docker info` падает с «Cannot connect to the Docker daemon» или «permission denied»?',
  },
  rules: [
    // Spring Boot's build-image and the .NET SDK's local-daemon publish when no engine is running.
    anchor(['ensure the Docker daemon is running and accessible'], 8),
    anchor(['The local registry is not available'], 6),
    anchor(['The local daemon is not available'], 6),
    anchor(['ensure that the Docker daemon is running'], 6),
    anchor('code:DOCKER_DAEMON_ERROR', 10),
    anchor(['Please verify if Docker daemon is running'], 8),
    anchor(['Cannot connect to the Docker daemon'], 9),
    anchor(['Is the docker daemon running'], 8),
    anchor(['permission denied while trying to connect to the Docker'], 8),
    // Azure Functions Core Tools checks `docker ps` itself and words a socket permission failure its own way.
    anchor(['permission denied', 'in docker group'], 8),
    anchor(['may indicate that the docker daemon is not running'], 9),
    anchor(['pipe/docker_engine', 'cannot find the file'], 7),
    anchor(['dockerDesktopLinuxEngine', 'cannot find the file'], 7),
    anchor(['dial unix', 'docker.sock'], 7),
    // The Docker client's own wrapping of a request its daemon never answered ("error during connect: Post
    // http://docker:2375/v1.40/auth: dial tcp: lookup docker … no such host"): the versioned path is the Engine API's,
    // a registry's is /v2/. DOCKER_HOST names a daemon that is not there, as a CI job without its docker:dind service.
    anchor(/error during connect: [a-z]{3,7} "?[a-z]{3,6}:\/\/[^\s"/]{1,200}\/v1\.\d{1,3}\//i, 8),
    anchor(['which does not require Docker to be installed'], 2),
    context('tool:docker', 1),
    context('tool:az', 1),
    // A scanner that also asked the registry (trivy, syft, grype) reports the daemon only as one place it looked.
    against('image-source-fallback', 20),
    against(['which is not supported in Azure Cloud Shell'], 6),
    against(['Environment checks are not supported in Azure Cloud Shell'], 4),
  ],
  fix: [
    {
      text: {
        en: 'Check whether the daemon answers.',
        ru: 'Проверьте, отвечает ли демон.',
      },
      command: 'docker info',
    },
    {
      text: {
        en: 'Start it: on Linux start the docker service; on Windows or macOS start Docker Desktop and wait until it reports that the engine is running.',
        ru: 'Запустите его: в Linux запустите службу docker; в Windows или macOS запустите Docker Desktop и дождитесь, пока движок перейдёт в состояние «running».',
      },
      command: 'sudo systemctl start docker',
    },
    {
      text: {
        en: 'In a CI job that reaches the daemon over TCP (DOCKER_HOST=tcp://docker:2375), declare the docker:dind service in that job and run it on a runner that allows it.',
        ru: 'В задании CI, которое обращается к демону по TCP (DOCKER_HOST=tcp://docker:2375), объявите в этом задании сервис docker:dind и запускайте его на раннере, который это разрешает.',
      },
    },
    {
      text: {
        en: 'If the message is "permission denied", add your user to the docker group and start a new login session (or run the command with sudo, and then run az login under sudo as well).',
        ru: 'Если сообщение «permission denied», добавьте пользователя в группу docker и откройте новый сеанс (или запускайте команду через sudo — но тогда и az login выполняйте под sudo).',
      },
      command: 'sudo usermod -aG docker $USER',
    },
    {
      text: {
        en: 'Where no daemon can run (containers, locked-down agents), use a token instead of docker login.',
        ru: 'Там, где демон запустить нельзя (контейнеры, ограниченные агенты), используйте токен вместо docker login.',
      },
      command: 'az acr login -n {registry} --expose-token --output tsv --query accessToken',
    },
  ],
  docs: [
    {
      title: { en: 'DOCKER_DAEMON_ERROR', ru: 'DOCKER_DAEMON_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#docker_daemon_error',
    },
    AUTH_TROUBLESHOOTING,
  ],
  checks: [],
});
