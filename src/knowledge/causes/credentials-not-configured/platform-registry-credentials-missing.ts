import { defineCause } from '../../define';
import { AUTH_OPTIONS, AUTH_TROUBLESHOOTING } from '../../docs';
import { acrAnchor, against, anchor, context } from '../../rules';

export default defineCause({
  id: 'platform-registry-credentials-missing',
  family: 'credentials-not-configured',
  scope: 'acr-access',
  prevalence: 'common',
  title: {
    en: 'The hosting platform (App Service, Container Apps, ACI, Functions) has no registry credential or identity configured',
    ru: 'На платформе размещения (App Service, Container Apps, ACI, Functions) не настроены учётные данные реестра или удостоверение',
  },
  explanation: {
    en:
      'App Service, Azure Functions, Container Apps and Container Instances pull the image themselves, using only ' +
      'what is configured on the app: a registry username and password, or a managed identity marked for ' +
      'registry pulls. With neither, the platform pulls anonymously and fails: App Service logs "Image pull ' +
      'failed: Verify docker image configuration and credentials", Container Apps rejects the revision with ' +
      '"UNAUTHORIZED: authentication required", and ACI reports InaccessibleImage or an empty registry password.',
    ru:
      'App Service, Azure Functions, Container Apps и Container Instances извлекают образ сами и используют только ' +
      'то, что настроено в приложении: имя пользователя и пароль реестра или управляемое удостоверение, ' +
      'назначенное для извлечения из реестра. Если нет ни того ни другого, платформа извлекает образ анонимно и ' +
      'получает отказ: App Service пишет в журнал «Image pull failed: Verify docker image configuration and ' +
      'credentials», Container Apps отклоняет ревизию с «UNAUTHORIZED: authentication required», а ACI сообщает ' +
      'InaccessibleImage или пустой пароль реестра.',
  },
  ask: {
    en: 'Is the app configured without registry credentials and without a managed identity enabled for pulling from the registry?',
    ru: 'В приложении не заданы учётные данные реестра и не включено управляемое удостоверение для извлечения из реестра?',
  },
  rules: [
    anchor(['username and password are required'], 6),
    // A Foundry hosted agent that could not pull its image: no identity set up for the pull reads the same as a
    // missing role (missing-pull-role-legacy-mode).
    acrAnchor(['ImageError', 'Failed to pull container image'], 3),
    acrAnchor(['ImageError', 'Container registry authentication failed'], 3),
    anchor(['Persistent Image Pull Errors'], 3),
    // Container Apps' system log (reason ImagePullUnauthorized): any registry, so not ACR's own string.
    anchor(['Container pull image failed with unauthorized error'], 3),
    // az containerapp's own fallback when no credential was given: it reads the admin credentials, and that read
    // failing is most often the admin user switched off (admin-user-disabled ranks first); the three lines are one
    // message, so together they weigh as one clue.
    acrAnchor(['Failed to retrieve credentials for container registry'], 3),
    // Container Apps code 90712 names both the image and the credentials: shared with a missing role and a
    // wrong image, so it alone never decides.
    anchor(['Error pulling the container image', 'registry credentials'], 4),
    // A Container App whose revision never started within the platform's time ("Operation expired") most often
    // could not pull its image: an identity without AcrPull yet, no registry block, a tag not pushed. The app
    // itself failing its probes reads the same, so it stays a weak, shared clue.
    anchor('revision-timed-out', 2),
    anchor(['provide the registry username and password'], 1),
    // Container Apps' ARM code for the create-time pull it could not make, with the registry's code beside it, as
    // people quote the two from a Bicep or Terraform deployment: no registry block (or one the identity cannot use
    // yet) on the app or job. An identity without AcrPull answers the same, so it stays a shared clue.
    anchor(['InvalidParameterValueInContainerTemplate', 'UNAUTHORIZED'], 4),
    // Container Apps refusing a secret with no value: often the one that holds the registry password
    // (`passwordSecretRef`). Below the template's own reading (cli-usage-or-unsupported) unless the line names the
    // registry's secret.
    anchor(['ContainerAppSecretInvalid'], 1),
    // Container Apps told to pull with an identity the app does not have (no `identity` block, or another one).
    anchor(['Identity with resource ID', 'not found for registry'], 7),
    anchor(['ContainerAppSecretInvalid', 'registry'], 7),
    anchor(['ContainerAppSecretInvalid', 'acr'], 7),
    // App Service's status for a refused pull: no registry credential on the app (the DOCKER_REGISTRY_SERVER_*
    // settings) most often, an identity without AcrPull next (missing-pull-role-legacy-mode).
    anchor(['ImagePullUnauthorizedFailure'], 3),
    // The same token lookup with no identity chosen for the pull (acrUseManagedIdentityCreds off).
    acrAnchor(['ACRTokenRetrievalFailure'], 3),
    anchor(['InvalidImageRegistryPassword'], 8),
    // terraform-provider-azurerm's check of a Container App (or job) registry block: neither identity nor user name
    // and password secret, or half of the pair.
    anchor(['invalid registry config for'], 5),
    anchor(['imageRegistryCredentials', 'cannot be empty'], 8),
    // az container create with an azurecr.io image and no --registry-username/--registry-password (or identity) where
    // it cannot prompt (a pipeline): it asks for them instead of pulling (azure-cli, command_modules/container). The
    // word after "--registry-password" is masked as if it were the password, so the clue starts after it.
    acrAnchor(['order to use Azure Container Registry'], 6),
    // The same check when --registry-login-server is given (any registry, an azurecr.io one included).
    anchor(['order to use custom image registry'], 5),
    // Container Instances' checks of an identity registry credential (ACI support article on managed-identity pulls):
    // the identity is not one the group has (or is its system-assigned one, which ACI cannot pull with); both an
    // identity and a user name in one credential; an API version before identities; a credential without a server.
    anchor(['InvalidImageRegistryIdentity'], 8),
    anchor(['not found in container group identity list'], 8),
    anchor(['AmbiguousImageResitryCredentialType'], 8),
    anchor(['set exactly one of username or identity'], 8),
    anchor(['InvalidImageRegistryCredentialType'], 7),
    anchor(['imageRegistryCredentials', 'Required property'], 6),
    // ACI's check of the server it was given: empty when the pipeline never passed one, a URL or a stray variable.
    anchor(['imageRegistryCredentials', 'should be a valid host name'], 5),
    acrAnchor(['No credential was provided to access Azure Container Registry'], 1),
    anchor(['Pulling image from Docker hub', 'azurecr.'], 4),
    anchor(['Image pull failed', 'Verify docker image configuration and credentials'], 3),
    // The same advice without its prefix, as manifest-tag-not-found reads it: App Service names the image's
    // configuration and the credentials alike, so alone the line decides neither.
    anchor(['Verify docker image configuration and credentials'], 1),
    // App Service's site-container log for a pull that failed, with nothing but its reason code ("Container pull
    // image failed with reason: ImagePullFailure"): no registry credential on the app most often, an identity without
    // AcrPull or a tag never pushed next. A clue all three share, so it never decides alone.
    anchor(['pull image failed with reason'], 2),
    anchor(['DockerApiException', 'unauthorized'], 3),
    anchor(['is invalid with details', 'UNAUTHORIZED'], 4),
    anchor(['GET https:?scope=', 'UNAUTHORIZED'], 4),
    // The same Container Apps message cut off after the request line (the reason is further on).
    anchor(['either invalid or missing', 'GET https:'], 2),
    anchor(['is not accessible', 'registry credential'], 1),
    // Container Instances' code for an image it could not pull, also when only the code is quoted (an AKS virtual node's
    // connector): a missing credential, a wrong reference or a refused network alike, so it never decides alone.
    anchor(['InaccessibleImage'], 2),
    // An AKS virtual node (virtual-kubelet's ACI provider) hands ACI only the pod's imagePullSecrets, never the
    // cluster's kubelet identity or attached registry; its pod controller marks a refused create ProviderFailed. So
    // there a refused pull is most often a pod without a pull secret.
    context(['ProviderFailed'], 3),
    context(['virtual-node-aci'], 2),
    // With --acr-identity a credential was sent: what is left is its role, the reference or the network.
    against(['--acr-identity'], 3),
    // Service Fabric's container host (ContainerImageDownloader): "AppManifestCredentials" is also its attempt type
    // when the manifest has no RepositoryCredentials, and then the pull goes out with none.
    anchor(['attempt type AppManifestCredentials', 'unauthorized'], 4),
    // Its health event for any failed pull of a service's image: shared with a wrong password and a missing tag.
    anchor(['Failed to download container image'], 3),
    anchor(['could not authenticate with the Docker registry'], 2),
    // Azure Machine Learning's job runtime pulling the environment image with no credential at all.
    anchor(['Run docker command to pull public image failed'], 3),
    anchor(['unauthorized', 'authentication required'], 1),
    context('tool:app-service', 3),
    context('tool:container-apps', 3),
    context('tool:aci', 1),
    context(['acrUseManagedIdentityCreds', 'false'], 3),
    context(['DOCKER_REGISTRY_SERVER_PASSWORD'], 2),
    context(['functionapp'], 2),
    against(['unable to pull image using managed identity'], 4),
    against(['client with IP'], 6),
    against('http:403', 3),
    against('tool:kubelet', 3),
    against('host:no-acr', 5),
    against(['manifest unknown'], 4),
  ],
  fix: [
    {
      text: {
        en: 'Preferred for App Service / Functions: enable a managed identity, grant it AcrPull on the registry, and tell the app to use it for pulls.',
        ru: 'Предпочтительно для App Service / Functions: включите управляемое удостоверение, выдайте ему AcrPull на реестр и укажите приложению использовать его для извлечения.',
      },
      command:
        'az webapp identity assign -g {resourceGroup} -n <app> && ' +
        'az webapp config set -g {resourceGroup} -n <app> --generic-configurations \'{"acrUseManagedIdentityCreds": true}\'',
    },
    {
      text: {
        en: 'Grant that identity the pull role on the registry.',
        ru: 'Выдайте этому удостоверению роль на извлечение из реестра.',
      },
      command:
        'az role assignment create --assignee {principalId} --role AcrPull --scope $(az acr show -n {registry} --query id -o tsv)',
    },
    {
      text: {
        en: "For Container Apps, register the registry with the app's identity.",
        ru: 'Для Container Apps зарегистрируйте реестр в приложении с его удостоверением.',
      },
      command:
        'az containerapp registry set -n <app> -g {resourceGroup} --server {loginServer} --identity system',
    },
    {
      text: {
        en: 'For Container Instances, pass a registry credential (or an identity) when creating the container group.',
        ru: 'Для Container Instances передайте учётные данные реестра (или удостоверение) при создании группы контейнеров.',
      },
      command:
        'az container create -g {resourceGroup} -n <name> --image {image} --registry-login-server {loginServer} ' +
        '--registry-username {appId} --registry-password "$SECRET"',
    },
  ],
  docs: [
    {
      title: { en: 'App Service cannot pull from ACR', ru: 'App Service не может извлечь образ из ACR' },
      url: 'https://learn.microsoft.com/troubleshoot/azure/azure-container-registry/pull-image-to-web-app-fail',
    },
    AUTH_OPTIONS,
    AUTH_TROUBLESHOOTING,
  ],
  checks: ['identity-roles', 'admin-user', 'anonymous-pull'],
});
