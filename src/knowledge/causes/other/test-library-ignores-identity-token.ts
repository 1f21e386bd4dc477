import { defineCause } from '../../define';
import { AUTH_OPTIONS } from '../../docs';
import { against, anchor, context } from '../../rules';

/**
 * Testcontainers reads ~/.docker/config.json and the credential helpers itself and hands the daemon the
 * credential for each pull. Before it understood identity tokens (testcontainers-node #1179, Nov 2025;
 * testcontainers-dotnet #1124), it passed what `az acr login` stores — the user `<token>` or the null GUID with
 * the ACR refresh token — as a user name and password, and ACR refused a user name that is not an app id:
 * "aad access token with sp failed client id must be guid". `docker pull` with the same store works. Other
 * libraries that read the store themselves made the same mistake (fabric8's docker-maven-plugin until its fix for
 * identity tokens, issue 1348: "aad access token with sp failed unknown error"). The id keeps its first name.
 */
export default defineCause({
  id: 'test-library-ignores-identity-token',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: 'A library (Testcontainers, a build plugin) sent the identity token from `az acr login` as a user name and password',
    ru: 'Библиотека (Testcontainers, плагин сборки) передала токен идентификации из `az acr login` как имя пользователя и пароль',
  },
  explanation: {
    en:
      'Testcontainers looks up registry credentials itself instead of letting the Docker CLI do it. Older versions ' +
      'did not understand the identity token that `az acr login` keeps in the Docker credential store (user ' +
      '"<token>" or 00000000-0000-0000-0000-000000000000): they sent it as a plain user name and password, and ACR ' +
      'answers that the client id must be a GUID, or that authentication is required. The registry and the stored ' +
      'login are fine; `docker pull` of the same image works.',
    ru:
      'Testcontainers ищет учётные данные реестра сам, а не через Docker CLI. Старые версии не понимали токен ' +
      'идентификации, который `az acr login` сохраняет в хранилище учётных данных Docker (пользователь «<token>» ' +
      'или 00000000-0000-0000-0000-000000000000): они отправляли его как обычные имя пользователя и пароль, и ACR ' +
      'отвечает, что идентификатор клиента должен быть GUID, или что требуется аутентификация. Реестр и сохранённый ' +
      'вход в порядке: `docker pull` того же образа работает.',
  },
  ask: {
    en: 'Does `docker pull` of the same image work on this machine while the test run fails?',
    ru: 'Работает ли `docker pull` того же образа на этой машине, когда тестовый запуск завершается ошибкой?',
  },
  rules: [
    // ACR's answer to a basic-auth user name that is neither the admin user nor an app id.
    anchor(['client id must be guid'], 4),
    // The same refusal in its other ending: a stale login stored for the registry reads the same
    // (docker-config-stale-login), so the string alone decides neither.
    anchor(/aad access token with sp failed(?! client id must be guid)/, 3),
    // Testcontainers' own log lines (node: debug output of its auth lookup).
    context(['testcontainers'], 6),
    // fabric8's docker-maven-plugin (io.fabric8), which words its failure "Unable to push '…' to registry '…'".
    context(['docker-maven-plugin'], 6),
    context(['io.fabric8'], 6),
    context(["Unable to push '", "' to registry '"], 4),
    context(['Auth config found for registry'], 3),
    context(['Executing Docker credential provider'], 3),
    against(['docker login -u'], 4),
    against('host:no-acr', 4),
  ],
  fix: [
    {
      text: {
        en: 'Upgrade Testcontainers to a version that sends identity tokens (Node 11.9 or later; .NET 3.8 or later).',
        ru: 'Обновите Testcontainers до версии, которая передаёт токены идентификации (Node 11.9 и новее; .NET 3.8 и новее).',
      },
    },
    {
      text: {
        en: 'Or pull the image with the Docker CLI before the tests run; Testcontainers then finds it locally.',
        ru: 'Или извлеките образ с помощью Docker CLI до запуска тестов: тогда Testcontainers найдёт его локально.',
      },
      command: 'az acr login -n {registry} && docker pull {image}',
    },
    {
      text: {
        en: 'Or give the test run a service principal (app id and secret) as a user name and password for the registry.',
        ru: 'Или передайте тестовому запуску субъект-службу (идентификатор приложения и секрет) как имя пользователя и пароль для реестра.',
      },
      command: 'docker login {loginServer} -u <app-id> -p "$SECRET"',
    },
  ],
  docs: [AUTH_OPTIONS],
  checks: [],
});
