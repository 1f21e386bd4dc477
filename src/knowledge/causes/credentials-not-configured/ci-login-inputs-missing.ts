import { defineCause } from '../../define';
import { AUTH_OPTIONS } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'ci-login-inputs-missing',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The login step got no credential: an empty secret, a missing input or no service connection',
    ru: 'Шаг входа не получил учётных данных: пустой секрет, отсутствующий параметр или не указано подключение к службе',
  },
  explanation: {
    en:
      'The login step stopped before it asked the registry anything: a required input (username, password, login server, ' +
      'client id, tenant id, subscription id) was empty, the service connection was not set, the workflow may not request an ' +
      'OIDC token (id-token: write), or the command needed a terminal to prompt for a password. An empty secret usually means ' +
      'the secret is not defined for this repository, environment or fork.',
    ru:
      'Шаг входа остановился, ещё не обратившись к реестру: обязательный параметр (имя пользователя, пароль, сервер входа, ' +
      'идентификатор клиента, клиента (tenant), подписки) пуст, не указано подключение к службе, рабочему процессу не разрешено ' +
      'запрашивать токен OIDC (id-token: write), или команде нужен терминал, чтобы спросить пароль. Пустой секрет обычно значит, ' +
      'что он не задан для этого репозитория, окружения или форка.',
  },
  ask: {
    en: 'Is the secret or input that holds the registry credential empty or undefined in this pipeline run?',
    ru: 'Секрет или параметр с учётными данными реестра пуст или не задан в этом запуске конвейера?',
  },
  rules: [
    anchor(['Input required and not supplied'], 6),
    // Azure Pipelines' compile-time check of a task's service connection input (containerRegistry,
    // dockerRegistryServiceConnection, azureSubscription): missing, disabled, not authorized for this pipeline, or a
    // runtime variable where only a literal name or a template expression is resolved in time.
    anchor(['references service connection', 'which could not be found'], 7),
    anchor(
      ['The service connection does not exist, has been disabled or has not been authorized for use'],
      6,
    ),
    anchor(['Username required'], 5),
    anchor(['Password required'], 5),
    anchor(['Credentials are not passed'], 8),
    anchor(['Not all values are present'], 6),
    anchor(['credentials are missing'], 6),
    anchor(["Ensure 'subscription-id' is supplied"], 6),
    anchor(['is not valid JSON', 'auth-type'], 5),
    anchor(['write permissions to id-token'], 7),
    anchor(['ACTIONS_ID_TOKEN_REQUEST_URL'], 7),
    anchor(['Failed to fetch federated token'], 6),
    anchor(['Could not get ID token'], 6),
    anchor(['service connection not specified'], 7),
    // Azure Pipelines: a container job or resource names an Azure Resource Manager connection where the image's
    // registry needs a Docker Registry one, so no registry credential reaches the pull.
    anchor(["Expected 'dockerregistry' service connection type"], 7),
    // A stage that uses a service connection it does not reference gets no credential from it.
    anchor(['There is no explicit reference to service connection'], 6),
    // azure-pipelines-task-lib when a task asks for its service connection's data and the agent was given none (the
    // connection is not authorised for this pipeline, its name is wrong, or it is of another type): LIB_EndpointAuthNotExist,
    // LIB_EndpointNotExist, LIB_EndpointDataNotExist.
    anchor(['Endpoint auth data not present'], 4),
    anchor(/\bEndpoint not present: /, 4),
    anchor(['Endpoint data parameter', 'not present'], 4),
    anchor(['no login information was found'], 7),
    // The same Docker@2 messages when the task's localisation file is missing: only the resource key is printed,
    // spelled out by the engine (NotPushingAsNoLoginFound, DockerRegistryNotFound, CouldNotFindDockerConfig).
    anchor(['not pushing as no login found'], 7),
    anchor(['(docker registry not found)'], 6),
    // Docker@2 push/logout in a job whose login step never ran (or ran in another job).
    anchor(['Could not find Docker Config'], 5),
    anchor(['(could not find docker config)'], 5),
    anchor(['non-TTY device'], 6),
    anchor(['--password-stdin', 'requires --username'], 6),
    anchor(['stdin is not a terminal'], 5),
    anchor(['specify both username and password'], 7),
    anchor(['Please provide password'], 5),
    context('tool:github-actions', 2),
    context('tool:azure-devops', 2),
    against(['client with IP'], 6),
    against('http:403', 2),
    // az acr login asks for a username and password only after Entra sign-in failed: that failure is the cause.
    against(['Unable to authenticate using AAD'], 6),
    against('admin-fallback', 4),
    against('code:CONNECTIVITY_REFRESH_TOKEN_ERROR', 4),
  ],
  fix: [
    {
      text: {
        en: 'Check that the secrets the step reads exist for this repository or environment (secrets are not passed to workflows from forks).',
        ru: 'Проверьте, что секреты, которые читает шаг, заданы для этого репозитория или окружения (в запуски из форков секреты не передаются).',
      },
    },
    {
      text: {
        en: 'For OpenID Connect sign-in from GitHub Actions, allow the workflow to request a token: `permissions: id-token: write`.',
        ru: 'Для входа через OpenID Connect из GitHub Actions разрешите рабочему процессу запрашивать токен: `permissions: id-token: write`.',
      },
    },
    {
      text: {
        en: 'In Azure Pipelines, check the service connection named in the YAML: it exists under that exact name, is enabled, and this pipeline is granted its use (Project settings → Service connections → Security). A `$(variable)` there is not yet set when the pipeline is compiled; use the name itself or `${{ variables.name }}`.',
        ru: 'В Azure Pipelines проверьте подключение к службе, указанное в YAML: оно существует именно с этим именем, включено, и этому конвейеру разрешено его использовать (Project settings → Service connections → Security). Переменная `$(variable)` там ещё не задана при компиляции конвейера: укажите само имя или `${{ variables.name }}`.',
      },
    },
    {
      text: {
        en: 'In a script, pass the credential explicitly instead of relying on a prompt.',
        ru: 'В скрипте передавайте учётные данные явно, не рассчитывая на запрос пароля.',
      },
      command: 'echo "$ACR_PASSWORD" | docker login {loginServer} --username <user> --password-stdin',
    },
  ],
  docs: [AUTH_OPTIONS],
  checks: [],
});
