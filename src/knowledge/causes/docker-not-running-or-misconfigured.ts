import { against, anchor, context } from '../rules';
import { ACR_FAQ, AUTHENTICATION_ERRORS, AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../docs';
import type { Cause } from '../types';

export const causes: readonly Cause[] = [
  {
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
      anchor(['docker: command not found'], 9),
      anchor(['command not found: docker'], 9),
      anchor(["'docker' is not recognized as an internal or external command"], 9),
      anchor(["The term 'docker' is not recognized"], 9),
      anchor(['Unable to locate executable file', 'docker'], 8),
      anchor(['executable file not found in $PATH', 'docker'], 7),
      anchor(["Could not run 'docker"], 7),
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
  },
  {
    id: 'docker-credential-store-failing',
    family: 'docker-not-running-or-misconfigured',
    scope: 'acr-access',
    prevalence: 'common',
    title: {
      en: "Docker's credential helper could not store or read the login",
      ru: 'Помощник учётных данных Docker не смог сохранить или прочитать вход',
    },
    explanation: {
      en:
        'The registry accepted the sign-in, but `docker login` then hands the credential to the helper named in ' +
        '~/.docker/config.json ("credsStore": wincred, osxkeychain, secretservice, pass, desktop) and that helper ' +
        'failed: it is missing, needs a desktop session (D-Bus, the macOS keychain over SSH), or cannot hold a ' +
        'token as long as an ACR refresh token. Docker reports "error storing credentials" or "error getting credentials".',
      ru:
        'Реестр принял вход, но `docker login` передаёт учётные данные помощнику из ~/.docker/config.json ' +
        '(«credsStore»: wincred, osxkeychain, secretservice, pass, desktop), и этот помощник не сработал: его нет, ' +
        'ему нужен рабочий стол (D-Bus, связка ключей macOS при входе по SSH) или он не вмещает такой длинный токен, ' +
        'как токен обновления ACR. Docker сообщает «error storing credentials» или «error getting credentials».',
    },
    ask: {
      en: 'Does the error say "error storing credentials" or "error getting credentials", or name a docker-credential helper?',
      ru: 'В ошибке есть «error storing credentials» или «error getting credentials», либо упоминается помощник docker-credential?',
    },
    rules: [
      anchor(['error storing credentials'], 9),
      anchor(['error getting credentials'], 7),
      anchor(['Cannot autolaunch D-Bus without X11'], 9),
      anchor(['The stub received bad data'], 9),
      anchor(['user interaction not allowed'], 6),
      anchor(['password store is empty'], 8),
      anchor(['docker-credential-'], 4),
      context('tool:az', 1),
      context('op:login', 1),
    ],
    fix: [
      {
        text: {
          en: 'See which helper Docker uses: the "credsStore" (or "credHelpers") entry in ~/.docker/config.json.',
          ru: 'Посмотрите, какой помощник использует Docker: запись «credsStore» (или «credHelpers») в ~/.docker/config.json.',
        },
        command: 'cat ~/.docker/config.json',
      },
      {
        text: {
          en: 'On a headless machine or over SSH, remove that entry so Docker keeps the login in the file (or install and initialise the helper, e.g. `pass init`), then sign in again.',
          ru: 'На машине без рабочего стола или при входе по SSH удалите эту запись, чтобы Docker хранил вход в файле (или установите и инициализируйте помощник, например `pass init`), затем войдите снова.',
        },
        command: 'az acr login -n {registry}',
      },
      {
        text: {
          en: 'On Windows, wincred cuts long ACR tokens: switch to the "desktop" helper or remove "credsStore".',
          ru: 'В Windows wincred обрезает длинные токены ACR: перейдите на помощник «desktop» или удалите «credsStore».',
        },
      },
      {
        text: {
          en: 'Or skip the helper: get a token and pass it to docker login on standard input.',
          ru: 'Либо обойдите помощник: получите токен и передайте его docker login через стандартный ввод.',
        },
        command:
          'az acr login -n {registry} --expose-token --output tsv --query accessToken | docker login {loginServer} -u 00000000-0000-0000-0000-000000000000 --password-stdin',
      },
    ],
    docs: [
      {
        title: { en: 'docker login: credential stores', ru: 'docker login: хранилища учётных данных' },
        url: 'https://docs.docker.com/reference/cli/docker/login/',
      },
      AUTH_TROUBLESHOOTING,
    ],
    checks: [],
  },
  {
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
      anchor('code:DOCKER_DAEMON_ERROR', 10),
      anchor(['Please verify if Docker daemon is running'], 8),
      anchor(['Cannot connect to the Docker daemon'], 9),
      anchor(['Is the docker daemon running'], 8),
      anchor(['permission denied while trying to connect to the Docker'], 8),
      anchor(['may indicate that the docker daemon is not running'], 9),
      anchor(['pipe/docker_engine', 'cannot find the file'], 7),
      anchor(['dockerDesktopLinuxEngine', 'cannot find the file'], 7),
      anchor(['dial unix', 'docker.sock'], 7),
      anchor(['which does not require Docker to be installed'], 2),
      context('tool:docker', 1),
      context('tool:az', 1),
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
  },
  {
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
  },
  {
    id: 'login-server-not-lowercase',
    family: 'docker-not-running-or-misconfigured',
    scope: 'acr-access',
    prevalence: 'occasional',
    title: {
      en: 'The login server is written with capital letters in docker commands',
      ru: 'Сервер входа в командах docker записан с заглавными буквами',
    },
    explanation: {
      en:
        'Docker keeps saved logins per host name exactly as written, while `az acr login` always stores the ' +
        'lower-case login server. An image reference such as `MyRegistry.azurecr.io/app` therefore finds no saved ' +
        'credential, Docker asks anonymously and the registry answers "unauthorized: authentication required", ' +
        'even though the login just succeeded.',
      ru:
        'Docker хранит сохранённые входы по имени хоста ровно в том написании, в каком оно указано, а `az acr login` ' +
        'всегда сохраняет сервер входа в нижнем регистре. Поэтому для ссылки вида `MyRegistry.azurecr.io/app` ' +
        'сохранённых учётных данных не находится, Docker обращается анонимно, и реестр отвечает ' +
        '«unauthorized: authentication required», хотя вход только что прошёл успешно.',
    },
    ask: {
      en: 'Does the image name you push or pull contain capital letters in the registry part (for example MyRegistry.azurecr.io)?',
      ru: 'В имени образа, который вы отправляете или извлекаете, есть заглавные буквы в части реестра (например, MyRegistry.azurecr.io)?',
    },
    rules: [
      anchor('host:acr-mixed-case', 6),
      anchor(['Uppercase characters are detected in the registry name'], 8),
      anchor(['unauthorized: authentication required'], 1),
      context('succeeded:login', 3),
      context('op:push', 1),
      context('op:pull', 1),
      against(['repository name must be lowercase'], 4),
    ],
    fix: [
      {
        text: {
          en: 'Read the exact login server of the registry.',
          ru: 'Узнайте точное имя сервера входа реестра.',
        },
        command: 'az acr show -n {registry} --query loginServer -o tsv',
      },
      {
        text: {
          en: 'Use it in lower case everywhere: docker login, tag, push and pull, and image fields in manifests and pipelines.',
          ru: 'Используйте его в нижнем регистре везде: в docker login, tag, push и pull, а также в полях образа в манифестах и конвейерах.',
        },
        command: 'docker tag {image} {loginServer}/{repository}:{tag}',
      },
      {
        text: {
          en: 'Then push or pull with the lower-case name.',
          ru: 'Затем выполните push или pull с именем в нижнем регистре.',
        },
        command: 'docker push {loginServer}/{repository}:{tag}',
      },
    ],
    docs: [ACR_FAQ, AUTH_TROUBLESHOOTING],
    checks: ['registry'],
  },
  {
    id: 'rhel-docker-signature-verification',
    family: 'docker-not-running-or-misconfigured',
    scope: 'acr-access',
    prevalence: 'rare',
    title: {
      en: "Red Hat's Docker build verifies signatures and fails the pull",
      ru: 'Сборка Docker от Red Hat проверяет подписи и срывает извлечение образа',
    },
    explanation: {
      en:
        'The Docker 1.x packages shipped with RHEL and CentOS 7 start the daemon with --signature-verification ' +
        'turned on. That fork prints "Trying to pull repository …" and then fails the pull from ACR with ' +
        '"unauthorized: authentication required", even right after a successful login or push from the same machine. ' +
        'The registry is fine; the local daemon setting is what rejects the pull.',
      ru:
        'Пакеты Docker 1.x из поставки RHEL и CentOS 7 запускают демон с включённым --signature-verification. ' +
        'Этот форк пишет «Trying to pull repository …», а затем прерывает извлечение из ACR с ошибкой ' +
        '«unauthorized: authentication required» — даже сразу после успешного входа или push с той же машины. ' +
        'С реестром всё в порядке, извлечение отклоняет локальная настройка демона.',
    },
    ask: {
      en: 'Is this the docker package from RHEL/CentOS (docker 1.13.x, "Package version: docker-1.13…el7")?',
      ru: 'Это пакет docker из RHEL/CentOS (docker 1.13.x, «Package version: docker-1.13…el7»)?',
    },
    rules: [
      anchor(/Trying to pull repository \S{1,200} \.\.\./i, 4),
      anchor(['signature-verification'], 8),
      anchor(['/etc/sysconfig/docker'], 5),
      context(['unauthorized: authentication required'], 2),
      context(['Package version: docker-1.', '.el7'], 4),
      context('succeeded:push', 3),
      context('succeeded:login', 2),
      against('host:no-acr', 6),
    ],
    fix: [
      {
        text: {
          en: 'Look at the daemon options the distribution set.',
          ru: 'Посмотрите параметры демона, заданные дистрибутивом.',
        },
        command: 'grep OPTIONS /etc/sysconfig/docker',
      },
      {
        text: {
          en: 'Add --signature-verification=false to OPTIONS in /etc/sysconfig/docker, then restart the daemon.',
          ru: 'Добавьте --signature-verification=false в OPTIONS в файле /etc/sysconfig/docker и перезапустите демон.',
        },
        command: 'sudo systemctl restart docker.service',
      },
      {
        text: {
          en: 'Better still, replace the old distribution package with a current Docker Engine (docker-ce) or podman.',
          ru: 'Ещё лучше — замените устаревший пакет дистрибутива актуальным Docker Engine (docker-ce) или podman.',
        },
      },
    ],
    docs: [ACR_FAQ],
    checks: [],
  },
];
