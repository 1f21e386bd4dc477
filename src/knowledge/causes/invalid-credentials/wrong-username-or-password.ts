import { defineCause } from '../../define';
import { AUTHENTICATION_ERRORS, AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'wrong-username-or-password',
  family: 'invalid-credentials',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'Wrong username or password for the registry',
    ru: 'Неверное имя пользователя или пароль для реестра',
  },
  explanation: {
    en:
      'The client sent a username and password, and the registry rejected the pair. Typical reasons: the admin ' +
      'password was regenerated, a service principal secret ID was pasted instead of the secret value, an ' +
      'Entra user e-mail was used as the username, or a repository token password is no longer the current one. ' +
      'Because the check fails on the very first request, `docker login` stops at `GET /v2/` with ' +
      '"unauthorized: authentication required" and `az acr login` answers "Login failed."',
    ru:
      'Клиент передал имя пользователя и пароль, и реестр отверг эту пару. Обычные причины: пароль администратора ' +
      'был перегенерирован, вместо значения секрета субъекта-службы скопирован его идентификатор, в качестве ' +
      'имени пользователя указан адрес электронной почты пользователя Entra, или пароль токена репозитория уже ' +
      'не актуален. Проверка падает на первом же запросе, поэтому `docker login` останавливается на `GET /v2/` ' +
      'с «unauthorized: authentication required», а `az acr login` сообщает «Login failed.»',
  },
  ask: {
    en: 'Did you pass a username and password explicitly (docker login -u …, a pipeline service connection, a pull secret)?',
    ru: 'Вы явно передавали имя пользователя и пароль (docker login -u …, подключение к службе в конвейере, секрет извлечения)?',
  },
  rules: [
    // az acr repository/manifest without a name and password signs in with Entra (signals/entra-sign-in.ts).
    against('entra-sign-in', 5),
    // Jib's 401 hint after it logged where the credential came from: the credential was sent and refused.
    anchor(['perhaps you should make sure your credentials for'], 3),
    context(['Using credentials from', ' for '], 5),
    // GitLab Runner's docker executor names where it found the job's registry credential: one was sent and refused.
    context(['Authenticating with credentials from'], 3),
    anchor(['too many 401'], 4),
    // `az containerapp create/up` keeps the registry password as a secret named after the login server without dots
    // and the user name: a user name no registry issues (an Entra e-mail, upper case) makes that name invalid
    // (field5 b026: the e-mail given instead of the admin user name).
    acrAnchor(/'secrets\.name' has an invalid value '[a-z0-9]{5,50}azurecrio-/i, 6),
    // .NET's JWT reader on a password that is no token at all (IDX12729: the header is not Base64Url; IDX12741: not
    // three segments): a helper that stored something else where the token belongs (field16 16A002). Every .NET
    // service says the same, so only with the registry named on the same line.
    anchor(['IDX12729', 'ACR'], 4),
    anchor(['IDX12729', 'registry'], 4),
    anchor(['IDX12741', 'ACR'], 4),
    anchor(['IDX12741', 'registry'], 4),
    anchor(['client id must be guid'], 8),
    anchor(/\/v2\/["']?: unauthorized/i, 5),
    anchor(['unauthorized', 'authentication required'], 2),
    // The terraform docker provider's word for a 401 that offered no token service to fall back to (its registry
    // image delete: "bad credentials: 401 Unauthorized"): the user name and password it sent were refused.
    anchor(['bad credentials', '401'], 2),
    // acorn run's 401 advice (pkg/cli/run.go): a login that was never made reads the same (docker-not-logged-in).
    anchor(['not authorized to pull', 'acorn login'], 2),
    anchor('http:401', 1),
    // A bare "unauthorized:" from an ACR host: shared with a missing login, a stale login and a missing role.
    anchor(['azurecr.', ': unauthorized'], 1),
    anchor(['oauth2/token', '401'], 2),
    anchor(/[^d]: ["']?authentication required/i, 1),
    anchor(['/helm/v1/repo'], 1),
    // az acr import: the source registry refused the --username/--password given for it (or the source name is wrong).
    anchor(['Invalid message Unauthorized'], 3),
    anchor(['login attempt to', '/v2/', 'failed with status: 401'], 3),
    anchor(['Invalid clientid or client secret'], 4),
    anchor(['invalid username/password'], 5),
    // Service Fabric could not decrypt RepositoryCredentials' password (PasswordEncrypted on a plain password, or a
    // certificate the node lacks), so no usable credential reached the registry (ContainerImageDownloader).
    anchor(['error decrypting the repository credential password'], 7),
    // Its cluster-wide default credentials (UseDefaultRepositoryCredentials) were sent and refused.
    anchor(['attempt type ClusterManifestDefaultCredentials', 'unauthorized'], 5),
    // Azure Databricks Container Services' launch failure names both readings; the credential one leads.
    anchor(['invalid credential to pull image from'], 4),
    // Docker Hub's wording of the same refusal; on Hub itself `host:no-acr` hands it to the look-alike.
    anchor(['incorrect username or password'], 3),
    anchor('aadsts:50126', 6),
    anchor(['Login failed.'], 1),
    // A person's e-mail as the registry username: ACR takes the admin user, a token's name, an app id or the nil GUID
    // of a refresh token, never an Entra sign-in name (field5 b026: az containerapp up with --registry-username).
    anchor('login-user:email', 4),
    context('op:login', 3),
    context(['docker login', '--username'], 2),
    context(['docker login', ' -u '], 2),
    context(['az acr login', '--username'], 3),
    context(['--password-stdin'], 1),
    against('succeeded:login', 4),
    against('anonymous-attempt', 4),
    against('http:403', 3),
    against('host:no-acr', 4),
    against('admin-fallback', 2),
    // Bicep presents an Entra token from its credential chain, never a user name and password.
    against('tool:bicep', 3),
    against(['--expose-token'], 4),
    against(['"adminUserEnabled": false'], 4),
    against(['Application not registered with AAD'], 6),
    against('aadsts:700016', 4),
  ],
  fix: [
    {
      text: {
        en: 'Check which kind of credential you used. For the admin user, compare with the current admin passwords.',
        ru: 'Определите, какие учётные данные вы использовали. Для пользователя-администратора сверьтесь с текущими паролями.',
      },
      command: 'az acr credential show -n {registry} --query "{user:username, passwords:passwords[].name}"',
    },
    {
      text: {
        en: 'For a service principal the username is the application (client) ID and the password is the secret value, not the secret ID. List its secrets to see which ones still exist.',
        ru: 'Для субъекта-службы имя пользователя — это идентификатор приложения (client ID), а пароль — значение секрета, а не его идентификатор. Посмотрите, какие секреты у него ещё есть.',
      },
      command:
        'az ad app credential list --id {appId} --query "[].{hint:hint, expires:endDateTime}" -o table',
    },
    {
      text: {
        en: 'For an Entra user, do not pass an e-mail and password: sign in with the Azure CLI and let it log Docker in.',
        ru: 'Для пользователя Entra не передавайте почту и пароль: войдите через Azure CLI, и он сам выполнит вход Docker.',
      },
      command: 'az login && az acr login -n {registry}',
    },
    {
      text: {
        en: 'Log in again with the corrected credential, reading the password from stdin.',
        ru: 'Повторите вход с исправленными учётными данными, передав пароль через stdin.',
      },
      command: 'docker login {loginServer} --username {appId} --password-stdin',
    },
    {
      text: {
        en: 'For a repository-scoped token, generate a new password (it is shown only once) and update every place that stores it.',
        ru: 'Для токена с областью репозитория сгенерируйте новый пароль (он показывается один раз) и обновите его везде, где он хранится.',
      },
      command: 'az acr token credential generate -n <token-name> -r {registry} --password1',
    },
  ],
  docs: [AUTH_TROUBLESHOOTING, AUTHENTICATION_ERRORS, AUTH_OPTIONS],
  checks: ['admin-user', 'secret-expiry', 'login-failures'],
});
