import { defineCause } from '../../define';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'token-scope-map-missing-action',
  family: 'token-scope-map-insufficient',
  scope: 'acr-access',
  prevalence: 'occasional',
  title: {
    en: "The repository-scoped token's scope map lacks the action",
    ru: 'В карте областей токена репозитория нет нужного действия',
  },
  explanation: {
    en:
      'A non-Entra ACR token (created with `az acr token create`) can only do what its scope map lists, per repository: ' +
      'content/read to pull, content/write to push, content/delete, metadata/read and metadata/write. The system maps ' +
      '_repositories_pull, _repositories_push and _repositories_admin cover all repositories at those levels. ' +
      '`docker login` with the token succeeds because it does not check scopes; the failure comes later, on the repository ' +
      'or action the map omits, as "unauthorized: authentication required" or "denied: requested access to the resource is denied".',
    ru:
      'Токен ACR без Entra (созданный через `az acr token create`) может делать только то, что перечислено в его карте ' +
      'областей для каждого репозитория: content/read для извлечения, content/write для отправки, content/delete, ' +
      'metadata/read и metadata/write. Системные карты _repositories_pull, _repositories_push и _repositories_admin дают ' +
      'эти уровни на все репозитории. `docker login` с таким токеном проходит, потому что области не проверяет; ошибка ' +
      'появляется позже — на репозитории или действии, которых нет в карте, в виде «unauthorized: authentication required» ' +
      'или «denied: requested access to the resource is denied».',
  },
  ask: {
    en: 'Are you signing in with an ACR token (not Entra), and is this repository or action absent from its scope map?',
    ru: 'Вы входите с токеном ACR (не через Entra), и этого репозитория или действия нет в его карте областей?',
  },
  rules: [
    // az acr repository/manifest without a name and password signs in with Entra (signals/entra-sign-in.ts).
    against('entra-sign-in', 6),
    context('scope:catalog', 2),
    context('listing-refused', 2),
    // Catalog listing is outside every repository-scoped permission.
    anchor(['/v2/_catalog'], 4),
    // The ACR data-plane SDKs (azure-core's exceptions) sign in with an Entra credential or anonymously, never with a
    // repository-scoped token's user name and password.
    against(
      /azure\.core\.exceptions\.|com\.azure\.core\.exception\.|Azure\.RequestFailedException|RestError: \{"errors"/i,
      5,
    ),
    anchor(['registry:catalog:*'], 4),
    anchor(['Name:catalog', 'Type:registry'], 4),
    context('op:list', 2),
    acrAnchor(['_repositories_pull'], 5),
    acrAnchor(['_repositories_push'], 5),
    acrAnchor(['_repositories_admin'], 4),
    anchor(['scope-map'], 4),
    acrAnchor(['scopeMapId'], 4),
    anchor(['/content/write'], 3),
    anchor(['/content/read'], 3),
    anchor(['/metadata/read'], 3),
    anchor(['requested access to the resource is denied'], 2),
    // A token whose scope map lacks the action gets the protocol's insufficient_scope like an identity without the
    // role: the string is shared, so it alone never decides (field16 16C002 answered 0.95 on it alone).
    anchor(['insufficient_scope'], 2),
    anchor(['authentication required'], 1),
    // Listing tags needs metadata/read, which the built-in _repositories_pull scope map leaves out: a token that pulls
    // a chart cannot list its versions (helm dependency update resolving a range; field19 19D002).
    anchor(['could not retrieve list of tags'], 4),
    anchor('code:CONNECTIVITY_ACCESS_TOKEN_ERROR', 2),
    context(['Login Succeeded'], 2),
    context(['az acr token'], 3),
    context(['az acr scope-map'], 3),
    against(['ActionMatches'], 5),
    against(['Microsoft.ContainerRegistry/registries/repositories'], 4),
    against(['AbacRepositoryPermissions'], 3),
    against('code:CONNECTIVITY_REFRESH_TOKEN_ERROR', 3),
    against('token-status:403', 5),
    against(['client with IP'], 6),
    against('host:no-acr', 6),
  ],
  fix: [
    {
      text: {
        en: "Find the token's scope map and read its actions.",
        ru: 'Найдите карту областей токена и просмотрите её действия.',
      },
      command: 'az acr token show -n <token-name> -r {registry} --query scopeMapId -o tsv',
    },
    {
      text: {
        en: 'Show the scope map and check the line for the failing repository.',
        ru: 'Выведите карту областей и найдите строку для репозитория, к которому нет доступа.',
      },
      command: 'az acr scope-map show -n <scope-map> -r {registry} --query actions',
    },
    {
      text: {
        en: 'Add the missing actions for the repository (pushing needs content/read as well as content/write).',
        ru: 'Добавьте недостающие действия для репозитория (для отправки нужно и content/read, и content/write).',
      },
      command:
        'az acr scope-map update -n <scope-map> -r {registry} --add-repository {repository} content/read content/write metadata/read',
    },
    {
      text: {
        en: 'Log in again with the token so the client requests a new access token.',
        ru: 'Снова войдите с токеном, чтобы клиент запросил новый токен доступа.',
      },
      command: 'docker logout {loginServer} && docker login {loginServer} -u <token-name>',
    },
  ],
  docs: [
    {
      title: {
        en: 'Repository-scoped tokens and scope maps',
        ru: 'Токены с областью репозитория и карты областей',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-token-based-repository-permissions',
    },
    {
      title: { en: 'CONNECTIVITY_ACCESS_TOKEN_ERROR', ru: 'CONNECTIVITY_ACCESS_TOKEN_ERROR' },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference#connectivity_access_token_error',
    },
  ],
  checks: ['registry', 'login-failures'],
});
