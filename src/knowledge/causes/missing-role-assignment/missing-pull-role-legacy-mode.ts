import { defineCause } from '../../define';
import { ACR_BUILT_IN_ROLES, AUTH_TROUBLESHOOTING } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'missing-pull-role-legacy-mode',
  family: 'missing-role-assignment',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The identity has no pull role on the registry',
    ru: 'У удостоверения нет роли на извлечение образов из реестра',
  },
  explanation: {
    en:
      'Sign-in worked, but the user, service principal or managed identity holds no role that grants ' +
      'Microsoft.ContainerRegistry/registries/pull/read on this registry (AcrPull, AcrPush, Reader, Contributor or Owner). ' +
      'The registry then refuses the token exchange with 401, so `az acr login` reports CONNECTIVITY_REFRESH_TOKEN_ERROR ' +
      'with response code 401, while Docker, App Service and Container Apps only say "unauthorized: authentication required". ' +
      'Typical reasons: the assignment was never made, was made for another principal, or was removed or blocked by policy.',
    ru:
      'Вход выполнен, но у пользователя, субъекта-службы или управляемого удостоверения нет роли с действием ' +
      'Microsoft.ContainerRegistry/registries/pull/read на этот реестр (AcrPull, AcrPush, Reader, Contributor или Owner). ' +
      'Поэтому реестр отклоняет обмен токена с кодом 401: `az acr login` сообщает CONNECTIVITY_REFRESH_TOKEN_ERROR с кодом ' +
      'ответа 401, а Docker, App Service и Container Apps пишут лишь «unauthorized: authentication required». ' +
      'Обычно роль так и не назначили, назначили другому субъекту либо её удалили или заблокировала политика.',
  },
  ask: {
    en: 'Is there no AcrPull (or broader) role assignment for this exact identity on the registry?',
    ru: 'Именно у этого удостоверения нет назначения роли AcrPull (или более широкой) на реестр?',
  },
  rules: [
    // Foundry hosted agents pull with the project's identity and say only this (field6 d016, f008): a missing AcrPull,
    // or a registry refusing ARM-audience tokens (arm-audience-token-rejected shares it).
    acrAnchor(['Failed to pull container image', 'ACR permissions'], 3),
    // The same failure as the agent version's status says it (field7 7d001): hosted agents pull only from ACR. The
    // status is read without its brackets, which people drop when they retell it ("ImageError — …").
    acrAnchor(['ImageError', 'Failed to pull container image'], 4),
    // Its other wording of a pull it could not make, with the advice it prints every time ("Verify the workspace
    // managed identity has AcrPull permissions on the target registry."): a private zone not linked reads the same.
    acrAnchor(['ImageError', 'Container registry authentication failed'], 4),
    acrAnchor(['workspace managed identity has AcrPull'], 5),
    context(['Agent version provisioning failed'], 1),
    // ACR answers 401 at /oauth2/token when the credential itself is refused or missing; a missing role still gets a token.
    against(['oauth2/token', '401'], 3),
    against(['oauth2/token', 'UNAUTHORIZED'], 3),
    anchor('exchange-status:401', 3),
    // Azure ML's Kubernetes extension: the cluster identity's Entra token was refused at the ACR token exchange.
    anchor(['ACRTokenExchangeForbidden'], 7),
    // Azure ML compute: its managed identity's Entra token was not exchanged for an ACR refresh token.
    acrAnchor(['AcrRefreshTokenRetrievalError'], 5),
    // A login server that did not resolve was never asked about roles (field5 b019: the same code, a doubled host).
    against(['no such host'], 5),
    anchor(['Error pulling the container image', 'registry credentials'], 4),
    // Container Apps' refused create-time pull, quoted as its code beside the registry's (see
    // platform-registry-credentials-missing): an identity in the registry block without AcrPull reads the same.
    anchor(['InvalidParameterValueInContainerTemplate', 'UNAUTHORIZED'], 3),
    // App Service's refused pull (see platform-registry-credentials-missing); with its managed-identity pull mode
    // named, the identity's missing AcrPull comes first.
    anchor(['ImagePullUnauthorizedFailure'], 2),
    // App Service could not get a registry token with its managed identity: most often the identity has no AcrPull
    // (or the grant had not spread yet); platform-registry-credentials-missing shares it.
    acrAnchor(['ACRTokenRetrievalFailure'], 5),
    anchor(['ImagePullUnauthorizedFailure', 'managed identity'], 3),
    // A Container App whose revision never started within the platform's time ("Operation expired") most often
    // could not pull its image: an identity without AcrPull yet, no registry block, a tag not pushed. The app
    // itself failing its probes reads the same, so it stays a weak, shared clue.
    anchor('revision-timed-out', 3),
    // People tell the same race by the identity alone ("System-assigned identity caused 'Operation expired'"): the
    // platform checked the pull before the identity's AcrPull was there.
    anchor(['Operation expired', 'identity'], 3),
    anchor(['exchange ACR token failed because AAD token is unauthorized'], 7),
    anchor(['exchange request', '401'], 3),
    anchor(['token exchange', '401'], 3),
    anchor(['oauth2/exchange', '401'], 3),
    // compose-cli's ACI context posts its `docker login azure` token to /oauth2/exchange: refused, not absent.
    anchor(['could not obtain ACR token from Azure login', '401'], 4),
    anchor(['GetFromExchange', '401'], 3),
    // The exchange's status spelled by name on the same line (.NET's HttpStatusCode: "Status: Unauthorized").
    anchor(/oauth2\/exchange\b[^\n]{0,80}\bUnauthorized\b/i, 3),
    // The ACR data-plane SDKs name the exchange operation in their stack (Python, .NET, Java, JavaScript spellings).
    anchor(/exchange_?aad_?access_?token_?for_?acr_?refresh_?token/i, 3),
    // Azure PowerShell's data-plane cmdlets (AutoRest track 1) report only the status of the exchange or token call.
    anchor(
      /(?:connect|get|remove|update)-azcontainerregistry(?:repository|tag|manifest)?\b[^\n]{0,40}invalid status code 'unauthorized'/i,
      4,
    ),
    // azure-core's 401 in Python, Java and JavaScript: an SDK client, so an Entra credential the registry refused.
    anchor(
      /ClientAuthenticationError: Operation returned an invalid status 'Unauthorized'|ClientAuthenticationException: Status code 401|RestError: \{"errors":\[\{"code":"UNAUTHORIZED"/i,
      3,
    ),
    anchor(['insufficient_scope'], 4),
    // ACR's answer when it finds no permission for the caller on the registry (or the repository).
    anchor(['retrieving permissions failed'], 3),
    anchor(['Ensure the managed identity', 'correct permissions'], 6),
    // The Azure Pipelines agent's container job with an ACR service connection (managed identity or workload identity
    // federation): /oauth2/exchange answered neither 200 nor 429 for that identity. A 403 from network rules says the
    // same, so the network families stay close behind.
    anchor(['Could not fetch access token for ACR', 'appropriate permissions'], 4),
    // A bare "unauthorized:" from an ACR host means several things (a missing login, a stale or wrong credential, this):
    // the credential families list the same clue, so it never decides alone (field7 7a012, 7c002).
    anchor(['azurecr.', ': unauthorized'], 1),
    anchor('http:401', 1),
    against('tool:kubelet', 2),
    against('env:aks', 2),
    anchor('token-status:401', 4),
    anchor(['authentication required'], 1),
    // ACR's answer to a pull by an identity without a pull right (or of a repository it does not have): "denied:
    // requested access to the resource is denied"; the same words on a push are missing-push-permission's, and from
    // a registry that is not named an ACR they may be Docker Hub's.
    anchor(['azurecr.', 'requested access to the resource is denied'], 1),
    anchor(['unable to pull image using managed identity'], 6),
    // Azure Machine Learning's check of a managed online endpoint's identity before it deploys (field19 19B001): AcrPull
    // is granted for the workspace's own registry only, not for another one the image lives in.
    anchor(['does not have pull permission on the registry'], 7),
    // Container Instances' refused pull after --acr-identity gave it a user-assigned identity: the credential was sent,
    // so its missing AcrPull ranks with a wrong reference (ACI support article on managed-identity pulls). The option
    // is the weak anchor, so that InaccessibleImage without it (no identity given) never raises this cause.
    anchor(['--acr-identity'], 1),
    context(['InaccessibleImage'], 5),
    // Service Fabric's token credentials: the node's managed identity got an ACR token, then the pull was refused.
    anchor(['attempt type TokenCredentials', 'unauthorized'], 6),
    // Container Apps' summary of repeated pull failures: its identity's role or its registry settings.
    anchor(['Persistent Image Pull Errors'], 2),
    // Azure Machine Learning: the compute's identity needs AcrPull (or the admin user must be on).
    anchor(['could not authenticate with the Docker registry'], 2),
    anchor(['Image pull failed', 'Verify docker image configuration and credentials'], 2),
    // App Service's site-container log naming only the reason code (platform-registry-credentials-missing).
    anchor(['pull image failed with reason'], 1),
    context('op:pull', 1),
    // An az acr data-plane command signed in with the CLI's Entra identity: refused, its role is what is left.
    context('entra-sign-in', 2),
    // A login that succeeded proves the credential works: a 401 on the pull that follows is about the role.
    context('succeeded:login', 3),
    context('tool:app-service', 2),
    context('tool:container-apps', 2),
    // Bicep restores anonymously first and then with its credential chain (az, Azure PowerShell): a chain that found
    // no sign-in says so in Azure.Identity's words, so a 401 at the end is the signed-in identity refused.
    context('tool:bicep', 3),
    context('tool:aci', 1),
    context(['acrUseManagedIdentityCreds'], 4),
    // The setting switched off: the app does not pull with its identity at all, so that identity's role is not the
    // question (field17 17C001).
    against(['acrUseManagedIdentityCreds', 'false'], 5),
    // (No longer raised by "could not be found in subscription" after the admin fallback: that lookup failing means the
    // CLI is on another subscription or the name is wrong, which the field pastes confirm, not a missing role.)
    against('token-status:403', 6),
    against('code:CONNECTIVITY_FORBIDDEN_ERROR', 6),
    against(['client with IP'], 6),
    against('op:push', 2),
    against('succeeded:pull', 3),
    against('anonymous-attempt', 3),
    against('host:no-acr', 6),
    against(["Please run 'az login' to setup account"], 5),
    against(['AbacRepositoryPermissions'], 4),
    against(['rbac-abac'], 4),
    against('tool:acr-tasks', 4),
  ],
  fix: [
    {
      text: {
        en: 'List who holds roles on the registry (inherited ones included) and look for the identity that pulls.',
        ru: 'Посмотрите, у кого есть роли на реестр (включая унаследованные), и найдите среди них удостоверение, которое извлекает образы.',
      },
      command:
        'az role assignment list --scope $(az acr show -n {registry} --query id -o tsv) --include-inherited -o table',
    },
    {
      text: {
        en: 'Grant AcrPull at registry scope to that identity (use its object ID; for a managed identity, the principal ID).',
        ru: 'Назначьте этому удостоверению роль AcrPull на уровне реестра (укажите его object ID; для управляемого удостоверения — principal ID).',
      },
      command:
        'az role assignment create --assignee-object-id {principalId} --assignee-principal-type ServicePrincipal --role AcrPull --scope $(az acr show -n {registry} --query id -o tsv)',
    },
    {
      text: {
        en: 'If the registry is in ABAC mode, AcrPull is ignored: assign Container Registry Repository Reader instead.',
        ru: 'Если реестр работает в режиме ABAC, роль AcrPull не действует: вместо неё назначьте Container Registry Repository Reader.',
      },
      command: 'az acr show -n {registry} --query roleAssignmentMode -o tsv',
    },
    {
      text: {
        en: 'Wait a few minutes for the assignment to take effect, then sign in again and retry the pull.',
        ru: 'Подождите несколько минут, пока назначение вступит в силу, затем снова выполните вход и повторите извлечение.',
      },
      command: 'az acr login -n {registry}',
    },
  ],
  docs: [
    AUTH_TROUBLESHOOTING,
    {
      title: { en: '"Authentication required" errors', ru: 'Ошибки «Authentication required»' },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/authentication-required',
    },
    ACR_BUILT_IN_ROLES,
  ],
  checks: ['identity-roles', 'your-permissions', 'role-assignment-mode', 'login-failures'],
});
