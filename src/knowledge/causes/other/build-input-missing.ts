import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'build-input-missing',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'The build or task itself failed (missing Dockerfile, bad build file, a failing step), not registry access',
    ru: 'Сбой самой сборки или задачи (нет Dockerfile, ошибка в файле сборки, упавший шаг), а не доступа к реестру',
  },
  explanation: {
    en:
      'The error comes from the build: the Dockerfile or compose file is not where the command looks, a line of it cannot be ' +
      'parsed, the build context or source archive does not exist, or a step of the pipeline or ACR task ran and exited with an ' +
      "error. Registry sign-in was not reached or was not the problem; the step's own log above the error holds the cause.",
    ru:
      'Ошибка исходит от сборки: Dockerfile или файла compose нет там, где его ищет команда, строку в нём не удаётся разобрать, ' +
      'контекста сборки или архива с исходным кодом не существует, или шаг конвейера либо задачи ACR выполнился и завершился с ' +
      'ошибкой. До входа в реестр дело не дошло или проблема не в нём; причина — в журнале самого шага над ошибкой.',
  },
  ask: {
    en: 'Does the log above this line show the build step itself failing (a file not found, a command exiting non-zero)?',
    ru: 'Журнал над этой строкой показывает, что упал сам шаг сборки (файл не найден, команда завершилась с ненулевым кодом)?',
  },
  rules: [
    // Build tools failing on the project before any registry call: Jib's Java-level check, the buildpacks
    // detector, and the .NET SDK's input validation (CONTAINER2xxx image settings, CONTAINER4xxx task inputs).
    anchor(['but the base image is for Java'], 7),
    anchor(['No buildpack groups passed detection'], 7),
    anchor(['ERROR: failed to detect'], 5),
    anchor(/\berror CONTAINER[24]\d{3}: /i, 4),
    // The .NET SDK and MSBuild failing on the project itself (NETSDK1004: restore never ran; MSB3073: a command
    // exited non-zero), inside a Dockerfile's build step or before it.
    anchor(/\bNETSDK\d{4}\b/, 5),
    anchor(/\berror MSB\d{4}\b/i, 5),
    anchor(['No Dockerfile matching'], 8),
    anchor(['failed to read dockerfile'], 8),
    anchor(['Cannot locate specified Dockerfile'], 8),
    // Azure Functions Core Tools' own check before it builds and pushes (func deploy, func kubernetes deploy).
    anchor(['Dockerfile not found'], 8),
    // az acr build / az acr run checking the Dockerfile path against the source before uploading it ("Unable to find
    // 'Dockerfile'."): the path is resolved against the source folder, not the current one.
    anchor(["Unable to find '", 'Dockerfile'], 7),
    anchor(['unable to prepare context'], 6),
    anchor(['Docker Compose File', 'does not exist'], 7),
    anchor(['unable to understand line'], 6),
    anchor(['failed to scan dependencies'], 5),
    anchor(['failed to run step ID'], 2),
    anchor(['Container failed during run'], 2),
    anchor(['Script failed with exit code'], 3),
    anchor(['dockerfile parse error'], 7),
    // A Dockerfile instruction that failed on its own: a RUN step's command exiting non-zero (BuildKit's and the
    // classic builder's words), a COPY source missing from the context (BuildKit's checksum of the source, the
    // classic builder's COPY). A registry refusal printed inside such a step still reads as the registry's.
    anchor(['did not complete successfully: exit code'], 5),
    anchor(['returned a non-zero code'], 5),
    anchor(['failed to calculate checksum of ref'], 7),
    // BuildKit's cache key for a COPY or ADD source that is not in the build context (older releases: `"/x" not found`).
    anchor(['failed to compute cache key'], 6),
    // BuildKit reading the build context from the client (filesync): a file it could not read or stat on this machine.
    anchor(['error from sender:'], 6),
    anchor(['COPY failed:'], 6),
    // A project file a build step needs, not found ("requirements.txt not found", "/go.work.sum: not found", "couldn't
    // find package.json"): a dependency list, a lock file, a project or solution file. Not an app's settings read at
    // start (another program's failure), nor a file a sign-in reads (Docker's config.json, a plugin's docker-auth.json,
    // a node's azure.json, the Azure CLI's profile and token caches): those missing are a sign-in matter.
    anchor(
      /(?<![\w-])(?![\w-]{0,60}(?:config|settings|auth|cred|token|secret|key|profile|azure|kube))[\w-]{1,60}\.(?:txt|json|lock|mod|sum|csproj|fsproj|vbproj|sln|gradle|gemspec)["'`]?:? not found/i,
      5,
    ),
    anchor(
      /(?<![\w-])(?![\w-]{0,60}(?:config|settings|auth|cred|token|secret|key|profile|azure|kube))[\w-]{1,60}\.(?:txt|json|lock|mod|sum|csproj|fsproj|vbproj|sln|gradle|gemspec)["'`]? (?:does not|doesn't) exist/i,
      5,
    ),
    anchor(
      /\b(?:couldn't|could not|can't|cannot|unable to) find ["'`]?(?:[\w.-]{1,60}\/){0,8}(?![\w-]{0,60}(?:config|settings|auth|cred|token|secret|key|profile|azure|kube))[\w-]{1,60}\.(?:txt|json|lock|mod|sum|csproj|fsproj|vbproj|sln|gradle|gemspec)\b/i,
      5,
    ),
    // A Dockerfile instruction quoted as what failed ("the builder fails on `COPY turbo.json* ./`").
    anchor(/\b[Ff]ail(?:s|ed|ing|ure)? (?:on |at |in |with )?`(?:COPY|ADD|RUN) [^`\n]{1,200}`/, 4),
    // A push or tag of an image the local engine does not have under that name: the build before it failed or
    // tagged another name (the daemon's words for push and for tag/inspect).
    anchor(['An image does not exist locally with the tag'], 6),
    anchor(['Error response from daemon: No such image:'], 5),
    anchor(["doesn't exist", 'archive'], 4),
    context('tool:acr-tasks', 1),
    context('tool:azure-devops', 1),
    against(['client with IP'], 6),
    against('http:401', 2),
    against('http:403', 2),
    against('oci:DENIED', 3),
    against('oci:UNAUTHORIZED', 3),
  ],
  fix: [
    {
      text: {
        en: 'Check the path of the Dockerfile and the build context the command was given.',
        ru: 'Проверьте путь к Dockerfile и контекст сборки, переданные команде.',
      },
      command: 'docker build -f <path/to/Dockerfile> <context-dir>',
    },
    {
      text: {
        en: 'For an ACR task, read the full log of the failing run.',
        ru: 'Для задачи ACR прочитайте полный журнал упавшего запуска.',
      },
      command: 'az acr task logs -r {registry} --run-id <run-id>',
    },
  ],
  docs: [
    {
      title: { en: 'Dockerfile reference', ru: 'Справочник по Dockerfile' },
      url: 'https://docs.docker.com/reference/dockerfile/',
    },
  ],
  checks: [],
});
